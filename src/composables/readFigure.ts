/**
 * The one reader of numbers people type or paste: every number field (InputNumber) and every pasted
 * table (pastedGroups) reads its text here, by the same rules in both languages, and words what it
 * refuses or notes with `figureMessage`.
 *
 * - Each language's own notation (Swedish `2 300,5`, English `2,300.5`), and the other language's
 *   where it cannot be misread (English `4050,5`, Swedish `1.5`).
 * - One comma or one point followed by exactly three digits (`1,000`, `1.000`, `500,000`, `4.050`) is
 *   refused in either language, with both readings: a figure may come from a sheet written in the
 *   other language, where the same text means a thousand times more or less.
 * - A whole count refuses a fraction; a percent field says how it read a value below 1 (`0,03` is
 *   0,03 %, perhaps meant as 3 %).
 * - Bounds: within the field's min and max, and 0 or at least FIELD_SMALLEST in size.
 */
import { LIMITS } from '~/engine'
import { LOCALE_TAGS } from '~/i18n'
import type { Locale } from '~/i18n'
import { formatNumber } from './useFormat'

/** Why a typed number was refused; `readings` are the values the text could mean, to show how it was read. */
export type ReadNumberError =
  /** Nothing typed. */
  | 'required'
  /** No reading at all: letters, exponent notation, a misplaced separator. */
  | 'notANumber'
  /** Two readings that differ: `1,000` is 1 (a decimal mark) or 1 000 (thousands). */
  | 'ambiguous'
  /** Readable only in a form neither language writes (`1.000.000`): `readings` holds the value to write instead. */
  | 'unsupported'
  /** A whole count was asked for and the text reads as a fraction. */
  | 'notWhole'

export type ReadNumber = { ok: true; value: number } | { ok: false; error: ReadNumberError; readings?: number[] }

/** How a language writes numbers: its decimal mark and the marks it groups thousands with. */
interface Notation {
  decimal: string
  groups: string[]
}

/** Dots for thousands and a decimal comma, as much of Europe writes: read only to tell what else a text may mean. */
const CONTINENTAL: Notation = { decimal: ',', groups: ['.'] }

const SPACES = /[\s\u00a0\u202f\u2009]+/g

const notations = new Map<Locale, Notation>()

/** The interface language's notation, from Intl.NumberFormat's own separators (spaces of any kind read as one). */
function notationOf(locale: Locale): Notation {
  let notation = notations.get(locale)
  if (!notation) {
    const parts = new Intl.NumberFormat(LOCALE_TAGS[locale]).formatToParts(1234567.5)
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
    notation = { decimal: part('decimal'), groups: [part('group').replace(SPACES, ' ')] }
    notations.set(locale, notation)
  }
  return notation
}

const escape = (mark: string) => mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The value of `body` (digits and marks, no sign) written in one notation, or null: thousands in
 * groups of three after a first group of one to three digits that does not start with 0, one mark
 * throughout, and a decimal mark with any digits after it.
 */
function readIn(body: string, notation: Notation): number | null {
  const decimal = escape(notation.decimal)
  const number = new RegExp(`^(\\d+|[1-9]\\d{0,2}(?:(${notation.groups.map(escape).join('|')})\\d{3})(?:\\2\\d{3})*)?(?:${decimal}(\\d*))?$`)
  const match = number.exec(body)
  if (!match || body === notation.decimal) return null
  const whole = (match[1] ?? '').replace(/\D/g, '')
  const fraction = match[3] ?? ''
  if (whole === '' && fraction === '') return null
  return Number(`${whole || '0'}.${fraction || '0'}`)
}

/** One comma or point followed by exactly three digits: a decimal in one language, thousands in the other. */
const EITHER_WAY = /^([1-9]\d{0,2})[.,](\d{3})$/

/**
 * Reads a number typed or pasted by a person, by the rules above. `ambiguousAs` settles the texts
 * that read both ways, where the person has said how (a pasted table from a sheet of known language).
 */
export function readNumber(
  text: string,
  locale: Locale,
  options: { whole?: boolean; ambiguousAs?: 'thousands' | 'decimal' } = {},
): ReadNumber {
  const trimmed = text.trim().replace(/\u2212/g, '-').replace(SPACES, ' ')
  if (trimmed === '') return { ok: false, error: 'required' }
  const isNegative = trimmed.startsWith('-')
  const body = isNegative ? trimmed.slice(1) : trimmed
  const sign = (value: number) => (isNegative ? -value : value)

  let value: number
  const either = EITHER_WAY.exec(body)
  if (either) {
    const asDecimal = Number(`${either[1]}.${either[2]}`)
    const asThousands = Number(`${either[1]}${either[2]}`)
    if (options.ambiguousAs === undefined) return { ok: false, error: 'ambiguous', readings: [sign(asDecimal), sign(asThousands)] }
    value = options.ambiguousAs === 'thousands' ? asThousands : asDecimal
  } else {
    const own = readIn(body, notationOf(locale))
    const other = readIn(body, notationOf(locale === 'sv' ? 'en' : 'sv'))
    // Neither language's notation, but a common one: dots for thousands, a comma for decimals (1.000,5).
    // It is never accepted; it tells an ambiguous text and suggests how to write the rest.
    const continental = readIn(body, CONTINENTAL)
    if (own !== null) value = own
    else if (other !== null) {
      if (continental !== null && continental !== other) return { ok: false, error: 'ambiguous', readings: [sign(other), sign(continental)] }
      value = other
    } else if (continental !== null) return { ok: false, error: 'unsupported', readings: [sign(continental)] }
    else return { ok: false, error: 'notANumber' }
  }
  if (!Number.isFinite(value)) return { ok: false, error: 'notANumber' }
  if (options.whole && !Number.isInteger(value)) return { ok: false, error: 'notWhole', readings: [sign(value)] }
  return { ok: true, value: sign(value) }
}

