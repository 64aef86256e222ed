/**
 * The result as an Excel workbook (.xlsx), for finance officers who finish their work in a
 * spreadsheet: a comparison sheet, one sheet per scenario (categories × years), an assumptions
 * sheet (every input with its value, unit and source) and a sources sheet.
 *
 * Totals are live formulas (SUM, and present value as `first + NPV(rate; rest)`, the convention of
 * engine/finance.ts), with the app's figures as their cached results, so the file shows the app's
 * numbers at once and gives the same numbers when a spreadsheet recalculates it (a test has
 * LibreOffice do exactly that). Categories are the engine's rounded figures, so sums of them equal
 * the app's totals to the krona.
 *
 * exceljs (about 250 KB gzipped) is loaded only here, with a dynamic import, when a workbook is asked for.
 */
import type { Border, Cell, Row, Workbook } from 'exceljs'
import { RESULT_CATEGORIES } from '../engine'
import type { Case, Currency, Product, Result, ScenarioResult, Source } from '../engine'
import { citedSources, listAssumptions, localise } from './assumptions'
import type { AssumptionRow, TextLocale, Translate } from './assumptions'

export interface WorkbookInput {
  model: Case
  result: Result
  /** The shipped catalogue (the case's own products are added to it). */
  catalogue: readonly Product[]
  /** The shipped bibliography; the case's own sources are added to it. */
  sources: readonly Source[]
  t: Translate
  locale: TextLocale
  /** When the workbook is made: from the clock of the view that asks, never the engine's. */
  now: Date
  appVersion: string
  /**
   * Write the app's figures as the formulas' cached results (default true), so a reader that does not
   * recalculate still shows them. Tests switch it off to prove that a spreadsheet computes the same.
   */
  cachedResults?: boolean
}

/** Where things are on a scenario sheet (1-based rows; column A holds labels, years start at B). */
export const SCENARIO_LAYOUT = {
  headerRow: 4,
  firstCategoryRow: 5,
  /** The row of yearly totals: SUM of the category rows above it. */
  totalRow: 5 + RESULT_CATEGORIES.length,
  rateRow: 7 + RESULT_CATEGORIES.length,
  presentValueRow: 8 + RESULT_CATEGORIES.length,
} as const

/** Where things are on the comparison sheet: one row per scenario from `firstRow`. */
export const COMPARISON_LAYOUT = { headerRow: 6, firstRow: 7 } as const

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, unique in the workbook (case-insensitively). */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').replace(/^'+|'+$/g, '').trim() || 'Sheet'
  let name = clean.slice(0, 31)
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = ` (${i})`
    name = clean.slice(0, 31 - suffix.length) + suffix
  }
  taken.add(name.toLowerCase())
  return name
}

/** A reference to a cell on another sheet: `'Name with spaces'!B5`. */
export function sheetRef(name: string, cell: string): string {
  return `'${name.replaceAll("'", "''")}'!${cell}`
}

/** The names the workbook gives its sheets, in order: comparison, one per scenario, assumptions, sources. */
export function workbookSheetNames(result: Result, t: Translate, locale: TextLocale) {
  const taken = new Set<string>(['history'])
  const comparison = sheetName(t('exports.xlsx.comparisonSheet'), taken)
  const scenarios = result.scenarios.map((s) => sheetName(localise(s.name, locale), taken))
  const assumptions = sheetName(t('exports.xlsx.assumptionsSheet'), taken)
  const sources = sheetName(t('exports.xlsx.sourcesSheet'), taken)
  return { comparison, scenarios, assumptions, sources }
}

/** Excel number formats: whole units with the currency, as the app shows them in each language. */
export function moneyFormat(currency: Currency, locale: TextLocale): string {
  if (locale === 'sv') {
    const unit = currency === 'SEK' ? 'kr' : '€'
    return `#,##0 "${unit}";-#,##0 "${unit}";0 "${unit}"`
  }
  return `"${currency}" #,##0;-"${currency}" #,##0;"${currency}" 0`
}
const PERCENT_FORMAT = '0.0##%'
const COUNT_FORMAT = '#,##0.##'
const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FF57606A' } }

