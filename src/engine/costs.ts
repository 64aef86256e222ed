/**
 * Yearly cost lines of one scenario. Every line gives one raw amount per horizon year: a number, or
 * null where an amount it needs is unknown (never 0). Rounding is left to the result (index.ts).
 */
import { likelyValue } from './amount'
import type { Case, Citation, CostCategory, LocalText, Product, Scenario, UserGroup } from './model'

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
  kind: 'price' | 'amount' | 'users' | 'hours' | 'hourly-cost' | 'exchange-rate' | 'product'
  /** Product id for prices, otherwise the line's key. */
  ref: string
  label: LocalText
  reason: string
}

export interface LicenceYear {
  /** Users paid for (may be fractional under a share), or null if a group's count is unknown. */
  users: number | null
  /** Price per user and year (or per year for a flat price), or null if unknown. */
  unitPrice: number | null
  amount: number | null
}

export interface LineResult {
  /** Stable within the scenario: `licence:0`, `cost:2`, `training:0`, `benefit:1`. */
  key: string
  kind: 'licence' | 'cost' | 'training' | 'benefit'
  category: ResultCategory
  label: LocalText
  productId?: string
  /** Whether the line counts in totals (a recorded but uncounted saving does not). */
  isCounted: boolean
  /** Per horizon year (index 0 = start year): whether the line applies in that year. */
  active: boolean[]
  /** Raw amount per horizon year; 0 where the line is not active, null where unknown. */
  amounts: (number | null)[]
  /** Licence lines only: users and price per horizon year. */
  licenceYears?: LicenceYear[]
  pricingUnit?: 'user-year' | 'year'
  /** Whether the price is the organisation's own figure rather than the shipped source's. */
  isPriceOverridden?: boolean
  source?: Citation
  missing: Missing[]
}

export interface CostContext {
  model: Case
  /** Products by id: the shipped catalogue plus the case's own products. */
  products: ReadonlyMap<string, Product>
  years: readonly number[]
}

function isActive(year: number, from: number | undefined, to: number | undefined): boolean {
  return (from === undefined || year >= from) && (to === undefined || year <= to)
}

/** Users of one group in one year: the year's own count if given, else the group's count. */
export function groupUsers(group: UserGroup, year: number): number | null {
  const byYear = group.usersByYear?.[String(year)]
  return likelyValue(byYear ?? group.users)
}

/** Users of several groups (all groups when `groupIds` is undefined) in one year, or null if any count is unknown. */
export function usersOf(model: Case, groupIds: readonly string[] | undefined, year: number): number | null {
  const groups =
    groupIds === undefined ? model.organisation.groups : model.organisation.groups.filter((g) => groupIds.includes(g.id))
  let sum = 0
  for (const group of groups) {
    const users = groupUsers(group, year)
    if (users === null) return null
    sum += users
  }
  return sum
}

function reasonOf(amount: unknown): string {
  return typeof amount === 'object' && amount !== null && 'reason' in amount ? String(amount.reason) : 'not known'
}

function licenceLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const { model, products, years } = ctx
  return scenario.licences.map((line, index) => {
    const key = `licence:${index}`
    const product = products.get(line.productId)
    const missing: Missing[] = []
    if (product === undefined) {
      missing.push({ kind: 'product', ref: line.productId, label: line.productId, reason: 'not in the catalogue' })
      return {
        key, kind: 'licence', category: 'licences', label: line.productId, productId: line.productId,
        isCounted: true, active: years.map(() => true), amounts: years.map(() => null), missing,
      } satisfies LineResult
    }
    const override = model.catalogue?.overrides?.[product.id]
    const priceAmount = override?.amount ?? product.pricing.amount
    const unitPrice = likelyValue(priceAmount)
    const isForeign = product.pricing.currency !== model.settings.currency
    const active = years.map((year) => isActive(year, line.from, line.to))
    const licenceYears: LicenceYear[] = years.map((year, t) => {
      if (!active[t]) return { users: 0, unitPrice, amount: 0 }
      const baseUsers = line.users !== undefined ? likelyValue(line.users) : usersOf(model, line.groups, year)
      const users = baseUsers === null ? null : baseUsers * (line.share ?? 1)
      const quantity = product.pricing.unit === 'year' ? 1 : users
      const amount = quantity === null || unitPrice === null || isForeign ? null : quantity * unitPrice
      return { users, unitPrice, amount }
    })
    const isUsed = active.some(Boolean)
    if (isUsed && unitPrice === null) {
      missing.push({ kind: 'price', ref: product.id, label: product.name, reason: reasonOf(priceAmount) })
    }
    if (isUsed && licenceYears.some((y) => y.users === null)) {
      missing.push({ kind: 'users', ref: key, label: product.name, reason: 'a user count is not known' })
    }
    if (isUsed && isForeign && unitPrice !== null) {
      missing.push({
        kind: 'exchange-rate', ref: product.id, label: product.name,
        reason: `priced in ${product.pricing.currency}, the case is in ${model.settings.currency}`,
      })
    }
    return {
      key, kind: 'licence', category: 'licences', label: product.name, productId: product.id, isCounted: true,
      active, amounts: licenceYears.map((y) => y.amount), licenceYears, pricingUnit: product.pricing.unit,
      isPriceOverridden: override !== undefined, source: line.source ?? product.pricing.source, missing,
    } satisfies LineResult
  })
}

function costLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  return scenario.costs.map((line, index) => {
    const key = `cost:${index}`
    const value = likelyValue(line.amount)
    const active = ctx.years.map((year) =>
      line.kind === 'one-off' ? year === line.year : isActive(year, line.from, line.to),
    )
    const amounts = active.map((isOn) => (isOn ? value : 0))
    const missing: Missing[] =
      amounts.some((a) => a === null)
        ? [{ kind: 'amount', ref: key, label: line.label, reason: reasonOf(line.amount) }]
        : []
    return {
      key, kind: 'cost', category: line.category, label: line.label, isCounted: true, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

function trainingLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  const { model, years } = ctx
  return scenario.training.map((line, index) => {
    const key = `training:${index}`
    const hours = likelyValue(line.hoursPerUser)
    const hourlyAmount = line.hourlyCost ?? model.organisation.hourlyCost
    const hourly = likelyValue(hourlyAmount)
    const missing: Missing[] = []
    const active = years.map((year) => year === line.year)
    const amounts = years.map((year) => {
      if (year !== line.year) return 0
      const users = usersOf(model, line.groups, year)
      if (users === null) missing.push({ kind: 'users', ref: key, label: line.label, reason: 'a user count is not known' })
      if (hours === null) missing.push({ kind: 'hours', ref: key, label: line.label, reason: reasonOf(line.hoursPerUser) })
      if (hourly === null) missing.push({ kind: 'hourly-cost', ref: key, label: line.label, reason: reasonOf(hourlyAmount) })
      if (users === null || hours === null || hourly === null) return null
      return users * (line.share ?? 1) * hours * hourly
    })
    return {
      key, kind: 'training', category: 'training', label: line.label, isCounted: true, active, amounts,
      ...(line.source ? { source: line.source } : {}), missing,
    } satisfies LineResult
  })
}

function benefitLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  return scenario.benefits.map((line, index) => {
    const key = `benefit:${index}`
    const value = likelyValue(line.amount)
    const active = ctx.years.map((year) => isActive(year, line.from, line.to))
    const amounts = active.map((isOn) => (isOn ? (value === null ? null : -value) : 0))
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

/** All lines of a scenario, in the order licences, other costs, training, savings. */
export function scenarioLines(ctx: CostContext, scenario: Scenario): LineResult[] {
  return [
    ...licenceLines(ctx, scenario),
    ...costLines(ctx, scenario),
    ...trainingLines(ctx, scenario),
    ...benefitLines(ctx, scenario),
  ]
}
