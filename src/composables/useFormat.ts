/**
 * Formatting and reading numbers at the edge of the app, by locale and currency passed in
 * (never synced from a global). The engine gives whole currency units; this turns them into text.
 */
import { LOCALE_TAGS } from '~/i18n'
import type { Locale } from '~/i18n'
import type { Currency } from '~/engine'

const cache = new Map<string, Intl.NumberFormat>()

function formatter(key: string, tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(tag, options)
    cache.set(key, f)
  }
  return f
}

/** `15 595 000 kr` in Swedish, `SEK 15,595,000` in English. */
export function formatMoney(value: number, locale: Locale, currency: Currency): string {
  return formatter(`money:${locale}:${currency}`, LOCALE_TAGS[locale], {
    style: 'currency',
    currency,
    currencyDisplay: locale === 'sv' ? 'symbol' : 'code',
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
    minimumFractionDigits: 0,
  }).format(value)
}

export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return formatter(`number:${locale}:${maximumFractionDigits}`, LOCALE_TAGS[locale], { maximumFractionDigits }).format(value)
}

export function formatPercent(fraction: number, locale: Locale): string {
  return formatter(`percent:${locale}`, LOCALE_TAGS[locale], { style: 'percent', maximumFractionDigits: 2 }).format(fraction)
}

/** How a sum is rounded for a sentence: to the nearest, or toward −∞ (`down`) or +∞ (`up`). */
export type Rounding = 'nearest' | 'down' | 'up'

/**
 * A sum in millions with one decimal for sentences and cards (`88,1` in Swedish, `88.1` in English),
 * or null below a tenth of a million (write those in whole currency units, never as 0,0). `down`
 * never rounds a lower bound up.
 */
export function formatMillions(value: number, locale: Locale, rounding: Rounding = 'nearest'): string | null {
  if (Math.abs(value) < 100_000) return null
  const tenths = value / 100_000
  // Whole currency units give at most five decimals here: the nudge absorbs binary error (1 234.0000000002 is 1 234).
  const rounded =
    rounding === 'down' ? Math.floor(tenths + 1e-7) : rounding === 'up' ? Math.ceil(tenths - 1e-7) : Math.sign(tenths) * Math.round(Math.abs(tenths))
  return formatter(`millions:${locale}`, LOCALE_TAGS[locale], { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rounded / 10)
}

/** The composable face for components: formatting bound to the current locale and the case's currency. */
export function useFormat(options: { locale: () => Locale; currency: () => Currency }) {
  return {
    money: (value: number) => formatMoney(value, options.locale(), options.currency()),
    number: (value: number, digits?: number) => formatNumber(value, options.locale(), digits),
    percent: (fraction: number) => formatPercent(fraction, options.locale()),
  }
}
