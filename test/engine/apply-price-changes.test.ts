/**
 * Applying a dated price change (issue 23): `applyPriceChanges` writes a price-change row of
 * data/reference.json into the case as the lines' `priceChanges`, per product or for every product
 * it concerns; the money rule then counts it from its day (pro rata by days), the warning for it goes,
 * and the product's price stays as the document gave it. Figures worked by hand.
 */
import { describe, expect, it } from 'vitest'
import { appliedPriceChanges, applyPriceChanges, compute, guidedCase, priceChangeRows, productIndex, referenceFileSchema, removePriceChanges } from '~/engine'
import type { Case, PriceChangeWarning, ReferenceRow, ScenarioResult } from '~/engine'
import { buildCase, loadCatalogue, parsed, product, readJson, scenario } from '../fixtures/cases'

// Two products of 1 000 kr and 500 kr a user and year, priced 2023-01-01; 100 staff; 2024–2026.
const priced = (id: string, amount: number) => ({ ...product(id, amount), pricing: { ...product(id, amount).pricing, asOf: '2023-01-01' } })
const catalogue = [priced('suite', 1000), priced('mail', 500)]
const cite = { source: 'ms-fx-2023-aspira', locator: 'test' }
const rise: ReferenceRow = {
  id: 'rise-2024-07', kind: 'price-change', label: 'Höjning', value: 0.1, unit: 'share', currency: 'SEK', date: '2024-07-01',
  appliesTo: { products: ['suite', 'mail'] }, source: cite,
}
const cut: ReferenceRow = {
  id: 'cut-2026-01', kind: 'price-change', label: 'Sänkning', value: { low: -0.3, likely: -0.2, high: -0.1 }, unit: 'share', currency: 'SEK', date: '2026-01-01',
  appliesTo: { products: ['suite'] }, source: cite,
}
const references = [rise, cut]

function base(): Case {
  return parsed(
    buildCase({
      organisation: { groups: [{ id: 'staff', name: 'Personal', users: 100 }] },
      settings: { startYear: 2024, years: 3 },
      products: catalogue,
      scenarios: [
        scenario({ id: 'a', name: 'A', licences: [{ productId: 'suite', groups: ['staff'] }, { productId: 'mail', groups: ['staff'] }] }),
        scenario({ id: 'b', name: 'B', licences: [{ productId: 'suite', groups: ['staff'] }] }),
      ],
    }),
  )
}
const products = productIndex(base(), [])
const run = (model: Case) => compute({ model: parsed(model), catalogue: [], references })
const of = (model: Case, id: string): ScenarioResult => run(model).scenarios.find((s) => s.id === id)!
const amounts = (s: ScenarioResult, key: string) => s.lines.find((l) => l.key === key)?.amounts
const warned = (s: ScenarioResult) =>
  s.warnings.filter((w): w is PriceChangeWarning => w.code === 'price-change-in-horizon').map((w) => `${w.productId} ${w.referenceId}`).sort()

