/**
 * The age of a case's prices and today's list prices beside them (engine/guidance/prices.ts): a price is stale
 * when the start year is more than a year after its date; an offer is the newest list price of
 * data/reference.json, per user and year; applying one gives a dated, cited override.
 */
import { describe, expect, it } from 'vitest'
import { compute, isStale, listPriceOffers, overrideFromOffer, priceAge, productIndex, referenceFileSchema, stalePrices } from '~/engine'
import { loadCatalogue, loadPreset, readJson, scenarioOf } from '../fixtures/cases'

const catalogue = loadCatalogue()
const references = referenceFileSchema.parse(readJson('data/reference.json')).references

function presetStarting(year: number) {
  const model = loadPreset()
  model.settings.startYear = year
  return model
}

describe('stale prices', () => {
  it.each([
    ['2022-11-07', 2023, 1, false],
    ['2022-11-07', 2024, 2, true],
    ['2022-11-07', 2027, 5, true],
    ['2026-09-26', 2027, 1, false],
    ['2026', 2028, 2, true],
  ] as const)('a price of %s in a case starting %i is %i years old, stale: %s', (asOf, start, age, stale) => {
    expect(priceAge(asOf, start)).toBe(age)
    expect(isStale(asOf, start)).toBe(stale)
  })

  it('calls no price of the shipped case stale: it starts in 2023, the study is of 2022-11-07', () => {
    const model = loadPreset()
    expect(stalePrices(model, productIndex(model, catalogue))).toEqual([])
  })

  it('lists the known, dated prices of a case starting 2027 (unknown prices and undated ones are not stale)', () => {
    const model = presetStarting(2027)
    const stale = stalePrices(model, productIndex(model, catalogue))
    expect(stale.map((s) => [s.productId, s.asOf, s.age]).sort()).toEqual([
      ['m365-a3', '2022-11-07', 5],
      ['m365-e3', '2022-11-07', 5],
      ['m365-f3', '2022-11-07', 5],
      ['nextcloud', '2022-11-07', 5],
      ['webex', '2022-11-07', 5],
    ])
  })

  it('takes an override’s own date: a list price of 2026-09-26 is not stale in 2027, a typed price has no date', () => {
    const model = presetStarting(2027)
    model.catalogue = { overrides: { 'm365-e3': { amount: 5000, asOf: '2026-09-26' }, 'm365-f3': { amount: 700 } } }
    const ids = stalePrices(model, productIndex(model, catalogue)).map((s) => s.productId)
    expect(ids).not.toContain('m365-e3')
    expect(ids).not.toContain('m365-f3')
    expect(ids).toContain('m365-a3')
  })
})

describe('list price offers', () => {
  const offers = listPriceOffers(references, ['m365-e3', 'm365-f3', 'm365-a3', 'nextcloud'])

  it('offers the newest list price per product: E3 in euro of 2026-09-26 over the dollar price of 2026-07-01; F3 in dollars; none for A3 (not published); Nextcloud Enterprise Standard per user and year (issue 23)', () => {
    expect(offers.map((o) => [o.productId, o.currency, o.date, o.perUserYear])).toEqual([
      ['m365-e3', 'EUR', '2026-09-26', 37.78 * 12],
      ['m365-f3', 'USD', '2026-07-01', 120],
      ['nextcloud', 'EUR', '2026-09-26', 71.29],
    ])
  })

  it('converts with the exchange rate given: €37.78 × 12 = €453.36 a year × 11.50 = 5 213.64, 5 214 kr in whole kronor, dated and cited', () => {
    const e3 = offers.find((o) => o.productId === 'm365-e3')
    expect(e3).toBeDefined()
    if (!e3) return
    const override = overrideFromOffer(e3, 'SEK', { rate: 11.5 })
    expect(override).toMatchObject({ amount: 5214, asOf: '2026-09-26', source: { source: 'reference-prices-2026' } })
    expect(override?.note).toMatchObject({ sv: expect.stringContaining('växelkurs angiven av användaren'), en: expect.stringContaining('exchange rate set by the user') })
    expect(overrideFromOffer(e3, 'SEK', undefined)).toBeUndefined() // no rate, no conversion
    expect(overrideFromOffer(e3, 'EUR', undefined)?.amount).toBe(453) // a case in euro needs none; whole euro
  })

  it('changes the computed licences by exactly the new price: E3 2 300 × 5 214 = 11 992 200 a year', () => {
    const model = presetStarting(2027)
    const e3 = offers.find((o) => o.productId === 'm365-e3')
    const override = e3 && overrideFromOffer(e3, 'SEK', { rate: 11.5 })
    if (!override) throw new Error('no override')
    model.catalogue = { overrides: { 'm365-e3': override } }
    const m365 = scenarioOf(compute({ model, catalogue }), 'm365')
    expect(m365.licences.find((l) => l.productId === 'm365-e3')).toMatchObject({ pricePerUser: 5214, annual: 11_992_200 })
    expect(stalePrices(model, productIndex(model, catalogue)).map((s) => s.productId)).not.toContain('m365-e3')
  })
})
