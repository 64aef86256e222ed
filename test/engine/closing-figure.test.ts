/**
 * Issue 23's closing note: the shipped case's Microsoft 365 path with every Microsoft price change that
 * holds for every buyer applied from its date, beside the documents' 88 055 000 kr. Worked by hand
 * here, month by month, and computed by the engine (withPriceChanges).
 *
 * The changes (data/reference.json): SEK +15 % from 2023-04-01, SEK +10 % from 2024-02-01 (E3, F3,
 * A3), and from 2026-07-01 E3 +8.33 % ($36 → $39) and F3 +25 % ($8 → $10), read as global. Left out
 * as conditional: +5 % billed monthly (2025-04-01) and volume levels B–D (2025-11-01, +6–15 %).
 * Not verified in a stored copy, and so not applied: a change of the SEK prices on 2026-02-01.
 *
 * A year's factor is the mean of its 12 months:
 *   2023: (3 × 1 + 9 × 1.15) / 12                = 1.1125
 *   2024: (1 × 1.15 + 11 × 1.15 × 1.10) / 12     = 15.065 / 12 = 1.255416…
 *   2025: 1.15 × 1.10                             = 1.265
 *   2026: E3 (6 × 1.265 + 6 × 1.265 × 1.0833) / 12 = 1.31768725; F3 (1.265 + 1.58125) / 2 = 1.423125; A3 1.265
 *   2027: E3 1.265 × 1.0833 = 1.3703745; F3 1.265 × 1.25 = 1.58125; A3 1.265
 * on the licence lines of the study (E3 2 300 × 4 050 = 9 315 000, F3 6 100 × 660 = 4 026 000,
 * A3 4 900 × 460 = 2 254 000 a year; 15 595 000), each line-year rounded to whole kronor:
 *   2023: 10 362 938 + 4 478 925 + 2 507 575 = 17 349 438
 *   2024: 11 694 206 + 5 054 308 + 2 829 709 = 19 578 223
 *   2025: 11 783 475 + 5 092 890 + 2 851 310 = 19 727 675
 *   2026: 12 274 257 + 5 729 501 + 2 851 310 = 20 855 068
 *   2027: 12 765 038 + 6 366 113 + 2 851 310 = 21 982 461   (4 026 000 × 1.58125 = 6 366 112.5, rounded half up)
 * Licences 99 492 865 instead of 5 × 15 595 000 = 77 975 000: 21 517 865 more, so the path comes to
 * 88 055 000 + 21 517 865 = 109 572 865 kr over 2023–2027.
 */
import { describe, expect, it } from 'vitest'
import { compute, productIndex, referenceFileSchema, withPriceChanges, yearFactor } from '~/engine'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'

const references = referenceFileSchema.parse(readJson('data/reference.json')).references
const catalogue = loadCatalogue()

describe('the closing figure: Microsoft 365 with Microsoft’s price changes applied from their dates', () => {
  const model = loadPreset()
  const result = compute({ model, catalogue, references })
  const applied = withPriceChanges(model, productIndex(model, catalogue), result, references)
  const m365 = applied.find((s) => s.id === 'm365')

  it('works the year factors month by month', () => {
    const sek = [{ date: '2023-04-01', share: 0.15 }, { date: '2024-02-01', share: 0.1 }]
    expect(yearFactor(sek, 2023)).toBeCloseTo(1.1125, 12)
    expect(yearFactor(sek, 2024)).toBeCloseTo(15.065 / 12, 12)
    expect(yearFactor(sek, 2025)).toBeCloseTo(1.265, 12)
    expect(yearFactor([...sek, { date: '2026-07-01', share: 0.25 }], 2026)).toBeCloseTo(1.423125, 12)
    // A change on a later day counts from the next month.
    expect(yearFactor([{ date: '2023-03-15', share: 0.12 }], 2023)).toBeCloseTo((3 + 9 * 1.12) / 12, 12)
  })

  it('keeps the documents’ figure beside it: 88 055 000 kr as the case has it', () => {
    expect(result.scenarios.find((s) => s.id === 'm365')?.total).toBe(88_055_000)
  })

  it('gives the hand-worked licences per year and 109 572 865 kr for the path', () => {
    expect(m365?.licencesByYear.map((y) => y.asCase)).toEqual([15_595_000, 15_595_000, 15_595_000, 15_595_000, 15_595_000])
    expect(m365?.licencesByYear.map((y) => y.applied)).toEqual([17_349_438, 19_578_223, 19_727_675, 20_855_068, 21_982_461])
    expect(m365?.total).toBe(88_055_000 + (99_492_865 - 77_975_000))
    expect(m365?.total).toBe(109_572_865)
    expect(m365?.applied.sort()).toEqual(['microsoft-e3-2026-07', 'microsoft-f3-2026-07', 'microsoft-sek-2023-04', 'microsoft-sek-2024-02'])
  })

  it('applies the conditional changes only when asked, at their likely values', () => {
    const all = new Set(references.filter((r) => r.kind === 'price-change').map((r) => r.id))
    const withAll = withPriceChanges(model, productIndex(model, catalogue), result, references, all).find((s) => s.id === 'm365')
    expect(withAll!.total).toBeGreaterThan(m365!.total)
    expect(withAll?.applied).toContain('microsoft-volume-levels-2025-11')
  })
})
