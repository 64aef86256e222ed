/**
 * `price-change-in-horizon` (issue 23, CONTRACT): a dated price change of data/reference.json that falls
 * inside the case's years is warned of exactly for the products a scenario holds flat across it, and
 * not for those already escalated, already priced after it, run where it does not apply, or paid in
 * another currency. The shipped case opens as its documents wrote it: the same totals, warnings beside.
 */
import { describe, expect, it } from 'vitest'
import { compute, parseCase, referenceFileSchema } from '~/engine'
import type { Case, PriceChangeWarning, Product, ScenarioResult } from '~/engine'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'

const references = referenceFileSchema.parse(readJson('data/reference.json')).references
const catalogue = loadCatalogue()

function changes(scenario: ScenarioResult): string[] {
  return scenario.warnings
    .filter((w): w is PriceChangeWarning => w.code === 'price-change-in-horizon')
    .map((w) => `${w.productId} ${w.referenceId}`)
    .sort()
}
function run(model: Case, products: readonly Product[] = catalogue) {
  const parsed = parseCase(model, products)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.faults))
  return compute({ model: parsed.value, catalogue: products, references })
}
const scenario = (model: Case, id: string, products?: readonly Product[]) => {
  const found = run(model, products).scenarios.find((s) => s.id === id)
  if (!found) throw new Error(id)
  return found
}

const CLOUD_E3 = ['microsoft-sek-2023-04', 'microsoft-sek-2024-02', 'microsoft-monthly-billing-2025-04', 'microsoft-volume-levels-2025-11', 'microsoft-e3-2026-07']
const CLOUD_F3 = ['microsoft-sek-2023-04', 'microsoft-sek-2024-02', 'microsoft-monthly-billing-2025-04', 'microsoft-volume-levels-2025-11', 'microsoft-f3-2026-07']
const CLOUD_A3 = ['microsoft-sek-2023-04', 'microsoft-sek-2024-02', 'microsoft-monthly-billing-2025-04']
const expected = (product: string, ids: string[]) => ids.map((id) => `${product} ${id}`)

describe('price-change-in-horizon on the shipped case (2022-11-07 prices held flat over 2023–2027)', () => {
  it('warns of every Microsoft change in the cloud path, per product: SEK rises, the monthly-billing and volume-level changes (conditional), the July 2026 list rises', () => {
    expect(changes(scenario(loadPreset(), 'm365'))).toEqual(
      [...expected('m365-e3', CLOUD_E3), ...expected('m365-f3', CLOUD_F3), ...expected('m365-a3', CLOUD_A3)].sort(),
    )
  })

  it('on own servers warns only of the change that covers software on own servers too (SEK +10 % from 2024-02-01)', () => {
    expect(changes(scenario(loadPreset(), 'on-prem'))).toEqual(expected('m365-a3', ['microsoft-sek-2024-02']).concat(expected('m365-e3', ['microsoft-sek-2024-02']), expected('m365-f3', ['microsoft-sek-2024-02'])).sort())
  })

  it('does not warn of the EUR cut on prices in kronor, nor of changes to Nextcloud or Webex (none dated)', () => {
    const all = run(loadPreset()).scenarios.flatMap(changes)
    expect(all.some((c) => c.endsWith('microsoft-eur-cut-2026'))).toBe(false)
    expect(all.some((c) => c.startsWith('nextcloud') || c.startsWith('webex'))).toBe(false)
  })

  it('says the change, its date, the price held flat, the first year it reaches, and its cited source', () => {
    const w = scenario(loadPreset(), 'm365').warnings.find((x): x is PriceChangeWarning => x.code === 'price-change-in-horizon' && x.referenceId === 'microsoft-sek-2023-04' && x.productId === 'm365-e3')
    expect(w).toMatchObject({ change: 0.15, date: '2023-04-01', year: 2023, priceAsOf: '2022-11-07', currency: 'SEK', source: { source: 'ms-fx-2023-aspira' } })
    expect(w?.message).toContain('+15 % from 2023-04-01')
    expect(w?.message).toContain('2022-11-07')
    const conditional = scenario(loadPreset(), 'm365').warnings.find((x): x is PriceChangeWarning => x.code === 'price-change-in-horizon' && x.referenceId === 'microsoft-monthly-billing-2025-04')
    expect(conditional?.condition).toBeDefined()
  })

  it('opens as the documents wrote it: the same totals with the warnings as without (88 055 000 kr for Microsoft 365)', () => {
    const model = loadPreset()
    const withWarnings = compute({ model, catalogue, references })
    const without = compute({ model, catalogue })
    expect(withWarnings.scenarios.map((s) => s.total)).toEqual(without.scenarios.map((s) => s.total))
    expect(withWarnings.scenarios.find((s) => s.id === 'm365')?.total).toBe(88_055_000)
    expect(without.scenarios.flatMap(changes)).toEqual([])
  })
})

