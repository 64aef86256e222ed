/**
 * Present value and price escalation, worked by hand on small cases and checked through `compute`
 * (docs/decisions/0005-present-value-and-simulation.md). The spreadsheet cross-check: a row of yearly
 * totals B2:D2 has the present value `=B2+NPV(3%;C2:D2)` — NPV discounts its first value by one
 * period, so the first year is added undiscounted, which is the app's convention (year t from the
 * start divided by (1 + r)^t).
 */
import { describe, expect, it } from 'vitest'
import type { CostLine, Product, ScenarioResult } from '~/engine'
import { buildCase, byYear, product, run, scenario } from '../fixtures/cases'
import type { CasePartial } from '../fixtures/cases'

/** 1 000 users of one product at 1 000 kr a year, 2024–2026, at 3 %: the base of every case below. */
function only(partial: CasePartial & { costs?: CostLine[]; extraProducts?: Product[]; productId?: string }): ScenarioResult {
  const productId = partial.productId ?? 'p'
  const model = buildCase({
    settings: { startYear: 2024, years: 3, discountRate: 0.03, ...partial.settings },
    products: [product('p', 1000), ...(partial.extraProducts ?? [])],
    scenarios: [scenario({ licences: [{ productId, groups: ['staff'] }], costs: partial.costs ?? [] })],
  })
  const [first] = run(model).scenarios
  if (!first) throw new Error('no scenario')
  return first
}

describe('present value: year t from the start discounted by (1 + r)^t', () => {
  it('flat prices: 3 × 1 000 000 at 3 % is 1 000 000 + NPV(3 %; 1 000 000; 1 000 000) = 2 913 469', () => {
    // 1 000 000 + 970 873.79 + 942 595.91 = 2 913 469.70 → 2 913 470 (rounded once, at output)
    const s = only({})
    expect(s.total).toBe(3_000_000)
    expect(s.presentValue).toBe(2_913_470)
  })

  it('equals the nominal total at 0 %', () => {
    const s = only({ settings: { discountRate: 0 } })
    expect(s.presentValue).toBe(s.total)
  })
})

describe('price escalation: start-year prices grow by (1 + rate)^t', () => {
  it('general 5 %: licences 1 000 000, 1 050 000, 1 102 500; present value at 3 % 3 058 629', () => {
    // PV = 1 000 000 + 1 050 000 / 1.03 + 1 102 500 / 1.03² = 1 000 000 + 1 019 417.48 + 1 039 211.99
    //    = 3 058 629.47, as =B2+NPV(3%;C2:D2) over 1 000 000 | 1 050 000 | 1 102 500.
    const s = only({ settings: { escalation: { general: 0.05 } } })
    expect(byYear(s, 'licences')).toEqual({ 2024: 1_000_000, 2025: 1_050_000, 2026: 1_102_500 })
    expect(s.total).toBe(3_152_500)
    expect(s.presentValue).toBe(3_058_629)
  })

  it('a product’s own rate overrides the general one: 10 % gives 1 000 000, 1 100 000, 1 210 000', () => {
    const s = only({ settings: { escalation: { general: 0.05, byProduct: { p: 0.1 } } } })
    expect(byYear(s, 'licences')).toEqual({ 2024: 1_000_000, 2025: 1_100_000, 2026: 1_210_000 })
  })

  it('a ranged rate counts at its likely value in the deterministic figures', () => {
    const s = only({ settings: { escalation: { general: { low: 0.02, likely: 0.05, high: 0.09 } } } })
    expect(byYear(s, 'licences')).toEqual({ 2024: 1_000_000, 2025: 1_050_000, 2026: 1_102_500 })
  })

  it('recurring costs grow at the general rate; a one-off cost stays as given in its year', () => {
    const s = only({
      settings: { escalation: { general: 0.05 } },
      costs: [
        { label: 'Drift', category: 'operations', kind: 'recurring', amount: 200_000 },
        { label: 'Införande', category: 'implementation', kind: 'one-off', amount: 500_000, year: 2025 },
      ],
    })
    expect(byYear(s, 'operations')).toEqual({ 2024: 200_000, 2025: 210_000, 2026: 220_500 })
    expect(byYear(s, 'implementation')).toEqual({ 2024: 0, 2025: 500_000, 2026: 0 })
  })
})

describe('exchange rates: a price in another currency is converted, or left unknown', () => {
  const eur = product('eu', 100, { currency: 'EUR' })

  it('€100 a user at 11.50 kr per euro is 1 150 000 kr for 1 000 users; escalated 5 %: 1 207 500, 1 267 875', () => {
    const s = only({ extraProducts: [eur], productId: 'eu', settings: { exchangeRates: { EUR: 11.5 }, escalation: { general: 0.05 } } })
    expect(s.complete).toBe(true)
    expect(byYear(s, 'licences')).toEqual({ 2024: 1_150_000, 2025: 1_207_500, 2026: 1_267_875 })
  })

  it('without a rate the price stays unknown: incomplete, and the rate is named as missing', () => {
    const s = only({ extraProducts: [eur], productId: 'eu' })
    expect(s.complete).toBe(false)
    expect(s.missing.map((m) => m.kind)).toEqual(['exchange-rate'])
    expect(byYear(s, 'licences')).toEqual({ 2024: 0, 2025: 0, 2026: 0 })
    expect(s.years.every((y) => y.incomplete.includes('licences'))).toBe(true)
  })
})
