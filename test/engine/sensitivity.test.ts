/** The tornado and the break-even year (src/engine/uncertainty/sensitivity.ts), worked by hand on small cases. */
import { describe, expect, it } from 'vitest'
import { breakEven, compute, DEFAULT_SPREAD, tornado } from '~/engine'
import type { Case, CostLine } from '~/engine'
import { buildCase, loadCatalogue, loadPreset, parsed, product, scenario } from '../fixtures/cases'

const recurring = (amount: CostLine['amount']): CostLine => ({ label: 'Drift', category: 'operations', kind: 'recurring', amount })

/**
 * A: 1 000 users of product p at a ranged 500 / 1 000 / 2 000 kr, plus a one-off 50 000 in 2024.
 * B: operations of 800 000 kr a year. Four years, 2024–2027.
 * cost(A) − cost(B) = 4 × 1 000 × price + 50 000 − 4 × 800 000.
 */
function handBuilt(): Case {
  return parsed(
    buildCase({
      products: [product('p', { low: 500, likely: 1000, high: 2000 }), product('unused', 700)],
      scenarios: [
        scenario({
          id: 'a',
          licences: [{ productId: 'p', groups: ['staff'] }],
          costs: [{ label: 'Införande', category: 'implementation', kind: 'one-off', amount: 50_000, year: 2024 }],
        }),
        scenario({ id: 'b', costs: [recurring(800_000)] }),
        scenario({ id: 'c', licences: [{ productId: 'unused', groups: ['staff'] }] }),
      ],
    }),
  )
}

describe('tornado: what moves cost(A) − cost(B)', () => {
  const result = tornado({ model: handBuilt(), catalogue: [], a: 'a', b: 'b' })

  it('has the base difference at likely values: 4 000 000 + 50 000 − 3 200 000 = 850 000', () => {
    expect(result.base).toBe(850_000)
    expect(result.complete).toBe(true)
    expect(result.spread).toBe(DEFAULT_SPREAD)
  })

  it('takes which scenarios are incomplete from the result it is given, rather than computing the case again', () => {
    const model = handBuilt()
    const given = compute({ model, catalogue: [] })
    // A result that says B is incomplete (the case itself is complete): the tornado believes its caller.
    const marked = { ...given, scenarios: given.scenarios.map((s) => (s.id === 'b' ? { ...s, complete: false } : s)) }
    const withGiven = tornado({ model, catalogue: [], a: 'a', b: 'b', result: marked })
    expect(withGiven.incomplete).toEqual(['b'])
    expect(withGiven.complete).toBe(false)
    expect(withGiven.base).toBe(850_000)
  })

  it('ranks the ranged price first, from its low to its high end', () => {
    // price 500: 2 000 000 + 50 000 − 3 200 000 = −1 150 000; price 2 000: 8 050 000 − 3 200 000 = 4 850 000
    expect(result.rows[0]).toMatchObject({ key: 'price:p', isRanged: true, low: 500, high: 2000, atLow: -1_150_000, atHigh: 4_850_000, swing: 6_000_000 })
  })

  it('moves plain numbers by ± 20 %, and lists each input that moves A or B once', () => {
    const byKey = Object.fromEntries(result.rows.map((r) => [r.key, r]))
    // Users 800 / 1 200: 4 × 800 × 1 000 = 3 200 000 → 50 000; 4 800 000 → 1 650 000.
    expect(byKey['group-users:staff']).toMatchObject({ isRanged: false, low: 800, high: 1200, atLow: 50_000, atHigh: 1_650_000, swing: 1_600_000 })
    // B's operations 640 000 / 960 000 a year: 4 050 000 − 2 560 000 = 1 490 000; − 3 840 000 = 210 000.
    expect(byKey['cost-amount:b:0']).toMatchObject({ low: 640_000, high: 960_000, atLow: 1_490_000, atHigh: 210_000, swing: 1_280_000 })
    // A's one-off 40 000 / 60 000: 840 000 / 860 000.
    expect(byKey['cost-amount:a:0']).toMatchObject({ atLow: 840_000, atHigh: 860_000, swing: 20_000 })
    // Neither the unused product's price nor the hourly cost (no training) moves A − B.
    expect(result.rows.map((r) => r.key)).toEqual(['price:p', 'group-users:staff', 'cost-amount:b:0', 'cost-amount:a:0'])
  })

  it('moves a plain rate by ± 2 percentage points, so an escalation of 0 % moves too', () => {
    // A: 1 000 users × 1 000 kr with general escalation 0 %; B nothing. cost(A) over 2024–2027 at a
    // rate r is 1 000 000 × (1 + (1+r) + (1+r)² + (1+r)³): at −2 % 1 000 000 + 980 000 + 960 400 + 941 192 = 3 881 592,
    // at +2 % 1 000 000 + 1 020 000 + 1 040 400 + 1 061 208 = 4 121 608.
    const model = parsed(
      buildCase({
        settings: { escalation: { general: 0 } },
        products: [product('p', 1000)],
        scenarios: [scenario({ id: 'a', licences: [{ productId: 'p', groups: ['staff'] }] }), scenario({ id: 'b' })],
      }),
    )
    const row = tornado({ model, catalogue: [], a: 'a', b: 'b' }).rows.find((r) => r.key === 'escalation-general')
    expect(row).toMatchObject({ isRate: true, isRanged: false, low: -0.02, high: 0.02, atLow: 3_881_592, atHigh: 4_121_608 })
  })

  it('takes another spread when asked: ± 50 % of B’s operations', () => {
    const wide = tornado({ model: handBuilt(), catalogue: [], a: 'a', b: 'b', spread: 0.5 })
    expect(wide.rows.find((r) => r.key === 'cost-amount:b:0')).toMatchObject({ low: 400_000, high: 1_200_000, swing: 3_200_000 })
  })

  it('measures present value when asked (discounting each year of the difference)', () => {
    const model = handBuilt()
    model.settings.discountRate = 0.1
    const pv = tornado({ model, catalogue: [], a: 'a', b: 'b', measure: 'presentValue' })
    // Difference per year at likely values: 250 000, 200 000, 200 000, 200 000.
    // PV = 250 000 + 200 000 × (1/1.1 + 1/1.21 + 1/1.331) = 250 000 + 497 370.40 = 747 370
    expect(pv.base).toBe(747_370)
  })

  it('ranks Nextcloud’s price first for M365 against Nextcloud, and drops what both paths share', () => {
    const shipped = tornado({ model: loadPreset(), catalogue: loadCatalogue(), a: 'm365', b: 'nextcloud' })
    const keys = shipped.rows.map((r) => r.key)
    expect(keys[0]).toBe('price:nextcloud') // 13 300 users × 1 800 kr × 5 years: the largest single figure
    // Microsoft's licences are on both paths (the study: still needed whatever the platform), and so is
    // the study's training: their prices and the hourly cost move both alike and drop out.
    for (const key of ['price:m365-e3', 'price:m365-f3', 'price:m365-a3', 'hourly-cost']) expect(keys).not.toContain(key)
  })

  it('refuses an unknown scenario id', () => {
    expect(() => tornado({ model: handBuilt(), catalogue: [], a: 'a', b: 'nope' })).toThrow(/nope/)
  })
})

