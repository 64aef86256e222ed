/**
 * Result → plain data for exports: the JSON the command line prints (CONTRACT §2) and the CSV that
 * both the command line and the app write. Pure: no file system, no locale. Texts are given in
 * Swedish, the source language; every amount is already whole currency units (the engine rounds).
 */
// Relative, not `~/engine`: the command line runs this module under tsx, which does not read Vite's alias.
import { RESULT_CATEGORIES, roundMoney } from '../engine'
import type { LineResult, LocalText, Missing, Result, ResultCategory, ScenarioResult, SovereigntyObjectiveCode, SovereigntyRating } from '../engine'

/** One unknown a scenario needs, e.g. `{ kind: 'price', id: 'jitsi-meet', … }`. */
export interface MissingJson {
  kind: Missing['kind']
  /** Product id for prices and exchange rates, otherwise the line's key (`cost:1`, `training:0`). */
  id: string
  name: string
  reason: string
}

export interface YearJson {
  year: number
  total: number
  categories: Record<ResultCategory, number>
  /** Categories whose figure this year leaves out an unknown amount (a lower bound). */
  incomplete: ResultCategory[]
}

/** A product line of the scenario's first full year (`licenceYear`). */
export interface LicenceJson {
  productId: string
  name: string
  /** Whole users paid for; null when a user count is unknown. */
  users: number | null
  /** Per user and year, or per year when `unit` is `year`; null when unknown. */
  pricePerUser: number | null
  annual: number | null
  unit: 'user-year' | 'year'
  /** Whether the price is the organisation's own (catalogue.overrides) rather than the source's. */
  priceOverridden: boolean
}

export interface WarningJson {
  code: string
  message: string
  stated?: number
  computed?: number
  /** Where the stated total comes from (`stated-total-mismatch`). */
  source?: { source: string; locator: string }
  /** The line that falls outside the horizon (`outside-horizon`), e.g. `cost:0`. */
  line?: string
  /** The user group a licence warning is about (`double-licence`, `unlicensed-group`). */
  group?: string
  /** The two products a group is licensed twice with (`double-licence`). */
  products?: [string, string]
  /** A dated price change the scenario holds flat (`price-change-in-horizon`): the product, the reference row, the share and its date. */
  productId?: string
  referenceId?: string
  change?: number | { low: number; likely: number; high: number }
  date?: string
}

/** A cost line with its yearly amounts (only with `lines: true`), rounded; null where unknown. */
export interface LineJson {
  key: string
  kind: LineResult['kind']
  category: ResultCategory
  name: string
  productId?: string
  /** Whether the line counts in the totals (a recorded but uncounted saving does not). */
  counted: boolean
  amounts: (number | null)[]
}

export interface ScenarioJson {
  id: string
  name: string
  complete: boolean
  missing: MissingJson[]
  years: YearJson[]
  total: number
  presentValue: number
  perUserYear: number | null
  licenceYear: number
  licences: LicenceJson[]
  warnings: WarningJson[]
  lines?: LineJson[]
  /** The path's rating by the EU Cloud Sovereignty Framework (decision 0020), when the caller rated it. */
  sovereignty?: SovereigntyJson
}

/** A score on 0…1: `low` with every open answer at its worst, `high` at its best (equal when all is known). */
export interface ScoreJson {
  low: number
  high: number
}

/** A path's sovereignty rating (CONTRACT §2): criteria ids as data/sovereignty.json names them (`SOV-2.3`). */
export interface SovereigntyJson {
  /** The SEAL when it is known; null while an open answer could still lower it. */
  seal: number | null
  /** The lowest SEAL among the answered criteria; null when no criterion is answered (not assessed). */
  sealAtMost: number | null
  /** The lowest SEAL the path may have (every open answer at its worst). */
  sealAtLeast: number
  score: ScoreJson
  weightSet: '2026' | '2025'
  objectives: Record<SovereigntyObjectiveCode, { score: ScoreJson; seal: number | null; sealAtMost: number | null; limitedBy: string[]; minimumSeal?: number; gate: string }>
  /** The answered criteria whose SEAL sets `sealAtMost`. */
  limitedBy: string[]
  /** Criteria no component of the path answers. */
  unknown: string[]
  /** Against the case's minimum SEALs: `below` is "under kravnivå"; `not-set` when the case sets none. */
  gate: { status: string; below: SovereigntyObjectiveCode[]; unknown: SovereigntyObjectiveCode[] }
  /** What the higher transcription of the disputed SEALs would give, when it differs. */
  higherReading: { seal: number | null; sealAtMost: number | null; criteria: string[] } | null
}

