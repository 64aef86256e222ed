/**
 * Yearly cost lines of one scenario. Every line gives one raw amount per horizon year: a number, or
 * null where an amount it needs is unknown (never 0), in whole currency units.
 *
 * Escalation: amounts are in start-year prices and grow by (1 + rate)^t in year t from the start —
 * licence prices at the product's rate (else the general one), recurring costs, counted savings and
 * training at the general rate. One-off costs are taken as given in their own year's money.
 *
 * Rounding (docs/decisions/0007-whole-seats-and-rounded-lines.md): a licence line pays for whole
 * seats, and every line's amount in every year is rounded to whole currency units here, so the parts a
 * reader sees always add up to the totals built from them.
 */
import { likelyValue } from '../model/amount'
import { growth as grow, roundMoney } from './finance'
import { effectiveHosting, isThirdCountryExposed } from '../assessment/exposure'
import type { Amount, Case, Citation, CostCategory, LocalText, Product, RateAmount, Scenario, UserGroup } from '../model/model'

/** Categories of the result; `benefits` holds savings as negative amounts. */
export type ResultCategory = CostCategory | 'benefits'

export const RESULT_CATEGORIES: readonly ResultCategory[] = [
  'licences',
  'training',
  'implementation',
  'operations',
  'exit',
  'benefits',
]

/** Something a line needs that is not known, so totals that include it are incomplete. */
export interface Missing {
  kind: 'price' | 'amount' | 'users' | 'hours' | 'hourly-cost' | 'exchange-rate' | 'product' | 'fte' | 'exit-plan'
  /** Product id for prices and exchange rates, otherwise the line's key. */
  ref: string
  label: LocalText
  /** Why it is not known, in both languages where the data gives both. */
  reason: LocalText
}

export interface LicenceYear {
  /** Whole seats paid for (a share is rounded up), or null if a group's count is unknown. */
  users: number | null
  /** Price per user and year (or per year for a flat price) in the case's currency, escalated, or null if unknown. */
  unitPrice: number | null
  amount: number | null
}

export interface LineResult {
  /** Stable within the scenario: `licence:0`, `cost:2`, `training:0`, `benefit:1`, `legal-exit`. */
  key: string
  kind: 'licence' | 'cost' | 'training' | 'benefit' | 'legal-exit'
  category: ResultCategory
  label: LocalText
  productId?: string
  /** Whether the line counts in totals (a recorded but uncounted saving does not). */
  isCounted: boolean
  /** Per horizon year (index 0 = start year): whether the line applies in that year. */
  active: boolean[]
  /** Amount per horizon year in whole currency units; 0 where the line is not active, null where unknown. */
  amounts: (number | null)[]
  /** Licence lines only: users and price per horizon year. */
  licenceYears?: LicenceYear[]
  pricingUnit?: 'user-year' | 'year'
  /** Whether the price is the organisation's own figure rather than the shipped source's. */
  isPriceOverridden?: boolean
  /** Licence lines: whether the product, as hosted here, is within reach of third-country law. */
  isThirdCountryExposed?: boolean
  source?: Citation
  missing: Missing[]
}

export interface CostContext {
  model: Case
  /** Products by id: the shipped catalogue plus the case's own products. */
  products: ReadonlyMap<string, Product>
  years: readonly number[]
}

/** Whether a year lies within from…to (an end left out is open). */
export function isActive(year: number, from: number | undefined, to: number | undefined): boolean {
  return (from === undefined || year >= from) && (to === undefined || year <= to)
}

const rateOf = (rate: RateAmount | undefined): number => (rate === undefined ? 0 : typeof rate === 'number' ? rate : rate.likely)

function generalRate(model: Case): number {
  return rateOf(model.settings.escalation?.general)
}

/** Users of one group in one year: the year's own count if given, else the group's count. */
export function groupUsers(group: UserGroup, year: number): number | null {
  const byYear = group.usersByYear?.[String(year)]
  return likelyValue(byYear ?? group.users)
}