async function loadExcelJs(): Promise<typeof import('exceljs')> {
  const mod = await import('exceljs')
  // exceljs is CommonJS: its namespace is the default export under some bundlers and the module itself under others.
  return ('default' in mod && mod.default ? mod.default : mod) as typeof import('exceljs')
}

function setFormula(cell: Cell, formula: string, result: number, cached: boolean) {
  cell.value = cached ? { formula, result } : { formula, date1904: false }
}

function headerStyle(row: Row) {
  row.font = { bold: true }
  row.eachCell((cell) => {
    cell.border = { bottom: THIN }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF6F8FA' } }
  })
}

function addScenarioSheet(
  wb: Workbook,
  name: string,
  scenario: ScenarioResult,
  input: WorkbookInput,
  money: string,
): void {
  const { t, locale, result } = input
  const cached = input.cachedResults ?? true
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const years = result.years
  const lastYearCol = columnLetter(1 + years.length)
  const L = SCENARIO_LAYOUT

  ws.getCell('A1').value = localise(scenario.name, locale)
  ws.getCell('A1').font = { bold: true, size: 14 }
  ws.getCell('A2').value = scenario.complete
    ? t('exports.xlsx.scenarioNote', { currency: result.currency })
    : `${t('exports.xlsx.scenarioNote', { currency: result.currency })} ${t('exports.xlsx.incompleteNote', {
        items: scenario.missing.map((m) => localise(m.label, locale)).join(', '),
      })}`

  const header = ws.getRow(L.headerRow)
  header.values = [t('compare.category'), ...years, t('compare.total')]
  headerStyle(header)

  RESULT_CATEGORIES.forEach((category, i) => {
    const r = L.firstCategoryRow + i
    const row = ws.getRow(r)
    row.getCell(1).value = t(`category.${category}`)
    scenario.years.forEach((y, k) => {
      const cell = row.getCell(2 + k)
      cell.value = y.categories[category]
      if (y.incomplete.includes(category)) {
        cell.note = t('exports.xlsx.cellIncomplete')
        cell.font = { italic: true }
      }
    })
    const sum = scenario.years.reduce((s, y) => s + y.categories[category], 0)
    setFormula(row.getCell(2 + years.length), `SUM(B${r}:${lastYearCol}${r})`, sum, cached)
  })

  const totalRow = ws.getRow(L.totalRow)
  totalRow.getCell(1).value = t('exports.xlsx.yearTotal')
  scenario.years.forEach((y, k) => {
    const col = columnLetter(2 + k)
    setFormula(totalRow.getCell(2 + k), `SUM(${col}${L.firstCategoryRow}:${col}${L.totalRow - 1})`, y.total, cached)
  })
  setFormula(totalRow.getCell(2 + years.length), `SUM(B${L.totalRow}:${lastYearCol}${L.totalRow})`, scenario.total, cached)
  totalRow.font = { bold: true }
  totalRow.eachCell((cell) => (cell.border = { top: THIN }))

  ws.getCell(`A${L.rateRow}`).value = t('exports.xlsx.discountRate')
  ws.getCell(`B${L.rateRow}`).value = result.discountRate
  ws.getCell(`B${L.rateRow}`).numFmt = PERCENT_FORMAT

  ws.getCell(`A${L.presentValueRow}`).value = t('compare.presentValue')
  // Year t from the start discounted by (1 + r)^t: the first year as it is, the rest through NPV.
  const pvFormula =
    years.length > 1
      ? `B${L.totalRow}+NPV(B${L.rateRow},C${L.totalRow}:${lastYearCol}${L.totalRow})`
      : `B${L.totalRow}`
  setFormula(ws.getCell(`B${L.presentValueRow}`), pvFormula, scenario.presentValue, cached)
  ws.getCell(`B${L.presentValueRow}`).font = { bold: true }
  ws.getCell(`C${L.presentValueRow}`).value = t('exports.xlsx.presentValueNote')

  for (let r = L.firstCategoryRow; r <= L.totalRow; r++) {
    for (let c = 2; c <= 2 + years.length; c++) ws.getRow(r).getCell(c).numFmt = money
  }
  ws.getCell(`B${L.presentValueRow}`).numFmt = money

  // The basis: every line with its yearly amounts (values, for reading; the totals above are the figures).
  let r = L.presentValueRow + 2
  ws.getCell(`A${r}`).value = t('exports.xlsx.linesHeading')
  ws.getCell(`A${r}`).font = { bold: true }
  r++
  const linesHeader = ws.getRow(r)
  linesHeader.values = [t('compare.line'), ...years, t('compare.category')]
  headerStyle(linesHeader)
  for (const line of scenario.lines) {
    r++
    const row = ws.getRow(r)
    row.getCell(1).value = localise(line.label, locale) + (line.isCounted ? '' : ` (${t('compare.notCounted')})`)
    line.amounts.forEach((amount, k) => {
      const cell = row.getCell(2 + k)
      if (!line.active[k]) return
      if (amount === null) cell.value = t('exports.xlsx.unknown')
      else {
        cell.value = Math.round(amount)
        cell.numFmt = money
      }
    })
    row.getCell(2 + years.length).value = t(`category.${line.category}`)
  }

  ws.getColumn(1).width = 44
  for (let c = 2; c <= 2 + years.length; c++) ws.getColumn(c).width = 16
  ws.getColumn(2 + years.length + 1).width = 16
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: L.headerRow }]
}

