/**
 * Monte Carlo over the ranged inputs of a case (every amount, count, hours or rate written as
 * { low, likely, high }), seeded so that the same case and seed give the same figures.
 *
 * - Distribution: triangular on [low, high] with its mode at `likely` (docs/decisions/0005-present-value-and-simulation.md).
 *   Its inverse is closed-form, so one uniform number gives one draw, exactly and fast; `low` and
 *   `high` are the ends a person wrote, not tails to be guessed. Inputs are drawn independently;
 *   an input shared by scenarios (a group's users, a price, a rate) takes one value per draw for all
 *   of them, so the scenarios are compared under the same conditions. A drawn user count is rounded
 *   to whole users.
 * - Random numbers: mulberry32, a 32-bit generator seeded from `seed`; the engine never reads the
 *   clock or Math.random. Draw d uses the generator's numbers in slot order, so a run in chunks gives
 *   the same figures as one run.
 * - Percentiles: linear between order statistics (as a spreadsheet's PERCENTILE.INC), rounded to whole
 *   currency units at output.
 * - Unknown amounts stay unknown: the scenario's bands then cover only its known parts (lower bounds)
 *   and say so (`complete: false`); a probability involving it is null.
 */
import type { Missing } from './costs'
import { createEvaluator } from './evaluate'
import type { Evaluator } from './evaluate'
import { compute } from './index'
import { asRange, isWideRange } from './inputs'
import type { InputRef } from './inputs'
import type { Case, LocalText, Product, Range } from './model'
import { roundMoney } from './finance'

export interface SimulateOptions {
  model: Case
  /** The shipped catalogue; the case's own products are added to it. */
  catalogue: readonly Product[]
  /** Number of draws, at least 1. */
  draws: number
  /** Seed of the random number generator (an integer; taken modulo 2^32). */
  seed: number
}

/** The 10th, 50th and 90th percentiles of a figure over the draws, in whole currency units. */
export interface Band {
  p10: number
  p50: number
  p90: number
}

export interface YearBand extends Band {
  year: number
  /** The year leaves out an unknown amount: the band is of its known parts (a lower bound). */
  isIncomplete: boolean
}

export interface ScenarioBands {
  id: string
  name: LocalText
  /** False when an amount the scenario needs is unknown: the bands then cover its known parts only. */
  complete: boolean
  missing: Missing[]
  years: YearBand[]
  /** Nominal sum over the horizon. */
  total: Band
  /** Present value at the case's discount rate (year t from the start discounted by (1 + r)^t). */
  presentValue: Band
  /** The deterministic figures (`compute`) beside the bands. */
  deterministic: { total: number; presentValue: number }
}

/** A ranged input that the simulation draws. */
export interface DrawnInput {
  key: string
  ref: InputRef
  subject?: LocalText
  range: Range
}

export interface SimulationResult {
  draws: number
  seed: number
  years: number[]
  discountRate: number
  inputs: DrawnInput[]
  scenarios: ScenarioBands[]
  /**
   * `probabilityLess[i][j]`: the share of draws in which scenario i's horizon total is below scenario
   * j's (ties do not count). Null on the diagonal and where either scenario is incomplete.
   */
  probabilityLess: (number | null)[][]
  /** The same over present values. */
  probabilityLessPresentValue: (number | null)[][]
}

/** mulberry32: a small, fast 32-bit generator; numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The triangular distribution's inverse: the value at cumulative probability u ∈ [0, 1). */
export function triangular(u: number, range: Range): number {
  const { low, likely, high } = range
  const width = high - low
  if (width <= 0) return likely
  const cut = (likely - low) / width
  return u < cut ? low + Math.sqrt(u * width * (likely - low)) : high - Math.sqrt((1 - u) * width * (high - likely))
}

/** Percentile p (0…1) of sorted values, linear between order statistics. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const at = (n - 1) * p
  const below = Math.floor(at)
  const above = Math.min(below + 1, n - 1)
  const lo = sorted[below] ?? 0
  const hi = sorted[above] ?? 0
  return lo + (hi - lo) * (at - below)
}

function bandOf(values: Float64Array): Band {
  const first = values[0] ?? NaN
  if (values.every((v) => v === first)) {
    const value = roundMoney(first)
    return { p10: value, p50: value, p90: value }
  }
  const sorted = Float64Array.from(values).sort()
  return { p10: roundMoney(percentile(sorted, 0.1)), p50: roundMoney(percentile(sorted, 0.5)), p90: roundMoney(percentile(sorted, 0.9)) }
}

/** A simulation that can be run in chunks (the worker reports progress between them). */
export interface Simulation {
  /** Draws planned. */
  readonly total: number
  /** Draws made so far. */
  readonly done: number
  /** Makes up to `count` more draws; returns the number made so far. */
  run(count: number): number
  /** The figures of the draws made so far (all planned draws once `done === total`). */
  result(): SimulationResult
}

