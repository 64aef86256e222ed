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

/** Why a typed number was refused; `readings` are the values the text could mean, to show how it was read. */
export type ReadNumberError =
  /** Nothing typed. */
  | 'required'
  /** No reading at all: letters, exponent notation, a misplaced separator. */
  | 'notANumber'
  /** Two readings that differ: `1.000` in Swedish is 1 (a decimal point) or 1 000 (thousands). */
  | 'ambiguous'
  /** Readable only in a form neither language writes (`1.000.000`): `readings` holds the value to write instead. */
  | 'unsupported'
  /** A whole count was asked for and the text reads as a fraction. */
  | 'notWhole'

export type ReadNumber =
  | {
      ok: true
      value: number
      /** How the other language would read the same text, where that differs (`1,000` in Swedish: 1, in English 1000). */
      otherReading?: number
    }
  | { ok: false; error: ReadNumberError; readings?: number[] }

/** How a language writes numbers: its decimal mark and the marks it groups thousands with. */
interface Notation {
  decimal: string
  groups: string[]
}

/** Dots for thousands and a decimal comma, as much of Europe writes: read only to tell what else a text may mean. */
const CONTINENTAL: Notation = { decimal: ',', groups: ['.'] }

const SPACES = /[\s\u00a0\u202f\u2009]+/g

/** The interface language's notation, from Intl.NumberFormat's own separators (spaces of any kind read as one). */
function notationOf(locale: Locale): Notation {
  const parts = formatter(`parts:${locale}`, LOCALE_TAGS[locale], {}).formatToParts(1234567.5)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const group = part('group').replace(SPACES, ' ')
  return { decimal: part('decimal'), groups: [group] }
}

const escape = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The value of `body` (digits and marks, no sign) written in one notation, or null: thousands in
 * groups of three after a first group of one to three digits, one mark throughout, and a decimal
 * mark with any digits after it.
 */
function readIn(body: string, notation: Notation): number | null {
  const decimal = escape(notation.decimal)
  const number = new RegExp(`^(\\d+|\\d{1,3}(?:(${notation.groups.map(escape).join('|')})\\d{3})(?:\\2\\d{3})*)?(?:${decimal}(\\d*))?$`)
  const match = number.exec(body)
  if (!match || body === notation.decimal) return null
  const whole = (match[1] ?? '').replace(/\D/g, '')
  const fraction = match[3] ?? ''
  if (whole === '' && fraction === '') return null
  return Number(`${whole || '0'}.${fraction || '0'}`)
}

/**
 * Reads a number typed by a person, by the interface language's notation (Swedish `2 300,5`,
 * English `2,300.5`). The other language's notation is accepted only where it cannot be misread:
 * in English `1,5` and `4050,5` are Swedish decimals; in Swedish `1.5` is an English decimal, but
 * `1.000` is refused, since it may be 1 or 1 000. Exponent notation is refused. With `whole`, a
 * fraction is refused, and so is a count written with a decimal mark that the other language reads
 * as thousands (`2,300` in Swedish).
 */
export function readNumber(text: string, locale: Locale, options: { whole?: boolean } = {}): ReadNumber {
  const trimmed = text.trim().replace(/\u2212/g, '-').replace(SPACES, ' ')
  if (trimmed === '') return { ok: false, error: 'required' }
  const isNegative = trimmed.startsWith('-')
  const body = isNegative ? trimmed.slice(1) : trimmed
  const sign = (value: number) => (isNegative ? -value : value)
  const own = notationOf(locale)
  const other = notationOf(locale === 'sv' ? 'en' : 'sv')
  const ownValue = readIn(body, own)
  const otherValue = readIn(body, other)
  // Neither language's notation, but a common one: dots for thousands, a comma for decimals (1.000,5).
  // It is never accepted; it tells an ambiguous text (1.000) and suggests how to write the rest.
  const asThousands = readIn(body, CONTINENTAL)

  let value: number
  let otherReading: number | undefined
  if (ownValue !== null) {
    value = ownValue
    // Only a decimal mark can mislead here (`1,000` in Swedish is one): thousands marks of the
    // interface's own language are read as meant.
    if (otherValue !== null && otherValue !== ownValue && body.includes(own.decimal)) otherReading = sign(otherValue)
  } else if (otherValue !== null) {
    if (asThousands !== null && asThousands !== otherValue) return { ok: false, error: 'ambiguous', readings: [sign(otherValue), sign(asThousands)] }
    value = otherValue
  } else if (asThousands !== null) {
    return { ok: false, error: 'unsupported', readings: [sign(asThousands)] }
  } else {
    return { ok: false, error: 'notANumber' }
  }
  if (!Number.isFinite(value)) return { ok: false, error: 'notANumber' }
  if (options.whole) {
    if (otherReading !== undefined) return { ok: false, error: 'ambiguous', readings: [sign(value), otherReading] }
    if (!Number.isInteger(value)) return { ok: false, error: 'notWhole', readings: [sign(value)] }
  }
  return otherReading === undefined ? { ok: true, value: sign(value) } : { ok: true, value: sign(value), otherReading }
}

/** The composable face for components: formatting bound to the current locale and the case's currency. */
export function useFormat(options: { locale: () => Locale; currency: () => Currency }) {
  return {
    money: (value: number) => formatMoney(value, options.locale(), options.currency()),
    number: (value: number, digits?: number) => formatNumber(value, options.locale(), digits),
    percent: (fraction: number) => formatPercent(fraction, options.locale()),
  }
}
