/**
 * The compiled plan (src/engine/money/plan.ts) against `compute`: whatever the case and whatever values its
 * inputs take, a draw of the plan gives the yearly totals that `compute` gives for the same inputs,
 * to the krona (exactly equal numbers, not "close"), for every scenario and year. The simulation and
 * the tornado rest on this: a line the plan read differently from costs.ts would show here.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compute, inputSlots, mulberry32, simulate, tornado } from '~/engine'
import type { Case, InputSlot, Product, Range } from '~/engine'
import { cloneJson } from '~/engine/model/json'
import { compilePlan } from '~/engine/money/plan'
import type { CasePlan } from '~/engine/money/plan'
import { drawInputs, simulationPlan } from '~/engine/uncertainty/simulate'
import { rangedCaseArb, UNKNOWN_PRICE } from '../fixtures/arbitraries'
import { everythingRanged } from '../fixtures/benchmark'
import { buildCase, loadCatalogue, parsed, product, scenario } from '../fixtures/cases'

/** Each scenario's yearly totals by compute, with the plan's variable inputs set to the values of set d. */
function computedAt(model: Case, catalogue: readonly Product[], plan: CasePlan, inputs: readonly Float64Array[], d: number): number[][] {
  const copy = cloneJson(model)
  const copyCatalogue = cloneJson(catalogue) as Product[]
  const slots = inputSlots(copy, copyCatalogue)
  plan.variables.forEach((i, v) => {
    const slot = slots[i] as InputSlot
    slot.holder[slot.field] = (inputs[v] as Float64Array)[d]
  })
  return compute({ model: copy, catalogue: copyCatalogue }).scenarios.map((s) => s.years.map((y) => y.total))
}

/** Each scenario's yearly totals of set d as the plan wrote them. */
const plannedAt = (out: Float64Array[][], d: number) => out.map((years) => years.map((values) => values[d] as number))

function evaluate(plan: CasePlan, inputs: readonly Float64Array[], count: number): Float64Array[][] {
  const out = plan.scenarioIds.map(() => plan.years.map(() => new Float64Array(count)))
  plan.evaluate(inputs, count, out)
  return out
}

const seedArb = fc.integer({ min: 0, max: 2 ** 32 - 1 })

describe('a draw of the compiled plan is compute on the same inputs', () => {
  it('on generated cases with random ranges and seeds: every scenario and year, to the krona', () => {
    fc.assert(
      fc.property(rangedCaseArb, seedArb, (model, seed) => {
        const { plan, specs } = simulationPlan(model, [])
        const n = 6
        const inputs = specs.map(() => new Float64Array(n))
        drawInputs(mulberry32(seed), specs, inputs, n)
        const out = evaluate(plan, inputs, n)
        for (let d = 0; d < n; d++) expect(plannedAt(out, d)).toEqual(computedAt(model, [], plan, inputs, d))
      }),
      { numRuns: 150 },
    )
  }, 60_000)

  it('on generated cases: a one-draw simulation gives the yearly totals, total and present value of compute on the drawn inputs', () => {
    fc.assert(
      fc.property(rangedCaseArb, seedArb, (model, seed) => {
        const { plan, specs } = simulationPlan(model, [])
        const inputs = specs.map(() => new Float64Array(1))
        drawInputs(mulberry32(seed), specs, inputs, 1)
        const copy = cloneJson(model)
        const slots = inputSlots(copy, [])
        plan.variables.forEach((i, v) => {
          const slot = slots[i] as InputSlot
          slot.holder[slot.field] = (inputs[v] as Float64Array)[0]
        })
        const expected = compute({ model: copy, catalogue: [] })
        const result = simulate({ model, catalogue: [], draws: 1, seed })
        result.scenarios.forEach((s, i) => {
          const e = expected.scenarios[i]
          expect(s.total).toEqual({ p10: e?.total, p50: e?.total, p90: e?.total })
          expect(s.presentValue).toEqual({ p10: e?.presentValue, p50: e?.presentValue, p90: e?.presentValue })
          expect(s.years.map((y) => y.p50)).toEqual(e?.years.map((y) => y.total))
        })
      }),
      { numRuns: 100 },
    )
  }, 60_000)

  it('on generated cases with every input variable (the tornado\'s plan) and random values', () => {
    fc.assert(
      fc.property(rangedCaseArb, fc.array(fc.double({ min: 0.3, max: 2, noNaN: true }), { minLength: 30, maxLength: 30 }), (model, factors) => {
        const plan = compilePlan(model, [], () => true)
        const inputs = plan.variables.map((i, v) => {
          const slot = plan.slots[i] as InputSlot
          const likely = plan.ranges[i]?.likely ?? 0
          const factor = factors[v % factors.length] ?? 1
          return Float64Array.of(slot.isRate ? likely + (factor - 1) / 10 : likely * factor, likely)
        })
        const out = evaluate(plan, inputs, 2)
        expect(plannedAt(out, 0)).toEqual(computedAt(model, [], plan, inputs, 0))
        expect(plannedAt(out, 1)).toEqual(compute({ model, catalogue: [] }).scenarios.map((s) => s.years.map((y) => y.total)))
      }),
      { numRuns: 100 },
    )
  }, 60_000)

  it('on the shipped case with the 13 ranged inputs of the benchmark, over 10 years: 50 draws', () => {
    const catalogue = loadCatalogue()
    const model = everythingRanged()
    const { plan, specs } = simulationPlan(model, catalogue)
    expect(specs).toHaveLength(13)
    const n = 50
    const inputs = specs.map(() => new Float64Array(n))
    drawInputs(mulberry32(2023), specs, inputs, n)
    const out = evaluate(plan, inputs, n)
    for (let d = 0; d < n; d++) expect(plannedAt(out, d)).toEqual(computedAt(model, catalogue, plan, inputs, d))
  })
})

