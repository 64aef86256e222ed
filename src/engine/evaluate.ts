/**
 * A fast way to recompute a case many times with some inputs changed, for the simulation and the
 * tornado. It works on a private copy of the case: inputs are written into their slots (inputs.ts),
 * and only the lines that can depend on a changed input are computed again, by the same code as
 * `compute` (costs.ts `scenarioLines`, run on a scenario cut down to that one line). Every other
 * line keeps its amounts from the first computation.
 *
 * Which lines an input can move is read from the structure of the case (a price moves the licence
 * lines of its product, a group's users the lines that count that group, …), erring towards more
 * lines: an input it cannot place moves every line. An escalation rate is probed per line, so only
 * the lines it moves are recomputed. test/engine/evaluate.test.ts checks all of this against `compute`.
 */
import { scenarioLines } from './costs'
import type { LineResult } from './costs'
import { horizonYears, productIndex } from './index'
import { asRange, inputSlots } from './inputs'
import type { InputSlot, InputValue } from './inputs'
import { scenarioSchema } from './model'
import type { BenefitLine, Case, CostLine, LicenceLine, Product, Range, Scenario, TrainingLine } from './model'

type UnitKind = LineResult['kind']

/** One line of one scenario, with the cut-down scenario that computes it alone. */
interface Unit {
  scenario: number
  kind: UnitKind
  sub: Scenario
  /** Amounts per year at the case's own values (null-free: unknown parts count 0 and are flagged elsewhere). */
  base: Float64Array
}

/** A deep copy of JSON data (a case is JSON); also reads through Vue's reactive proxies. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

export interface Evaluator {
  years: number[]
  /** The case's scenarios, in order. */
  scenarioIds: string[]
  /** Every input of the private copy; `original[i]` is the value slot i had at the start. */
  slots: InputSlot[]
  original: InputValue[]
  /** Sets input i to a value (not for unknown inputs, which stay unknown). */
  set(i: number, value: number): void
  /** Puts input i back to its value at the start. */
  reset(i: number): void
  /** Units (lines) each slot can move, by slot index. */
  slotUnits: number[][]
  /** Each scenario's yearly totals at the case's own values (known parts; not rounded). */
  baseTotals: Float64Array[]
  /**
   * Prepares the recomputation after the given inputs change (every other input must stay at its
   * value at the start while the plan is used).
   */
  prepare(slotIndexes: readonly number[]): Plan
  /**
   * Writes each scenario's yearly totals into `out` (one Float64Array per scenario), recomputing the
   * planned units with the values now in the slots and taking every other line as at the start.
   */
  evaluate(plan: Plan, out: Float64Array[]): void
  /** The scenario (index) a unit belongs to. */
  unitScenario(unit: number): number
}

/** Sums the counted lines of the given kinds into `into` (unknown amounts count 0; they are flagged by compute). */
function sumLines(lines: readonly LineResult[], kinds: ReadonlySet<UnitKind>, into: Float64Array): void {
  into.fill(0)
  for (const line of lines) {
    if (!line.isCounted || !kinds.has(line.kind)) continue
    const amounts = line.amounts
    for (let t = 0; t < into.length; t++) into[t] = (into[t] ?? 0) + (amounts[t] ?? 0)
  }
}

/** Whether two yearly series are equal. */
function isSame(a: Float64Array, b: Float64Array): boolean {
  for (let t = 0; t < a.length; t++) if (a[t] !== b[t]) return false
  return true
}

function addInto(into: Float64Array, values: Float64Array, sign: 1 | -1): void {
  for (let t = 0; t < into.length; t++) into[t] = (into[t] ?? 0) + sign * (values[t] ?? 0)
}

/** Units merged per scenario, ready to be recomputed together (see Evaluator.prepare). */
export interface Plan {
  parts: PlanPart[]
}

interface PlanPart {
  scenario: number
  kinds: ReadonlySet<UnitKind>
  sub: Scenario
  /** The parts' amounts at the case's own values, and a buffer for new ones. */
  base: Float64Array
  amounts: Float64Array
}

/** Every field a scenario may have, in one order: cut-down scenarios all get the same shape. */
const SCENARIO_KEYS = Object.keys(scenarioSchema.shape) as (keyof Scenario)[]

