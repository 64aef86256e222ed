/**
 * Live bands (src/engine/uncertainty/whatifSimulation.ts): a case compiled once and simulated under what-ifs gives
 * exactly what `simulate` gives for the case with the what-if applied — every band, probability and
 * drawn input, for the same draws and seed. The finance screen's bands while a slider moves come from
 * it, and the full run after from `simulate`: this is what keeps the two the same figures.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyWhatIf, createWhatIfSimulation, simulate } from '~/engine'
import type { Case, CaseWithCatalogue, WhatIf } from '~/engine'
import { rangedCaseArb, UNKNOWN_PRICE, whatIfArb } from '../fixtures/arbitraries'
import { everythingRanged } from '../fixtures/benchmark'
import { loadCatalogue, loadPreset } from '../fixtures/cases'

const seedArb = fc.integer({ min: 0, max: 2 ** 32 - 1 })

/** What the live bands must equal: the case with the what-if applied, simulated from scratch. */
const reference = (input: CaseWithCatalogue, whatIf: WhatIf, draws: number, seed: number) =>
  simulate({ ...applyWhatIf(input, whatIf), draws, seed })

describe('a case compiled once, simulated under what-ifs', () => {
  it('on generated cases with random ranges, unknowns, what-ifs and seeds: the result of the moved case, exactly', () => {
    fc.assert(
      fc.property(rangedCaseArb, fc.array(whatIfArb, { minLength: 1, maxLength: 4 }), seedArb, (model, whatIfs, seed) => {
        const input = { model, catalogue: [] }
        const live = createWhatIfSimulation(input)
        // Several moves on one compiled case, as a slider makes them: each is the moved case's result.
        for (const whatIf of whatIfs) expect(live.simulate(whatIf, { draws: 40, seed })).toEqual(reference(input, whatIf, 40, seed))
      }),
      { numRuns: 120 },
    )
  }, 120_000)

  it('on the shipped case with the 13 ranged inputs of the benchmark: every slider moved step by step, and back', () => {
    const input = { model: everythingRanged(), catalogue: loadCatalogue() }
    const live = createWhatIfSimulation(input)
    const moves: WhatIf[] = [
      {},
      ...[105, 110, 150, 50, 95].map((usersPercent) => ({ usersPercent })),
      { usersPercent: 120, priceChangePercent: -20 },
      { priceChangePercent: 35, trainingHours: 0 },
      { trainingHours: 6.5, savingsRealisedPercent: 40 },
      { usersPercent: 100, priceChangePercent: 0, savingsRealisedPercent: 100 },
    ]
    // The number of draws changes on the way too (the worker keeps its buffers while it stays the same).
    moves.forEach((whatIf, i) => {
      const draws = i % 4 === 3 ? 500 : 2_000
      expect(live.simulate(whatIf, { draws, seed: 1 })).toEqual(reference(input, whatIf, draws, 1))
    })
  })

  it('a user count whose range the what-if rounds to nothing is no longer drawn, as in the moved case', () => {
    const model = loadPreset()
    const group = model.organisation.groups[0]
    if (!group) throw new Error('no group')
    group.users = { low: 1, likely: 1, high: 2 }
    const input = { model, catalogue: loadCatalogue() }
    // 50 % of 1–2 users is round(0.5)–round(1): 1–1, a range of no width.
    const result = createWhatIfSimulation(input).simulate({ usersPercent: 50 }, { draws: 100, seed: 9 })
    expect(result.inputs.some((i) => i.ref.kind === 'group-users')).toBe(false)
    expect(result).toEqual(reference(input, { usersPercent: 50 }, 100, 9))
  })

  it('training hours given to a line whose hours are unknown: the line counts, as in the moved case', () => {
    const model = loadPreset()
    const line = model.scenarios[0]?.training[0]
    if (!line) throw new Error('no training line')
    line.hoursPerUser = UNKNOWN_PRICE
    const input = { model, catalogue: loadCatalogue() }
    const live = createWhatIfSimulation(input)
    const unknown = live.simulate({}, { draws: 50, seed: 3 })
    const known = live.simulate({ trainingHours: 4 }, { draws: 50, seed: 3 })
    expect(unknown.scenarios[0]?.complete).toBe(false)
    expect(known.scenarios[0]?.deterministic.total).toBeGreaterThan(unknown.scenarios[0]?.deterministic.total ?? Infinity)
    expect(known).toEqual(reference(input, { trainingHours: 4 }, 50, 3))
  })

  it('keeps the case as it was given: a later change to that case changes nothing here', () => {
    const model: Case = loadPreset()
    const input = { model, catalogue: loadCatalogue() }
    const live = createWhatIfSimulation(input)
    const before = reference(input, { usersPercent: 120 }, 200, 4)
    model.settings.discountRate = 0.05
    model.organisation.groups[0]!.users = 1
    expect(live.simulate({ usersPercent: 120 }, { draws: 200, seed: 4 })).toEqual(before)
  })
})