describe('degenerate ranges', () => {
  // Guards: a range whose ends equal its likely value is not drawn, and the bands are then exactly the
  // fixed figures, in every year, for the total and the present value.
  it('give exactly the deterministic figures on generated cases', () => {
    fc.assert(
      fc.property(rangedCaseArb, seedArb, (ranged, seed) => {
        const model = cloneJson(ranged)
        for (const slot of inputSlots(model, [])) {
          const value = slot.holder[slot.field]
          if (typeof value === 'number') slot.holder[slot.field] = { low: value, likely: value, high: value }
          else if (typeof value === 'object' && value !== null && 'likely' in value) {
            const likely = (value as Range).likely
            slot.holder[slot.field] = { low: likely, likely, high: likely }
          }
        }
        const result = simulate({ model, catalogue: [], draws: 20, seed })
        const fixed = compute({ model, catalogue: [] })
        expect(result.inputs).toEqual([])
        result.scenarios.forEach((s, i) => {
          const e = fixed.scenarios[i]
          expect(s.total).toEqual({ p10: e?.total, p50: e?.total, p90: e?.total })
          expect(s.presentValue).toEqual({ p10: e?.presentValue, p50: e?.presentValue, p90: e?.presentValue })
          expect(s.years.map((y) => [y.p10, y.p50, y.p90])).toEqual(e?.years.map((y) => [y.total, y.total, y.total]))
        })
      }),
      { numRuns: 60 },
    )
  })
})

/**
 * A hand-made case with ranges of every kind (users, a price, a rate, an exchange rate, hours, a cost,
 * FTE), growth, turnover, phase-in and a discount rate: its bands below were recorded with the engine
 * before the plan (the evaluator that re-ran costs.ts per draw), and the plan must give them again.
 */
