/**
 * The money rules, each stated once: every line-year of a scenario as one small expression over named
 * inputs (docs/decisions/0016-one-rule-set-for-money.md). Three readers take the same expressions:
 *   - costs.ts evaluates them for the figures (`evaluate`),
 *   - plan.ts compiles them into the typed-array plan of the simulation and the tornado,
 *   - io/xlsx.ts writes them as the workbook's formulas (formula.ts `toFormula`).
 * A new rule (a dated price change, a successor product) is written here, in `scenarioRules`, and the
 * figures, the bands and the workbook follow it. A new kind of node (an operation none of the rules has
 * used yet) is written in the three readers: `evaluate` below, formula.ts `toFormula` and plan.ts `compileExpr`.
 *
 * An input node carries its key (the engine's `inputKey` form where the engine has one, e.g.
 * `price:m365-e3`, `group-users:e3:2025`; the workbook's input rows use the same keys) and the value the
 * case gives it (its likely value, null when unknown). An expression that reads an unknown input is
 * unknown (never 0). The order of operations is the order of the tree, so the figures and the plan form
 * the very same floating-point products (test/engine/plan.test.ts).
 */
import { likelyValue } from '../model/amount'
import { effectiveHosting, isThirdCountryExposed } from '../assessment/exposure'
import { growth, roundMoney } from './finance'
import type { Case, LocalText, Product, Scenario, UserGroup } from '../model/model'

export type Expr =
  /** A named input: its key, and the value the case gives it (null when unknown, with the data's reason if it gives one). */
  | { op: 'input'; key: string; value: number | null; reason?: LocalText }
  | { op: 'const'; value: number }
  | { op: 'add'; a: Expr; b: Expr }
  | { op: 'mul'; a: Expr; b: Expr }
  /** sum + max(0, now − before): a group's growth over the year before, added to the growth so far. */
  | { op: 'gain'; sum: Expr; now: Expr; before: Expr }
  /** Whole seats paid for: a share is rounded up (finance-free, see costs.ts `wholeSeats`). */
  | { op: 'seats'; x: Expr }
  /** (1 + rate)^t: a start-year amount escalated to year t (finance.ts `growth`). */
  | { op: 'grow'; rate: Expr; t: number }
  /** Rounded to whole currency units, half away from zero (finance.ts `roundMoney`). */
  | { op: 'round'; x: Expr }

/** One line in one year. */
export interface LineYearRule {
  /** The line's amount this year, in whole currency units. */
  amount: Expr
  /**
   * The line is idle this year (not active, 0) when every one of these is known and 0 — whatever else is
   * unknown. The amount is 0 then too when it is known; the test decides between 0 and "unknown".
   */
  idleIf?: Expr[]
  /** Licence lines: the whole seats and the escalated price per unit, both parts of `amount`. */
  seats?: Expr
  unitPrice?: Expr
}

export interface LineRules {
  /** The line's key in the result: `licence:0`, `cost:2`, `training:0`, `benefit:1`, `legal-exit`. */
  key: string
  /** Whether the line counts in totals (a recorded but uncounted saving does not). */
  isCounted: boolean
  /** Per horizon year: the rule, or null where the line does not apply (it is 0 then). */
  years: (LineYearRule | null)[]
  /** Licence lines of a known product: the escalated price per unit in every year, used or not. */
  unitPrices?: Expr[]
}

// ─── Building expressions ───────────────────────────────────────────────────────────────────────────

export const constant = (value: number): Expr => ({ op: 'const', value })
const isConst = (x: Expr, value: number) => x.op === 'const' && x.value === value
/** a + b; 0 + x is x (the same number in floating point). */
export const add = (a: Expr, b: Expr): Expr => (isConst(a, 0) ? b : isConst(b, 0) ? a : { op: 'add', a, b })
/** a × b; 1 × x is x (the same number). A 0 is kept: an unknown multiplied by 0 stays unknown, as before. */
export const mul = (a: Expr, b: Expr): Expr => (isConst(a, 1) ? b : isConst(b, 1) ? a : { op: 'mul', a, b })
export const round = (x: Expr): Expr => ({ op: 'round', x })
export const seats = (x: Expr): Expr => ({ op: 'seats', x })
export const grow = (rate: Expr, t: number): Expr => (t === 0 ? constant(1) : { op: 'grow', rate, t })
export const gain = (sum: Expr, now: Expr, before: Expr): Expr => ({ op: 'gain', sum, now, before })