/** A score rounded to 6 decimals (a millionth of the scale): no binary tails like 0.9400000000000001 in the output. */
const score6 = (x: number) => Math.round(x * 1e6) / 1e6

/** A path's rating as plain JSON data. */
export function sovereigntyJson(rating: SovereigntyRating): SovereigntyJson {
  const score = (i: { low: number; high: number }): ScoreJson => ({ low: score6(i.low), high: score6(i.high) })
  const objectives = {} as SovereigntyJson['objectives']
  for (const [code, o] of Object.entries(rating.objectives) as [SovereigntyObjectiveCode, SovereigntyRating['objectives'][SovereigntyObjectiveCode]][]) {
    objectives[code] = {
      score: score(o.score),
      seal: o.seal,
      sealAtMost: o.sealAtMost,
      limitedBy: [...o.limitedBy],
      ...(o.minimumSeal !== undefined ? { minimumSeal: o.minimumSeal } : {}),
      gate: o.gate,
    }
  }
  return {
    seal: rating.seal,
    sealAtMost: rating.sealAtMost,
    sealAtLeast: rating.sealAtLeast,
    score: score(rating.score),
    weightSet: rating.weightSet,
    objectives,
    limitedBy: [...rating.limitedBy],
    unknown: [...rating.unknown],
    gate: { status: rating.gate.status, below: [...rating.gate.below], unknown: [...rating.gate.unknown] },
    higherReading: rating.higherReading,
  }
}

export interface ResultJson {
  currency: Result['currency']
  years: number[]
  discountRate: number
  scenarios: ScenarioJson[]
}

export interface ResultJsonOptions {
  /** Include each scenario's cost lines with their yearly amounts. */
  lines?: boolean
  /** Each scenario's sovereignty rating (engine `sovereigntyOf`): added as `sovereignty` to the scenario it rates. */
  sovereignty?: readonly SovereigntyRating[]
}

/** The Swedish form of a text. */
function sv(text: LocalText): string {
  return typeof text === 'string' ? text : text.sv
}

function scenarioJson(scenario: ScenarioResult, options: ResultJsonOptions): ScenarioJson {
  const json: ScenarioJson = {
    id: scenario.id,
    name: sv(scenario.name),
    complete: scenario.complete,
    missing: scenario.missing.map((m) => ({ kind: m.kind, id: m.ref, name: sv(m.label), reason: sv(m.reason) })),
    years: scenario.years.map((y) => ({
      year: y.year,
      total: y.total,
      categories: { ...y.categories },
      incomplete: [...y.incomplete],
    })),
    total: scenario.total,
    presentValue: scenario.presentValue,
    perUserYear: scenario.perUserYear,
    licenceYear: scenario.licenceYear,
    licences: scenario.licences.map((l) => ({
      productId: l.productId,
      name: sv(l.name),
      users: l.users,
      pricePerUser: l.pricePerUser,
      annual: l.annual,
      unit: l.unit,
      priceOverridden: l.isPriceOverridden,
    })),
    warnings: scenario.warnings.map((w): WarningJson => {
      switch (w.code) {
        case 'stated-total-mismatch':
          return { code: w.code, message: w.message, stated: w.stated, computed: w.computed, source: { source: w.source.source, locator: sv(w.source.locator) } }
        case 'outside-horizon':
          return { code: w.code, message: w.message, line: w.line }
        case 'double-licence':
          return { code: w.code, message: w.message, group: w.group, products: w.products }
        case 'unlicensed-group':
          return { code: w.code, message: w.message, group: w.group }
        case 'price-change-in-horizon':
          return { code: w.code, message: w.message, productId: w.productId, referenceId: w.referenceId, change: w.change, date: w.date, source: { source: w.source.source, locator: sv(w.source.locator) } }
      }
    }),
  }
  if (options.lines) {
    json.lines = scenario.lines.map((l) => ({
      key: l.key,
      kind: l.kind,
      category: l.category,
      name: sv(l.label),
      ...(l.productId !== undefined ? { productId: l.productId } : {}),
      counted: l.isCounted,
      // Line amounts are raw (shares and hours may leave fractions): rounded here, at output.
      amounts: l.amounts.map((a) => (a === null ? null : roundMoney(a))),
    }))
  }
  const rating = options.sovereignty?.find((r) => r.scenarioId === scenario.id)
  if (rating) json.sovereignty = sovereigntyJson(rating)
  return json
}