/** Users of several groups (all groups when `groupIds` is undefined or empty) in one year, or null if any count is unknown. */
export function usersOf(model: Case, groupIds: readonly string[] | undefined, year: number): number | null {
  const groups =
    groupIds === undefined || groupIds.length === 0
      ? model.organisation.groups
      : model.organisation.groups.filter((g) => groupIds.includes(g.id))
  let sum = 0
  for (const group of groups) {
    const users = groupUsers(group, year)
    if (users === null) return null
    sum += users
  }
  return sum
}

/**
 * Whole seats paid for: a share or phase-in of a count is rounded up, since a licence is bought per
 * person. The small tolerance keeps a product of fractions such as 0.1 × 30 (3.0000000000000004) at 3.
 */
export function wholeSeats(users: number): number {
  return Math.max(0, Math.ceil(users - 1e-9))
}

/**
 * Newcomers to a set of groups in a year: for each group, its growth over the year before (a shrinking
 * group brings none). A group whose count is the same figure in both years (one count for every year,
 * even an unknown one) has not grown. Null when a count that differs between the years is unknown.
 */
export function groupGrowth(model: Case, groupIds: readonly string[] | undefined, year: number): number | null {
  const groups =
    groupIds === undefined || groupIds.length === 0
      ? model.organisation.groups
      : model.organisation.groups.filter((g) => groupIds.includes(g.id))
  let growth = 0
  for (const group of groups) {
    const now = group.usersByYear?.[String(year)] ?? group.users
    const before = group.usersByYear?.[String(year - 1)] ?? group.users
    if (now === before) continue
    const a = likelyValue(now)
    const b = likelyValue(before)
    if (a === null || b === null) return null
    growth += Math.max(0, a - b)
  }
  return growth
}

/** The phase-in share of a year: 0 before the first given year, else the nearest earlier year's share. */
export function phaseShare(shareByYear: Readonly<Record<string, number>> | undefined, year: number): number {
  if (shareByYear === undefined) return 1
  let best: number | undefined
  let share = 0
  for (const [key, value] of Object.entries(shareByYear)) {
    const y = Number(key)
    if (y <= year && (best === undefined || y > best)) {
      best = y
      share = value
    }
  }
  return share
}

/** The engine's own reasons, in both languages. */
const REASONS = {
  notKnown: { sv: 'okänt', en: 'not known' },
  usersUnknown: { sv: 'ett antal användare är okänt', en: 'a user count is not known' },
  notInCatalogue: { sv: 'finns inte i katalogen', en: 'not in the catalogue' },
  noExitPlan: { sv: 'scenariot har ingen utträdesplan med en kostnad', en: 'the scenario has no exit plan with a cost' },
} as const satisfies Record<string, LocalText>

/** Why an amount is not known: the data's own reason (a text, or `{ sv, en }`), else "not known". */
function reasonOf(amount: unknown): LocalText {
  if (typeof amount !== 'object' || amount === null || !('reason' in amount)) return REASONS.notKnown
  const reason = amount.reason
  return typeof reason === 'object' && reason !== null ? (reason as LocalText) : String(reason)
}


/** A product's price per unit in the case's currency (before escalation), or why it is not known. */
function priceOf(model: Case, product: Product): { value: number | null; missing?: Missing } {
  const override = model.catalogue?.overrides?.[product.id]
  const amount: Amount = override?.amount ?? product.pricing.amount
  const value = likelyValue(amount)
  if (value === null) return { value, missing: { kind: 'price', ref: product.id, label: product.name, reason: reasonOf(amount) } }
  if (product.pricing.currency === model.settings.currency) return { value }
  const rateAmount = model.settings.exchangeRates?.[product.pricing.currency]
  const rate = rateAmount === undefined ? null : likelyValue(rateAmount)
  if (rate === null) {
    return {
      value: null,
      missing: {
        kind: 'exchange-rate', ref: product.id, label: product.name,
        reason: {
          sv: `prissatt i ${product.pricing.currency}; ingen växelkurs till ${model.settings.currency} är angiven`,
          en: `priced in ${product.pricing.currency}; no exchange rate to ${model.settings.currency} is set`,
        },
      },
    }
  }
  return { value: value * rate }
}

function licenceLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const { model, products, years } = ctx
  return scenario.licences.map((line, index) => {
    const key = `licence:${index}`
    const product = products.get(line.productId)
    if (product === undefined) {
      return {
        key, kind: 'licence', category: 'licences', label: line.productId, productId: line.productId,
        isCounted: true, active: years.map(() => true), amounts: years.map(() => null),
        missing: [{ kind: 'product', ref: line.productId, label: line.productId, reason: REASONS.notInCatalogue }],
      } satisfies LineResult
    }
    const price = priceOf(model, product)
    const rate = rateOf(model.settings.escalation?.byProduct?.[product.id] ?? model.settings.escalation?.general)
    const active = years.map((year) => isActive(year, line.from, line.to) && phaseShare(line.shareByYear, year) > 0)
    const isFlat = product.pricing.unit === 'year'
    const licenceYears: LicenceYear[] = years.map((year, t) => {
      const unitPrice = price.value === null ? null : price.value * grow(rate, t)
      if (!active[t]) return { users: 0, unitPrice, amount: 0 }
      const baseUsers = line.users !== undefined ? likelyValue(line.users) : usersOf(model, line.groups, year)
      const users = baseUsers === null ? null : wholeSeats(baseUsers * (line.share ?? 1) * phaseShare(line.shareByYear, year))
      // A flat price per year needs no user count (only the seats shown are then unknown).
      const quantity = isFlat ? 1 : users
      return { users, unitPrice, amount: quantity === null || unitPrice === null ? null : roundMoney(quantity * unitPrice) }
    })
    const isUsed = active.some(Boolean)
    const missing: Missing[] = []
    if (isUsed && price.missing) missing.push(price.missing)
    if (isUsed && !isFlat && licenceYears.some((y) => y.users === null)) {
      missing.push({ kind: 'users', ref: key, label: product.name, reason: REASONS.usersUnknown })
    }
    return {
      key, kind: 'licence', category: 'licences', label: product.name, productId: product.id, isCounted: true,
      active, amounts: licenceYears.map((y) => y.amount), licenceYears, pricingUnit: product.pricing.unit,
      isPriceOverridden: model.catalogue?.overrides?.[product.id] !== undefined,
      isThirdCountryExposed: isThirdCountryExposed(product, effectiveHosting(product, line)),
      source: line.source ?? product.pricing.source, missing,
    } satisfies LineResult
  })
}

function costLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const { model, years } = ctx
  const general = generalRate(model)
  return scenario.costs.map((line, index) => {
    const key = `cost:${index}`
    const value = likelyValue(line.amount)
    const fte = line.fte === undefined ? 1 : likelyValue(line.fte)
    const missing: Missing[] = []
    const active = years.map((year) => (line.kind === 'one-off' ? year === line.year : isActive(year, line.from, line.to)))
    const amounts = years.map((year, t) => {
      if (!active[t]) return 0
      const quantity = line.perUserOf === undefined ? fte : usersOf(model, line.perUserOf, year)
      if (value === null || quantity === null) return null
      return roundMoney(value * quantity * (line.kind === 'recurring' ? grow(general, t) : 1))
    })
    if (active.some(Boolean)) {
      if (value === null) missing.push({ kind: 'amount', ref: key, label: line.label, reason: reasonOf(line.amount) })
      if (fte === null) missing.push({ kind: 'fte', ref: key, label: line.label, reason: reasonOf(line.fte) })
      if (line.perUserOf !== undefined && years.some((y, t) => active[t] && usersOf(model, line.perUserOf, y) === null)) {
        missing.push({ kind: 'users', ref: key, label: line.label, reason: REASONS.usersUnknown })
      }
    }
    return {
      key, kind: 'cost', category: line.category, label: line.label, isCounted: true, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

function trainingLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const { model, years } = ctx
  const general = generalRate(model)
  return scenario.training.map((line, index) => {
    const key = `training:${index}`
    const hours = likelyValue(line.hoursPerUser)
    const hourlyAmount = line.hourlyCost ?? model.organisation.hourlyCost
    const hourly = likelyValue(hourlyAmount)
    const turnover = line.turnoverRate ?? 0
    // Everyone (times the share) in the training's year; in every later year the newcomers: those who
    // replace leavers (turnover × users) and those who come with the groups' growth.
    const growth = years.map((year) => (year > line.year ? groupGrowth(model, line.groups, year) : 0))
    const active = years.map((year, t) => year === line.year || (year > line.year && (turnover > 0 || growth[t] !== 0)))
    const missing: Missing[] = []
    const amounts = years.map((year, t) => {
      if (!active[t]) return 0
      const users = usersOf(model, line.groups, year)
      const grown = growth[t] ?? null
      if (users === null || grown === null || hours === null || hourly === null) return null
      const trained = (line.share ?? 1) * (year === line.year ? users : turnover * users + grown)
      return roundMoney(trained * hours * hourly * grow(general, t))
    })
    if (active.some(Boolean)) {
      if (years.some((y, t) => active[t] && (usersOf(model, line.groups, y) === null || growth[t] === null))) {
        missing.push({ kind: 'users', ref: key, label: line.label, reason: REASONS.usersUnknown })
      }
      if (hours === null) missing.push({ kind: 'hours', ref: key, label: line.label, reason: reasonOf(line.hoursPerUser) })
      if (hourly === null) missing.push({ kind: 'hourly-cost', ref: key, label: line.label, reason: reasonOf(hourlyAmount) })
    }
    return {
      key, kind: 'training', category: 'training', label: line.label, isCounted: true, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

function benefitLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const general = generalRate(ctx.model)
  return scenario.benefits.map((line, index) => {
    const key = `benefit:${index}`
    const value = likelyValue(line.amount)
    const active = ctx.years.map((year) => isActive(year, line.from, line.to))
    const amounts = active.map((isOn, t) => (isOn ? (value === null ? null : roundMoney(-value * grow(general, t))) : 0))
    const missing: Missing[] =
      line.counted && amounts.some((a) => a === null)
        ? [{ kind: 'amount', ref: key, label: line.label, reason: reasonOf(line.amount) }]
        : []
    return {
      key, kind: 'benefit', category: 'benefits', label: line.label, isCounted: line.counted, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

/**
 * The legal-change event: from `settings.legalChangeYear`, transfers to a third country are no longer
 * lawful, so a scenario that then relies on a service within reach of third-country law pays its
 * exit plan's cost in that year (unknown, and so flagged, when it has no exit plan).
 */
function legalExitLine(ctx: CostContext, scenario: Scenario, licences: readonly LineResult[]): LineResult[] {
  const year = ctx.model.settings.legalChangeYear
  const t = year === undefined ? -1 : ctx.years.indexOf(year)
  if (t === -1) return []
  const isReliant = licences.some((l) => l.isThirdCountryExposed && l.active[t])
  if (!isReliant) return []
  const exitValue = scenario.exitPlan ? likelyValue(scenario.exitPlan.amount) : null
  const value = exitValue === null ? null : roundMoney(exitValue)
  const label = { sv: `Utträde ${year}: överföring till tredje land upphör att vara laglig`, en: `Exit in ${year}: transfers to a third country cease to be lawful` }
  return [
    {
      key: 'legal-exit', kind: 'legal-exit', category: 'exit', label, isCounted: true,
      active: ctx.years.map((_, i) => i === t),
      amounts: ctx.years.map((_, i) => (i === t ? value : 0)),
      ...(scenario.exitPlan?.source ? { source: scenario.exitPlan.source } : {}),
      missing:
        value === null
          ? [{
              kind: scenario.exitPlan ? 'amount' : 'exit-plan', ref: 'legal-exit', label,
              reason: scenario.exitPlan ? reasonOf(scenario.exitPlan.amount) : REASONS.noExitPlan,
            }]
          : [],
    },
  ]
}

/** All lines of a scenario, in the order licences, other costs, training, savings, legal exit. */
export function scenarioLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const licences = licenceLines(ctx, scenario)
  return [
    ...licences,
    ...costLines(ctx, scenario),
    ...trainingLines(ctx, scenario),
    ...benefitLines(ctx, scenario),
    ...legalExitLine(ctx, scenario, licences),
  ]
}