function addComparisonSheet(wb: Workbook, names: ReturnType<typeof workbookSheetNames>, input: WorkbookInput, money: string): void {
  const { t, locale, result, model } = input
  const cached = input.cachedResults ?? true
  const ws = wb.addWorksheet(names.comparison, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const years = result.years
  const L = SCENARIO_LAYOUT
  const C = COMPARISON_LAYOUT
  const baselineIndex = Math.max(0, result.scenarios.findIndex((s) => s.id === model.compare?.baseline))
  const baseline = result.scenarios[baselineIndex]

  ws.getCell('A1').value = localise(model.name, locale)
  ws.getCell('A1').font = { bold: true, size: 14 }
  ws.getCell('A2').value = t('exports.xlsx.madeBy', {
    date: input.now.toISOString().slice(0, 10),
    version: input.appVersion,
  })
  ws.getCell('A3').value = t('exports.xlsx.comparisonNote', {
    currency: result.currency,
    baseline: baseline ? localise(baseline.name, locale) : '',
  })
  ws.getCell('A4').value = t('exports.xlsx.presentValueConvention')

  const totalCol = 2 + years.length
  const header = ws.getRow(C.headerRow)
  header.values = [
    t('compare.scenario'),
    ...years,
    t('compare.total'),
    t('compare.presentValue'),
    t('compare.perUserYear'),
    t('exports.xlsx.differenceFromBaseline'),
    t('exports.xlsx.complete'),
  ]
  headerStyle(header)

  const baselineRow = C.firstRow + baselineIndex
  result.scenarios.forEach((scenario, i) => {
    const r = C.firstRow + i
    const row = ws.getRow(r)
    const sheet = names.scenarios[i] ?? ''
    row.getCell(1).value = localise(scenario.name, locale)
    scenario.years.forEach((y, k) => {
      setFormula(row.getCell(2 + k), sheetRef(sheet, `${columnLetter(2 + k)}${L.totalRow}`), y.total, cached)
    })
    setFormula(row.getCell(totalCol), sheetRef(sheet, `${columnLetter(totalCol)}${L.totalRow}`), scenario.total, cached)
    setFormula(row.getCell(totalCol + 1), sheetRef(sheet, `B${L.presentValueRow}`), scenario.presentValue, cached)
    if (scenario.perUserYear !== null) row.getCell(totalCol + 2).value = scenario.perUserYear
    else row.getCell(totalCol + 2).value = t('compare.notAvailable')
    const col = columnLetter(totalCol)
    setFormula(row.getCell(totalCol + 3), `${col}${r}-${col}${baselineRow}`, scenario.total - (baseline?.total ?? 0), cached)
    row.getCell(totalCol + 4).value = scenario.complete ? t('exports.xlsx.yes') : t('exports.xlsx.noAtLeast')
    for (let c = 2; c <= totalCol + 3; c++) row.getCell(c).numFmt = money
  })

  ws.getColumn(1).width = 40
  for (let c = 2; c <= totalCol + 3; c++) ws.getColumn(c).width = 16
  ws.getColumn(totalCol + 4).width = 22
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: C.headerRow }]
}