export function createSimulation(options: SimulateOptions): Simulation {
  const { model, catalogue, seed } = options
  const total = Math.max(1, Math.floor(options.draws))
  const evaluator: Evaluator = createEvaluator(model, catalogue)
  const deterministic = compute({ model, catalogue })
  const years = evaluator.years
  const scenarioCount = evaluator.scenarioIds.length
  const rate = model.settings.discountRate
  const discount = years.map((_, t) => 1 / (1 + rate) ** t)

  // The ranged inputs, and the lines they can move.
  const drawn = evaluator.slots.flatMap((slot, i) => {
    const value = evaluator.original[i]
    if (value === undefined || !isWideRange(value)) return []
    const range = asRange(value)
    // A drawn user count is a whole number of people, as the model file requires of a count.
    const isWhole = slot.ref.kind === 'group-users' || slot.ref.kind === 'licence-users'
    return range ? [{ index: i, slot, range, isWhole }] : []
  })
  const plan = evaluator.prepare(drawn.map((d) => d.index))
  const random = mulberry32(seed)

  const yearly = evaluator.scenarioIds.map(() => years.map(() => new Float64Array(total)))
  const totals = evaluator.scenarioIds.map(() => new Float64Array(total))
  const presentValues = evaluator.scenarioIds.map(() => new Float64Array(total))
  const out = evaluator.scenarioIds.map(() => new Float64Array(years.length))
  let done = 0

  function run(count: number): number {
    const end = Math.min(total, done + Math.max(0, Math.floor(count)))
    for (; done < end; done++) {
      for (const d of drawn) {
        const value = triangular(random(), d.range)
        evaluator.set(d.index, d.isWhole ? Math.round(value) : value)
      }
      evaluator.evaluate(plan, out)
      for (let s = 0; s < scenarioCount; s++) {
        const row = out[s] as Float64Array
        const series = yearly[s] as Float64Array[]
        let sum = 0
        let pv = 0
        for (let t = 0; t < row.length; t++) {
          const value = row[t] ?? 0
          ;(series[t] as Float64Array)[done] = value
          sum += value
          pv += value * (discount[t] ?? 1)
        }
        ;(totals[s] as Float64Array)[done] = sum
        ;(presentValues[s] as Float64Array)[done] = pv
      }
    }
    return done
  }

  function probabilities(values: Float64Array[], complete: boolean[]): (number | null)[][] {
    return values.map((a, i) =>
      values.map((b, j) => {
        if (i === j || !complete[i] || !complete[j] || done === 0) return null
        let less = 0
        for (let d = 0; d < done; d++) if ((a[d] ?? 0) < (b[d] ?? 0)) less++
        return less / done
      }),
    )
  }

  function result(): SimulationResult {
    const slice = (a: Float64Array) => a.subarray(0, done)
    const complete = deterministic.scenarios.map((s) => s.complete)
    const scenarios = deterministic.scenarios.map((s, i): ScenarioBands => ({
      id: s.id,
      name: s.name,
      complete: s.complete,
      missing: s.missing,
      years: years.map((year, t) => ({
        year,
        isIncomplete: (s.years[t]?.incomplete.length ?? 0) > 0,
        ...bandOf(slice((yearly[i] as Float64Array[])[t] as Float64Array)),
      })),
      total: bandOf(slice(totals[i] as Float64Array)),
      presentValue: bandOf(slice(presentValues[i] as Float64Array)),
      deterministic: { total: s.total, presentValue: s.presentValue },
    }))
    return {
      draws: done,
      seed,
      years,
      discountRate: rate,
      inputs: drawn.map((d) => ({ key: d.slot.key, ref: d.slot.ref, ...(d.slot.subject ? { subject: d.slot.subject } : {}), range: d.range })),
      scenarios,
      probabilityLess: probabilities(totals.map(slice), complete),
      probabilityLessPresentValue: probabilities(presentValues.map(slice), complete),
    }
  }

  return {
    get total() {
      return total
    },
    get done() {
      return done
    },
    run,
    result,
  }
}

/** Runs all draws at once. */
export function simulate(options: SimulateOptions): SimulationResult {
  const simulation = createSimulation(options)
  simulation.run(simulation.total)
  return simulation.result()
}
