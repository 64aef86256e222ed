/**
 * Hand-worked cases of the workbench's lines: phase-in, dual running, FTE and per-user costs,
 * turnover refresher, group growth, escalation, exchange rates and the legal-change exit event.
 * Each figure is worked out in the comment above its row.
 */
import { describe, expect, it } from 'vitest'
import { buildCase, byYear, product, run, scenario, scenarioOf } from '../fixtures/cases'

// buildCase: one group `staff` of 1 000 users, 400 kr an hour, 2024–2027, SEK, 0 %.

describe('licence phase-in and dual running', () => {
  it('pays for the share moved so far each year', () => {
    // 1 000 users × 500 kr: 25 % in 2024, 75 % in 2025, then all: 125 000, 375 000, 500 000, 500 000.
    const result = run(
      buildCase({
        products: [product('new', 500)],
        scenarios: [scenario({ licences: [{ productId: 'new', groups: ['staff'], shareByYear: { '2024': 0.25, '2025': 0.75, '2026': 1 } }] })],
      }),
    )
    expect(byYear(scenarioOf(result, 'test'), 'licences')).toEqual({ 2024: 125_000, 2025: 375_000, 2026: 500_000, 2027: 500_000 })
  })

  it('pays nothing before the first phase-in year', () => {
    const result = run(
      buildCase({
        products: [product('new', 500)],
        scenarios: [scenario({ licences: [{ productId: 'new', groups: ['staff'], shareByYear: { '2026': 1 } }] })],
      }),
    )
    expect(byYear(scenarioOf(result, 'test'), 'licences')).toEqual({ 2024: 0, 2025: 0, 2026: 500_000, 2027: 500_000 })
  })

  it('pays old and new licences both in the switch year', () => {
    // Old 300 kr to 2025, new 500 kr from 2025: 300 000; 800 000 (both); 500 000; 500 000.
    const result = run(
      buildCase({
        products: [product('old', 300), product('new', 500)],
        scenarios: [
          scenario({
            licences: [
              { productId: 'old', groups: ['staff'], to: 2025 },
              { productId: 'new', groups: ['staff'], from: 2025 },
            ],
          }),
        ],
      }),
    )
    const s = scenarioOf(result, 'test')
    expect(byYear(s, 'licences')).toEqual({ 2024: 300_000, 2025: 800_000, 2026: 500_000, 2027: 500_000 })
    expect(s.checks.find((c) => c.id === 'dual-running')?.status).toBe('met')
  })
})

describe('cost lines', () => {
  it('counts operations staff as FTE × annual cost every year of its span', () => {
    // 1.5 FTE × 650 000 kr = 975 000 a year, 2025–2026.
    const result = run(
      buildCase({
        scenarios: [scenario({ costs: [{ label: 'Drift', category: 'operations', kind: 'recurring', amount: 650_000, fte: 1.5, from: 2025, to: 2026 }] })],
      }),
    )
    expect(byYear(scenarioOf(result, 'test'), 'operations')).toEqual({ 2024: 0, 2025: 975_000, 2026: 975_000, 2027: 0 })
  })

  it('counts a one-off cost per user of the named groups', () => {
    // Migration 150 kr × 1 000 users in 2024 = 150 000.
    const result = run(
      buildCase({
        scenarios: [scenario({ costs: [{ label: 'Migrering', category: 'implementation', kind: 'one-off', amount: 150, perUserOf: ['staff'], year: 2024 }] })],
      }),
    )
    expect(byYear(scenarioOf(result, 'test'), 'implementation')).toEqual({ 2024: 150_000, 2025: 0, 2026: 0, 2027: 0 })
  })

  it('keeps an FTE line incomplete when the number of FTE is unknown', () => {
    const result = run(
      buildCase({
        scenarios: [scenario({ costs: [{ label: 'Förvaltning', category: 'operations', kind: 'recurring', amount: 700_000, fte: { value: null, reason: 'ej bemannat' } }] })],
      }),
    )
    const s = scenarioOf(result, 'test')
    expect(s.complete).toBe(false)
    expect(s.missing.map((m) => m.kind)).toEqual(['fte'])
    expect(s.years[0]?.incomplete).toEqual(['operations'])
  })
})

describe('training', () => {
  it('adds refresher training for newcomers through the turnover rate', () => {
    // 2024: 1 000 × 3 h × 400 kr = 1 200 000; later years 10 % new: 100 × 3 × 400 = 120 000.
    const result = run(
      buildCase({ scenarios: [scenario({ training: [{ label: 'Utbildning', hoursPerUser: 3, year: 2024, turnoverRate: 0.1 }] })] }),
    )
    expect(byYear(scenarioOf(result, 'test'), 'training')).toEqual({ 2024: 1_200_000, 2025: 120_000, 2026: 120_000, 2027: 120_000 })
  })

  it('follows the group’s count per year (growth and shrinkage)', () => {
    // Licences at 100 kr: 1 000, 1 100 (growth), 1 000, 900 users.
    const result = run(
      buildCase({
        organisation: { groups: [{ id: 'staff', name: 'Personal', users: 1000, usersByYear: { '2025': 1100, '2027': 900 } }] },
        products: [product('p', 100)],
        scenarios: [scenario({ licences: [{ productId: 'p', groups: ['staff'] }] })],
      }),
    )
    expect(byYear(scenarioOf(result, 'test'), 'licences')).toEqual({ 2024: 100_000, 2025: 110_000, 2026: 100_000, 2027: 90_000 })
  })
})

