/**
 * The workbook's tables as CSV files, for tools that take no .xlsx: the comparison, the assumptions,
 * the sources, and any chart's data. The per-year-and-category result is `toResultCsv`
 * (result-export.ts, the command line's CSV). Fields are quoted with `csvField`; amounts are whole
 * units without grouping, so every spreadsheet reads them as numbers. Pure: the caller saves the text.
 */
import type { Product, Result, Source } from '../engine'
import type { Case } from '../engine'
import { citedSources, listAssumptions, localise } from './assumptions'
import type { TextLocale, Translate } from './assumptions'
import { csvField } from './result-export'

/** Rows of cells → CSV text, each line ending in `eol` (CRLF by default, as RFC 4180 and spreadsheets prefer). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], eol: '\n' | '\r\n' = '\r\n'): string {
  return rows.map((row) => row.map((cell) => csvField(cell ?? '')).join(',')).join(eol) + eol
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
    s.perUserYear,
    s.complete ? t('exports.xlsx.yes') : t('exports.xlsx.noAtLeast'),
  ])
  return toCsv([header, ...rows])
}

/** Every input with value, unit, range, note and source (as in the workbook's assumptions sheet). */
export function toAssumptionsCsv(model: Case, catalogue: readonly Product[], t: Translate, locale: TextLocale): string {
  const header = ['section', 'input', 'value', 'unit', 'low', 'high', 'note', 'source', 'locator', 'quote'].map((k) => t(`exports.table.${k}`))
  const rows = listAssumptions(model, catalogue, t, locale).map((a) => [
    a.section,
    a.label,
    a.value === null ? t('exports.xlsx.unknown') : a.value,
    a.unit,
    a.range?.low,
    a.range?.high,
    a.note,
    a.source ? a.source.source : t('source.yourAssumption'),
    a.source?.locator,
    a.source?.quote,
  ])
  return toCsv([header, ...rows])
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
  return toCsv([header, ...rows])
}

/** A chart's data as a table: one row per label (year), one column per series. */
export function toChartCsv(data: { labels: readonly string[]; datasets: readonly { label: string; data: readonly number[] }[] }, firstColumn: string): string {
  const header = [firstColumn, ...data.datasets.map((d) => d.label)]
  const rows = data.labels.map((label, i) => [label, ...data.datasets.map((d) => d.data[i] ?? null)])
  return toCsv([header, ...rows])
}
