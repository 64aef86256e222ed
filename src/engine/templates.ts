/**
 * Starting points: scenario templates that fit the user groups, and a whole case from the guided
 * start's answers. Pure; ids are made unique against the case. The engine knows no locale, so every
 * text a template writes (names, labels, reasons) comes from the caller.
 */
import type { Case, GroupKind, LicenceLine, LocalText, Product, Scenario, UserGroup } from './model'

export type ScenarioTemplate = 'empty' | 'm365' | 'on-prem' | 'nextcloud' | 'webex' | 'eu-hybrid' | 'single'

/** A lower-case id from a name, unique among `taken` (`nytt-scenario`, `nytt-scenario-2`, …). */
export function uniqueId(name: string, taken: Iterable<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'id'
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

const textOf = (text: LocalText) => (typeof text === 'string' ? text : text.sv)

/** A case to build from: one user group and one empty scenario, starting `startYear`, in SEK. */
export function emptyCase(options: {
  name: string
  groupName: string
  scenarioName: string
  startYear: number
  /** Why the hourly cost is unknown, in the user's language (the engine knows no locale). */
  unknownReason?: string
}): Case {
  return {
    schemaVersion: 1,
    name: options.name,
    organisation: {
      name: options.name,
      groups: [{ id: uniqueId(options.groupName, []), name: options.groupName, users: 0 }],
      hourlyCost: { value: null, reason: options.unknownReason ?? 'not yet entered' },
    },
    settings: { startYear: options.startYear, years: 5, currency: 'SEK', discountRate: 0 },
    scenarios: [emptyScenario(options.scenarioName, [])],
  }
}

export function emptyScenario(name: LocalText, takenIds: Iterable<string>): Scenario {
  return { id: uniqueId(textOf(name), takenIds), name, licences: [], costs: [], training: [], benefits: [] }
}

/**
 * The Microsoft 365 licence each kind of staff gets: E3 for office staff, F3 for frontline staff, A3
 * for education staff. Pupils and other groups have no licence of their own in the catalogue, so a
 * template asks about them rather than guess.
 */
export const SUITE_BY_KIND: Readonly<Partial<Record<GroupKind, string>>> = {
  office: 'm365-e3',
  frontline: 'm365-f3',
  education: 'm365-a3',
}

/** The products of the single-product templates, licensed for every group. */
const SINGLE_PRODUCT: Readonly<Partial<Record<ScenarioTemplate, string>>> = { nextcloud: 'nextcloud', webex: 'webex' }
/** The EU hybrid's own tools, beside the Microsoft products that remain needed (as in the shipped case). */
const EU_HYBRID_TOOLS = ['nextcloud', 'rocket-chat', 'jitsi-meet', 'screen9'] as const

/** Whether a template licenses each group by its kind (and so asks about groups it cannot place). */
export function isByKind(template: ScenarioTemplate): boolean {
  return template === 'm365' || template === 'on-prem' || template === 'eu-hybrid'
}

/** The groups a template cannot place by their kind; the caller asks which product each one gets. */
export function unplacedGroups(groups: readonly UserGroup[], template: ScenarioTemplate): UserGroup[] {
  if (!isByKind(template)) return []
  return groups.filter((g) => SUITE_BY_KIND[g.kind ?? 'other'] === undefined)
}

export interface TemplateOptions {
  /** The product of a single-product scenario (`single`). */
  productId?: string
  /**
   * Answers for the groups the template cannot place, by group id: a product id, or null to leave
   * the group unlicensed (the unlicensed-group check then says so). A group without an answer is
   * left unlicensed too.
   */
  placements?: Readonly<Record<string, string | null>>
  /** Texts of the lines a template writes, in the caller's language. */
  texts?: TemplateTexts
}

export interface TemplateTexts {
  /** Label of on-prem's line for the higher cost of licences on own servers. */
  onPremIncrease: LocalText
  /** Why that amount is unknown. */
  onPremIncreaseReason: string
}

/** One licence line per product, each naming the groups that get it, in the order of the groups. */
function linesByKind(groups: readonly UserGroup[], placements: Readonly<Record<string, string | null>>, extra: Partial<LicenceLine>): LicenceLine[] {
  const byProduct = new Map<string, string[]>()
  for (const g of groups) {
    const productId = SUITE_BY_KIND[g.kind ?? 'other'] ?? placements[g.id] ?? null
    if (productId === null) continue
    byProduct.set(productId, [...(byProduct.get(productId) ?? []), g.id])
  }
  const order = [...Object.values(SUITE_BY_KIND)]
  const products = [...byProduct.keys()].sort((a, b) => rank(order, a) - rank(order, b))
  return products.map((productId) => ({ productId, groups: byProduct.get(productId) ?? [], ...extra }))
}
const rank = (order: readonly (string | undefined)[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length)

/**
 * A scenario from a template. Microsoft templates license each group by its kind (E3 office, F3
 * frontline, A3 education) and other groups as `placements` answer; Nextcloud and Webex license
 * every group; the EU hybrid adds its four tools for every group beside the Microsoft licences.
 */
export function scenarioFromTemplate(model: Case, template: ScenarioTemplate, name: LocalText, options: TemplateOptions = {}): Scenario {
  const scenario = emptyScenario(name, model.scenarios.map((s) => s.id))
  const groups = model.organisation.groups
  const all = groups.map((g) => g.id)
  const placements = options.placements ?? {}
  const single = (productId: string): LicenceLine => ({ productId, groups: all })
  switch (template) {
    case 'empty':
      return scenario
    case 'm365':
      return { ...scenario, licences: linesByKind(groups, placements, {}) }
    case 'on-prem': {
      const increase = options.texts
        ? [
            {
              label: options.texts.onPremIncrease,
              category: 'licences' as const,
              kind: 'recurring' as const,
              amount: { value: null, reason: options.texts.onPremIncreaseReason },
              source: { source: 'eskilstuna-ks-2022', locator: 'Finansiering' },
            },
          ]
        : []
      return { ...scenario, licences: linesByKind(groups, placements, { hosting: 'own-servers' }), costs: increase }
    }
    case 'nextcloud':
    case 'webex':
      return { ...scenario, licences: [single(SINGLE_PRODUCT[template] ?? template)] }
    case 'eu-hybrid':
      return { ...scenario, licences: [...linesByKind(groups, placements, {}), ...EU_HYBRID_TOOLS.map(single)] }
    case 'single':
      return { ...scenario, licences: options.productId ? [single(options.productId)] : [] }
  }
}

// — The guided start —

/** A group as the guided start asks for it. */
export interface GuidedGroup {
  name: LocalText
  kind: GroupKind
  /** Users in every year; null when not known yet. */
  users: number | null
  /** Users in given years, where they differ. */
  usersByYear?: Readonly<Record<string, number>>
}

/** The paths the guided start offers: every shipped path, and the organisation's own quote. */
export type GuidedTemplate = 'm365' | 'on-prem' | 'nextcloud' | 'webex' | 'eu-hybrid' | 'own-quote'
export const GUIDED_TEMPLATES: readonly GuidedTemplate[] = ['m365', 'on-prem', 'nextcloud', 'webex', 'eu-hybrid', 'own-quote']

export interface GuidedPath {
  template: GuidedTemplate
  name: LocalText
  /** A one-off implementation cost in the first year; absent when none was entered. */
  implementation?: number
  /** Training hours per user in the first year, at the organisation's hourly cost; absent when none. */
  trainingHours?: number
  /** `own-quote`: the quoted price per user and year; null when not known yet. */
  quotePrice?: number | null
  /** Answers for the groups a Microsoft template cannot place (see `TemplateOptions.placements`). */
  placements?: Readonly<Record<string, string | null>>
}

export interface GuidedTexts extends TemplateTexts {
  /** Name of the case when none is given. */
  caseName: string
  /** Name of the one group when none is given. */
  allStaff: string
  /** Why an amount is not known yet (hourly cost, group count, quote price). */
  unknownReason: string
  implementation: LocalText
  training: LocalText
  /** Name of the own quote's product. */
  quote: LocalText
  quoteVendor: string
}

export interface GuidedInput {
  name: string
  groups: readonly GuidedGroup[]
  startYear: number
  years: number
  /** As a fraction: 0.03 for 3 %. */
  discountRate: number
  hourlyCost: number | null
  paths: readonly GuidedPath[]
  texts: GuidedTexts
}

/** The ids the guided start gives its groups, in order (unique, from the names). */
export function guidedGroupIds(groups: readonly Pick<GuidedGroup, 'name'>[]): string[] {
  const ids: string[] = []
  for (const g of groups) ids.push(uniqueId(textOf(g.name), ids))
  return ids
}

/**
 * The case the guided start's answers describe: the organisation and its groups with their kinds,
 * the horizon, rate and hourly cost, and one scenario per chosen path from its template, with the
 * path's implementation and training in the first year. No empty scenario: a case with no path
 * chosen has none, and the caller must not save it (the model needs at least one).
 */
export function guidedCase(input: GuidedInput): Case {
  const { texts } = input
  const name = input.name.trim() || texts.caseName
  const given = input.groups.length > 0 ? input.groups : [{ name: texts.allStaff, kind: 'other' as const, users: null }]
  const ids = guidedGroupIds(given)
  const groups: UserGroup[] = given.map((g, i) => ({
    id: ids[i] ?? `group-${i + 1}`,
    name: g.name,
    kind: g.kind,
    users: g.users ?? { value: null, reason: texts.unknownReason },
    ...(g.usersByYear && Object.keys(g.usersByYear).length > 0 ? { usersByYear: { ...g.usersByYear } } : {}),
  }))
  const model: Case = {
    schemaVersion: 1,
    name,
    organisation: {
      name,
      groups,
      hourlyCost: input.hourlyCost ?? { value: null, reason: texts.unknownReason },
    },
    settings: { startYear: input.startYear, years: input.years, currency: 'SEK', discountRate: input.discountRate },
    scenarios: [],
  }
  const products: Product[] = []
  for (const path of input.paths) {
    let scenario: Scenario
    if (path.template === 'own-quote') {
      const productId = uniqueId(textOf(texts.quote), products.map((p) => p.id))
      products.push({
        id: productId,
        name: texts.quote,
        vendor: texts.quoteVendor,
        pricing: {
          unit: 'user-year',
          amount: path.quotePrice ?? { value: null, reason: texts.unknownReason },
          currency: 'SEK',
        },
      })
      scenario = scenarioFromTemplate(model, 'single', path.name, { productId })
    } else {
      scenario = scenarioFromTemplate(model, path.template, path.name, { placements: path.placements ?? {}, texts })
    }
    if (path.implementation !== undefined) {
      scenario.costs.push({ label: texts.implementation, category: 'implementation', kind: 'one-off', amount: path.implementation, year: input.startYear })
    }
    if (path.trainingHours !== undefined) {
      scenario.training.push({ label: texts.training, hoursPerUser: path.trainingHours, year: input.startYear })
    }
    model.scenarios.push(scenario)
  }
  if (products.length > 0) model.catalogue = { products }
  return model
}
