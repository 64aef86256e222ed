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
import { evaluate, isIdle, scenarioRules, unknownInputs } from './rules'
import type { LineRules } from './rules'
import { effectiveHosting, isThirdCountryExposed } from '../assessment/exposure'
import type { Case, Citation, CostCategory, LocalText, Product, Scenario, UserGroup } from '../model/model'

export { isActive, phaseShare, wholeSeats } from './rules'

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

/** The engine's own reasons, in both languages. */
const REASONS = {
  notKnown: { sv: 'okänt', en: 'not known' },
  usersUnknown: { sv: 'ett antal användare är okänt', en: 'a user count is not known' },
  notInCatalogue: { sv: 'finns inte i katalogen', en: 'not in the catalogue' },
  noExitPlan: { sv: 'scenariot har ingen utträdesplan med en kostnad', en: 'the scenario has no exit plan with a cost' },
} as const satisfies Record<string, LocalText>

/** The order a line's missing inputs are listed in: what it is, its price, then counts and hours. */
const MISSING_ORDER: readonly Missing['kind'][] = ['product', 'price', 'exchange-rate', 'amount', 'fte', 'users', 'hours', 'hourly-cost', 'exit-plan']

/** Who a line is, for naming what it misses. */
interface LineIdentity {
  key: string
  label: LocalText
  /** Licence lines: the product id, and the product where the catalogue has it. */
  productId?: string
  product?: Product
  /** Legal-exit line: whether the scenario has an exit plan (its amount unknown) or none. */
  hasExitPlan?: boolean
}

/** One unknown input (rules.ts) named by what it is. */
function missingInput(ctx: CostContext, line: LineIdentity, node: { key: string; reason?: LocalText }): Missing {
  const kind = node.key.slice(0, node.key.indexOf(':') === -1 ? undefined : node.key.indexOf(':'))
  const reason = node.reason ?? REASONS.notKnown
  const label = line.product?.name ?? line.label
  switch (kind) {
    case 'price':
      return line.product === undefined
        ? { kind: 'product', ref: line.productId ?? line.key, label, reason: REASONS.notInCatalogue }
        : { kind: 'price', ref: line.product.id, label, reason }
    case 'exchange-rate': {
      const currency = node.key.slice('exchange-rate:'.length)
      const own = ctx.model.settings.currency
      return {
        kind: 'exchange-rate', ref: line.productId ?? line.key, label,
        reason: {
          sv: `prissatt i ${currency}; ingen växelkurs till ${own} är angiven`,
          en: `priced in ${currency}; no exchange rate to ${own} is set`,
        },
      }
    }
    case 'group-users':
    case 'licence-users':
      return { kind: 'users', ref: line.key, label, reason: REASONS.usersUnknown }
    case 'cost-fte':
      return { kind: 'fte', ref: line.key, label, reason }
    case 'training-hours':
      return { kind: 'hours', ref: line.key, label, reason }
    case 'hourly-cost':
    case 'training-hourly-cost':
      return { kind: 'hourly-cost', ref: line.key, label, reason }
    case 'exit-plan':
      return line.hasExitPlan
        ? { kind: 'amount', ref: line.key, label, reason }
        : { kind: 'exit-plan', ref: line.key, label, reason: REASONS.noExitPlan }
    default: // cost-amount, benefit-amount, and any input a later rule reads
      return { kind: 'amount', ref: line.key, label, reason }
  }
}

/**
 * What a counted line needs and does not know: the unknown inputs its rules read in the years it is
 * active, each named once. Read from the rules themselves, so a new rule's unknowns are named here
 * without a change (docs/decisions/0016-one-rule-set-for-money.md).
 */
function missingOf(ctx: CostContext, rules: LineRules | undefined, active: readonly boolean[], line: LineIdentity): Missing[] {
  if (rules === undefined || !rules.isCounted) return []
  const found = new Map<string, Missing>()
  rules.years.forEach((rule, t) => {
    if (!active[t] || !rule) return
    for (const node of unknownInputs(rule.amount)) {
      const missing = missingInput(ctx, line, node)
      const id = `${missing.kind}\u0000${missing.ref}`
      if (!found.has(id)) found.set(id, missing)
    }
  })
  return [...found.values()].sort((a, b) => MISSING_ORDER.indexOf(a.kind) - MISSING_ORDER.indexOf(b.kind))
}

/** A line's amounts and active years from its rules (rules.ts): 0 where it does not apply or is idle. */
function fromRules(rules: LineRules | undefined, years: readonly number[]): Pick<LineResult, 'active' | 'amounts'> {
  const active = years.map((_, t) => {
    const rule = rules?.years[t]
    return rule !== null && rule !== undefined && !isIdle(rule)
  })
  const amounts = years.map((_, t) => {
    const rule = rules?.years[t]
    return active[t] && rule ? evaluate(rule.amount) : 0
  })
  return { active, amounts }
}