describe('breakEven: the year one path’s cumulative cost overtakes the other’s', () => {
  // A: 1 000 000 implementation in 2024 and 100 000 a year; B: 400 000 a year.
  // Cumulative A: 1 100 000, 1 200 000, 1 300 000, 1 400 000; B: 400 000, 800 000, 1 200 000, 1 600 000.
  // B is cheaper until 2026 (1 300 000 > 1 200 000); in 2027 A is cheaper (1 400 000 < 1 600 000).
  const model = parsed(
    buildCase({
      scenarios: [
        scenario({
          id: 'a',
          costs: [
            { label: 'Införande', category: 'implementation', kind: 'one-off', amount: 1_000_000, year: 2024 },
            recurring(100_000),
          ],
        }),
        scenario({ id: 'b', costs: [recurring(400_000)] }),
        scenario({ id: 'c', costs: [recurring(500_000)] }),
        scenario({ id: 'd', costs: [recurring(400_000)] }),
      ],
    }),
  )
  const result = compute({ model, catalogue: [] })

  it('finds 2027, with B cheaper before and A from then on', () => {
    const found = breakEven(result, 'a', 'b')
    expect(found).toMatchObject({ year: 2027, cheaperBefore: 'b', cheaperAfter: 'a', isKnown: true, incomplete: [] })
    expect(found.knownParts).toEqual({ year: 2027, cheaperBefore: 'b', cheaperAfter: 'a' })
    expect(found.cumulative.map(({ year, a, b, cheaper }) => ({ year, a, b, cheaper }))).toEqual([
      { year: 2024, a: 1_100_000, b: 400_000, cheaper: 'b' },
      { year: 2025, a: 1_200_000, b: 800_000, cheaper: 'b' },
      { year: 2026, a: 1_300_000, b: 1_200_000, cheaper: 'b' },
      { year: 2027, a: 1_400_000, b: 1_600_000, cheaper: 'a' },
    ])
  })

  it('finds none when one path stays cheaper: B against C', () => {
    expect(breakEven(result, 'b', 'c')).toMatchObject({ year: null, cheaperBefore: 'b', cheaperAfter: null })
  })

  it('finds none, and no cheaper path, when the two are equal throughout', () => {
    expect(breakEven(result, 'b', 'd')).toMatchObject({ year: null, cheaperBefore: null })
  })

  it('moves later under discounting: at 10 % A’s later savings count for less', () => {
    // Discounted cumulative in 2027: A 1 100 000 + 100 000 × 2.4869 = 1 348 685; B 400 000 × 3.4869 = 1 394 741: still 2027.
    // At 20 %: A 1 100 000 + 100 000 × 2.1065 = 1 310 648; B 400 000 × 3.1065 = 1 242 593: no break-even.
    const at = (rate: number) => breakEven(compute({ model: { ...model, settings: { ...model.settings, discountRate: rate } }, catalogue: [] }), 'a', 'b', 'presentValue')
    expect(at(0.1).year).toBe(2027)
    expect(at(0.2).year).toBeNull()
  })
})