function recordedCase(): Case {
  return parsed(
    buildCase({
      organisation: {
        groups: [
          { id: 'office', name: 'Kontor', users: { low: 900, likely: 1_000, high: 1_200 } },
          { id: 'field', name: 'Fält', users: 400, usersByYear: { '2025': 450, '2026': { low: 420, likely: 480, high: 560 } } },
        ],
        hourlyCost: { low: 300, likely: 350, high: 420 },
      },
      settings: {
        startYear: 2024, years: 4, currency: 'SEK', discountRate: 0.03,
        escalation: { general: { low: 0, likely: 0.02, high: 0.05 }, byProduct: { suite: { low: 0.019, likely: 0.047, high: 0.062 } } },
        exchangeRates: { EUR: { low: 10.5, likely: 11.2, high: 12 } },
      },
      products: [
        product('suite', { low: 3_000, likely: 3_600, high: 4_500 }),
        product('chat', 200_000, { unit: 'year' }),
        product('eu', 20, { currency: 'EUR' }),
        product('dear', UNKNOWN_PRICE),
      ],
      scenarios: [
        scenario({
          id: 'a', name: 'A',
          licences: [{ productId: 'suite', groups: ['office', 'field'] }],
          costs: [{ label: 'Införande', category: 'implementation', kind: 'one-off', amount: { low: 400_000, likely: 500_000, high: 900_000 }, year: 2024 }],
          training: [{ label: 'Utbildning', hoursPerUser: { low: 1, likely: 2, high: 4 }, year: 2024, turnoverRate: 0.1 }],
          benefits: [{ label: 'Besparing', amount: 100_000, from: 2025, counted: true }],
        }),
        scenario({
          id: 'b', name: 'B',
          licences: [
            { productId: 'chat', groups: ['office'] },
            { productId: 'eu', groups: ['office', 'field'], share: 0.5, shareByYear: { '2024': 0.5, '2025': 1 } },
          ],
          costs: [{ label: 'Drift', category: 'operations', kind: 'recurring', amount: 700_000, fte: { low: 1, likely: 2, high: 3 } }],
          training: [{ label: 'Utbildning', groups: ['field'], hoursPerUser: 3, year: 2025 }],
          benefits: [],
        }),
        scenario({ id: 'c', name: 'C', licences: [{ productId: 'dear', groups: ['office'] }, { productId: 'suite', groups: ['field'] }] }),
      ],
    }),
  )
}

describe('the same seed gives the same figures as before the plan', () => {
  it('on a hand-made case with ranges of every kind (recorded before the change)', () => {
    const result = simulate({ model: recordedCase(), catalogue: [], draws: 2_000, seed: 7 })
    expect(result.scenarios.map((s) => [s.id, s.total, s.presentValue, s.years.map((y) => [y.p10, y.p50, y.p90])])).toEqual(RECORDED.bands)
    expect(result.probabilityLess).toEqual(RECORDED.probabilityLess)
    expect(result.probabilityLessPresentValue).toEqual(RECORDED.probabilityLessPresentValue)
  })

  it('and the same tornado (recorded before the change)', () => {
    const result = tornado({ model: recordedCase(), catalogue: [], a: 'a', b: 'b', measure: 'presentValue' })
    expect([result.base, result.rows.map((r) => [r.key, r.atLow, r.atHigh])]).toEqual(RECORDED.tornado)
  })
})

// Recorded with the engine of commit eb21219 (before the plan): see the decision record 0013.
const RECORDED = {
  bands: [
    ['a', { p10: 22178802, p50: 24887573, p90: 28039979 }, { p10: 21264695, p50: 23853448, p90: 26885701 }, [[6293949, 7034383, 7876925], [5103753, 5743047, 6493766], [5407925, 6116679, 6947441], [5281347, 5983602, 6790756]]],
    ['b', { p10: 6126569, p50: 7749647, p90: 9292363 }, { p10: 5862387, p50: 7415507, p90: 8890904 }, [[1287161, 1680649, 2043023], [1890378, 2297767, 2676299], [1480580, 1893423, 2284529], [1468690, 1882269, 2281773]]],
    ['c', { p10: 6087728, p50: 6801931, p90: 7639395 }, { p10: 5818448, p50: 6500028, p90: 7299313 }, [[1322588, 1469748, 1645215], [1548775, 1721727, 1927357], [1703860, 1945788, 2223756], [1489921, 1667287, 1872746]]],
  ],
  probabilityLess: [[null, 0, null], [1, null, null], [null, null, null]],
  probabilityLessPresentValue: [[null, 0, null], [1, null, null], [null, null, null]],
  tornado: [15323245, [
    ['price:suite', 11799049, 20609539],
    ['cost-fte:b:0', 18082731, 12563758],
    ['group-users:office', 13795157, 18379420],
    ['cost-amount:b:0', 16427040, 14219451],
    ['training-hours:a:0', 14656975, 16655786],
    ['escalation-product:suite', 14477368, 15788938],
    ['group-users:field', 14739949, 15927339],
    ['group-users:field:2025', 15025673, 15627952],
    ['escalation-general', 15531955, 15000263],
    ['cost-amount:a:0', 15223245, 15723245],
    ['group-users:field:2026', 15112825, 15590076],
    ['price:chat', 15480931, 15165561],
    ['hourly-cost', 15204140, 15489994],
    ['price:eu', 15434057, 15212433],
    ['training-hours:b:0', 15423006, 15223485],
    ['benefit-amount:a:0', 15382088, 15264403],
    ['exchange-rate:EUR', 15357874, 15283670],
  ]],
}
