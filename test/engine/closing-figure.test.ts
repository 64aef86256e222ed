/**
 * Issue 23's closing note: the shipped case's Microsoft 365 path with every Microsoft price change that
 * holds for every buyer applied from its date, beside the documents' 88 055 000 kr. Worked by hand
 * here and computed by the engine through the same function the compare screen's "Använd alla" calls
 * (applyPriceChanges: the changes become the lines' `priceChanges`, which the money rule counts).
 *
 * The changes (data/reference.json): SEK +15 % from 2023-04-01, SEK +10 % from 2024-02-01 (E3, F3,
 * A3), and from 2026-07-01 E3 +8.33 % ($36 → $39) and F3 +25 % ($8 → $10), read as global. Left out
 * as conditional: +5 % billed monthly (2025-04-01) and volume levels B–D (2025-11-01, +6–15 %).
 * Not verified in a stored copy, and so not applied: a change of the SEK prices on 2026-02-01.
 *
 * The rule (engine/money/rules.ts `priceFactor`, decision 0016) pays the year of a change pro rata
 * by DAYS, so a year's factor is the mean of its days:
 *   2023 (365 days; 1 Jan–31 Mar = 90 days before the rise): (90 × 1 + 275 × 1.15) / 365 = 406.25 / 365 = 325/292
 *   2024 (a leap year, 366 days; January = 31 days at 1.15): (31 × 1.15 + 335 × 1.265) / 366 = 459.425 / 366
 *   2025: 1.15 × 1.10 = 1.265
 *   2026 (181 days to 30 June, 184 from 1 July): E3 (181 × 1.265 + 184 × 1.3703745) / 365 = 481.113908 / 365;
 *        F3 (181 × 1.265 + 184 × 1.58125) / 365 = 519.915 / 365; A3 1.265
 *   2027: E3 1.265 × 1.0833 = 1.3703745; F3 1.265 × 1.25 = 1.58125; A3 1.265
 * on the licence lines of the study (E3 2 300 × 4 050 = 9 315 000, F3 6 100 × 660 = 4 026 000,
 * A3 4 900 × 460 = 2 254 000 a year; 15 595 000), each line-year rounded to whole kronor:
 *   2023: 10 367 723 (10 367 722.60) + 4 480 993 (4 480 993.15) + 2 508 733 (2 508 732.88) = 17 357 449
 *   2024: 11 692 743 (11 692 742.83) + 5 053 675 (275 × 18 377)  + 2 829 355 (2 829 355.05) = 19 575 773
 *   2025: 11 783 475 + 5 092 890 + 2 851 310 = 19 727 675
 *   2026: 12 278 291 (12 278 290.56) + 5 734 734 (5 734 733.67) + 2 851 310 = 20 864 335
 *   2027: 12 765 038 (12 765 038.4675) + 6 366 113 (6 366 112.5, half away from zero) + 2 851 310 = 21 982 461
 * Licences 99 507 693 instead of 5 × 15 595 000 = 77 975 000: 21 532 693 more, so the path comes to
 * 88 055 000 + 21 532 693 = 109 587 693 kr over 2023–2027.
 *
 * The earlier overlay (withPriceChanges, decision 0021) counted whole months and came to 109 572 865 kr:
 * 14 828 kr less, because a month-by-month year gives the rise of 1 April 2023 9/12 of 2023 (the days
 * give 275/365), January 2024 1/12 of a leap year (the days 31/366) and July 2026 6/12 (the days 184/365).
 * The case pays from the day, as the rule says; the month figure is retired with the overlay.
 */
import { describe, expect, it } from 'vitest'
import { applyPriceChanges, compute, priceChangeRows, productIndex, referenceFileSchema } from '~/engine'
import type { Case, PriceChangeWarning, ScenarioResult } from '~/engine'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'

const references = referenceFileSchema.parse(readJson('data/reference.json')).references
const catalogue = loadCatalogue()
const unconditional = priceChangeRows(references).filter((r) => r.condition === undefined).map((r) => ({ referenceId: r.id }))

const m365Of = (model: Case): ScenarioResult => {
  const found = compute({ model, catalogue, references }).scenarios.find((s) => s.id === 'm365')
  if (!found) throw new Error('m365')
  return found
}
const licencesByYear = (s: ScenarioResult) =>
  s.years.map((_, t) => s.lines.filter((l) => l.kind === 'licence').reduce((sum, l) => sum + (l.amounts[t] ?? 0), 0))
const warned = (s: ScenarioResult) =>
  [...new Set(s.warnings.filter((w): w is PriceChangeWarning => w.code === 'price-change-in-horizon').map((w) => w.referenceId))].sort()

describe('the closing figure: Microsoft 365 with Microsoft’s price changes applied from their dates', () => {
  const model = loadPreset()
  const applied = applyPriceChanges(model, productIndex(model, catalogue), references, unconditional)

  it('keeps the documents’ figure beside it: 88 055 000 kr as the case has it', () => {
    expect(m365Of(model).total).toBe(88_055_000)
    expect(licencesByYear(m365Of(model))).toEqual([15_595_000, 15_595_000, 15_595_000, 15_595_000, 15_595_000])
  })

  it('gives the hand-worked line-years and 109 587 693 kr for the path', () => {
    const m365 = m365Of(applied)
    const line = (productIndexInPath: number) => m365.lines.find((l) => l.key === `licence:${productIndexInPath}`)?.amounts
    expect(line(0)).toEqual([10_367_723, 11_692_743, 11_783_475, 12_278_291, 12_765_038])
    expect(line(1)).toEqual([4_480_993, 5_053_675, 5_092_890, 5_734_734, 6_366_113])
    expect(line(2)).toEqual([2_508_733, 2_829_355, 2_851_310, 2_851_310, 2_851_310])
    expect(licencesByYear(m365)).toEqual([17_357_449, 19_575_773, 19_727_675, 20_864_335, 21_982_461])
    expect(m365.total).toBe(88_055_000 + (99_507_693 - 77_975_000))
    expect(m365.total).toBe(109_587_693)
  })

  it('leaves only the conditional changes warned of: the applied ones are modelled now', () => {
    expect(warned(m365Of(model))).toHaveLength(6)
    expect(warned(m365Of(applied))).toEqual(['microsoft-monthly-billing-2025-04', 'microsoft-volume-levels-2025-11'])
  })

  it('applies the conditional changes only when chosen, at their likely values', () => {
    const all = priceChangeRows(references).map((r) => ({ referenceId: r.id }))
    const withAll = m365Of(applyPriceChanges(model, productIndex(model, catalogue), references, all))
    expect(withAll.total).toBeGreaterThan(109_587_693)
    expect(warned(withAll)).toEqual([])
  })
})
