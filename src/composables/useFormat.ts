/**
 * Formatting numbers at the edge of the app (reading them is readFigure.ts), by locale and currency passed in
 * (never synced from a global). The engine gives whole currency units; this turns them into text.
 */
import { LOCALE_TAGS } from '~/i18n'
import type { Locale } from '~/i18n'
import { roundMoney } from '~/engine'
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

/**
 * `15 595 000 kr` in Swedish, `SEK 15,595,000` in English; an amount with öre (cents) shows them,
 * `4 050,50 kr`, unless `fractionDigits` says how many to show.
 */
export function formatMoney(value: number, locale: Locale, currency: Currency, fractionDigits = Number.isInteger(value) ? 0 : 2): string {
  // The digits are part of the key: a formatter made for whole kronor must never round a price with öre.
  return formatter(`money:${locale}:${currency}:${fractionDigits}`, LOCALE_TAGS[locale], {
    style: 'currency',
    currency,
    currencyDisplay: locale === 'sv' ? 'symbol' : 'code',
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: fractionDigits,
  }).format(value)
}

/**
 * A licence line as it multiplies out: the unit price with the decimals it needs (whole units for a
 * whole price, öre for one with öre, more only where an escalated price needs them, at most 6) so that
 * quantity × shown price, rounded half away from zero, is the engine's line; and that product exactly,
 * in units of the last decimal shown (null when it is the line itself, a whole amount).
 */
export function multipliedOut(price: number, quantity: number, line: number): { digits: number; exact: number | null } {
  if (Number.isInteger(price)) return { digits: 0, exact: null }
  let digits = 2
  while (digits < 6 && roundMoney(quantity * Number(price.toFixed(digits))) !== line) digits++
  // In whole units of the last decimal, so that 1 151 × 4 050,50 is 4 662 125,50 and not 4 662 125,499….
  const scale = 10 ** digits
  const exact = (Math.round(price * scale) * quantity) / scale
  return { digits, exact: exact === line ? null : exact }
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
    money: (value: number, fractionDigits?: number) => formatMoney(value, options.locale(), options.currency(), fractionDigits),
    number: (value: number, digits?: number) => formatNumber(value, options.locale(), digits),
    percent: (fraction: number) => formatPercent(fraction, options.locale()),
  }
}
