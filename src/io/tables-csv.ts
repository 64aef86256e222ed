/**
 * The tables a person reads, as CSV files that open right in their spreadsheet: in Swedish separated
 * by semicolons with a decimal comma (what Swedish Excel expects), in English by commas with a dot;
 * headers in the interface's language; a completeness column beside every amount; every text that a
 * spreadsheet would read as a formula neutralised (`csvField`). The command line's machine-readable CSV
 * is `toResultCsv` (result-export.ts). Pure: the caller saves the text (with `CSV_BOM`).
 */
import { RESULT_CATEGORIES } from '../engine'
import type { Case, Product, Result, Source } from '../engine'
import { citedSources, listAssumptions, localise } from './assumptions'
import type { TextLocale, Translate } from './assumptions'
import { csvField } from './result-export'

/** How a spreadsheet of a language reads CSV: the field separator and the decimal sign. */
export interface CsvDialect {
  separator: ',' | ';'
  decimal: '.' | ','
}

export const CSV_DIALECTS: Record<TextLocale, CsvDialect> = {
  sv: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
}

type CsvCell = string | number | null | undefined

/** Rows of cells → CSV text in a dialect, each line ending in CRLF (as RFC 4180 and spreadsheets prefer). */
export function toCsv(rows: readonly (readonly CsvCell[])[], dialect: CsvDialect = CSV_DIALECTS.en): string {
  const field = (cell: CsvCell) => csvField(cell ?? '', dialect.decimal)
  return rows.map((row) => row.map(field).join(dialect.separator)).join('\r\n') + '\r\n'
}

/** A byte-order mark: spreadsheet programs then read the CSV's UTF-8 (å, ä, ö) right. */
export const CSV_BOM = '\uFEFF'

/** One row per scenario: id, name, each year's total, total, present value, per user and year, complete. */
export function toComparisonCsv(result: Result, t: Translate, locale: TextLocale): string {
  const header = ['id', t('compare.scenario'), ...result.years.map(String), t('compare.total'), t('compare.presentValue'), t('compare.perUserYear'), t('exports.xlsx.complete')]
  const rows = result.scenarios.map((s) => [
    s.id,
    localise(s.name, locale),
    ...s.years.map((y) => y.total),
    s.total,
    s.presentValue,
    s.perUserYear ?? t('exports.xlsx.unknown'),
    s.complete ? t('exports.xlsx.yes') : t('exports.xlsx.noAtLeast'),
  ])
  return toCsv([header, ...rows], CSV_DIALECTS[locale])
}

/**
 * The result per scenario, year and category for a person: the scenario's name and the category in the
 * interface's language, and whether each amount is complete (the command line's CSV keeps ids).
 */
export function toResultTableCsv(result: Result, t: Translate, locale: TextLocale): string {
  const header = ['id', t('compare.scenario'), t('exports.table.year'), t('exports.table.category'), t('exports.table.amount', { currency: result.currency }), t('exports.table.complete')]
  const rows = result.scenarios.flatMap((s) =>
    s.years.flatMap((y) =>
      RESULT_CATEGORIES.map((c) => [
        s.id, localise(s.name, locale), y.year, t(`category.${c}`), y.categories[c],
        y.incomplete.includes(c) ? t('exports.xlsx.noAtLeast') : t('exports.xlsx.yes'),
      ]),
    ),
  )
  return toCsv([header, ...rows], CSV_DIALECTS[locale])
}

/** Every input with value, unit, range, note and source (as on the workbook's inputs sheet). */
export function toAssumptionsCsv(model: Case, catalogue: readonly Product[], t: Translate, locale: TextLocale): string {
  const header = ['section', 'input', 'value', 'unit', 'low', 'high', 'note', 'source', 'locator', 'quote'].map((k) => t(`exports.table.${k}`))
  const rows = listAssumptions(model, catalogue, t, locale).map((a) => [
    a.section,
    a.label,
    a.value === null ? t('exports.xlsx.unknown') : a.value,
    a.unit,
    a.range?.low,
    a.range?.high,
    // A reading the document does not state is marked as the case's, as on the workbook's inputs sheet.
    [a.note, a.source?.reading ? `${t('sources.badge.ourReading')}: ${a.source.reading}` : ''].filter(Boolean).join('; '),
    a.source ? a.source.source : t('source.yourAssumption'),
    a.source?.locator,
    a.source?.quote,
  ])
  return toCsv([header, ...rows], CSV_DIALECTS[locale])
}

/** Every source the case's inputs cite, with the places cited. */
export function toSourcesCsv(model: Case, catalogue: readonly Product[], known: readonly Source[], t: Translate, locale: TextLocale): string {
  const header = ['id', 'title', 'organisation', 'date', 'citedAt', 'link', 'note'].map((k) => t(`exports.table.${k}`))
  const rows = citedSources(listAssumptions(model, catalogue, t, locale), [...known, ...(model.sources ?? [])], locale).map((s) => [
    s.id,
    s.source?.title ?? t('source.unknownSource', { id: s.id }),
    s.source?.organisation,
    s.source?.date,
    s.locators.join('; '),
    s.source?.url,
    s.source?.note,
  ])
  return toCsv([header, ...rows], CSV_DIALECTS[locale])
}

/** A chart's figures: one series per scenario or category, and per label (year) whether the figure leaves out an unknown. */
export interface ChartTable {
  labels: readonly string[]
  datasets: readonly { label: string; data: readonly number[]; incomplete?: readonly boolean[] }[]
}

/**
 * A chart's data as a table: one row per label (year), and per series its figure and whether the
 * figure is complete ("no, a minimum" where it leaves out an unknown; "unknown" when the chart does not say).
 */
export function toChartCsv(data: ChartTable, t: Translate, locale: TextLocale): string {
  const header = [t('exports.chart.labels'), ...data.datasets.flatMap((d) => [d.label, t('exports.chart.completeOf', { name: d.label })])]
  const rows = data.labels.map((label, i) => [
    label,
    ...data.datasets.flatMap((d) => {
      const incomplete = d.incomplete?.[i]
      const mark = incomplete === undefined ? t('exports.xlsx.unknown') : incomplete ? t('exports.xlsx.noAtLeast') : t('exports.xlsx.yes')
      return [d.data[i] ?? null, mark]
    }),
  ])
  return toCsv([header, ...rows], CSV_DIALECTS[locale])
}
