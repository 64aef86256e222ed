/**
 * What drives the difference between two scenarios: a tornado over every input, and the break-even
 * year where one path's cumulative cost overtakes the other's.
 *
 * The figure is cost(A) − cost(B) over the horizon (nominal total, or present value). Each input is
 * moved on its own while every other input stays at its likely value: a ranged input to its low and
 * its high; a plain amount by ± `spread` (default 20 %, a conventional one-way sensitivity step,
 * wide enough to show what matters and small enough to stay plausible for prices and counts); a plain
 * rate (escalation) by ± RATE_SPREAD percentage points, so that a rate of 0 % moves too.
 * Inputs that move neither scenario are left out; the rest are ranked by swing |high − low|.
 */
import { compute } from '../money/compute'
import type { Result } from '../money/compute'
import { cumulativePresentValue, presentValue, roundMoney } from '../money/finance'
import { isWideRange } from './inputs'
import type { InputRef, InputSlot, InputValue } from './inputs'
import type { Case, LocalText, Product } from '../model/model'
import { compilePlan } from '../money/plan'

export type Measure = 'total' | 'presentValue'

/** The default step for amounts given as plain numbers: ± 20 %. */
export const DEFAULT_SPREAD = 0.2
/** The step for rates given as plain numbers: ± 2 percentage points (0.02), whatever the rate. */
export const RATE_SPREAD = 0.02

export interface TornadoOptions {
  model: Case
  catalogue: readonly Product[]
  /** Scenario ids: the figure is cost(a) − cost(b). */
  a: string
  b: string
  /** Plain numbers are moved by ± this share (0.2 = ± 20 %). */
  spread?: number
  measure?: Measure
  /** The deterministic result of `model`, when the caller holds it: it says which scenarios are incomplete (else it is computed). */
  result?: Result
}

export interface TornadoRow {
  key: string
  ref: InputRef
  subject?: LocalText
  scenarioId?: string
  isRate: boolean
  /** Whether the input is a range (moved to its ends) rather than a plain number (moved by ± spread, or ± RATE_SPREAD for a rate). */
  isRanged: boolean
  /** The input's values tried: its low and high end. */
  low: number
  likely: number
  high: number
  /** cost(a) − cost(b) with the input at its low and at its high end, whole currency units. */
  atLow: number
  atHigh: number
  /** |atHigh − atLow|. */
  swing: number
}

export interface Tornado {
  a: string
  b: string
  measure: Measure
  spread: number
  /** cost(a) − cost(b) with every input at its likely value. */
  base: number
  /** False when either scenario leaves out an unknown amount: the figures are of known parts. */
  complete: boolean
  /** The compared scenarios that leave out an unknown amount (in the order a, b): their figures are lower bounds. */
  incomplete: string[]
  /** Largest swing first. */
  rows: TornadoRow[]
}

/**
 * The tornado on the compiled plan: every known input is variable, and one evaluation covers every
 * input at its low and its high end (column 2i and 2i + 1) and the base with all inputs likely (the last).
 */
export function tornado(options: TornadoOptions): Tornado {
  const { model, catalogue, a, b } = options
  const spread = options.spread ?? DEFAULT_SPREAD
  const measure = options.measure ?? 'total'
  const plan = compilePlan(model, catalogue, () => true)
  const ia = plan.scenarioIds.indexOf(a)
  const ib = plan.scenarioIds.indexOf(b)
  if (ia === -1 || ib === -1) throw new Error(`tornado: no scenario "${ia === -1 ? a : b}" in the case`)
  const rate = measure === 'presentValue' ? model.settings.discountRate : 0

  /** The values each input is moved to: a range to its ends, a plain rate by ± RATE_SPREAD, a plain amount by ± spread. */
  const moves = plan.variables.map((i) => {
    const slot = plan.slots[i] as InputSlot
    const range = plan.ranges[i] as NonNullable<(typeof plan.ranges)[number]>
    const isRanged = isWideRange(slot.holder[slot.field] as InputValue)
    const down = range.likely * (1 - spread)
    const up = range.likely * (1 + spread)
    const [low, high] = isRanged
      ? [range.low, range.high]
      : slot.isRate
        ? [range.likely - RATE_SPREAD, range.likely + RATE_SPREAD]
        : [Math.min(down, up), Math.max(down, up)]
    return { slot, range, isRanged, low, high }
  })
  const columns = 2 * moves.length + 1
  const inputs = moves.map((m, v) => {
    const values = new Float64Array(columns).fill(m.range.likely)
    values[2 * v] = m.low
    values[2 * v + 1] = m.high
    return values
  })
  const out = plan.scenarioIds.map(() => plan.years.map(() => new Float64Array(columns)))
  plan.evaluate(inputs, columns, out)
  const yearsOf = (s: number, column: number) => (out[s] as Float64Array[]).map((series) => series[column] as number)
  const difference = (column: number) => presentValue(yearsOf(ia, column), rate) - presentValue(yearsOf(ib, column), rate)

  const base = difference(columns - 1)
  // The deterministic result says which amounts are unknown; the figures then cover known parts.
  const computed = (options.result ?? compute({ model, catalogue })).scenarios
  const incomplete = [a, b].filter((id) => computed.some((s) => s.id === id && !s.complete))
  const complete = incomplete.length === 0

  const rows: TornadoRow[] = []
  moves.forEach((m, v) => {
    const atLow = roundMoney(difference(2 * v))
    const atHigh = roundMoney(difference(2 * v + 1))
    const swing = Math.abs(atHigh - atLow)
    // An input that moves neither scenario (or too little to show) is left out.
    if (swing === 0) return
    const { slot } = m
    rows.push({
      key: slot.key, ref: slot.ref, ...(slot.subject ? { subject: slot.subject } : {}),
      ...(slot.scenarioId ? { scenarioId: slot.scenarioId } : {}),
      isRate: slot.isRate, isRanged: m.isRanged, low: m.low, likely: m.range.likely, high: m.high, atLow, atHigh, swing,
    })
  })
  rows.sort((x, y) => y.swing - x.swing)
  return { a, b, measure, spread, base: roundMoney(base), complete, incomplete, rows }
}

