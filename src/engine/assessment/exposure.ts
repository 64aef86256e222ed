/**
 * Jurisdictions, hosting and information classes: which services of a scenario are subject to
 * third-country access law, and what the organisation's policy lets them handle.
 */
import { likelyValue } from '../model/amount'
import type { Case, Hosting, LicenceLine, Product, Scenario, ThirdCountryLaw } from '../model/model'

/** The hosting a licence line uses: the scenario's choice, else the product's first option. */
export function effectiveHosting(product: Product, line: Pick<LicenceLine, 'hosting'>): Hosting | undefined {
  return line.hosting ?? product.hosting?.[0]
}

/**
 * Whether a product, run this way, puts data within reach of third-country law: the vendor is
 * subject to such law (CLOUD Act, FISA 702) and runs the service itself in its cloud. Run on the
 * organisation's own servers or by a Swedish or EU provider, the vendor does not hold the data.
 */
export function isThirdCountryExposed(product: Product, hosting: Hosting | undefined): boolean {
  const laws = product.jurisdiction?.thirdCountryLaws ?? []
  return laws.length > 0 && hosting === 'us-cloud'
}

/**
 * Whether a service is within reach of third-country law, with "not known" kept apart:
 * - `unknown` when the hosting is not known (the product names no option and the line none), or when
 *   the vendor runs it in its own cloud and the sources say nothing of the vendor's jurisdiction;
 * - `not-exposed` when it runs on own servers or at a Swedish or EU provider, or the vendor is under no such law;
 * - `exposed` exactly when isThirdCountryExposed is true.
 */
export type ThirdCountryStatus = 'exposed' | 'not-exposed' | 'unknown'

export function thirdCountryStatus(product: Product | undefined, hosting: Hosting | undefined): ThirdCountryStatus {
  if (product === undefined || hosting === undefined) return 'unknown'
  if (hosting !== 'us-cloud') return 'not-exposed'
  if (product.jurisdiction === undefined) return 'unknown'
  return isThirdCountryExposed(product, hosting) ? 'exposed' : 'not-exposed'
}

/** One licence line of a scenario seen as a service that holds the organisation's information. */
export interface ServiceExposure {
  /** Index of the licence line in the scenario. */
  lineIndex: number
  productId: string
  hosting: Hosting | undefined
  /** False when the line's hosting is not one of the product's cited options (the case's own assumption). */
  isHostingInSources: boolean
  status: ThirdCountryStatus
  /** Third-country laws that reach the service as run (empty unless `exposed`). */
  laws: ThirdCountryLaw[]
  /**
   * Highest information class the service may handle under the policy: the top class when it is not
   * exposed, at most the policy's class when it is; −1 when the policy allows no class; null when
   * the status is unknown or the organisation has no classes.
   */
  maxClass: number | null
  /** User groups of the line; undefined when it names a number of users instead. */
  groups: string[] | undefined
  /** Users of the line in the year asked for (its share applied); null when a count is unknown. */
  users: number | null
}

export interface ScenarioExposure {
  scenarioId: string
  services: ServiceExposure[]
  /** Products under third-country law as run in this scenario (ids, without repeats). */
  exposedProducts: string[]
  /** Products whose exposure the sources leave unknown. */
  unknownProducts: string[]
  /**
   * Whether the scenario relies on services under third-country law: `exposed` when some service is,
   * `unknown` when none is known to be but the status of some service is not known (a vendor whose
   * jurisdiction or hosting the sources do not give), `not-exposed` only when every service is known not to be.
   */
  thirdCountry: ThirdCountryStatus
  /** User groups whose data would go to a third-country provider. */
  exposedGroups: string[]
  /**
   * Users whose data would go to a third-country provider in the year asked for: the users of the
   * exposed groups, plus lines that name a number of users; null when a count is unknown, and null
   * when nothing is known to be exposed but some service's status is unknown (its users are not 0).
   */
  exposedUsers: number | null
  /** True when `exposedUsers` may count some users twice or in full (lines with explicit counts or a share below 1). */
  isExposedUsersUpperBound: boolean
  /**
   * True when services of unknown status may add users to `exposedUsers` (which then counts only the
   * services known to be exposed: a lower bound, unless it is also an upper bound, when it is not known).
   */
  isExposedUsersLowerBound: boolean
  /** Highest information class some service of the scenario may handle; null when none is known. */
  highestClass: number | null
  /** Highest class every known service may handle, i.e. what may flow through all of them; null when none is known. */
  commonClass: number | null
  /** The organisation's information classes, lowest first (empty: none set). */
  classLevels: number[]
  /** The organisation's policy: highest class allowed in a service under third-country law (undefined: no policy set, which is not "no limit"). */
  policyMaxClass: number | undefined
  /** Classes the policy forbids in the exposed services (empty when nothing is exposed or there is no policy). */
  forbiddenClasses: number[]
}