// ─── Reading expressions ────────────────────────────────────────────────────────────────────────────

/**
 * Whole seats paid for: a share or phase-in of a count is rounded up, since a licence is bought per
 * person. The small tolerance keeps a product of fractions such as 0.1 × 30 (3.0000000000000004) at 3.
 */
export function wholeSeats(users: number): number {
  return Math.max(0, Math.ceil(users - 1e-9))
}

/** The value of an expression, or null when an input it reads is unknown. */
export function evaluate(x: Expr): number | null {
  switch (x.op) {
    case 'input':
    case 'const':
      return x.value
    case 'add':
    case 'mul': {
      const a = evaluate(x.a)
      const b = evaluate(x.b)
      if (a === null || b === null) return null
      return x.op === 'add' ? a + b : a * b
    }
    case 'gain': {
      const sum = evaluate(x.sum)
      const now = evaluate(x.now)
      const before = evaluate(x.before)
      return sum === null || now === null || before === null ? null : sum + Math.max(0, now - before)
    }
    case 'seats': {
      const v = evaluate(x.x)
      return v === null ? null : wholeSeats(v)
    }
    case 'grow': {
      const rate = evaluate(x.rate)
      return rate === null ? null : growth(rate, x.t)
    }
    case 'round': {
      const v = evaluate(x.x)
      return v === null ? null : roundMoney(v)
    }
  }
}

/** Whether a line-year is idle: every idle test known and 0. */
export function isIdle(rule: LineYearRule): boolean {
  return rule.idleIf !== undefined && rule.idleIf.length > 0 && rule.idleIf.every((test) => evaluate(test) === 0)
}

// ─── The rules ──────────────────────────────────────────────────────────────────────────────────────

export interface RuleContext {
  model: Case
  /** Products by id: the shipped catalogue plus the case's own products. */
  products: ReadonlyMap<string, Product>
  years: readonly number[]
}

/** Whether a year lies within from…to (an end left out is open). */
export function isActive(year: number, from: number | undefined, to: number | undefined): boolean {
  return (from === undefined || year >= from) && (to === undefined || year <= to)
}

/** The year of `shareByYear` in effect in a year: the nearest earlier one, or none before the first. */
export function phaseYear(shareByYear: Readonly<Record<string, number>>, year: number): string | undefined {
  let best: number | undefined
  for (const key of Object.keys(shareByYear)) {
    const y = Number(key)
    if (y <= year && (best === undefined || y > best)) best = y
  }
  return best === undefined ? undefined : String(best)
}

/** The phase-in share of a year: 1 without a phase-in, 0 before its first year, else the year in effect's share. */
export function phaseShare(shareByYear: Readonly<Record<string, number>> | undefined, year: number): number {
  if (shareByYear === undefined) return 1
  const key = phaseYear(shareByYear, year)
  return key === undefined ? 0 : (shareByYear[key] ?? 0)
}

/** A named input read from the case: its key and its likely value (null when unknown or absent, with the data's reason where it gives one). */
export function input(key: string, value: unknown): Expr {
  const likely = value === undefined ? null : likelyValue(value as Parameters<typeof likelyValue>[0])
  if (likely !== null || typeof value !== 'object' || value === null || !('reason' in value)) return { op: 'input', key, value: likely }
  const reason = value.reason
  return { op: 'input', key, value: null, reason: typeof reason === 'object' && reason !== null ? (reason as LocalText) : String(reason) }
}

