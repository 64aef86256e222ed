/**
 * data/reference.json: the public figures the escalation defaults rest on (REFERENCE-PRICES.md).
 * Each row is valid and cited; the Microsoft default is derived from the list prices it sits beside;
 * and the shipped case keeps escalation off, so it reproduces the documents (CONTRACT §1).
 */
import { describe, expect, it } from 'vitest'
import { referenceFileSchema, sourcesFileSchema } from '~/engine'
import type { ReferenceRow } from '~/engine'
import { localise } from '~/io/assumptions'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'

const rows = referenceFileSchema.parse(readJson('data/reference.json')).references
const row = (id: string): ReferenceRow => {
  const found = rows.find((r) => r.id === id)
  if (!found) throw new Error(`no reference row ${id}`)
  return found
}
/** 2022-03-01 to 2026-07-01: the period between Microsoft's two list-price rises. */
const YEARS = 4 + 4 / 12
const yearly = (from: number, to: number) => (to / from) ** (1 / YEARS) - 1

describe('data/reference.json', () => {
  it('cites a source of data/sources.json with a locator in every row, and dates every row', () => {
    const sources = new Set(sourcesFileSchema.parse(readJson('data/sources.json')).sources.map((s) => s.id))
    for (const r of rows) {
      expect(sources.has(r.source.source)).toBe(true)
      expect(localise(r.source.locator, 'sv').length).toBeGreaterThan(0)
      expect(r.date).toMatch(/^\d{4}/)
    }
  })

  it('offers escalation defaults only for products of the shipped catalogue', () => {
    const ids = new Set(loadCatalogue().map((p) => p.id))
    for (const r of rows) for (const id of r.appliesTo?.products ?? []) expect(ids.has(id)).toBe(true)
  })

  it('derives the Microsoft default from the list prices: 1.9 % (E3 $36→$39), 4.7 % ($32→$39), 6.2 % (O365 E3 $20→$26)', () => {
    const e3 = [row('m365-e3-usd-2022'), row('m365-e3-usd-2026')]
    const o365 = [row('o365-e3-usd-2022'), row('o365-e3-usd-2026')]
    expect(row('escalation-microsoft').value).toEqual({
      low: Number(yearly(e3[1]!.previous!, e3[1]!.value as number).toFixed(3)),
      likely: Number(yearly(e3[0]!.previous!, e3[1]!.value as number).toFixed(3)),
      high: Number(yearly(o365[0]!.previous!, o365[1]!.value as number).toFixed(3)),
    })
  })

  it('gives the SaaS index as 11–13 % for the general rate, and the EUR cut as a one-time −7.4 %', () => {
    expect(row('escalation-saas-index')).toMatchObject({ value: { low: 0.11, high: 0.13 }, appliesTo: { general: true } })
    expect(row('microsoft-eur-cut-2026')).toMatchObject({ value: -0.074, unit: 'share', date: '2026-02-01', currency: 'EUR' })
  })

  it('is not applied to the shipped case: escalation off, discount rate 0', () => {
    const model = loadPreset()
    expect(model.settings.escalation).toBeUndefined()
    expect(model.settings.discountRate).toBe(0)
  })

  it('has the shipped case’s “över 10 miljoner” as a range whose likely value is the source’s floor', () => {
    const line = loadPreset().scenarios.find((s) => s.id === 'on-prem')?.costs[0]
    expect(line?.amount).toEqual({ low: 10_000_000, likely: 10_000_000, high: 15_000_000 })
  })
})

/**
 * Issue 23: the dated price changes and today's list prices. Every row says what its figure is in a
 * unit that fits its kind; a share is a change of price (never a price), dated to the day it takes effect.
 */