function licenceLines(ctx: CostContext, scenario: Scenario, rules: ReadonlyMap<string, LineRules>): LineResult[] {
  const { model, products, years } = ctx
  return scenario.licences.map((line, index) => {
    const key = `licence:${index}`
    const product = products.get(line.productId)
    const { active, amounts } = fromRules(rules.get(key), years)
    const lineRules = rules.get(key)
    const missing = missingOf(ctx, lineRules, active, { key, label: line.productId, productId: line.productId, product })
    if (product === undefined) {
      return {
        key, kind: 'licence', category: 'licences', label: line.productId, productId: line.productId,
        isCounted: true, active, amounts, missing,
      } satisfies LineResult
    }
    const licenceYears: LicenceYear[] = years.map((_, t) => {
      const unitPrice = lineRules?.unitPrices?.[t] ? evaluate(lineRules.unitPrices[t]) : null
      const rule = lineRules?.years[t]
      if (!active[t] || !rule?.seats) return { users: 0, unitPrice, amount: 0 }
      return { users: evaluate(rule.seats), unitPrice, amount: amounts[t] ?? null }
    })
    return {
      key, kind: 'licence', category: 'licences', label: product.name, productId: product.id, isCounted: true,
      active, amounts, licenceYears, pricingUnit: product.pricing.unit,
      isPriceOverridden: model.catalogue?.overrides?.[product.id] !== undefined,
      isThirdCountryExposed: isThirdCountryExposed(product, effectiveHosting(product, line)),
      source: line.source ?? product.pricing.source, missing,
    } satisfies LineResult
  })
}

function costLines(ctx: CostContext, scenario: Scenario, rules: ReadonlyMap<string, LineRules>): LineResult[] {
  const { years } = ctx
  return scenario.costs.map((line, index) => {
    const key = `cost:${index}`
    const { active, amounts } = fromRules(rules.get(key), years)
    const missing = missingOf(ctx, rules.get(key), active, { key, label: line.label })
    return {
      key, kind: 'cost', category: line.category, label: line.label, isCounted: true, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

function trainingLines(ctx: CostContext, scenario: Scenario, rules: ReadonlyMap<string, LineRules>): LineResult[] {
  const { years } = ctx
  return scenario.training.map((line, index) => {
    const key = `training:${index}`
    const { active, amounts } = fromRules(rules.get(key), years)
    const missing = missingOf(ctx, rules.get(key), active, { key, label: line.label })
    return {
      key, kind: 'training', category: 'training', label: line.label, isCounted: true, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

function benefitLines(ctx: CostContext, scenario: Scenario, rules: ReadonlyMap<string, LineRules>): LineResult[] {
  return scenario.benefits.map((line, index) => {
    const key = `benefit:${index}`
    const { active, amounts } = fromRules(rules.get(key), ctx.years)
    const missing = missingOf(ctx, rules.get(key), active, { key, label: line.label })
    return {
      key, kind: 'benefit', category: 'benefits', label: line.label, isCounted: line.counted, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

/**
 * The legal-change event (rules.ts `legalExitRule`): a scenario relying on a service within reach of
 * third-country law when transfers cease to be lawful pays its exit plan's cost in that year.
 */
function legalExitLine(ctx: CostContext, scenario: Scenario, rules: ReadonlyMap<string, LineRules>): LineResult[] {
  const lineRules = rules.get('legal-exit')
  const year = ctx.model.settings.legalChangeYear
  if (lineRules === undefined || year === undefined) return []
  const { active, amounts } = fromRules(lineRules, ctx.years)
  const label = { sv: `Utträde ${year}: överföring till tredje land upphör att vara laglig`, en: `Exit in ${year}: transfers to a third country cease to be lawful` }
  return [
    {
      key: 'legal-exit', kind: 'legal-exit', category: 'exit', label, isCounted: true, active, amounts,
      ...(scenario.exitPlan?.source ? { source: scenario.exitPlan.source } : {}),
      missing: missingOf(ctx, lineRules, active, { key: 'legal-exit', label, hasExitPlan: scenario.exitPlan !== undefined }),
    },
  ]
}

/** All lines of a scenario, in the order licences, other costs, training, savings, legal exit. */
export function scenarioLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const rules = new Map(scenarioRules(ctx, scenario).map((r) => [r.key, r]))
  return [
    ...licenceLines(ctx, scenario, rules),
    ...costLines(ctx, scenario, rules),
    ...trainingLines(ctx, scenario, rules),
    ...benefitLines(ctx, scenario, rules),
    ...legalExitLine(ctx, scenario, rules),
  ]
}