describe('applyPriceChanges', () => {
  it('warns of both changes before anything is applied, and the case pays the flat price', () => {
    expect(warned(of(base(), 'a'))).toEqual(['mail rise-2024-07', 'suite cut-2026-01', 'suite rise-2024-07'])
    expect(amounts(of(base(), 'a'), 'licence:0')).toEqual([100_000, 100_000, 100_000])
  })

  // The rise of 10 % from 1 July 2024, a leap year: 182 days (January–June) at 1 and 184 at 1.1,
  //   (182 + 184 × 1.1) / 366 = 384.4 / 366 = 1.0502732…
  //   suite 100 × 1 000 × 1.0502732 = 105 027.32 → 105 027; 2025 and 2026: 110 000
  //   mail  100 ×   500 × 1.0502732 =  52 513.66 →  52 514; 2025 and 2026:  55 000
  it('applies one change for one product only: its line pays from the day, the other product keeps the flat price and its warning', () => {
    const applied = applyPriceChanges(base(), products, references, [{ referenceId: 'rise-2024-07', productId: 'suite' }])
    const a = of(applied, 'a')
    expect(amounts(a, 'licence:0')).toEqual([105_027, 110_000, 110_000])
    expect(amounts(a, 'licence:1')).toEqual([50_000, 50_000, 50_000])
    expect(warned(a)).toEqual(['mail rise-2024-07', 'suite cut-2026-01'])
    // Every path that holds the product flat takes it: path B's suite line too.
    expect(amounts(of(applied, 'b'), 'licence:0')).toEqual([105_027, 110_000, 110_000])
    expect(warned(of(applied, 'b'))).toEqual(['suite cut-2026-01'])
  })

  // Both changes for every product: the cut of a fifth (the range's likely value) from 1 January 2026
  // compounds with the rise, suite 2026: 100 × 1 000 × 1.1 × 0.8 = 88 000.
  //   A: suite 105 027 + 110 000 + 88 000 = 303 027; mail 52 514 + 55 000 + 55 000 = 162 514; 465 541
  it('applies every chosen change to every product it concerns, compounding; the totals follow', () => {
    const applied = applyPriceChanges(base(), products, references, [{ referenceId: 'rise-2024-07' }, { referenceId: 'cut-2026-01' }])
    const a = of(applied, 'a')
    expect(amounts(a, 'licence:0')).toEqual([105_027, 110_000, 88_000])
    expect(amounts(a, 'licence:1')).toEqual([52_514, 55_000, 55_000])
    expect(a.total).toBe(465_541)
    expect(warned(a)).toEqual([])
  })

  it('writes the change as a dated, cited entry naming its reference row, and leaves the document’s price as it was', () => {
    const applied = applyPriceChanges(base(), products, references, [{ referenceId: 'cut-2026-01' }, { referenceId: 'rise-2024-07' }])
    expect(applied.scenarios[0]!.licences[0]!.priceChanges).toEqual([
      { from: '2024-07-01', factor: 1.1, reference: 'rise-2024-07', source: cite },
      { from: '2026-01-01', factor: 0.8, reference: 'cut-2026-01', source: cite },
    ])
    expect(applied.catalogue).toEqual(base().catalogue)
    expect(appliedPriceChanges(applied)).toEqual([
      { referenceId: 'rise-2024-07', from: '2024-07-01', factor: 1.1, productIds: ['suite', 'mail'] },
      { referenceId: 'cut-2026-01', from: '2026-01-01', factor: 0.8, productIds: ['suite'] },
    ])
  })

  it('does not put a change in twice, nor change the case it is given', () => {
    const model = base()
    const once = applyPriceChanges(model, products, references, [{ referenceId: 'rise-2024-07' }])
    const twice = applyPriceChanges(once, products, references, [{ referenceId: 'rise-2024-07' }])
    expect(twice).toEqual(once)
    expect(model).toEqual(base())
  })

  it('puts nothing in a line that does not hold the price flat: an escalated product, or a price dated after the change', () => {
    const escalated = base()
    escalated.settings.escalation = { byProduct: { suite: 0.03 } }
    expect(applyPriceChanges(escalated, products, references, [{ referenceId: 'rise-2024-07' }]).scenarios[0]!.licences[0]!.priceChanges).toBeUndefined()
    const later = base()
    later.catalogue = { ...later.catalogue, overrides: { suite: { amount: 1100, asOf: '2024-09-01' } } }
    expect(applyPriceChanges(later, products, references, [{ referenceId: 'rise-2024-07' }]).scenarios[0]!.licences[0]!.priceChanges).toBeUndefined()
  })

  it('takes a change out again for one product or all, keeping the lines’ other changes', () => {
    const applied = applyPriceChanges(base(), products, references, [{ referenceId: 'rise-2024-07' }, { referenceId: 'cut-2026-01' }])
    const withoutRise = removePriceChanges(applied, 'rise-2024-07')
    expect(withoutRise.scenarios[0]!.licences[0]!.priceChanges?.map((c) => c.reference)).toEqual(['cut-2026-01'])
    expect(withoutRise.scenarios[0]!.licences[1]!.priceChanges).toBeUndefined()
    expect(removePriceChanges(removePriceChanges(applied, 'cut-2026-01'), 'rise-2024-07')).toEqual(base())
    expect(warned(of(removePriceChanges(applied, 'rise-2024-07', 'mail'), 'a'))).toEqual(['mail rise-2024-07'])
  })
})

describe('applyPriceChanges on a case made from scratch in the guided start', () => {
  // 900 office staff on E3 (4 050 kr) and 300 frontline on F3 (660 kr), 2026–2029: the SEK rises of 2023
  // and 2024 came before the start, so the whole period misses them (× 1.265 from 1 January 2026); the
  // list rises of 1 July 2026 pay 184 of 365 days in 2026.
  //   E3 2026: 3 645 000 × (181 × 1.265 + 184 × 1.3703745) / 365 = 4 804 548.48 → 4 804 548; 2027–2029: × 1.3703745 = 4 995 015
  //   F3 2026:   198 000 × (181 × 1.265 + 184 × 1.58125) / 365   =   282 036.08 →   282 036; 2027–2029: × 1.58125 = 313 087.5 → 313 088
  //   licences 4 804 548 + 282 036 + 3 × (4 995 015 + 313 088) = 21 010 893, against 4 × 3 843 000 = 15 372 000 held flat
  const catalogue = loadCatalogue()
  const references = referenceFileSchema.parse(readJson('data/reference.json')).references
  const texts = {
    caseName: 'Nytt fall', allStaff: 'All personal', unknownReason: 'inte ifyllt ännu',
    implementation: { sv: 'Införande', en: 'Implementation' }, training: { sv: 'Utbildning', en: 'Training' },
    quote: { sv: 'Vår offert', en: 'Our quote' }, quoteVendor: 'egen uppgift',
    onPremIncrease: { sv: 'Högre licenskostnad', en: 'Higher licence cost' }, onPremIncreaseReason: 'ange er egen siffra',
  }
  const model = parsed(
    guidedCase({
      name: 'Testkommun',
      groups: [{ name: 'Kontorspersonal', kind: 'office', users: 900 }, { name: 'Frontlinjepersonal', kind: 'frontline', users: 300 }],
      startYear: 2026, years: 4, discountRate: 0, hourlyCost: 350, paths: [{ template: 'm365', name: 'Microsoft 365' }], texts,
    }),
    catalogue,
  )
  const run = (m: Case) => compute({ model: parsed(m, catalogue), catalogue, references }).scenarios[0]!

  it('warns of the changes its flat prices miss, and applied, pays them from their dates', () => {
    expect(run(model).total).toBe(15_372_000)
    expect(new Set(run(model).warnings.map((w) => (w.code === 'price-change-in-horizon' ? w.referenceId : w.code))).size).toBe(6)
    const choices = priceChangeRows(references).filter((r) => r.condition === undefined).map((r) => ({ referenceId: r.id }))
    const applied = run(applyPriceChanges(model, productIndex(model, catalogue), references, choices))
    expect(applied.lines.map((l) => l.amounts)).toEqual([
      [4_804_548, 4_995_015, 4_995_015, 4_995_015],
      [282_036, 313_088, 313_088, 313_088],
    ])
    expect(applied.total).toBe(21_010_893)
  })
})