describe('data/reference.json rows: dates, units and currencies agree', () => {
  const ids = rows.map((r) => r.id)
  const likely = (r: ReferenceRow) => (typeof r.value === 'number' ? r.value : r.value.likely)

  it('has each id once', () => {
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives a list price per user and month or year, in a currency, as a positive amount', () => {
    for (const r of rows.filter((x) => x.kind === 'list-price')) {
      expect(['per-user-month', 'per-user-year'], r.id).toContain(r.unit)
      expect(r.currency, r.id).toBeDefined()
      expect(likely(r), r.id).toBeGreaterThan(0)
    }
  })

  it('gives a price change as a share between −50 % and +100 %, dated to its day, for named products', () => {
    const changes = rows.filter((x) => x.kind === 'price-change')
    expect(changes.length).toBeGreaterThanOrEqual(6)
    for (const r of changes) {
      expect(r.unit, r.id).toBe('share')
      expect(r.date, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(r.previous, r.id).toBeUndefined()
      expect(r.appliesTo?.products?.length, r.id).toBeGreaterThan(0)
      for (const v of typeof r.value === 'number' ? [r.value] : [r.value.low, r.value.likely, r.value.high]) {
        expect(v, r.id).toBeGreaterThanOrEqual(-0.5)
        expect(v, r.id).toBeLessThanOrEqual(1)
      }
    }
  })

  it('gives an escalation default as a rate per year', () => {
    for (const r of rows.filter((x) => x.kind === 'escalation')) expect(r.unit, r.id).toBe('rate-per-year')
  })

  it('names a currency on a change of one currency’s prices, and none on a change Microsoft calls global', () => {
    expect(row('microsoft-sek-2023-04')).toMatchObject({ currency: 'SEK', value: 0.15, date: '2023-04-01' })
    expect(row('microsoft-sek-2024-02')).toMatchObject({ currency: 'SEK', value: 0.1, date: '2024-02-01' })
    expect(row('microsoft-eur-cut-2026')).toMatchObject({ currency: 'EUR', value: -0.074, date: '2026-02-01' })
    expect(row('microsoft-e3-2026-07').currency).toBeUndefined()
    expect(row('microsoft-f3-2026-07').currency).toBeUndefined()
  })

  it('derives the July 2026 shares from the USD list prices beside them ($36 → $39, $8 → $10)', () => {
    const e3 = row('m365-e3-usd-2026')
    const f3 = row('m365-f3-usd-2026')
    expect(row('microsoft-e3-2026-07').date).toBe(e3.date)
    expect(row('microsoft-f3-2026-07').date).toBe(f3.date)
    expect(Math.abs(likely(row('microsoft-e3-2026-07')) - ((e3.value as number) / e3.previous! - 1))).toBeLessThan(0.00005)
    expect(likely(row('microsoft-f3-2026-07'))).toBe((f3.value as number) / f3.previous! - 1)
  })

  it('keeps a product’s dated list prices in one chain: each row’s earlier price is the row before it in the same currency', () => {
    const chains = new Map<string, ReferenceRow[]>()
    for (const r of rows.filter((x) => x.kind === 'list-price' && x.previous !== undefined)) {
      for (const p of r.appliesTo?.products ?? []) {
        const key = `${p}:${r.currency}`
        chains.set(key, [...(chains.get(key) ?? []), r].sort((a, b) => a.date.localeCompare(b.date)))
      }
    }
    for (const chain of chains.values()) {
      for (let i = 1; i < chain.length; i++) expect(chain[i]!.previous, chain[i]!.id).toBe(likely(chain[i - 1]!))
    }
  })

  it('says for whom a change holds where it does not hold for every buyer (monthly billing, volume levels)', () => {
    expect(row('microsoft-monthly-billing-2025-04').condition).toBeDefined()
    expect(row('microsoft-volume-levels-2025-11').condition).toBeDefined()
    expect(row('microsoft-sek-2023-04').condition).toBeUndefined()
  })

  it('leaves education licences out of the volume-level change (education agreements are excluded)', () => {
    expect(row('microsoft-volume-levels-2025-11').appliesTo?.products).not.toContain('m365-a3')
  })
})
