/** How a share of a price is written on screen, in the report and in the workbook. */
import type { TextLocale } from './assumptions'

/**
 * A price change as a signed percentage ("+15 %", "−7,4 %", "+6–15 %"), as the screens, the report and
 * the workbook write it: a share of the price, never an amount.
 */
export function formatShare(value: number | { low: number; likely: number; high: number }, locale: TextLocale): string {
  const number = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 })
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '')
  const digits = (n: number) => number.format(Math.abs(Math.round(n * 10000) / 100))
  if (typeof value === 'number') return `${sign(value)}${digits(value)} %`
  return `${sign(value.low)}${digits(value.low)}–${sign(value.high) === sign(value.low) ? '' : sign(value.high)}${digits(value.high)} %`
}