/** The unknown inputs an expression reads, in the order it reads them. */
export function unknownInputs(x: Expr, into: Extract<Expr, { op: 'input' }>[] = []): Extract<Expr, { op: 'input' }>[] {
  switch (x.op) {
    case 'input':
      if (x.value === null) into.push(x)
      break
    case 'const':
      break
    case 'add':
    case 'mul':
      unknownInputs(x.a, into)
      unknownInputs(x.b, into)
      break
    case 'gain':
      unknownInputs(x.sum, into)
      unknownInputs(x.now, into)
      unknownInputs(x.before, into)
      break
    case 'seats':
    case 'round':
      unknownInputs(x.x, into)
      break
    case 'grow':
      unknownInputs(x.rate, into)
      break
  }
  return into
}

/** The groups a line counts: the named ones in the organisation's order, or all when none is named. */
export function groupsOf(model: Case, ids: readonly string[] | undefined): UserGroup[] {
  const groups = model.organisation.groups
  return ids === undefined || ids.length === 0 ? groups : groups.filter((g) => ids.includes(g.id))
}

/** A group's users in a year: the year's own count if given, else the group's count. */
function groupUsers(group: UserGroup, year: number): Expr {
  const own = group.usersByYear?.[String(year)]
  return own !== undefined ? input(`group-users:${group.id}:${year}`, own) : input(`group-users:${group.id}`, group.users)
}

/** Users of some groups in a year: their counts summed in the organisation's order. */
function usersOf(model: Case, ids: readonly string[] | undefined, year: number): Expr {
  return groupsOf(model, ids).reduce<Expr>((sum, g) => add(sum, groupUsers(g, year)), constant(0))
}

/** Newcomers by growth: each group's growth over the year before, where its count is another input. */
function growthOf(model: Case, ids: readonly string[] | undefined, year: number): Expr | undefined {
  let sum: Expr | undefined
  for (const group of groupsOf(model, ids)) {
    const now = groupUsers(group, year)
    const before = groupUsers(group, year - 1)
    // One count for both years (even an unknown one): the group has not grown.
    if (now.op === 'input' && before.op === 'input' && now.key === before.key) continue
    sum = gain(sum ?? constant(0), now, before)
  }
  return sum
}

function generalRate(model: Case): Expr {
  return model.settings.escalation?.general === undefined ? constant(0) : input('escalation-general', model.settings.escalation.general)
}

/** A product's escalation: its own rate, else the general one. */
function productRate(model: Case, productId: string): Expr {
  const own = model.settings.escalation?.byProduct?.[productId]
  return own === undefined ? generalRate(model) : input(`escalation-product:${productId}`, own)
}

/** A product's price per unit in the case's currency, before escalation: the price (the case's own figure if set) × the exchange rate. */
function priceOf(model: Case, product: Product): Expr {
  const override = model.catalogue?.overrides?.[product.id]
  const price = input(`price:${product.id}`, override?.amount ?? product.pricing.amount)
  if (product.pricing.currency === model.settings.currency) return price
  return mul(price, input(`exchange-rate:${product.pricing.currency}`, model.settings.exchangeRates?.[product.pricing.currency]))
}

/**
 * The factor a line's price is multiplied by in a year, from its dated price changes: each change
 * multiplies the price from its day on (changes compound), and a year pays the average of its days —
 * pro rata, so a rise of 10 % on 1 July costs about 5 % more that year and 10 % more in every later
 * year. 1 without changes, or in a year before the first.
 */
export function priceFactor(changes: readonly { from: string; factor: number }[] | undefined, year: number): number {
  if (changes === undefined || changes.length === 0) return 1
  const start = Date.UTC(year, 0, 1)
  const end = Date.UTC(year + 1, 0, 1)
  const dated = changes.map((c) => ({ at: Date.parse(`${c.from}T00:00:00Z`), factor: c.factor })).sort((a, b) => a.at - b.at)
  let factor = 1
  let at = start
  let sum = 0
  for (const change of dated) {
    if (change.at >= end) break
    if (change.at > at) {
      sum += (change.at - at) * factor
      at = change.at
    }
    factor *= change.factor
  }
  if (at === start) return factor // no change inside the year: the factor of every day
  return (sum + (end - at) * factor) / (end - start)
}

