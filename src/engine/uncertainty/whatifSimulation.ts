/**
 * Live bands: one case simulated under many what-ifs (the finance screen's sliders while they move),
 * compiled once rather than once per move.
 *
 * `simulate({ ...applyWhatIf(input, whatIf), draws, seed })` copies and compiles the moved case for
 * every step of a slider. Here the case is compiled once, with every input a what-if can move (users,
 * prices, training hours, savings) a variable of the plan, as the ranged inputs are; a what-if only
 * gives them their values, moved by the very rules `applyWhatIf` writes into a case (`whatIfMove`).
 * A moved range is drawn as the moved case's would be, in the same slot order with the same generator,
 * and the fixed figures beside the bands come from the same plan at the likely values, so the result is
 * the moved case's, band for band and draw for draw, without copying or computing the moved case
 * (test/engine/whatifSimulation.test.ts).
 * docs/decisions/0015-live-bands-in-the-worker.md says why.
 */
import { compute } from '../money/compute'
import { presentValue, roundMoney } from '../money/finance'
import { asRange, isWideRange, slotValue } from './inputs'
import type { InputKind, InputSlot } from './inputs'
import { cloneJson } from '../model/json'
import type { Range } from '../model/model'
import { BATCH, compilePlan } from '../money/plan'
import type { CasePlan } from '../money/plan'
import { drawBuffers, drawSpec, isDrawn, simulate, simulationOf } from './simulate'
import type { DrawBuffers, DrawSpec, FixedFigures, SimulateOptions, SimulationResult } from './simulate'
import { applyWhatIf, whatIfMove } from './whatif'
import type { CaseWithCatalogue, WhatIf, WhatIfMove } from './whatif'

/** The kinds of input a what-if can move (whatif.ts). */
const MOVABLE: readonly InputKind[] = ['group-users', 'licence-users', 'price', 'training-hours', 'benefit-amount']

export interface WhatIfSimulation {
  /** The same result as `simulate` of the case with the what-if applied, with these draws and seed. */
  simulate(whatIf: WhatIf, options: Pick<SimulateOptions, 'draws' | 'seed'>): SimulationResult
}

/** Simulations of one case under what-ifs. The case is copied: changing it later changes nothing here. */
export function createWhatIfSimulation(input: CaseWithCatalogue): WhatIfSimulation {
  const base: CaseWithCatalogue = { model: cloneJson(input.model), catalogue: cloneJson(input.catalogue) }
  /** The case's unknowns, by scenario: a what-if moves known amounts only (or falls back, below), so the same ones stay unknown. */
  const { discountRate, scenarios } = compute(base)
  const unknowns = scenarios.map(({ id, name, complete, missing, years }) => ({ id, name, complete, missing, years: years.map(({ incomplete }) => ({ incomplete })) }))
  /**
   * The plan, compiled at the first simulation: every input a what-if can move is variable, whether or
   * not this what-if moves it, so no slider's first step waits for a compilation (the few variables
   * more cost about 0.1 ms a 2 000-draw preview).
   */
  let compiled: CasePlan | null = null
  /** The draws' figures, kept from one simulation to the next while the number of draws is the same. */
  let buffers: DrawBuffers | null = null

  /** The fixed figures with the plan's variables at these values: the plan gives `compute`'s yearly totals (plan.test.ts). */
  function fixedFigures(plan: CasePlan, values: readonly number[]): FixedFigures {
    const out = plan.scenarioIds.map(() => plan.years.map(() => new Float64Array(1)))
    plan.evaluate(values.map((v) => Float64Array.of(v)), 1, out)
    return {
      discountRate,
      scenarios: unknowns.map((s, i) => {
        const years = (out[i] as Float64Array[]).map((column) => column[0] as number)
        // As compute sums and discounts the shown yearly totals.
        return { ...s, total: years.reduce((sum, y) => sum + y, 0), presentValue: roundMoney(presentValue(years, discountRate)) }
      }),
    }
  }

  return {
    simulate(whatIf, options) {
      const moves = new Map<InputKind, WhatIfMove>()
      for (const kind of MOVABLE) {
        const move = whatIfMove(whatIf, kind)
        if (move) moves.set(kind, move)
      }
      const movedValue = (slot: InputSlot) => moves.get(slot.ref.kind)?.(slotValue(slot)) ?? slotValue(slot)
      const plan = (compiled ??= compilePlan(base.model, base.catalogue, (slot) => isDrawn(slot) || MOVABLE.includes(slot.ref.kind)))
      // An unknown input cannot be a variable of a plan. Where the what-if makes one known (training
      // hours given to a line whose hours are unknown), the moved case is compiled as it is.
      if (plan.slots.some((slot, i) => plan.ranges[i] === null && asRange(movedValue(slot)) !== null)) {
        return simulate({ ...applyWhatIf(base, whatIf), ...options })
      }

      const specs: DrawSpec[] = []
      const drawn: Float64Array[] = []
      const likely: number[] = []
      const inputs = plan.variables.map((i) => {
        const slot = plan.slots[i] as InputSlot
        const value = movedValue(slot)
        // Known: a variable of the plan is a known input, and a move keeps it known.
        const range = asRange(value) as Range
        likely.push(range.likely)
        const values = new Float64Array(BATCH)
        if (isWideRange(value)) {
          specs.push(drawSpec(slot, range))
          drawn.push(values)
        } else {
          values.fill(range.likely)
        }
        return values
      })
      const draws = Math.max(1, Math.floor(options.draws))
      if (buffers?.draws !== draws) buffers = drawBuffers(plan, draws)
      const simulation = simulationOf({ plan, specs, inputs, drawn }, fixedFigures(plan, likely), options, buffers)
      simulation.run(simulation.total)
      return simulation.result()
    },
  }
}