function assumptionValueFormat(row: AssumptionRow, money: string): string | undefined {
  switch (row.kind) {
    case 'money':
      return money
    case 'share':
    case 'rate':
      return PERCENT_FORMAT
    case 'count':
    case 'hours':
    case 'number':
      return COUNT_FORMAT
    default:
      return undefined
  }
}

function addAssumptionsSheet(wb: Workbook, name: string, rows: readonly AssumptionRow[], input: WorkbookInput, money: string): void {
  const { t } = input
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const header = ws.getRow(1)
  header.values = [
    t('exports.table.section'),
    t('exports.table.input'),
    t('exports.table.value'),
    t('exports.table.unit'),
    t('exports.table.low'),
    t('exports.table.high'),
    t('exports.table.note'),
    t('exports.table.source'),
    t('exports.table.locator'),
    t('exports.table.quote'),
  ]
  headerStyle(header)
  rows.forEach((a, i) => {
    const row = ws.getRow(2 + i)
    const format = assumptionValueFormat(a, money)
    row.values = [
      a.section,
      a.label,
      a.value === null ? t('exports.xlsx.unknown') : a.value,
      a.unit,
      a.range?.low ?? null,
      a.range?.high ?? null,
      a.note,
      a.source ? a.source.source : t('source.yourAssumption'),
      a.source?.locator ?? '',
      a.source?.quote ?? '',
    ]
    if (format && typeof a.value === 'number') {
      for (const c of [3, 5, 6]) row.getCell(c).numFmt = format
    }
  })
  const widths = [24, 44, 16, 22, 14, 14, 36, 26, 30, 50]
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  ws.views = [{ state: 'frozen', ySplit: 1 }]
}

function addSourcesSheet(wb: Workbook, name: string, rows: readonly AssumptionRow[], input: WorkbookInput): void {
  const { t, model } = input
  const ws = wb.addWorksheet(name)
  const header = ws.getRow(1)
  header.values = [
    t('exports.table.id'),
    t('exports.table.title'),
    t('exports.table.organisation'),
    t('exports.table.date'),
    t('exports.table.citedAt'),
    t('exports.table.link'),
    t('exports.table.note'),
  ]
  headerStyle(header)
  const known = [...input.sources, ...(model.sources ?? [])]
  citedSources(rows, known, input.locale).forEach((s, i) => {
    ws.getRow(2 + i).values = [
      s.id,
      s.source?.title ?? t('source.unknownSource', { id: s.id }),
      s.source?.organisation ?? '',
      s.source?.date ?? '',
      s.locators.join('; '),
      s.source?.url ?? '',
      s.source?.note ?? '',
    ]
  })
  const widths = [26, 60, 26, 12, 50, 40, 60]
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  ws.views = [{ state: 'frozen', ySplit: 1 }]
}

/** The whole workbook, built in memory. */
export async function buildWorkbook(input: WorkbookInput): Promise<Workbook> {
  const ExcelJS = await loadExcelJs()
  const { result, t, locale } = input
  const wb = new ExcelJS.Workbook()
  wb.creator = `Vägval ${input.appVersion}`
  wb.created = input.now
  wb.modified = input.now
  // Spreadsheets recompute every formula on opening; the cached results are for readers that do not.
  wb.calcProperties.fullCalcOnLoad = true

  const money = moneyFormat(result.currency, locale)
  const names = workbookSheetNames(result, t, locale)
  const assumptions = listAssumptions(input.model, input.catalogue, t, locale)

  addComparisonSheet(wb, names, input, money)
  result.scenarios.forEach((scenario, i) => addScenarioSheet(wb, names.scenarios[i] ?? '', scenario, input, money))
  addAssumptionsSheet(wb, names.assumptions, assumptions, input, money)
  addSourcesSheet(wb, names.sources, assumptions, input)
  return wb
}

/** The workbook as the bytes of an .xlsx file. */
export async function toXlsx(input: WorkbookInput): Promise<Uint8Array> {
  const wb = await buildWorkbook(input)
  return new Uint8Array(await wb.xlsx.writeBuffer())
}

/** The MIME type of an .xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
