/**
 * Today's paths beyond the documents (issue 23): openDesk's two editions and seven components, and
 * Nextcloud Enterprise by tier with Talk. Every price is cited to a stored page and dated; a known 0
 * only where a stored page says the licence is free; "price on request" is unknown, never 0; the euro
 * list prices are the same figures, currency, unit and date as the reference rows the price box offers;
 * every web page behind them is dated 2026-12-05 and says whether it is the organisation's own or press.
 */
import { describe, expect, it } from 'vitest'
import { OPENDESK_COMPONENTS, isUnknown, likelyValue, templateProducts } from '~/engine'
import type { Product, ScenarioTemplate } from '~/engine'
import { loadCatalogue, readJson } from '../fixtures/cases'

const catalogue = loadCatalogue()
const byId = new Map(catalogue.map((p) => [p.id, p]))
const productOf = (id: string): Product => {
  const p = byId.get(id)
  if (!p) throw new Error(`no product ${id}`)
  return p
}
interface Source { id: string; kind?: string; url?: string; readOn?: string; publisher?: string; seed?: string }
const sources = new Map((readJson('data/sources.json') as { sources: Source[] }).sources.map((s) => [s.id, s]))
interface Reference { id: string; value: unknown; unit: string; currency?: string; date: string }
const references = new Map((readJson('data/reference.json') as { references: Reference[] }).references.map((r) => [r.id, r]))

const NEW_TEMPLATES: ScenarioTemplate[] = ['opendesk-ce', 'opendesk-ee', 'nextcloud-standard', 'nextcloud-premium', 'nextcloud-ultimate']
const newProducts = [...new Set(NEW_TEMPLATES.flatMap((t) => templateProducts(t)))]

describe('the new paths’ products', () => {
  it('are all in the catalogue: two openDesk editions, seven components, three Nextcloud tiers and Talk', () => {
    expect(newProducts).toHaveLength(13)
    for (const id of newProducts) expect(byId.has(id), id).toBe(true)
    expect(templateProducts('opendesk-ce')).toEqual(['opendesk-ce', ...OPENDESK_COMPONENTS])
  })

  it('cite a dated source with the page’s own words for every price', () => {
    for (const id of newProducts) {
      const { pricing } = productOf(id)
      expect(pricing.source?.quote, id).toBeTruthy()
      expect(pricing.asOf, id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(pricing.unit, id).toBe('user-year')
    }
  })

  it('price openDesk Community Edition at a known 0 only because a stored page says it is free, and Enterprise as unknown with its reason', () => {
    const ce = productOf('opendesk-ce').pricing
    expect(ce.amount).toBe(0)
    expect(ce.source?.quote).toContain('kostenfrei')
    const ee = productOf('opendesk-ee').pricing
    expect(isUnknown(ee.amount)).toBe(true)
    expect(likelyValue(ee.amount)).toBeNull()
    expect(ee.source?.quote).toContain('Preisinformationen erhalten Sie auf Anfrage')
    // The components cost nothing beyond the edition's line, and say that this is our reading.
    for (const id of OPENDESK_COMPONENTS) {
      expect(productOf(id).pricing.amount, id).toBe(0)
      expect(productOf(id).pricing.source?.reading, id).toBeDefined()
    }
  })

  it('give Nextcloud Enterprise and Talk the reference rows’ euro list prices: same figure, currency, unit and date', () => {
    const pairs: [string, string][] = [
      ['nextcloud-enterprise-standard', 'nextcloud-standard-eur-2026'],
      ['nextcloud-enterprise-premium', 'nextcloud-premium-eur-2026'],
      ['nextcloud-enterprise-ultimate', 'nextcloud-ultimate-eur-2026'],
      ['nextcloud-talk', 'nextcloud-talk-eur-2026'],
    ]
    for (const [productId, referenceId] of pairs) {
      const { pricing } = productOf(productId)
      const reference = references.get(referenceId)
      expect(reference, referenceId).toBeDefined()
      expect([pricing.amount, pricing.currency, pricing.unit === 'user-year' ? 'per-user-year' : pricing.unit, pricing.asOf]).toEqual([
        reference?.value,
        reference?.currency,
        reference?.unit,
        reference?.date,
      ])
    }
    expect(['nextcloud-enterprise-standard', 'nextcloud-enterprise-premium', 'nextcloud-enterprise-ultimate'].map((id) => productOf(id).pricing.amount)).toEqual([71.29, 104.99, 204.75])
  })

  it('rest on web pages recorded with their address, the day read (2026-12-05), own page or press, and a stored copy', () => {
    const cited = new Set<string>()
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk)
      else if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>
        if (typeof record.source === 'string' && record.locator !== undefined) cited.add(record.source)
        Object.values(record).forEach(walk)
      }
    }
    newProducts.forEach((id) => walk(productOf(id)))
    const web = [...cited].filter((id) => sources.get(id)?.kind === 'web-page')
    expect(web.length).toBeGreaterThanOrEqual(8)
    for (const id of web) {
      const s = sources.get(id)
      expect(s?.url, id).toMatch(/^https?:\/\//)
      expect(s?.readOn, id).toBe('2026-12-05')
      expect(['own', 'press'], id).toContain(s?.publisher)
      expect(s?.seed, id).toBe(`web/${id}.txt`)
    }
    // The press's copy of openDesk's pricing FAQ is marked secondary.
    expect(sources.get('opendesk-pricing-gnulinux')?.publisher).toBe('press')
  })
})
