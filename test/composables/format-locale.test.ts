/** Numbers, money and dates by locale, as every output shows them (screens, report, announcements). */
import { describe, expect, it } from 'vitest'
import { formatMoney, formatNumber, formatPercent } from '~/composables/useFormat'
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
