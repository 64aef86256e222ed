/**
 * The guided start's answers as a whole case: the organisation and its groups with their kinds, the
 * horizon, rate and hourly cost, and one scenario per chosen path from its template. Pure; every
 * text comes from the caller (the engine knows no locale).
 */
import type { Case, GroupKind, LocalText, Product, Scenario, UserGroup } from '../model/model'
import { PATH_TEMPLATES, scenarioFromTemplate, templateProducts, uniqueId, VOLUME_PRICES } from './templates'
import type { PathTemplate, TemplateTexts } from './templates'

const textOf = (text: LocalText) => (typeof text === 'string' ? text : text.sv)

/** A group as the guided start asks for it. */
export interface GuidedGroup {
  name: LocalText
  kind: GroupKind
  /** Users in every year; null when not known yet. */
  users: number | null
  /** Users in given years, where they differ. */
  usersByYear?: Readonly<Record<string, number>>
}

/**
 * The paths the guided start offers: every shipped path, today's paths beyond the documents (openDesk's
 * two editions, Nextcloud Enterprise by tier with Talk), and the organisation's own quote.
 */
export type GuidedTemplate = PathTemplate | 'own-quote'
export const GUIDED_TEMPLATES: readonly GuidedTemplate[] = [...PATH_TEMPLATES, 'own-quote']

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
  /** Kronor for one unit of another currency, where a chosen path is priced in it (Nextcloud Enterprise in euro); absent: not known, and those prices stay unknown. */
  exchangeRates?: Partial<Record<'EUR', number>>
  texts: GuidedTexts
  /** The day the case is made (YYYY-MM-DD): the case is named "<organisation>, <day>", so cases of one organisation are told apart. */
  day?: string
  /**
   * What the organisation assessed in the guided start: its needs, information classes and
   * third-country limit (each absent when the step was skipped: then it is "not assessed").
   */
  assessed?: Pick<Case['organisation'], 'needs' | 'informationClasses' | 'thirdCountryMaxClass' | 'thirdCountryPolicySource'>
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
    name: input.day ? `${name}, ${input.day}` : name,
    organisation: {
      name,
      groups,
      hourlyCost: input.hourlyCost ?? { value: null, reason: texts.unknownReason },
      ...Object.fromEntries(Object.entries(input.assessed ?? {}).filter(([, v]) => v !== undefined)),
    },
    settings: {
      startYear: input.startYear,
      years: input.years,
      currency: 'SEK',
      discountRate: input.discountRate,
      ...(input.exchangeRates && Object.keys(input.exchangeRates).length > 0 ? { exchangeRates: { ...input.exchangeRates } } : {}),
    },
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
  const overrides = volumeOverrides(input, groups)
  if (Object.keys(overrides).length > 0) model.catalogue = { ...model.catalogue, overrides }
  return model
}

/**
 * The lower list prices a chosen path's products have from a number of users up, as the case's own
 * cited prices, where every year of the horizon has at least that many users (all groups, every count
 * known). Otherwise the catalogue's first-band price stands, and its note says what the threshold is.
 */
function volumeOverrides(input: GuidedInput, groups: readonly UserGroup[]): NonNullable<NonNullable<Case['catalogue']>['overrides']> {
  const years = Array.from({ length: input.years }, (_, t) => String(input.startYear + t))
  const perYear = years.map((year) =>
    groups.reduce<number | null>((sum, g) => {
      const users = g.usersByYear?.[year] ?? g.users
      return sum === null || typeof users !== 'number' ? null : sum + users
    }, 0),
  )
  const fewest = perYear.some((n) => n === null) ? null : Math.min(...(perYear as number[]))
  const out: NonNullable<NonNullable<Case['catalogue']>['overrides']> = {}
  if (fewest === null) return out
  for (const path of input.paths) {
    if (path.template === 'own-quote') continue
    for (const productId of templateProducts(path.template)) {
      const band = VOLUME_PRICES[productId]
      if (!band || fewest < band.fromUsers) continue
      out[productId] = {
        amount: band.amount,
        asOf: '2026-09-26',
        source: { source: 'reference-prices-2026', locator: { sv: 'Alternativ', en: 'Alternatives' }, quote: band.quote, quoteFromTable: true },
        note: {
          sv: `Listpriset från ${band.fromUsers} användare; fallet har minst ${fewest} användare varje år.`,
          en: `The list price from ${band.fromUsers} users; the case has at least ${fewest} users every year.`,
        },
      }
    }
  }
  return out
}