/** The scenario with only the given lines (every other field as it is). */
function cutDown(scenario: Scenario, lines: Pick<Scenario, 'licences' | 'costs' | 'training' | 'benefits'>): Scenario {
  const sub: Record<string, unknown> = {}
  for (const key of SCENARIO_KEYS) sub[key] = scenario[key]
  return Object.assign(sub, lines) as Scenario
}

function unitsOfScenario(scenario: Scenario, index: number, hasLegalChange: boolean): Omit<Unit, 'base'>[] {
  const none: Pick<Scenario, 'licences' | 'costs' | 'training' | 'benefits'> = { licences: [], costs: [], training: [], benefits: [] }
  const units: Omit<Unit, 'base'>[] = []
  const add = (kind: UnitKind, lines: Partial<typeof none>) => units.push({ scenario: index, kind, sub: cutDown(scenario, { ...none, ...lines }) })
  for (const line of scenario.licences) add('licence', { licences: [line] })
  for (const line of scenario.costs) add('cost', { costs: [line] })
  for (const line of scenario.training) add('training', { training: [line] })
  for (const line of scenario.benefits) if (line.counted) add('benefit', { benefits: [line] })
  // The legal-change exit depends on which licences rely on third-country services: keep them all.
  if (hasLegalChange) add('legal-exit', { licences: scenario.licences })
  return units
}

const includesGroup = (groups: readonly string[] | undefined, groupId: string) =>
  groups === undefined || groups.length === 0 || groups.includes(groupId)

/** Whether an input can move a unit's amounts, judged from the case's structure (when unsure: yes). */
function canMove(slot: InputSlot, unit: Omit<Unit, 'base'>, scenarioId: string, products: ReadonlyMap<string, Product>): boolean {
  const ref = slot.ref
  const sub = unit.sub
  switch (ref.kind) {
    case 'licence-users':
      return ref.scenarioId === scenarioId && unit.kind === 'licence' && sub.licences[0] === slot.holder
    case 'cost-amount':
    case 'cost-fte':
      return ref.scenarioId === scenarioId && unit.kind === 'cost' && sub.costs[0] === slot.holder
    case 'training-hours':
    case 'training-hourly-cost':
      return ref.scenarioId === scenarioId && unit.kind === 'training' && sub.training[0] === slot.holder
    case 'benefit-amount':
      return ref.scenarioId === scenarioId && unit.kind === 'benefit' && sub.benefits[0] === slot.holder
    case 'exit-plan':
      return ref.scenarioId === scenarioId && unit.kind === 'legal-exit'
    case 'price':
    case 'escalation-product':
      return unit.kind === 'licence' && sub.licences[0]?.productId === ref.productId
    case 'exchange-rate': {
      if (unit.kind !== 'licence') return false
      const product = products.get(sub.licences[0]?.productId ?? '')
      return product === undefined || product.pricing.currency === ref.currency
    }
    case 'hourly-cost':
      return unit.kind === 'training' && sub.training[0]?.hourlyCost === undefined
    case 'group-users': {
      if (unit.kind === 'licence') {
        const line = sub.licences[0]
        return line !== undefined && line.users === undefined && includesGroup(line.groups, ref.groupId)
      }
      if (unit.kind === 'training') return includesGroup(sub.training[0]?.groups, ref.groupId)
      if (unit.kind === 'cost') {
        const line = sub.costs[0]
        return line?.perUserOf !== undefined && includesGroup(line.perUserOf, ref.groupId)
      }
      return false
    }
    default:
      return true
  }
}

