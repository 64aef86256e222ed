/** The Monte Carlo simulation (src/engine/uncertainty/simulate.ts): its parts hand-worked, its figures as properties. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compute, createSimulation, mulberry32, percentile, roundMoney, simulate, triangular } from '~/engine'
import { bandOf } from '~/engine/uncertainty/simulate'
import type { Amount, Case, Range } from '~/engine'
import { cloneJson } from '~/engine/model/json'
import { buildCase, loadCatalogue, loadPreset, parsed, product, scenario } from '../fixtures/cases'

const catalogue = loadCatalogue()

describe('triangular: the inverse of the triangular distribution', () => {
  // Hand-worked: on [0, 1] with mode 0.5 the cumulative probability of x ≤ 0.5 is 2x², so u = 0.125
  // gives x = 0.25 and, by symmetry, u = 0.875 gives 0.75; on [0, 10] with mode 0 the density falls
  // linearly, F(x) = 1 − (1 − x/10)², so u = 0.75 gives x = 5.
  it.each<[number, Range, number]>([
    [0, { low: 0, likely: 0.5, high: 1 }, 0],
    [0.125, { low: 0, likely: 0.5, high: 1 }, 0.25],
    [0.5, { low: 0, likely: 0.5, high: 1 }, 0.5],
    [0.875, { low: 0, likely: 0.5, high: 1 }, 0.75],
    [0.75, { low: 0, likely: 0, high: 10 }, 5],
    [0.25, { low: 0, likely: 10, high: 10 }, 5],
    [0.3, { low: 7, likely: 7, high: 7 }, 7],
  ])('u = %d on %j gives %d', (u, range, expected) => {
    expect(triangular(u, range)).toBeCloseTo(expected, 10)
  })
})

describe('mulberry32: the seeded generator', () => {
  it('gives the same numbers for the same seed and other numbers for another', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const c = mulberry32(43)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first)
  })

  // Guards against a broken generator (a constant, or numbers outside [0, 1)): the mean of uniform
  // numbers is 1/2 and a tenth of them fall in each tenth of [0, 1).
  it('draws evenly from [0, 1)', () => {
    const random = mulberry32(7)
    const tenths = new Array<number>(10).fill(0)
    let sum = 0
    let min = Infinity
    let max = -Infinity
    const n = 100_000
    for (let i = 0; i < n; i++) {
      const u = random()
      min = Math.min(min, u)
      max = Math.max(max, u)
      sum += u
      tenths[Math.floor(u * 10)] = (tenths[Math.floor(u * 10)] ?? 0) + 1
    }
    expect(min).toBeGreaterThanOrEqual(0)
    expect(max).toBeLessThan(1)
    expect(sum / n).toBeCloseTo(0.5, 2)
    for (const count of tenths) expect(Math.abs(count - n / 10)).toBeLessThan(n / 100)
  })
})

describe('percentile: linear between order statistics (PERCENTILE.INC)', () => {
  // Hand-worked: for 1, 2, 3, 4 the position of p is 1 + 3p; p = 0.1 → 1.3, p = 0.5 → 2.5, p = 0.9 → 3.7.
  it.each([
    [0.1, 1.3],
    [0.5, 2.5],
    [0.9, 3.7],
    [0, 1],
    [1, 4],
  ])('p = %d of 1, 2, 3, 4 is %d', (p, expected) => {
    expect(percentile(Float64Array.of(1, 2, 3, 4), p)).toBeCloseTo(expected, 10)
  })
})

/** The preset with every key input a symmetric range of ± 20 % around the source's figure. */
function symmetricPreset(): Case {
  const model = loadPreset()
  const spread = (v: number, isWhole = false): Range => {
    const r = (x: number) => (isWhole ? Math.round(x) : x)
    return { low: r(v * 0.8), likely: v, high: r(v * 1.2) }
  }
  for (const group of model.organisation.groups) group.users = spread(group.users as number, true)
  model.organisation.hourlyCost = spread(300)
  model.catalogue = {
    overrides: Object.fromEntries(
      ['m365-e3', 'm365-f3', 'm365-a3', 'nextcloud', 'webex'].map((id) => {
        const price = catalogue.find((p) => p.id === id)?.pricing.amount as number
        return [id, { amount: spread(price) }]
      }),
    ),
  }
  for (const s of model.scenarios) {
    for (const cost of s.costs) {
      if (typeof cost.amount === 'number') cost.amount = spread(cost.amount)
      // The alternatives' switching costs are unknown in the sources; give Nextcloud's and Webex's a
      // figure here so that three paths are complete and their medians can be checked.
      else if ((s.id === 'nextcloud' || s.id === 'webex') && 'value' in cost.amount) cost.amount = spread(1_000_000)
    }
    for (const line of s.training) line.hoursPerUser = spread(2)
  }
  model.settings.discountRate = 0.03
  return parsed(model, catalogue)
}

