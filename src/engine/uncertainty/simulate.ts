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
import { compute } from '../money/compute'
import type { ScenarioResult, YearResult } from '../money/compute'
import type { Missing } from '../money/costs'
import { presentValues, roundMoney } from '../money/finance'
import { isWideRange } from './inputs'
import type { InputRef, InputSlot, InputValue } from './inputs'
import type { Case, LocalText, Product, Range } from '../model/model'
import { BATCH, compilePlan } from '../money/plan'
import type { CasePlan } from '../money/plan'

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

/**
 * Moves the k-th smallest of a[from…to] to index k, with nothing larger before it and nothing smaller
 * after it (Hoare's selection). The percentiles need three order statistics, not a sorted copy.
 */
function select(a: Float64Array, k: number, from: number, to: number): void {
  let lo = from
  let hi = to
  while (hi > lo) {
    const x = a[lo] as number
    const y = a[(lo + hi) >>> 1] as number
    const z = a[hi] as number
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y
    let i = lo
    let j = hi
    while (i <= j) {
      while ((a[i] as number) < pivot) i++
      while ((a[j] as number) > pivot) j--
      if (i <= j) {
        const swap = a[i] as number
        a[i] = a[j] as number
        a[j] = swap
        i++
        j--
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else return
  }
}

/** Buckets of the counting pass in `bandOf`. */
const BUCKETS = 1024

/** Working memory of `bandOf`, reused for every series of a result. */
export interface BandScratch {
  values: Float64Array
  /** The bucket of each value. */
  buckets: Int32Array
  counts: Int32Array
  starts: Int32Array
}

export function bandScratch(size: number): BandScratch {
  return { values: new Float64Array(size), buckets: new Int32Array(size), counts: new Int32Array(BUCKETS), starts: new Int32Array(BUCKETS) }
}

/**
 * P10, P50 and P90 of some values, linear between order statistics (as `percentile` of the sorted
 * values), rounded to whole currency units. Without sorting: one pass finds the least and the greatest
 * value, one counts the values in equal buckets between them (a bucket holds only values not below
 * those of every bucket before it), one copies out the few buckets that hold the order statistics
 * needed, and each of these is found by selection within its bucket.
 */
export function bandOf(values: Float64Array, scratch: BandScratch = bandScratch(values.length)): Band {
  const n = values.length
  let min = values[0] ?? NaN
  let max = min
  for (let d = 1; d < n; d++) {
    const v = values[d] as number
    if (v < min) min = v
    else if (v > max) max = v
  }
  if (!(max > min)) {
    const value = roundMoney(min)
    return { p10: value, p50: value, p90: value }
  }
  // Where the width or its inverse is not a finite number (values next to each other, or ± 10^308),
  // one bucket holds everything: slower, never wrong.
  const scale = BUCKETS / (max - min)
  const isOneBucket = !Number.isFinite(max - min) || !Number.isFinite(scale)
  const last = BUCKETS - 1
  const { counts, starts, buckets } = scratch
  counts.fill(0)
  if (isOneBucket) {
    buckets.fill(0, 0, n)
    counts[0] = n
  } else {
    for (let d = 0; d < n; d++) {
      const b = Math.floor(((values[d] as number) - min) * scale)
      const bucket = b > last ? last : b
      buckets[d] = bucket
      counts[bucket] = (counts[bucket] as number) + 1
    }
  }

  // The order statistics needed (0-based ranks), and the bucket holding each.
  const positions = [0.1, 0.5, 0.9].map((p) => (n - 1) * p)
  const ranks = positions.flatMap((position) => [Math.floor(position), Math.min(Math.floor(position) + 1, n - 1)])
  const bucketOfRank = ranks.map(() => -1)
  const firstRank = ranks.map(() => 0)
  ranks.forEach((rank, i) => {
    // The bucket whose values hold the rank: the first where the count so far passes it.
    let b = 0
    let before = 0
    while (before + (counts[b] as number) <= rank) before += counts[b++] as number
    bucketOfRank[i] = b
    firstRank[i] = before
  })
  // Copy out the values of those buckets, each bucket to a run of its own in the scratch values.
  starts.fill(-1)
  let free = 0
  for (const b of new Set(bucketOfRank)) {
    starts[b] = free
    free += counts[b] as number
  }
  const a = scratch.values
  for (let d = 0; d < n; d++) {
    const b = buckets[d] as number
    const at = starts[b] as number
    if (at !== -1) {
      a[at] = values[d] as number
      starts[b] = at + 1
    }
  }
  // Each run's start again: its end less its count.
  for (const b of new Set(bucketOfRank)) starts[b] = (starts[b] as number) - (counts[b] as number)
  const valueOfRank = (i: number) => {
    const b = bucketOfRank[i] as number
    const start = starts[b] as number
    const at = start + (ranks[i] as number) - (firstRank[i] as number)
    select(a, at, start, start + (counts[b] as number) - 1)
    return a[at] as number
  }
  const [p10, p50, p90] = positions.map((position, p) => {
    const lo = valueOfRank(2 * p)
    const below = Math.floor(position)
    // lo + (hi − lo) × 0 is lo: the next order statistic is needed only between two of them.
    return roundMoney(position === below ? lo : lo + (valueOfRank(2 * p + 1) - lo) * (position - below))
  })
  return { p10: p10 as number, p50: p50 as number, p90: p90 as number }
}

/** An input the simulation draws: its range, and whether a draw is rounded to a whole number. */
export interface DrawSpec {
  slot: InputSlot
  range: Range
  /** A drawn user count is a whole number of people, as the model file requires of a count. */
  isWhole: boolean
}

/** Whether the simulation draws an input: a range whose ends differ (a range of zero width draws nothing). */
export function isDrawn(slot: InputSlot): boolean {
  return isWideRange(slot.holder[slot.field] as InputValue)
}

/** The case compiled for simulation (its ranged inputs variable), and how each of them is drawn. */
export function simulationPlan(model: Case, catalogue: readonly Product[]): { plan: CasePlan; specs: DrawSpec[] } {
  const plan = compilePlan(model, catalogue, isDrawn)
  const specs = plan.variables.map((i) => drawSpec(plan.slots[i] as InputSlot, plan.ranges[i] as Range))
  return { plan, specs }
}

/** How an input with this range is drawn. */
export function drawSpec(slot: InputSlot, range: Range): DrawSpec {
  return { slot, range, isWhole: slot.ref.kind === 'group-users' || slot.ref.kind === 'licence-users' }
}

/**
 * Draws `count` sets of inputs into `inputs[v][0…count)`: draw by draw, one number of the generator per
 * input in slot order, so a run in chunks or batches draws exactly what one run does.
 */
export function drawInputs(random: () => number, specs: readonly DrawSpec[], inputs: readonly Float64Array[], count: number): void {
  for (let d = 0; d < count; d++) {
    for (let v = 0; v < specs.length; v++) {
      const spec = specs[v] as DrawSpec
      const value = triangular(random(), spec.range)
      ;(inputs[v] as Float64Array)[d] = spec.isWhole ? Math.round(value) : value
    }
  }
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

/** A compiled case made ready to draw: which of the plan's variables are drawn, and the values of the others. */
export interface PlannedDraws {
  plan: CasePlan
  /** The drawn inputs, in slot order: a draw takes one number of the generator for each, in this order. */
  specs: DrawSpec[]
  /** One array of BATCH values per variable of the plan (in `plan.variables` order): a drawn input's is filled batch by batch, any other holds its one value. */
  inputs: Float64Array[]
  /** The arrays of the drawn inputs, in the order of `specs` (the same arrays as in `inputs`). */
  drawn: Float64Array[]
}

/** A case compiled for simulation: its ranged inputs variable, each drawn. */
function plannedDraws(model: Case, catalogue: readonly Product[]): PlannedDraws {
  const { plan, specs } = simulationPlan(model, catalogue)
  const inputs = specs.map(() => new Float64Array(BATCH))
  return { plan, specs, inputs, drawn: inputs }
}

export function createSimulation(options: SimulateOptions): Simulation {
  const { model, catalogue } = options
  return simulationOf(plannedDraws(model, catalogue), compute({ model, catalogue }), options)
}

/** What `compute` gives of the case drawn and the bands need: the fixed figures, the discount rate, and which amounts are unknown. */
export interface FixedFigures {
  discountRate: number
  scenarios: readonly (Pick<ScenarioResult, 'id' | 'name' | 'complete' | 'missing' | 'total' | 'presentValue'> & {
    /** Per year, the categories that leave out an unknown amount. */
    years: readonly Pick<YearResult, 'incomplete'>[]
  })[]
}

/** Where a simulation keeps its draws' figures: per scenario, each year's, the totals and the present values. */
export interface DrawBuffers {
  /** Draws each array holds. */
  draws: number
  yearly: Float64Array[][]
  totals: Float64Array[]
  presentValues: Float64Array[]
  scratch: BandScratch
}

/** Buffers for `draws` draws of a plan's scenarios and years. */
export function drawBuffers(plan: Pick<CasePlan, 'scenarioIds' | 'years'>, draws: number): DrawBuffers {
  return {
    draws,
    yearly: plan.scenarioIds.map(() => plan.years.map(() => new Float64Array(draws))),
    totals: plan.scenarioIds.map(() => new Float64Array(draws)),
    presentValues: plan.scenarioIds.map(() => new Float64Array(draws)),
    scratch: bandScratch(draws),
  }
}

/**
 * The simulation of planned draws, beside the fixed figures of the case drawn (`compute`'s, or equal
 * to them). It writes its draws into `buffers` (made for it when not given): buffers given are the
 * simulation's until its result is taken, and can then serve the next one (the live bands make one a
 * slider step and so make no garbage of half a megabyte each time).
 */
export function simulationOf(
  planned: PlannedDraws,
  deterministic: FixedFigures,
  options: Pick<SimulateOptions, 'draws' | 'seed'>,
  buffers: DrawBuffers = drawBuffers(planned.plan, Math.max(1, Math.floor(options.draws))),
): Simulation {
  const { plan, specs, inputs, drawn } = planned
  const { seed } = options
  const total = Math.max(1, Math.floor(options.draws))
  const years = plan.years
  const scenarioCount = plan.scenarioIds.length
  const rate = deterministic.discountRate
  const random = mulberry32(seed)

  if (buffers.draws !== total) throw new Error(`simulation: buffers for ${buffers.draws} draws, not ${total}`)
  const { yearly, totals, presentValues: presentValueOf } = buffers
  let done = 0

  function run(count: number): number {
    const end = Math.min(total, done + Math.max(0, Math.floor(count)))
    while (done < end) {
      const n = Math.min(BATCH, end - done)
      drawInputs(random, specs, drawn, n)
      plan.evaluate(inputs, n, yearly, done)
      for (let s = 0; s < scenarioCount; s++) {
        const series = yearly[s] as Float64Array[]
        const sums = totals[s] as Float64Array
        for (let d = done; d < done + n; d++) {
          let sum = 0
          for (let t = 0; t < series.length; t++) sum += (series[t] as Float64Array)[d] as number
          sums[d] = sum
        }
        presentValues(series, rate, presentValueOf[s] as Float64Array, done, n)
      }
      done += n
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
    const { scratch } = buffers
    const complete = deterministic.scenarios.map((s) => s.complete)
    const scenarios = deterministic.scenarios.map((s, i): ScenarioBands => ({
      id: s.id,
      name: s.name,
      complete: s.complete,
      missing: s.missing,
      years: years.map((year, t) => ({
        year,
        isIncomplete: (s.years[t]?.incomplete.length ?? 0) > 0,
        ...bandOf(slice((yearly[i] as Float64Array[])[t] as Float64Array), scratch),
      })),
      total: bandOf(slice(totals[i] as Float64Array), scratch),
      presentValue: bandOf(slice(presentValueOf[i] as Float64Array), scratch),
      deterministic: { total: s.total, presentValue: s.presentValue },
    }))
    return {
      draws: done,
      seed,
      years,
      discountRate: rate,
      inputs: specs.map((d) => ({ key: d.slot.key, ref: d.slot.ref, ...(d.slot.subject ? { subject: d.slot.subject } : {}), range: d.range })),
      scenarios,
      probabilityLess: probabilities(totals.map(slice), complete),
      probabilityLessPresentValue: probabilities(presentValueOf.map(slice), complete),
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