/** The result as plain JSON data: LocalText as its Swedish string, raw lines left out unless asked for. */
export function toResultJson(result: Result, options: ResultJsonOptions = {}): ResultJson {
  return {
    currency: result.currency,
    years: [...result.years],
    discountRate: result.discountRate,
    scenarios: result.scenarios.map((s) => scenarioJson(s, options)),
  }
}

export const CSV_HEADER = ['scenario', 'year', 'category', 'amount', 'complete'] as const

/**
 * The separators a spreadsheet may split a CSV line at, whatever the file's own: Excel takes the
 * system's list separator (`;` on Swedish Windows, `,` elsewhere), and a pasted or imported text may
 * be split at tabs.
 */
const ANY_SEPARATOR = /[,;\t]/
/**
 * A formula starter (`=`, `+`, `-`, `@`) where a cell may begin: at the start of the text, or after
 * any separator or line break (spaces and a quote between count as nothing), since a file opened with
 * another separator than its own begins a cell there. A leading tab or carriage return, which some
 * programs skip, begins one too.
 */
const CELL_START = /(^|[,;\t\r\n])([ "]*)(?=[=+\-@])|^(?=[\t\r])/g

/**
 * A text whose every possible cell start is kept from reading as a formula: an apostrophe goes before
 * each formula starter where a cell could begin, so a scenario name from someone else's share link
 * (`x;=1+1;y`) never runs as a formula in the reader's spreadsheet, whichever separator it opens with.
 */
export function neutralise(text: string): string {
  return text.replace(CELL_START, (_match, before: string | undefined, between: string | undefined) => `${before ?? ''}${between ?? ''}'`)
}

/** A number without grouping and never in exponent notation, with the dialect's decimal sign. */
export function plainNumber(value: number, decimal: '.' | ',' = '.'): string {
  // The shortest text that reads back as the same number, unless JavaScript would write it with an exponent.
  const shortest = String(value)
  const text = /e/i.test(shortest) ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : shortest
  return decimal === ',' ? text.replace('.', ',') : text
}

/**
 * A CSV field: a number as a plain number (with the dialect's decimal sign); a text neutralised (see
 * `neutralise`) and quoted (with doubled quotes) when it holds any separator a spreadsheet may use,
 * a quote or a line break, so that it stays one cell in the file's own dialect and its formula
 * starters stay text in any other.
 */
export function csvField(value: string | number, decimal: '.' | ',' = '.'): string {
  if (typeof value === 'number') return plainNumber(value, decimal)
  const text = neutralise(value)
  return ANY_SEPARATOR.test(text) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

export interface ResultCsvOptions {
  /** Line ending: `\n` (default) or `\r\n` as RFC 4180 and spreadsheet imports prefer. */
  eol?: '\n' | '\r\n'
}

/**
 * The result as CSV, the command line's machine contract: header `scenario,year,category,amount,complete`,
 * then one row per scenario, year and category (categories in the order licences, training,
 * implementation, operations, exit, benefits), ending with a line break. Amounts are whole units
 * without grouping; savings are negative; `complete` is `false` where the amount leaves out an unknown.
 */
export function toResultCsv(result: Result, options: ResultCsvOptions = {}): string {
  const eol = options.eol ?? '\n'
  const rows: string[] = [CSV_HEADER.join(',')]
  for (const scenario of result.scenarios) {
    for (const year of scenario.years) {
      for (const category of RESULT_CATEGORIES) {
        const complete = year.incomplete.includes(category) ? 'false' : 'true'
        rows.push([csvField(scenario.id), csvField(year.year), csvField(category), csvField(year.categories[category]), complete].join(','))
      }
    }
  }
  return rows.join(eol) + eol
}
