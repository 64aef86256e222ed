/**
 * The shipped data is read as it is (src/io/shipped.ts) because it is checked when the app is built
 * (vite.config.ts runs scripts/shipped-data.ts) and here; and the validator, which the app loads on
 * demand (src/engine/model/validator.ts), refuses to be used before it is loaded.
 */
import { describe, expect, it, vi } from 'vitest'
import { parseCase } from '~/engine'
import { loadPreset, shippedCatalogue } from '~/io/shipped'
import { SHIPPED, shippedDataFaults } from '../../scripts/shipped-data'

describe('the shipped data', () => {
  it('validates, and validation changes nothing in it', () => {
    expect(shippedDataFaults()).toEqual([])
  })

  it('is read by the app as the validator would give it', () => {
    const parsed = parseCase(loadPreset(), shippedCatalogue)
    expect(parsed.ok && parsed.value).toEqual(loadPreset())
    // A fresh copy each time: changing one leaves the next untouched.
    const first = loadPreset()
    first.name = 'ändrad'
    expect(loadPreset().name).not.toBe('ändrad')
  })

  // Guards the build-time check itself: a broken file is named with the fault's path.
  it('names what is wrong in a broken file', () => {
    const catalogue = structuredClone(SHIPPED.catalogue) as { products: { pricing: { unit: string } }[] }
    const product = catalogue.products[0]
    if (product) product.pricing.unit = 'month'
    const preset = structuredClone(SHIPPED.preset) as { scenarios: { licences: { productId: string }[] }[] }
    const line = preset.scenarios[0]?.licences[0]
    if (line) line.productId = 'no-such-product'
    const faults = shippedDataFaults({ ...SHIPPED, catalogue, preset })
    expect(faults.some((f) => f.startsWith('data/catalogue.json: products[0].pricing.unit'))).toBe(true)
    expect(faults.some((f) => f.startsWith('data/presets/eskilstuna-2022.json: scenarios[0].licences[0].productId'))).toBe(false) // the catalogue is broken: the preset is not checked against it
    expect(shippedDataFaults({ ...SHIPPED, preset })).toEqual(['data/presets/eskilstuna-2022.json: scenarios[0].licences[0].productId: no product "no-such-product" in the catalogue'])
  })
})

describe('the validator on demand', () => {
  it('refuses to read before it is loaded, and reads once it is', async () => {
    vi.resetModules()
    const fresh = await import('~/engine/model/validator')
    expect(fresh.isValidatorLoaded()).toBe(false)
    expect(() => fresh.parseCase({}, [])).toThrow(/await loadValidator\(\)/)
    await fresh.loadValidator()
    expect(fresh.isValidatorLoaded()).toBe(true)
    expect(fresh.parseCase({}, [])).toMatchObject({ ok: false, faults: [{ path: 'schemaVersion' }] })
  })
})