function usersOfGroups(model: Case, groupIds: readonly string[], year: number): number | null {
  let sum = 0
  for (const group of model.organisation.groups.filter((g) => groupIds.includes(g.id))) {
    const users = likelyValue(group.usersByYear?.[String(year)] ?? group.users)
    if (users === null) return null
    sum += users
  }
  return sum
}

function lineUsers(model: Case, line: LicenceLine, year: number): number | null {
  const base = line.users !== undefined ? likelyValue(line.users) : usersOfGroups(model, line.groups ?? [], year)
  return base === null ? null : base * (line.share ?? 1)
}

/** Information classes of the organisation, by level, lowest first. */
export function informationLevels(model: Case): number[] {
  return [...new Set((model.organisation.informationClasses ?? []).map((c) => c.level))].sort((a, b) => a - b)
}

/**
 * What a scenario may do with the organisation's information: which services are under third-country
 * law, whose data would go there (counted in `year`), which classes they may handle, and what the
 * policy (organisation.thirdCountryMaxClass) forbids.
 */
export function scenarioExposure(
  scenario: Scenario,
  options: { model: Case; products: ReadonlyMap<string, Product>; year: number },
): ScenarioExposure {
  const { model, products, year } = options
  const levels = informationLevels(model)
  const topClass = levels.length > 0 ? (levels[levels.length - 1] ?? null) : null
  const policy = model.organisation.thirdCountryMaxClass

  const services = scenario.licences.map((line, lineIndex): ServiceExposure => {
    const product = products.get(line.productId)
    const hosting = product ? effectiveHosting(product, line) : line.hosting
    const status = thirdCountryStatus(product, hosting)
    const exposedMax = policy === undefined ? topClass : topClass === null ? policy : Math.min(topClass, policy)
    const maxClass = status === 'unknown' ? null : status === 'exposed' ? exposedMax : topClass
    return {
      lineIndex,
      productId: line.productId,
      hosting,
      isHostingInSources: hosting !== undefined && (product?.hosting ?? []).includes(hosting),
      status,
      laws: status === 'exposed' ? [...(product?.jurisdiction?.thirdCountryLaws ?? [])] : [],
      maxClass,
      groups: line.users !== undefined ? undefined : line.groups,
      users: lineUsers(model, line, year),
    }
  })

  const exposed = services.filter((s) => s.status === 'exposed')
  const exposedGroups = [...new Set(exposed.flatMap((s) => s.groups ?? []))]
  const explicit = exposed.filter((s) => s.groups === undefined)
  const groupUsers = usersOfGroups(model, exposedGroups, year)
  const explicitUsers = explicit.map((s) => s.users)
  const unknownProducts = [...new Set(services.filter((s) => s.status === 'unknown').map((s) => s.productId))]
  const thirdCountry: ThirdCountryStatus = exposed.length > 0 ? 'exposed' : unknownProducts.length > 0 ? 'unknown' : 'not-exposed'
  const exposedUsers =
    groupUsers === null || explicitUsers.some((u) => u === null) || thirdCountry === 'unknown'
      ? null
      : groupUsers + explicitUsers.reduce<number>((s, u) => s + (u ?? 0), 0)
  const isShared = exposed.some((s) => {
    const line = scenario.licences[s.lineIndex]
    return (line?.share ?? 1) < 1 || line?.shareByYear !== undefined
  })
  const known = services.map((s) => s.maxClass).filter((c): c is number => c !== null)
  const forbiddenClasses = exposed.length > 0 && policy !== undefined ? levels.filter((l) => l > policy) : []

  return {
    scenarioId: scenario.id,
    services,
    exposedProducts: [...new Set(exposed.map((s) => s.productId))],
    unknownProducts,
    thirdCountry,
    exposedGroups,
    exposedUsers,
    isExposedUsersUpperBound: explicit.length > 0 || isShared,
    isExposedUsersLowerBound: unknownProducts.length > 0,
    highestClass: known.length > 0 ? Math.max(...known) : null,
    commonClass: known.length > 0 ? Math.min(...known) : null,
    classLevels: levels,
    policyMaxClass: policy,
    forbiddenClasses,
  }
}

/** Exposure of every scenario of a case; users are counted in `year` (default: the start year). */
export function exposureOf(options: { model: Case; catalogue: readonly Product[]; year?: number }): ScenarioExposure[] {
  const { model, catalogue } = options
  const products = new Map(catalogue.map((p) => [p.id, p]))
  for (const own of model.catalogue?.products ?? []) products.set(own.id, own)
  const year = options.year ?? model.settings.startYear
  return model.scenarios.map((scenario) => scenarioExposure(scenario, { model, products, year }))
}