describe('simulate', () => {
  // Guards: the median of a sum of symmetric inputs (and of products of independent symmetric inputs,
  // near enough) sits at the deterministic figure; a bias in drawing or in summing would show here.
  it('gives a P50 within 1 % of the deterministic figure when every range is symmetric', () => {
    const model = symmetricPreset()
    const result = simulate({ model, catalogue, draws: 10_000, seed: 2023 })
    const deterministic = compute({ model, catalogue })
    for (const s of result.scenarios.filter((x) => x.complete)) {
      const d = deterministic.scenarios.find((x) => x.id === s.id)
      expect(d).toBeDefined()
      expect(Math.abs(s.total.p50 - (d?.total ?? 0)) / (d?.total ?? 1)).toBeLessThan(0.01)
      expect(Math.abs(s.presentValue.p50 - (d?.presentValue ?? 0)) / (d?.presentValue ?? 1)).toBeLessThan(0.01)
      s.years.forEach((y, t) => {
        const dy = d?.years[t]?.total ?? 0
        expect(Math.abs(y.p50 - dy) / Math.abs(dy)).toBeLessThan(0.01)
        expect(y.p10).toBeLessThan(y.p50)
        expect(y.p50).toBeLessThan(y.p90)
      })
    }
    expect(result.scenarios.filter((x) => x.complete).map((x) => x.id)).toEqual(['m365', 'nextcloud', 'webex'])
  })

  it('gives identical output for the same seed, and other figures for another seed', () => {
    const model = symmetricPreset()
    const once = simulate({ model, catalogue, draws: 2_000, seed: 99 })
    const again = simulate({ model, catalogue, draws: 2_000, seed: 99 })
    const other = simulate({ model, catalogue, draws: 2_000, seed: 100 })
    expect(again).toEqual(once)
    expect(other.scenarios[0]?.total).not.toEqual(once.scenarios[0]?.total)
  })

  it('gives the same figures run in chunks as in one go', () => {
    const model = symmetricPreset()
    const whole = simulate({ model, catalogue, draws: 1_000, seed: 5 })
    const chunked = createSimulation({ model, catalogue, draws: 1_000, seed: 5 })
    while (chunked.done < chunked.total) chunked.run(333)
    expect(chunked.result()).toEqual(whole)
  })

  it('gives zero-width bands at the deterministic figures when the case has no ranges', () => {
    const model = loadPreset()
    for (const s of model.scenarios) for (const c of s.costs) if (typeof c.amount === 'object' && 'likely' in c.amount) c.amount = c.amount.likely
    const result = simulate({ model, catalogue, draws: 500, seed: 1 })
    const deterministic = compute({ model, catalogue })
    expect(result.inputs).toEqual([])
    result.scenarios.forEach((s, i) => {
      const d = deterministic.scenarios[i]
      expect(s.total).toEqual({ p10: d?.total, p50: d?.total, p90: d?.total })
      expect(s.presentValue.p10).toBe(s.presentValue.p90)
      s.years.forEach((y, t) => expect([y.p10, y.p50, y.p90]).toEqual([d?.years[t]?.total, d?.years[t]?.total, d?.years[t]?.total]))
    })
  })

  it('draws the shipped case’s own ranges: on-prem’s “över 10 miljoner” widens upwards only', () => {
    const model = loadPreset()
    model.settings.years = 10
    const result = simulate({ model, catalogue, draws: 2_000, seed: 1 })
    expect(result.inputs.map((i) => i.key)).toEqual(['cost-amount:on-prem:0'])
    const onPrem = result.scenarios.find((s) => s.id === 'on-prem')
    // 2025 onwards the increase is drawn from [10, 15] MSEK with its mode at 10: the floor is the P10's floor.
    const y2030 = onPrem?.years.find((y) => y.year === 2030)
    expect(y2030?.p10).toBeGreaterThan(onPrem?.years.find((y) => y.year === 2023)?.p10 ?? Infinity)
    expect((y2030?.p90 ?? 0) - (y2030?.p10 ?? 0)).toBeGreaterThan(2_000_000)
    const m365 = result.scenarios.find((s) => s.id === 'm365')
    expect(m365?.total.p10).toBe(m365?.total.p90)
  })

  it('marks a scenario with an unknown as incomplete and gives no probability for it', () => {
    const result = simulate({ model: loadPreset(), catalogue, draws: 200, seed: 1 })
    const ids = result.scenarios.map((s) => s.id)
    const hybrid = ids.indexOf('eu-hybrid')
    const m365 = ids.indexOf('m365')
    expect(result.scenarios[hybrid]?.complete).toBe(false)
    expect(result.scenarios[hybrid]?.missing.map((m) => m.kind)).toContain('price')
    expect(result.scenarios[hybrid]?.years.every((y) => y.isIncomplete)).toBe(true)
    expect(result.probabilityLess[hybrid]?.[m365]).toBeNull()
    expect(result.probabilityLess[m365]?.[hybrid]).toBeNull()
    expect(result.probabilityLess[m365]?.[m365]).toBeNull()
  })

  it('gives probability 1 that A costs less than B when A is always cheaper, and 0 the other way', () => {
    const cost = (amount: Amount) => ({ label: 'Drift', category: 'operations' as const, kind: 'recurring' as const, amount })
    const model = buildCase({
      scenarios: [
        scenario({ id: 'a', costs: [cost({ low: 100, likely: 150, high: 200 })] }),
        scenario({ id: 'b', costs: [cost({ low: 300, likely: 350, high: 400 })] }),
      ],
    })
    const result = simulate({ model: parsed(model), catalogue: [], draws: 1_000, seed: 3 })
    expect(result.probabilityLess).toEqual([
      [null, 1],
      [0, null],
    ])
  })

  it('shares one draw of a common input between scenarios', () => {
    // Both scenarios license the same product for the same users; B pays a fixed 1 kr a year more.
    // With the price drawn once per draw for both, A is cheaper in every draw; drawn apart it would not be.
    const model = buildCase({
      products: [product('p', { low: 100, likely: 500, high: 900 })],
      scenarios: [
        scenario({ id: 'a', licences: [{ productId: 'p', groups: ['staff'] }] }),
        scenario({
          id: 'b',
          licences: [{ productId: 'p', groups: ['staff'] }],
          costs: [{ label: 'Avgift', category: 'operations', kind: 'recurring', amount: 1 }],
        }),
      ],
    })
    const result = simulate({ model: parsed(model), catalogue: [], draws: 2_000, seed: 11 })
    expect(result.probabilityLess[0]?.[1]).toBe(1)
  })

  it('draws user counts as whole users, so every drawn licence line is whole seats × price', () => {
    // 1 000 users ranged 900–1 100 at 7 kr a user: every draw is a whole count × 7, so every yearly
    // figure is a multiple of 7 (a fractional count would give amounts such as 7 × 1 003.4).
    const model = buildCase({
      organisation: { groups: [{ id: 'staff', name: 'Personal', users: { low: 900, likely: 1000, high: 1100 } }] },
      settings: { years: 1 },
      products: [product('p', 7)],
      scenarios: [scenario({ licences: [{ productId: 'p', groups: ['staff'] }] })],
    })
    // 101 draws: the 10th, 50th and 90th percentiles fall on draws themselves, not between two.
    const simulation = createSimulation({ model: parsed(model), catalogue: [], draws: 101, seed: 3 })
    simulation.run(101)
    const band = simulation.result().scenarios[0]?.years[0]
    for (const value of [band?.p10, band?.p50, band?.p90]) expect((value ?? 1) % 7).toBe(0)
  })

  it('does not change the case it is given', () => {
    const model = symmetricPreset()
    const before = cloneJson(model)
    simulate({ model, catalogue, draws: 100, seed: 1 })
    expect(model).toEqual(before)
  })
})