/** Licences: round(seats × unit price), seats = whole(users × share × phase-in), or the unit price alone for a flat price. */
function licenceRules(ctx: RuleContext, scenario: Scenario): LineRules[] {
  const { model, years } = ctx
  const s = scenario.id
  return scenario.licences.map((line, i) => {
    const key = `licence:${i}`
    const product = ctx.products.get(line.productId)
    if (product === undefined) {
      const unknown = input(`price:${line.productId}`, undefined)
      return { key, isCounted: true, years: years.map(() => ({ amount: unknown })) }
    }
    const price = priceOf(model, product)
    const rate = productRate(model, product.id)
    const share = input(`licence-share:${s}:${i}`, line.share ?? 1)
    // The price of each year: dated price changes (a factor, 1 without), then escalation.
    const unitPrices = years.map((year, t) => mul(mul(price, constant(priceFactor(line.priceChanges, year))), grow(rate, t)))
    return {
      key, isCounted: true, unitPrices,
      years: years.map((year, t): LineYearRule | null => {
        const phaseKey = line.shareByYear === undefined ? undefined : phaseYear(line.shareByYear, year)
        if (!isActive(year, line.from, line.to) || (line.shareByYear !== undefined && phaseKey === undefined)) return null
        const phase = phaseKey === undefined ? undefined : input(`licence-phase:${s}:${i}:${phaseKey}`, line.shareByYear?.[phaseKey])
        const users = line.users !== undefined ? input(`licence-users:${s}:${i}`, line.users) : usersOf(model, line.groups, year)
        const seatCount = seats(phase ? mul(mul(users, share), phase) : mul(users, share))
        const unitPrice = unitPrices[t] as Expr
        const amount = round(product.pricing.unit === 'year' ? unitPrice : mul(seatCount, unitPrice))
        return { amount, seats: seatCount, unitPrice, ...(phase ? { idleIf: [phase] } : {}) }
      }),
    }
  })
}

/** Other costs: round(amount × quantity × escalation); quantity = FTE (1 if not given) or users; escalation for recurring costs. */
function costRules(ctx: RuleContext, scenario: Scenario): LineRules[] {
  const { model, years } = ctx
  const general = generalRate(model)
  return scenario.costs.map((line, i) => {
    const amount = input(`cost-amount:${scenario.id}:${i}`, line.amount)
    const fte = line.fte === undefined ? constant(1) : input(`cost-fte:${scenario.id}:${i}`, line.fte)
    return {
      key: `cost:${i}`, isCounted: true,
      years: years.map((year, t) => {
        const isOn = line.kind === 'one-off' ? year === line.year : isActive(year, line.from, line.to)
        if (!isOn) return null
        const quantity = line.perUserOf === undefined ? fte : usersOf(model, line.perUserOf, year)
        return { amount: round(mul(mul(amount, quantity), line.kind === 'recurring' ? grow(general, t) : constant(1))) }
      }),
    }
  })
}

/**
 * Training: round(trained × hours × hourly cost × escalation). Everyone (times the share) in the training's
 * year; in every later year the newcomers: those who replace leavers (turnover × users) and those who
 * come with the groups' growth. A later year with neither turnover nor growth trains nobody.
 */