describe('breakEven and tornado with an incomplete path: no year stated as fact', () => {
  // As above, A: 1 000 000 in 2024 and 100 000 a year; B: 400 000 a year. Now A also pays an
  // unknown amount from 2026 (gap) or from the start (early), and E pays an unknown from 2027 only.
  const unknownAmount = { value: null, reason: 'Ingen offert' }
  const model = parsed(
    buildCase({
      scenarios: [
        scenario({
          id: 'gap',
          costs: [
            { label: 'Införande', category: 'implementation', kind: 'one-off', amount: 1_000_000, year: 2024 },
            recurring(100_000),
            { label: 'Okänd drift', category: 'operations', kind: 'recurring', amount: unknownAmount, from: 2026 },
          ],
        }),
        scenario({ id: 'b', costs: [recurring(400_000)] }),
        scenario({
          id: 'early',
          costs: [recurring(100_000), { label: 'Okänt', category: 'operations', kind: 'recurring', amount: unknownAmount }],
        }),
        scenario({ id: 'late', costs: [recurring(500_000), { label: 'Okänt', category: 'exit', kind: 'one-off', amount: unknownAmount, year: 2027 }] }),
      ],
    }),
  )
  const result = compute({ model, catalogue: [] })

  it('does not state 2027 when A’s unknown amounts from 2026 could keep B cheaper', () => {
    const found = breakEven(result, 'gap', 'b')
    // Known parts alone give the old answer (B cheaper until 2026, A from 2027) …
    expect(found.knownParts).toEqual({ year: 2027, cheaperBefore: 'b', cheaperAfter: 'gap' })
    // … but it is not known: in 2027 A's lower bound 1 400 000 is below B's 1 600 000.
    expect(found).toMatchObject({ isKnown: false, year: null, cheaperBefore: null, cheaperAfter: null, incomplete: ['gap'] })
    // 2024–2025 are complete; in 2026 A's lower bound (1 300 000) already exceeds B (1 200 000): B is cheaper, known.
    expect(found.cumulative.map((c) => [c.year, c.isLowerBoundA, c.isLowerBoundB, c.cheaper])).toEqual([
      [2024, false, false, 'b'],
      [2025, false, false, 'b'],
      [2026, true, false, 'b'],
      [2027, true, false, 'unknown'],
    ])
  })

  it('states the answer when the incomplete path already costs more in every year: B against “late”', () => {
    // late: 500 000 a year plus an unknown exit in 2027, always above B's 400 000 a year.
    expect(breakEven(result, 'b', 'late')).toMatchObject({ isKnown: true, year: null, cheaperBefore: 'b', incomplete: ['late'] })
  })

  it('knows nothing of the order where the incomplete path’s known parts cost less: “early” against B', () => {
    const found = breakEven(result, 'early', 'b')
    expect(found.cumulative.every((c) => c.cheaper === 'unknown')).toBe(true)
    expect(found).toMatchObject({ isKnown: false, year: null, knownParts: { year: null, cheaperBefore: 'early' } })
  })

  it('names the incomplete side in the tornado, whose figures are then of known parts', () => {
    const t = tornado({ model, catalogue: [], a: 'b', b: 'gap' })
    expect(t).toMatchObject({ complete: false, incomplete: ['gap'] })
    expect(tornado({ model, catalogue: [], a: 'gap', b: 'early' }).incomplete).toEqual(['gap', 'early'])
    expect(tornado({ model, catalogue: [], a: 'b', b: 'late' }).incomplete).toEqual(['late'])
  })
})
