/** Numbers, money and dates by locale, as every output shows them (screens, report, announcements). */
import { describe, expect, it } from 'vitest'
import { formatMoney, formatNumber, formatPercent, multipliedOut } from '~/composables/useFormat'
import { LOCALE_TAGS } from '~/i18n'

/** No-break and narrow no-break spaces read as spaces, as a person reads them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('formats by locale', () => {
  it.each([
    ['sv', 15_595_000, 'SEK', '15 595 000 kr'],
    ['en', 15_595_000, 'SEK', 'SEK 15,595,000'],
    ['sv', -900_000, 'SEK', '−900 000 kr'],
    ['en', -900_000, 'SEK', '-SEK 900,000'],
    ['sv', 1_200, 'EUR', '1 200 €'],
    ['en', 1_200, 'EUR', 'EUR 1,200'],
  ] as const)('money %s %d %s → %s', (locale, value, currency, expected) => {
    expect(plain(formatMoney(value, locale, currency))).toBe(expected)
  })

  // Issue 22: a price of 4 050,50 kr showed as 4 051 kr once a whole amount had been formatted first,
  // and 1 151 × 4 051 kr = 4 662 126 kr did not multiply out.
  it('shows a price’s öre whatever was formatted before, and a licence line that multiplies out', () => {
    expect(plain(formatMoney(15_595_000, 'sv', 'SEK'))).toBe('15 595 000 kr')
    expect(plain(formatMoney(4050.5, 'sv', 'SEK'))).toBe('4 050,50 kr')
    expect(plain(formatMoney(4050.5, 'en', 'SEK'))).toBe('SEK 4,050.50')
    expect(plain(formatMoney(4050, 'sv', 'SEK'))).toBe('4 050 kr')
    expect(multipliedOut(4050, 2300, 9_315_000)).toEqual({ digits: 0, exact: null })
    // 1 151 × 4 050,50 = 4 662 125,50, rounded half away from zero to the engine's 4 662 126.
    expect(multipliedOut(4050.5, 1151, 4_662_126)).toEqual({ digits: 2, exact: 4_662_125.5 })
    expect(multipliedOut(4050.5, 2, 8101)).toEqual({ digits: 2, exact: null })
    // An escalated price (4 050,50 × 1,02² = 4 214,14202): to öre, 10 000 seats would give 42 141 400, not the line.
    const escalated = 4050.5 * 1.02 ** 2
    const line = Math.round(10_000 * escalated)
    const shown = multipliedOut(escalated, 10_000, line)
    expect(shown.digits).toBeGreaterThan(2)
    expect(Math.round(10_000 * Number(escalated.toFixed(shown.digits)))).toBe(line)
  })

  it.each([
    ['sv', 2300, '2 300'],
    ['en', 2300, '2,300'],
    ['sv', 0.035, '3,5 %'],
    ['en', 0.035, '3.5%'],
  ] as const)('numbers and rates %s %d → %s', (locale, value, expected) => {
    const text = value < 1 ? formatPercent(value, locale) : formatNumber(value, locale)
    expect(plain(text)).toBe(expected)
  })

  it.each([
    ['sv', '4 mars 2026'],
    ['en', '4 March 2026'],
  ] as const)('the report date in %s is %s', (locale, expected) => {
    const date = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'long' }).format(new Date(2026, 2, 4))
    expect(date).toBe(expected)
  })
})