function trainingRules(ctx: RuleContext, scenario: Scenario): LineRules[] {
  const { model, years } = ctx
  const general = generalRate(model)
  return scenario.training.map((line, i) => {
    const s = scenario.id
    const hours = input(`training-hours:${s}:${i}`, line.hoursPerUser)
    const hourly = line.hourlyCost !== undefined ? input(`training-hourly-cost:${s}:${i}`, line.hourlyCost) : input('hourly-cost', model.organisation.hourlyCost)
    const share = line.share === undefined ? constant(1) : input(`training-share:${s}:${i}`, line.share)
    const turnover = line.turnoverRate === undefined ? undefined : input(`training-turnover:${s}:${i}`, line.turnoverRate)
    return {
      key: `training:${i}`, isCounted: true,
      years: years.map((year, t): LineYearRule | null => {
        if (year < line.year) return null
        const users = usersOf(model, line.groups, year)
        const tail = (trained: Expr) => round(mul(mul(mul(trained, hours), hourly), grow(general, t)))
        if (year === line.year) return { amount: tail(mul(share, users)) }
        const grown = growthOf(model, line.groups, year)
        if (turnover === undefined && grown === undefined) return null
        const newcomers = add(mul(turnover ?? constant(0), users), grown ?? constant(0))
        return { amount: tail(mul(share, newcomers)), idleIf: [turnover, grown].filter((x): x is Expr => x !== undefined) }
      }),
    }
  })
}

/** Savings: round(−amount × escalation), as negative amounts. */
function benefitRules(ctx: RuleContext, scenario: Scenario): LineRules[] {
  const general = generalRate(ctx.model)
  return scenario.benefits.map((line, i) => {
    const amount = input(`benefit-amount:${scenario.id}:${i}`, line.amount)
    return {
      key: `benefit:${i}`, isCounted: line.counted,
      years: ctx.years.map((year, t) => (isActive(year, line.from, line.to) ? { amount: round(mul(mul(amount, constant(-1)), grow(general, t))) } : null)),
    }
  })
}

/**
 * The legal-change event: from `settings.legalChangeYear`, transfers to a third country are no longer
 * lawful, so a scenario that then relies on a licensed service within reach of third-country law pays
 * its exit plan's cost in that year (unknown when it has no exit plan). Null when it does not apply.
 */
function legalExitRule(ctx: RuleContext, scenario: Scenario): LineRules | null {
  const year = ctx.model.settings.legalChangeYear
  const t = year === undefined ? -1 : ctx.years.indexOf(year)
  if (t === -1 || year === undefined) return null
  const isReliant = scenario.licences.some((line) => {
    const product = ctx.products.get(line.productId)
    return (
      product !== undefined && isThirdCountryExposed(product, effectiveHosting(product, line)) &&
      isActive(year, line.from, line.to) && phaseShare(line.shareByYear, year) > 0
    )
  })
  if (!isReliant) return null
  const amount = round(input(`exit-plan:${scenario.id}`, scenario.exitPlan?.amount))
  return { key: 'legal-exit', isCounted: true, years: ctx.years.map((_, i) => (i === t ? { amount } : null)) }
}

/** The rules of each kind of line: one function per kind, each giving that kind's lines of a scenario. */
export interface RuleSet {
  licences: (ctx: RuleContext, scenario: Scenario) => LineRules[]
  costs: (ctx: RuleContext, scenario: Scenario) => LineRules[]
  training: (ctx: RuleContext, scenario: Scenario) => LineRules[]
  benefits: (ctx: RuleContext, scenario: Scenario) => LineRules[]
  legalExit: (ctx: RuleContext, scenario: Scenario) => LineRules[]
}

/** The money rules of the app. */
export const MONEY_RULES: Readonly<RuleSet> = Object.freeze({
  licences: licenceRules,
  costs: costRules,
  training: trainingRules,
  benefits: benefitRules,
  legalExit: (ctx: RuleContext, scenario: Scenario) => {
    const legal = legalExitRule(ctx, scenario)
    return legal ? [legal] : []
  },
})

/** Every line of a scenario as rules, in the order licences, other costs, training, savings, legal exit. */
export function scenarioRules(ctx: RuleContext, scenario: Scenario, rules: Readonly<RuleSet> = MONEY_RULES): LineRules[] {
  return [
    ...rules.licences(ctx, scenario),
    ...rules.costs(ctx, scenario),
    ...rules.training(ctx, scenario),
    ...rules.benefits(ctx, scenario),
    ...rules.legalExit(ctx, scenario),
  ]
}
