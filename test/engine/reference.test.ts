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