export interface BreakEven {
  a: string
  b: string
  measure: Measure
  /**
   * The first year in which the scenario that was cheaper so far (by cumulative cost from the start)
   * is no longer cheaper: the other path has caught up or overtaken it. Null when it never happens,
   * and null when it is not known (`isKnown` false).
   */
  year: number | null
  /** The cheaper scenario before that year (null when the two are equal throughout, or when not known). */
  cheaperBefore: string | null
  /** The cheaper scenario from that year (null when they are equal then, or when not known). */
  cheaperAfter: string | null
  /**
   * False when an unknown amount could change the answer: a compared scenario leaves out an unknown
   * amount, and in some year its cumulative cost (a lower bound) does not already exceed the other's.
   * The year is then not stated; `knownParts` gives the answer on the known amounts alone.
   */
  isKnown: boolean
  /** The two scenarios that leave out an unknown amount (in the order a, b). */
  incomplete: string[]
  /** The same answer computed on the known amounts only; equal to the fields above when `isKnown`. */
  knownParts: { year: number | null; cheaperBefore: string | null; cheaperAfter: string | null }
  /**
   * Cumulative cost of each scenario by year (whole currency units; discounted when measure is
   * presentValue), with whether each is a lower bound (an unknown amount in that year or before), and
   * which is cheaper so far: a scenario id, `equal`, or `unknown` when an unknown amount decides it.
   */
  cumulative: { year: number; a: number; b: number; isLowerBoundA: boolean; isLowerBoundB: boolean; cheaper: string | 'equal' | 'unknown' }[]
}

/** Break-even between two scenarios of a computed result (from their yearly totals). */
export function breakEven(result: Result, a: string, b: string, measure: Measure = 'total'): BreakEven {
  const sa = result.scenarios.find((s) => s.id === a)
  const sb = result.scenarios.find((s) => s.id === b)
  if (!sa || !sb) throw new Error(`breakEven: no scenario "${sa ? b : a}" in the result`)
  const rate = measure === 'presentValue' ? result.discountRate : 0
  const runA = cumulativePresentValue(sa.years.map((y) => y.total), rate)
  const runB = cumulativePresentValue(sb.years.map((y) => y.total), rate)
  let isLowerA = false
  let isLowerB = false
  const cumulative = result.years.map((year, t) => {
    isLowerA ||= (sa.years[t]?.incomplete.length ?? 0) > 0
    isLowerB ||= (sb.years[t]?.incomplete.length ?? 0) > 0
    const ca = roundMoney(runA[t] ?? 0)
    const cb = roundMoney(runB[t] ?? 0)
    // A lower bound decides the order only where it already costs more than the other (known) figure.
    const cheaper =
      (isLowerA && isLowerB) || (isLowerA && ca <= cb) || (isLowerB && cb <= ca) ? 'unknown' : ca < cb ? a : cb < ca ? b : 'equal'
    return { year, a: ca, b: cb, isLowerBoundA: isLowerA, isLowerBoundB: isLowerB, cheaper }
  })
  const knownParts = crossing(cumulative, a, b)
  const isKnown = cumulative.every((c) => c.cheaper !== 'unknown')
  const incomplete = [sa, sb].filter((s) => !s.complete).map((s) => s.id)
  const answer = isKnown ? knownParts : { year: null, cheaperBefore: null, cheaperAfter: null }
  return { a, b, measure, ...answer, isKnown, incomplete, knownParts, cumulative }
}

/** Where the cheaper of two cumulative series changes, taking the figures as they are. */
function crossing(cumulative: readonly { year: number; a: number; b: number }[], a: string, b: string): BreakEven['knownParts'] {
  const cheaper = (c: { a: number; b: number }) => (c.a < c.b ? a : c.b < c.a ? b : null)
  const first = cumulative.find((c) => cheaper(c) !== null)
  const leader = first ? cheaper(first) : null
  if (!first || leader === null) return { year: null, cheaperBefore: null, cheaperAfter: null }
  const from = cumulative.indexOf(first)
  const turn = cumulative.slice(from + 1).find((c) => cheaper(c) !== leader)
  return { year: turn?.year ?? null, cheaperBefore: leader, cheaperAfter: turn ? cheaper(turn) : null }
}
