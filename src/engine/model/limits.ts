/**
 * Bounds of sane input. A value beyond them is refused at the field or the file path, since it is
 * almost surely a typing slip (13 300 000 users for 13 300) rather than a real case.
 *
 * Exactness: every figure the engine gives (a line in a year, a category, a total, a present value)
 * stays at or below `maxFigure`, far under 2^53, so whole currency units are exact in floating point.
 * The field limits alone cannot promise that (users × price × exchange rate × escalation multiply), so
 * the validator also bounds each scenario's figures from its inputs (validate.ts, `figureFaults`).
 * Every number of a case is 0 or at least `smallest` in size: together with the upper limits, no
 * number is ever written in exponent notation (JavaScript writes 1e-7 and 1e21 that way).
 */
import type { Case } from './model'

export const LIMITS = {
  yearMin: 2000,
  yearMax: 2100,
  /** Longest horizon, in years. */
  maxYears: 10,
  /** Most users of one group or line: beyond the staff of any public organisation. */
  maxUsers: 10_000_000,
  /** Highest price per user and year (or per year for a flat price), in the case's currency. */
  maxPrice: 1_000_000,
  /** Highest single cost or saving, in the case's currency. */
  maxAmount: 10_000_000_000,
  /** Most hours of training per user in one line. */
  maxHours: 1_000,
  /** Most full-time equivalents on one cost line. */
  maxFte: 10_000,
  /** Highest exchange rate (units of the case's currency for one unit of another). */
  maxExchangeRate: 1000,
  maxGroups: 50,
  maxScenarios: 20,
  /** Most answers of the case's own for the sovereignty rating: every criterion (48) of 40 products. */
  maxSovereigntyAnswers: 2000,
  textLength: 500,
  /** Largest figure a case may reach in any line, year or total: 10^15, a ninth of 2^53. */
  maxFigure: 1_000_000_000_000_000,
  /** Smallest non-zero size of any number of a case: below it JavaScript writes exponent notation. */
  smallest: 0.000001,
} as const

/** The start years the start-year field accepts for this case: the horizon and every dated line stay within the year limits. */
export function startYearRange(model: Case): { min: number; max: number } {
  const { startYear, years } = model.settings
  const dated = datedYears(model)
  const earliest = Math.min(startYear, ...dated)
  const latest = Math.max(startYear + years - 1, ...dated)
  return { min: startYear - (earliest - LIMITS.yearMin), max: startYear + (LIMITS.yearMax - latest) }
}

/** The horizon lengths the years field accepts: at most `maxYears`, and not past the last year allowed. */
export function yearsRange(model: Case): { min: number; max: number } {
  return { min: 1, max: Math.min(LIMITS.maxYears, LIMITS.yearMax - model.settings.startYear + 1) }
}

/** Every year a case names outside its settings' start: what moves when the start year moves. */
function datedYears(model: Case): number[] {
  const years: number[] = []
  const add = (...ys: (number | string | undefined)[]) => {
    for (const y of ys) if (y !== undefined) years.push(Number(y))
  }
  add(model.settings.legalChangeYear)
  for (const group of model.organisation.groups) add(...Object.keys(group.usersByYear ?? {}))
  for (const s of model.scenarios) {
    for (const l of s.licences) add(l.from, l.to, ...Object.keys(l.shareByYear ?? {}))
    for (const c of s.costs) add(c.year, c.from, c.to)
    for (const t of s.training) add(t.year)
    for (const b of s.benefits) add(b.from, b.to)
  }
  return years
}

/**
 * A number as plain digits, never in exponent notation (`1e21` → `1000000000000000000000`,
 * `1e-7` → `0.0000001`); otherwise as JavaScript writes it (the shortest text that reads back the
 * same). For files and machine-read text; screens format through Intl (useFormat).
 */
export function plainNumber(value: number): string {
  const text = String(value)
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!match) return text
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match
  const digits = whole + fraction
  const point = whole.length + Number(exponent)
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}