describe('bandOf: the percentiles by selection equal those of the sorted values', () => {
  // Guards the selection that replaced sorting (issue 14): ties, runs of equal values, two values,
  // negative figures and fractions must give what percentile() gives on a sorted copy.
  it('on random series', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), { minLength: 1, maxLength: 300 }), (list) => {
        const values = Float64Array.from(list)
        const sorted = Float64Array.from(list).sort()
        expect(bandOf(values)).toEqual({
          p10: roundMoney(percentile(sorted, 0.1)),
          p50: roundMoney(percentile(sorted, 0.5)),
          p90: roundMoney(percentile(sorted, 0.9)),
        })
        expect(values).toEqual(Float64Array.from(list)) // the values themselves are not reordered
      }),
      { numRuns: 500, examples: [[[5e-324, 0]], [[-1e308, 1e308, 0]], [[3, 3, 3]], [[1, 2]]] },
    )
  })

  it('on long series with ties and outliers, as a simulation gives them', () => {
    const value = fc.oneof(
      { weight: 20, arbitrary: fc.integer({ min: 1_000_000, max: 1_100_000 }) },
      { weight: 1, arbitrary: fc.integer({ min: -10_000_000, max: 100_000_000 }) },
    )
    fc.assert(
      fc.property(fc.array(value, { minLength: 1_000, maxLength: 5_000 }), (list) => {
        const sorted = Float64Array.from(list).sort()
        expect(bandOf(Float64Array.from(list))).toEqual({
          p10: roundMoney(percentile(sorted, 0.1)),
          p50: roundMoney(percentile(sorted, 0.5)),
          p90: roundMoney(percentile(sorted, 0.9)),
        })
      }),
      { numRuns: 40 },
    )
  })
})