describe('price-change-in-horizon: held flat, or not', () => {
  it('is silent for a product the case escalates (its own rate), and keeps warning for the others', () => {
    const model = loadPreset()
    model.settings.escalation = { byProduct: { 'm365-e3': 0.047 } }
    const found = changes(scenario(model, 'm365'))
    expect(found.filter((c) => c.startsWith('m365-e3'))).toEqual([])
    expect(found.filter((c) => c.startsWith('m365-f3'))).toEqual(expected('m365-f3', CLOUD_F3).sort())
  })

  it('is silent for every product under a general escalation, but a product held at 0 % is flat again', () => {
    const model = loadPreset()
    model.settings.escalation = { general: 0.02, byProduct: { 'm365-a3': 0 } }
    expect(changes(scenario(model, 'm365'))).toEqual(expected('m365-a3', CLOUD_A3).sort())
  })

  it('is silent for a change before the price’s own date (a price of 2026-09-26 already holds the 2023–2026 changes)', () => {
    const model = loadPreset()
    model.catalogue = { overrides: { 'm365-e3': { amount: 4400, asOf: '2026-09-26' } } }
    expect(changes(scenario(model, 'm365')).filter((c) => c.startsWith('m365-e3'))).toEqual([])
    model.catalogue = { overrides: { 'm365-e3': { amount: 4400, asOf: '2025-12-01' } } }
    expect(changes(scenario(model, 'm365')).filter((c) => c.startsWith('m365-e3'))).toEqual(expected('m365-e3', ['microsoft-e3-2026-07']))
  })

  it('is silent for a price with no date (whether it holds the change is not known)', () => {
    const model = loadPreset()
    model.catalogue = { overrides: { 'm365-e3': { amount: 4400 } } }
    expect(changes(scenario(model, 'm365')).filter((c) => c.startsWith('m365-e3'))).toEqual([])
  })

  it('warns only of changes up to the line’s last year: a horizon 2023–2024 leaves out 2025 and 2026', () => {
    const model = loadPreset()
    model.settings.years = 2
    expect(changes(scenario(model, 'm365')).filter((c) => c.startsWith('m365-e3'))).toEqual(expected('m365-e3', ['microsoft-sek-2023-04', 'microsoft-sek-2024-02']))
    const oneYear = loadPreset()
    const m365 = oneYear.scenarios.find((s) => s.id === 'm365')!
    m365.licences[0] = { ...m365.licences[0]!, to: 2023 }
    expect(changes(scenario(oneYear, 'm365')).filter((c) => c.startsWith('m365-e3'))).toEqual(expected('m365-e3', ['microsoft-sek-2023-04']))
  })

  it('warns of a change before the start year too, from the start year, when the price is older still', () => {
    const model = loadPreset()
    model.settings.startYear = 2027
    model.settings.years = 3
    const w = scenario(model, 'm365').warnings.find((x): x is PriceChangeWarning => x.code === 'price-change-in-horizon' && x.referenceId === 'microsoft-sek-2023-04' && x.productId === 'm365-e3')
    expect(w?.year).toBe(2027)
  })

  it('applies a change of one currency’s prices to prices in that currency only, and a global one to all', () => {
    const inEuro = catalogue.map((p) => (p.id === 'm365-e3' ? { ...p, pricing: { ...p.pricing, currency: 'EUR' as const } } : p))
    const found = changes(scenario(loadPreset(), 'm365', inEuro)).filter((c) => c.startsWith('m365-e3'))
    expect(found).toEqual(expected('m365-e3', ['microsoft-eur-cut-2026', 'microsoft-monthly-billing-2025-04', 'microsoft-volume-levels-2025-11', 'microsoft-e3-2026-07']).sort())
  })

  it('names a product once per change whatever the number of its lines', () => {
    const model = loadPreset()
    const m365 = model.scenarios.find((s) => s.id === 'm365')!
    m365.licences.push({ ...m365.licences[0]! })
    const found = changes(scenario(model, 'm365')).filter((c) => c.startsWith('m365-e3'))
    expect(found).toEqual(expected('m365-e3', CLOUD_E3).sort())
  })
})