describe('escalation and exchange rates', () => {
  it('raises licence prices by the product’s rate and recurring costs by the general rate', () => {
    // Licence 1 000 users × 100 kr at 10 %: 100 000, 110 000, 121 000, 133 100.
    // Hosting 50 000 a year at 2 %: 50 000, 51 000, 52 020, 53 060.4 → 53 060.
    // The one-off 10 000 in 2026 is taken as given in that year's money.
    const result = run(
      buildCase({
        settings: { escalation: { general: 0.02, byProduct: { p: 0.1 } } },
        products: [product('p', 100)],
        scenarios: [
          scenario({
            licences: [{ productId: 'p', groups: ['staff'] }],
            costs: [
              { label: 'Hosting', category: 'operations', kind: 'recurring', amount: 50_000 },
              { label: 'Engång', category: 'implementation', kind: 'one-off', amount: 10_000, year: 2026 },
            ],
          }),
        ],
      }),
    )
    const s = scenarioOf(result, 'test')
    expect(byYear(s, 'licences')).toEqual({ 2024: 100_000, 2025: 110_000, 2026: 121_000, 2027: 133_100 })
    expect(byYear(s, 'operations')).toEqual({ 2024: 50_000, 2025: 51_000, 2026: 52_020, 2027: 53_060 })
    expect(byYear(s, 'implementation')).toEqual({ 2024: 0, 2025: 0, 2026: 10_000, 2027: 0 })
  })

  it('converts a EUR price with the case’s exchange rate, and leaves it unknown without one', () => {
    // €53.17 × 11.5 kr/€ × 1 000 users = 611 455 kr a year.
    const lines = { licences: [{ productId: 'nc', groups: ['staff'] }] }
    const withRate = run(
      buildCase({ settings: { exchangeRates: { EUR: 11.5 } }, products: [product('nc', 53.17, { currency: 'EUR' })], scenarios: [scenario(lines)] }),
    )
    expect(byYear(scenarioOf(withRate, 'test'), 'licences')[2024]).toBe(611_455)
    const withoutRate = run(buildCase({ products: [product('nc', 53.17, { currency: 'EUR' })], scenarios: [scenario(lines)] }))
    const s = scenarioOf(withoutRate, 'test')
    expect(s.complete).toBe(false)
    expect(s.missing[0]?.kind).toBe('exchange-rate')
    expect(byYear(s, 'licences')[2024]).toBe(0)
  })
})

describe('the legal-change event', () => {
  const cloud = {
    ...product('cloud', 100),
    jurisdiction: { thirdCountryLaws: ['cloud-act' as const] },
    hosting: ['us-cloud' as const, 'own-servers' as const],
  }

  it('charges the exit plan in the event year to a scenario relying on a third-country service', () => {
    const result = run(
      buildCase({
        settings: { legalChangeYear: 2026 },
        products: [cloud],
        scenarios: [
          scenario({ id: 'us', licences: [{ productId: 'cloud', groups: ['staff'] }], exitPlan: { amount: 2_000_000 } }),
          scenario({ id: 'own', licences: [{ productId: 'cloud', groups: ['staff'], hosting: 'own-servers' }] }),
        ],
      }),
    )
    const us = scenarioOf(result, 'us')
    // 4 × 100 000 of licences, plus 2 000 000 of exit in 2026.
    expect(byYear(us, 'exit')).toEqual({ 2024: 0, 2025: 0, 2026: 2_000_000, 2027: 0 })
    expect(us.total).toBe(2_400_000)
    expect(us.legalEvent).toEqual({ year: 2026, totalWithout: 400_000, presentValueWithout: 400_000 })
    // Run on its own servers, the same product is out of reach of the law: no exit cost.
    const own = scenarioOf(result, 'own')
    expect(byYear(own, 'exit')[2026]).toBe(0)
    expect(own.legalEvent).toBeUndefined()
  })

  it('marks a reliant scenario without an exit plan incomplete rather than free to leave', () => {
    const result = run(
      buildCase({ settings: { legalChangeYear: 2025 }, products: [cloud], scenarios: [scenario({ licences: [{ productId: 'cloud', groups: ['staff'] }] })] }),
    )
    const s = scenarioOf(result, 'test')
    expect(s.complete).toBe(false)
    expect(s.missing.map((m) => m.kind)).toEqual(['exit-plan'])
  })
})