/**
 * Smallest non-zero size a field takes: the model's smallest number (below it JavaScript writes
 * exponent notation) in the field's terms, where a percentage field divides by 100.
 */
export const FIELD_SMALLEST = LIMITS.smallest * 100

export type FieldProblem = 'negative' | 'tooSmall' | 'tooLarge' | 'tooPrecise'

/** What a number field accepts once the text is read: within its bounds, and 0 or at least FIELD_SMALLEST in size. */
export function fieldProblem(value: number, bounds: { min: number; max: number }): FieldProblem | null {
  if (value < 0 && bounds.min >= 0) return 'negative'
  if (value < bounds.min) return 'tooSmall'
  if (value > bounds.max) return 'tooLarge'
  if (value !== 0 && Math.abs(value) < FIELD_SMALLEST) return 'tooPrecise'
  return null
}

/** What a field or a pasted column takes. */
export interface FigureRule {
  min?: number
  max: number
  /** A count: a fraction is refused. */
  whole?: boolean
  /** A percentage: a value between 0 and 1 is taken, and the person is asked whether they meant it. */
  percent?: boolean
  ambiguousAs?: 'thousands' | 'decimal'
}

export type FigureReading =
  | {
      ok: true
      value: number
      /** Taken, but said: a percentage below 1 (`0,03` → 0,03 %; perhaps 3 % was meant). */
      note?: 'percentBelowOne'
    }
  | { ok: false; problem: ReadNumberError | FieldProblem; readings?: number[] }

/** Reads a figure for a field or a pasted cell: the text by `readNumber`, then the bounds. */
export function readFigure(text: string, locale: Locale, rule: FigureRule): FigureReading {
  const read = readNumber(text, locale, { whole: rule.whole, ambiguousAs: rule.ambiguousAs })
  if (!read.ok) return { ok: false, problem: read.error, ...(read.readings ? { readings: read.readings } : {}) }
  const problem = fieldProblem(read.value, { min: rule.min ?? 0, max: rule.max })
  if (problem) return { ok: false, problem, readings: [read.value] }
  if (rule.percent && read.value > 0 && read.value < 1) return { ok: true, value: read.value, note: 'percentBelowOne' }
  return { ok: true, value: read.value }
}

/**
 * A number written so that this reader reads it back as itself: the language's own form, but without
 * grouping where that would be one mark and three digits (English 2,300 is written 2300, since
 * `2,300` is refused as ambiguous). Fields show their values so, and messages their readings.
 */
export function writeFigure(value: number, locale: Locale, digits = 10): string {
  const text = formatNumber(value, locale, digits)
  if (readNumber(text, locale).ok) return text
  return new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: digits, useGrouping: false }).format(value)
}

type Translate = (key: string, params?: Record<string, unknown>) => string

/**
 * What a person is told about a reading, at the field or the pasted row: why it was refused (with
 * the readings the text allows), or the note of a value taken; '' for a plain reading.
 * `show` writes a bound as the field shows its values, `showReading` a reading (every digit, by
 * default); `limitMessage` replaces the plain bound message.
 */
export function figureMessage(
  reading: FigureReading,
  typed: string,
  rule: FigureRule,
  t: Translate,
  locale: Locale,
  options: { show?: (value: number) => string; showReading?: (value: number) => string; limitMessage?: string } = {},
): string {
  const text = typed.trim()
  const shown = options.showReading ?? ((value: number) => writeFigure(value, locale))
  const show = options.show ?? shown
  if (reading.ok) return reading.note === 'percentBelowOne' ? t('safe.reading.percentBelowOne', { value: shown(reading.value), percent: shown(reading.value * 100) }) : ''
  const [a = 0, b = 0] = reading.readings ?? []
  switch (reading.problem) {
    case 'ambiguous':
      return t('safe.reading.ambiguous', { text, a: shown(a), b: shown(b) })
    case 'unsupported':
      return t('safe.reading.unsupported', { text, value: shown(a) })
    case 'notWhole':
      return t('safe.reading.notWhole', { text, value: shown(a) })
    case 'required':
      return t('field.required')
    case 'notANumber':
      return t('field.notANumber', { example: show(rule.whole ? 2300 : 4050.5) })
    case 'negative':
      return t('field.negative')
    case 'tooSmall':
      return options.limitMessage || t('field.tooSmall', { min: show(rule.min ?? 0) })
    case 'tooLarge':
      return options.limitMessage || t('field.tooLarge', { max: show(rule.max) })
    case 'tooPrecise':
      return t('safe.reading.tooPrecise', { min: shown(FIELD_SMALLEST) })
  }
}