/** Prepares a private copy of the case for repeated evaluation. */
export function createEvaluator(model: Case, catalogue: readonly Product[]): Evaluator {
  const work = cloneJson(model)
  const workCatalogue = cloneJson(catalogue) as Product[]
  const years = horizonYears(work)
  const ctx = { model: work, products: productIndex(work, workCatalogue), years }
  const slots = inputSlots(work, workCatalogue)
  const original = slots.map((s) => cloneJson(s.holder[s.field]) as InputValue)
  // Each known input becomes a range object of its own, and a new value is written to its `likely`
  // (the figure costs.ts reads). The objects' shapes never change, so the compiled code stays fast.
  const cells = slots.map((slot, i): Range | null => {
    const range = asRange(original[i] as InputValue)
    if (range) slot.holder[slot.field] = range
    return range
  })
  const hasLegalChange = work.settings.legalChangeYear !== undefined

  const units: Unit[] = work.scenarios.flatMap((scenario, index) =>
    unitsOfScenario(scenario, index, hasLegalChange).map((u) => {
      const base = new Float64Array(years.length)
      sumLines(scenarioLines(ctx, u.sub), new Set([u.kind]), base)
      return { ...u, base }
    }),
  )
  const baseTotals = work.scenarios.map(() => new Float64Array(years.length))
  for (const unit of units) addInto(baseTotals[unit.scenario] as Float64Array, unit.base, 1)
  const scenarioIds = work.scenarios.map((s) => s.id)
  const slotUnits = slots.map((slot) =>
    units.flatMap((unit, i) => (canMove(slot, unit, scenarioIds[unit.scenario] ?? '', ctx.products) ? [i] : [])),
  )

  function amountsOf(unit: Unit): Float64Array {
    const amounts = new Float64Array(years.length)
    sumLines(scenarioLines(ctx, unit.sub), new Set([unit.kind]), amounts)
    return amounts
  }

  // Escalation rates: which lines a rate moves at all is probed here for each rate and line (at rates
  // 0, 0.1 and −0.2, every other input as given), so a draw of the rate recomputes only those.
  slots.forEach((slot, i) => {
    const cell = cells[i]
    if (!slot.isRate || !cell) return
    const kept: number[] = []
    for (const u of slotUnits[i] ?? []) {
      const unit = units[u] as Unit
      const given = cell.likely
      cell.likely = 0
      const atZero = amountsOf(unit)
      cell.likely = 0.1
      const atUp = amountsOf(unit)
      cell.likely = -0.2
      const atDown = amountsOf(unit)
      cell.likely = given
      if (!isSame(atZero, atUp) || !isSame(atZero, atDown)) kept.push(u)
    }
    slotUnits[i] = kept
  })

  /**
   * The lines to recompute, merged into one cut-down scenario per scenario (one call of
   * scenarioLines each; a legal-change exit needs all the scenario's licences, so it brings them in).
   */
  function prepare(slotIndexes: readonly number[]): Plan {
    const moved = new Set<number>()
    for (const i of slotIndexes) for (const u of slotUnits[i] ?? []) moved.add(u)
    const byScenario = new Map<number, Set<Unit>>()
    for (const u of moved) {
      const unit = units[u] as Unit
      const set = byScenario.get(unit.scenario) ?? new Set<Unit>()
      set.add(unit)
      if (unit.kind === 'legal-exit') for (const other of units) if (other.scenario === unit.scenario && other.kind === 'licence') set.add(other)
      byScenario.set(unit.scenario, set)
    }
    const parts = [...byScenario].map(([index, set]): PlanPart => {
      const scenario = work.scenarios[index] as Scenario
      const chosen = [...set]
      const lines = (kind: UnitKind) => chosen.filter((u) => u.kind === kind)
      const base = new Float64Array(years.length)
      for (const unit of chosen) addInto(base, unit.base, 1)
      return {
        scenario: index,
        kinds: new Set(chosen.map((u) => u.kind)),
        sub: cutDown(scenario, {
          licences: lines('licence').map((u) => u.sub.licences[0] as LicenceLine),
          costs: lines('cost').map((u) => u.sub.costs[0] as CostLine),
          training: lines('training').map((u) => u.sub.training[0] as TrainingLine),
          benefits: lines('benefit').map((u) => u.sub.benefits[0] as BenefitLine),
        }),
        base,
        amounts: new Float64Array(years.length),
      }
    })
    return { parts }
  }

  function evaluate(plan: Plan, out: Float64Array[]): void {
    for (let s = 0; s < out.length; s++) (out[s] as Float64Array).set(baseTotals[s] as Float64Array)
    for (const part of plan.parts) {
      sumLines(scenarioLines(ctx, part.sub), part.kinds, part.amounts)
      const totals = out[part.scenario] as Float64Array
      addInto(totals, part.amounts, 1)
      addInto(totals, part.base, -1)
    }
  }

  function set(i: number, value: number): void {
    const cell = cells[i]
    if (cell) cell.likely = value
  }

  function reset(i: number): void {
    const cell = cells[i]
    const range = asRange(original[i] as InputValue)
    if (cell && range) cell.likely = range.likely
  }

  const unitScenario = (u: number) => units[u]?.scenario ?? -1

  return { years, scenarioIds, slots, original, set, reset, slotUnits, baseTotals, prepare, evaluate, unitScenario }
}
