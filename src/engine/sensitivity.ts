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
import { createEvaluator } from './evaluate'
import { roundMoney } from './finance'
import { compute } from './index'
import type { Result } from './index'
import { asRange, isWideRange } from './inputs'
import type { InputRef } from './inputs'
import type { Case, LocalText, Product } from './model'

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
  /** Largest swing first. */
  rows: TornadoRow[]
}

function measureOf(yearly: Float64Array, discount: readonly number[]): number {
  let sum = 0
  for (let t = 0; t < yearly.length; t++) sum += (yearly[t] ?? 0) * (discount[t] ?? 1)
  return sum
}

export function tornado(options: TornadoOptions): Tornado {
  const { model, catalogue, a, b } = options
  const spread = options.spread ?? DEFAULT_SPREAD
  const measure = options.measure ?? 'total'
  const evaluator = createEvaluator(model, catalogue)
  const ia = evaluator.scenarioIds.indexOf(a)
  const ib = evaluator.scenarioIds.indexOf(b)
  if (ia === -1 || ib === -1) throw new Error(`tornado: no scenario "${ia === -1 ? a : b}" in the case`)
  const rate = measure === 'presentValue' ? model.settings.discountRate : 0
  const discount = evaluator.years.map((_, t) => 1 / (1 + rate) ** t)
  const out = evaluator.scenarioIds.map(() => new Float64Array(evaluator.years.length))
  const difference = () => measureOf(out[ia] as Float64Array, discount) - measureOf(out[ib] as Float64Array, discount)

  evaluator.evaluate(evaluator.prepare([]), out)
  const base = difference()
  // The deterministic result says which amounts are unknown; the figures then cover known parts.
  const complete = compute({ model, catalogue }).scenarios.every((s) => (s.id !== a && s.id !== b) || s.complete)

  const rows: TornadoRow[] = []
  evaluator.slots.forEach((slot, i) => {
    const value = evaluator.original[i]
    const range = value === undefined ? null : asRange(value)
    if (!range || value === undefined) return
    const units = evaluator.slotUnits[i] ?? []
    const touches = units.some((u) => evaluator.unitScenario(u) === ia || evaluator.unitScenario(u) === ib)
    if (!touches) return
    const isRanged = isWideRange(value)
    const [low, high] = isRanged
      ? [range.low, range.high]
      : slot.isRate
        ? [range.likely - RATE_SPREAD, range.likely + RATE_SPREAD]
        : [Math.min(range.likely * (1 - spread), range.likely * (1 + spread)), Math.max(range.likely * (1 - spread), range.likely * (1 + spread))]
    const plan = evaluator.prepare([i])
    evaluator.set(i, low)
    evaluator.evaluate(plan, out)
    const atLow = roundMoney(difference())
    evaluator.set(i, high)
    evaluator.evaluate(plan, out)
    const atHigh = roundMoney(difference())
    evaluator.reset(i)
    const swing = Math.abs(atHigh - atLow)
    if (swing === 0) return
    rows.push({
      key: slot.key, ref: slot.ref, ...(slot.subject ? { subject: slot.subject } : {}),
      ...(slot.scenarioId ? { scenarioId: slot.scenarioId } : {}),
      isRate: slot.isRate, isRanged, low, likely: range.likely, high, atLow, atHigh, swing,
    })
  })
  rows.sort((x, y) => y.swing - x.swing)
  return { a, b, measure, spread, base: roundMoney(base), complete, rows }
}

export interface BreakEven {
  a: string
  b: string
  measure: Measure
  /**
   * The first year in which the scenario that was cheaper so far (by cumulative cost from the start)
   * is no longer cheaper: the other path has caught up or overtaken it. Null when it never happens.
   */
  year: number | null
  /** The cheaper scenario before that year (null when the two are equal throughout). */
  cheaperBefore: string | null
  /** The cheaper scenario from that year (null when they are equal then). */
  cheaperAfter: string | null
  /** Cumulative cost of each scenario by year (whole currency units; discounted when measure is presentValue). */
  cumulative: { year: number; a: number; b: number }[]
}

/** Break-even between two scenarios of a computed result (from their yearly totals). */
export function breakEven(result: Result, a: string, b: string, measure: Measure = 'total'): BreakEven {
  const sa = result.scenarios.find((s) => s.id === a)
  const sb = result.scenarios.find((s) => s.id === b)
  if (!sa || !sb) throw new Error(`breakEven: no scenario "${sa ? b : a}" in the result`)
  const rate = measure === 'presentValue' ? result.discountRate : 0
  let runA = 0
  let runB = 0
  const cumulative = result.years.map((year, t) => {
    runA += (sa.years[t]?.total ?? 0) / (1 + rate) ** t
    runB += (sb.years[t]?.total ?? 0) / (1 + rate) ** t
    return { year, a: roundMoney(runA), b: roundMoney(runB) }
  })
  const cheaper = (c: { a: number; b: number }) => (c.a < c.b ? a : c.b < c.a ? b : null)
  const first = cumulative.find((c) => cheaper(c) !== null)
  const leader = first ? cheaper(first) : null
  if (!first || leader === null) return { a, b, measure, year: null, cheaperBefore: null, cheaperAfter: null, cumulative }
  const from = cumulative.indexOf(first)
  const turn = cumulative.slice(from + 1).find((c) => cheaper(c) !== leader)
  return {
    a, b, measure,
    year: turn?.year ?? null,
    cheaperBefore: leader,
    cheaperAfter: turn ? cheaper(turn) : null,
    cumulative,
  }
}
