/**
 * The case as an Excel workbook (.xlsx) that *is* the model: an inputs sheet holds every input once
 * (yellow, unlocked cells with defined names such as `users_e3`, `price_m365_e3`, `discount_rate`),
 * and every figure on the scenario and comparison sheets is a formula of those cells, written to give
 * exactly what the engine computes (docs/decisions/0007: whole seats, each line-year ROUNDed, categories
 * and totals as sums, present value over the yearly totals). Change an input in Excel or LibreOffice and
 * every figure follows; a test has LibreOffice recalculate changed files against `compute`.
 *
 * An unknown input is an empty input cell. A line that needs it shows the text "okänt"/"unknown"
 * (never 0; sums skip it), and a completeness cell per scenario (`complete_<scenario>`) turns every
 * dependent figure into "minst"/"at least" by formula.
 *
 * The spreadsheet library (@cj-tech-master/excelts, docs/decisions/0008-workbook-is-the-model.md) is
 * loaded only here, with a dynamic import, when a workbook is asked for.
 */
import type { Border, Cell, Workbook, Worksheet } from '@cj-tech-master/excelts'
import { inputsOf, productIndex, RESULT_CATEGORIES, scenarioRules, toFormula } from '../engine'
import type { Case, Currency, Expr, LineResult, LineYearRule, Product, Result, ResultCategory, Scenario, ScenarioResult, Source } from '../engine'
import { citedSources, listAssumptions, localise } from './assumptions'
import { formatShare } from './formatShare'
import type { TextLocale, Translate } from './assumptions'
import { workbookText as wt } from '../i18n/workbook-texts'
import { amountParts, nameId, sameValue, workbookInputs } from './workbook-inputs'
import { addSovereigntySheet } from './xlsxSovereignty'
import type { SovereigntyFile } from '../engine/assessment/sovereigntyData'
import type { WorkbookInputRow } from './workbook-inputs'

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
  /** The shipped case this one started from, when it did: its inputs are the defaults each input is compared with. */
  defaults?: Case
  /**
   * Write the app's figures as the formulas' cached results (default true), so a reader that does not
   * recalculate still shows them. Tests switch it off to prove that a spreadsheet computes the same.
   */
  cachedResults?: boolean
  /** data/sovereignty.json: when given, a sheet rates each path by the EU Cloud Sovereignty Framework (xlsxSovereignty.ts). */
  sovereignty?: SovereigntyFile
}

/** Where a named figure is: a sheet and a cell such as `B12`. */
export interface CellPlace {
  sheet: string
  cell: string
}

/** Where the workbook keeps things, for tests and scripts: input cells by key and named cells by name. */
export interface WorkbookLayout {
  sheets: { comparison: string; inputs: string; scenarios: string[]; sources: string }
  /** Input cells by key (`price:m365-e3`, `group-users:e3`, `training-hours:m365:0`, …). */
  inputs: Map<string, CellPlace & { name?: string }>
  /** Every defined name: `users_e3`, `total_m365`, `pv_m365`, `complete_m365`, … */
  names: Map<string, CellPlace>
}

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

/** The names the workbook gives its sheets, in order: comparison, inputs, one per scenario, sources. */
export function workbookSheetNames(result: Result, locale: TextLocale) {
  const taken = new Set<string>(['history'])
  const comparison = sheetName(wt(locale, 'comparisonSheet'), taken)
  const inputs = sheetName(wt(locale, 'inputsSheet'), taken)
  const scenarios = result.scenarios.map((s) => sheetName(localise(s.name, locale), taken))
  const sources = sheetName(wt(locale, 'sourcesSheet'), taken)
  return { comparison, inputs, scenarios, sources }
}

/**
 * Excel number formats for whole currency units. The codes are the file format's own (`#,##0`), which
 * every spreadsheet shows with its own separators: `15 595 000 kr` in a Swedish one, `SEK 15,595,000`
 * in an English one.
 */
export function moneyFormat(currency: Currency, locale: TextLocale): string {
  if (locale === 'sv') {
    const unit = currency === 'SEK' ? 'kr' : '€'
    return `#,##0 "${unit}";-#,##0 "${unit}";0 "${unit}"`
  }
  return `"${currency}" #,##0;-"${currency}" #,##0;"${currency}" 0`
}
/** Prices may have öre or cents. */
function priceFormat(currency: Currency, locale: TextLocale): string {
  return moneyFormat(currency, locale).replaceAll('#,##0', '#,##0.##')
}
const PERCENT_FORMAT = '0.0##%'
const COUNT_FORMAT = '#,##0'
const NUMBER_FORMAT = '#,##0.####'
const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FF57606A' } }
/** Input cells: the light yellow finance officers know as "type here". */
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEAEEF2' } } as const
/** Landscape A4 fitted to the page's width (never to one page), with narrow side margins so the scale stays readable. */
const PAGE_SETUP = {
  paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
  margins: { left: 0.3, right: 0.3, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
} as const
/** Sheet protection without a password: formulas stay as written, columns can still be widened. */
const PROTECTION = { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true } as const

async function loadExcelTs(): Promise<typeof import('@cj-tech-master/excelts')> {
  return import('@cj-tech-master/excelts')
}

/**
 * ROUND to whole currency units as the engine rounds (engine/money/finance.ts `roundMoney`): first to six
 * decimals, so an amount a few units in the 16th digit below a half (900 000 × 1.025² in binary floating
 * point) is the half it is in decimal arithmetic, then half away from zero, as ROUND does.
 */
function roundWhole(expr: string): string {
  return `ROUND(ROUND(${expr},6),0)`
}

/** A text as a formula's string literal. */
function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`
}

/** `AND(ISNUMBER(a),ISNUMBER(b))`, or `TRUE` when nothing is needed. */
function allNumbers(refs: readonly string[]): string {
  const unique = [...new Set(refs)]
  if (unique.length === 0) return 'TRUE'
  const checks = unique.map((r) => `ISNUMBER(${r})`)
  return checks.length === 1 ? (checks[0] ?? 'TRUE') : `AND(${checks.join(',')})`
}

/** Whether the line is shown as a formula, a fixed text (an unknown that no cell can fill), or not at all in a year. */
type YearCell = { formula: string } | { text: string } | null

interface SheetContext {
  input: WorkbookInput
  years: readonly number[]
  products: Map<string, Product>
  /** The formula reference of an input's cell (its defined name, else a sheet reference), by key. */
  ref: (key: string) => string | undefined
  unknown: string
  money: string
  cached: boolean
}

function setFormula(cell: Cell, formula: string, result: number | string | boolean | null | undefined, cached: boolean) {
  cell.value = cached && result !== undefined && result !== null ? { formula, result } : { formula }
}

function styleHeader(ws: Worksheet, row: number, fromCol: number, toCol: number) {
  for (let c = fromCol; c <= toCol; c++) {
    const cell = ws.getRow(row).getCell(c)
    cell.font = { bold: true }
    cell.border = { bottom: THIN }
    cell.fill = HEADER_FILL
    cell.alignment = { wrapText: true, vertical: 'bottom' }
  }
}

/**
 * Wraps long texts in the given columns and makes each row tall enough for them (a spreadsheet does not
 * grow rows that a file gives a height, and a printed page should not cut a note off): about one line
 * per column width of characters, at most `maxLines` lines.
 */
/** How many lines a text takes when wrapped at spaces to `perLine` characters (a longer word takes its own lines). */
function wrappedLines(text: string, perLine: number): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let used = 0
    lines++
    for (const word of paragraph.split(' ')) {
      if (used > 0 && used + 1 + word.length > perLine) {
        lines++
        used = 0
      }
      if (word.length > perLine) {
        lines += Math.ceil(word.length / perLine) - 1
        used = word.length % perLine
      } else used += (used > 0 ? 1 : 0) + word.length
    }
  }
  return Math.max(1, lines)
}

function wrapColumns(ws: Worksheet, fromRow: number, columns: readonly number[], maxLines = 8) {
  ws.eachRow((row, r) => {
    if (r < fromRow) return
    let lines = 1
    for (const c of columns) {
      const text = row.getCell(c).value
      const width = ws.getColumn(c).width ?? 10
      if (typeof text === 'string') lines = Math.max(lines, wrappedLines(text, Math.max(1, Math.floor(width * 1.15))))
    }
    row.height = 13.5 * Math.min(maxLines, lines)
    for (let c = 1; c <= row.cellCount; c++) {
      row.getCell(c).alignment = { ...row.getCell(c).alignment, vertical: 'top', ...(columns.includes(c) ? { wrapText: true } : {}) }
    }
  })
}

/** A text as it stands in a printed header or footer: `&` starts a code there, so it is written twice. */
function headerText(text: string): string {
  return text.replaceAll('&', '&&')
}

/**
 * Every printed page says which case and which sheet it is, and which page of how many (a paper read
 * apart from the file, or a page dropped from the pile, still says where it belongs).
 */
function setPrintMargins(ws: Worksheet, caseName: string, locale: TextLocale) {
  const pages = wt(locale, 'pageOf', { page: '&P', pages: '&N' })
  ws.headerFooter.oddHeader = `&L${headerText(caseName)}&R${headerText(ws.name)}`
  ws.headerFooter.oddFooter = `&C${pages}`
}

function finishSheet(ws: Worksheet, headerRow: number, xSplit: number) {
  ws.views = [{ state: 'frozen', xSplit, ySplit: headerRow }]
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`
}

// ─── Formulas of one scenario's lines ───────────────────────────────────────────────────────────────

/** The groups a line counts (engine/money/costs.ts `usersOf`): the named ones in the organisation's order, or all. */
function groupsOf(model: Case, ids: readonly string[] | undefined): string[] {
  const groups = ids === undefined || ids.length === 0 ? model.organisation.groups : model.organisation.groups.filter((g) => ids.includes(g.id))
  return groups.map((g) => g.id)
}

/** The cell holding a group's users in a year: its own count for the year, else the group's count. */
function groupCell(ctx: SheetContext, groupId: string, year: number): string {
  return ctx.ref(`group-users:${groupId}:${year}`) ?? ctx.ref(`group-users:${groupId}`) ?? '0'
}

/** Users of some groups in a year as a sum of cells, with the cells it needs. */
function usersSum(ctx: SheetContext, groupIds: readonly string[] | undefined, year: number): { expr: string; cells: string[] } {
  const cells = groupsOf(ctx.input.model, groupIds).map((g) => groupCell(ctx, g, year))
  return { expr: cells.length === 0 ? '0' : `(${cells.join('+')})`, cells }
}

/**
 * One line-year as a cell: the rule's formula (rules.ts `toFormula`) behind a check that every input
 * cell it reads holds a number, else "unknown"; a fixed "unknown" where an input it needs has no cell
 * (an exchange rate nobody set); and 0 where the rule's idle test is 0 (no newcomers, a phase-in of 0).
 */
function ruleCell(ctx: SheetContext, rule: LineYearRule | null, part: Expr | undefined, cellOf: (x: Expr) => string | undefined = () => undefined): YearCell {
  if (rule === null || part === undefined) return null
  const unk = quoted(ctx.unknown)
  const reads = inputsOf(part, cellOf)
  const body = reads.inputs.some((i) => ctx.ref(i.key) === undefined && i.value === null)
    ? unk
    : `IF(${allNumbers([...reads.inputs.flatMap((i) => ctx.ref(i.key) ?? []), ...reads.cells])},${toFormula(part, ctx.ref, cellOf)},${unk})`
  const tests = rule.idleIf ?? []
  if (tests.length === 0) return body === unk ? { text: ctx.unknown } : { formula: body }
  const testCells = new Set(tests.flatMap((x) => inputsOf(x).inputs.flatMap((i) => ctx.ref(i.key) ?? [])))
  const idle = [...[...testCells].map((c) => `ISNUMBER(${c})`), ...tests.map((x) => `${toFormula(x, ctx.ref)}=0`)]
  return { formula: `IF(${idle.length === 1 ? idle[0] : `AND(${idle.join(',')})`},0,${body})` }
}

// ─── Sheets ─────────────────────────────────────────────────────────────────────────────────────────

interface ScenarioPlaces {
  /** Row of yearly totals; the total is in the column after the last year. */
  totalRow: number
  totalCell: string
  presentValueCell: string
  perUserCell: string
  completeCell: string
}

function addInputsSheet(wb: Workbook, name: string, rows: readonly WorkbookInputRow[], input: WorkbookInput, layout: WorkbookLayout): void {
  const { t, locale } = input
  const ws = wb.addWorksheet(name, { pageSetup: PAGE_SETUP })
  ws.getCell('A1').value = wt(locale, 'inputsSheet')
  ws.getCell('A1').font = { bold: true, size: 14 }
  ws.getCell('A2').value = wt(locale, 'inputsIntro')
  const headerRow = 4
  const headers = [
    t('exports.table.section'), t('exports.table.input'), t('exports.table.value'), t('exports.table.unit'),
    t('exports.table.low'), t('exports.table.high'), t('exports.table.note'), wt(locale, 'name'),
    t('exports.table.source'), t('exports.table.locator'), t('exports.table.quote'), wt(locale, 'default'),
  ]
  ws.getRow(headerRow).values = headers
  styleHeader(ws, headerRow, 1, headers.length)

  const defaults = input.defaults ? new Map(workbookInputs(input.defaults, input.catalogue, t, locale).filter((r) => r.key).map((r) => [r.key as string, r])) : undefined
  const shippedPrice = new Map(input.catalogue.map((p) => [p.id, p]))
  /**
   * "Jämfört med standard" as a formula over the row's own cells (value C, range E–F), so it still tells
   * the truth after a reader edits the input in the workbook; its cached result is what the app computes.
   */
  const defaultCell = (row: WorkbookInputRow, r: number): string | { formula: string; result: string } => {
    if (!row.key) return ''
    const noDefault = t('workbench.assumptions.noDefault')
    let shipped: Pick<WorkbookInputRow, 'value' | 'range'> | undefined
    let changed: string
    if (defaults) {
      shipped = defaults.get(row.key)
      if (!shipped) return noDefault
      changed = t('workbench.assumptions.changedFrom', { value: shipped.value === null ? t('exports.xlsx.unknown') : String(shipped.value) })
    } else if (row.key.startsWith('price:')) {
      const product = shippedPrice.get(row.key.slice('price:'.length))
      if (!product) return noDefault
      shipped = amountParts(product.pricing.amount, locale)
      changed = t('workbench.assumptions.changedPrice')
    } else return noDefault
    const equals = (cell: string, value: number | string | null | undefined) =>
      value === null || value === undefined ? `ISBLANK(${cell})` : `${cell}=${typeof value === 'number' ? String(value) : quoted(value)}`
    const tests = [equals(`C${r}`, shipped.value)]
    if (shipped.range || row.range) tests.push(equals(`E${r}`, shipped.range?.low), equals(`F${r}`, shipped.range?.high))
    const same = t('workbench.assumptions.asShipped')
    const condition = tests.length === 1 ? (tests[0] ?? 'TRUE') : `AND(${tests.join(',')})`
    return { formula: `IF(${condition},${quoted(same)},${quoted(changed)})`, result: sameValue(shipped, row) ? same : changed }
  }

  rows.forEach((row, i) => {
    const r = headerRow + 1 + i
    const excelRow = ws.getRow(r)
    const format =
      row.kind === 'money' ? priceFormat(row.currency ?? input.model.settings.currency, locale)
        : row.kind === 'share' || row.kind === 'rate' ? PERCENT_FORMAT
          : row.kind === 'count' ? COUNT_FORMAT
            : row.kind === 'year' ? '0'
              : NUMBER_FORMAT
    excelRow.values = [
      row.section, row.label, row.value ?? null, row.unit, row.range?.low ?? null, row.range?.high ?? null, row.note,
      row.name ?? '', row.source ? row.source.source : row.key ? t('source.yourAssumption') : '', row.source?.locator ?? '', row.source?.quote ?? '',
      null,
    ]
    const compared = defaultCell(row, r)
    if (typeof compared === 'string') excelRow.getCell(12).value = compared
    else setFormula(excelRow.getCell(12), compared.formula, compared.result, input.cachedResults !== false)
    for (const c of [3, 5, 6]) if (typeof excelRow.getCell(c).value === 'number') excelRow.getCell(c).numFmt = format
    const value = excelRow.getCell(3)
    if (row.isEditable) {
      value.fill = INPUT_FILL
      value.border = { top: THIN, bottom: THIN, left: THIN, right: THIN }
      value.protection = { locked: false }
      if (row.value === null) value.note = t('exports.xlsx.unknown')
    }
    if (row.key) {
      const place = { sheet: name, cell: `C${r}`, ...(row.name ? { name: row.name } : {}) }
      layout.inputs.set(row.key, place)
      if (row.name) {
        wb.definedNames.add(`${sheetRef(name, `$C$${r}`)}`, row.name)
        layout.names.set(row.name, { sheet: name, cell: `C${r}` })
      }
    }
  })
  // Twelve columns across a landscape A4 at a size one can read (about 8 pt when fitted to the page's
  // width, where the former widths printed at 4 pt): the long texts wrap instead of widening the sheet,
  // and a range's rare low and high shrink to fit their narrow columns rather than show "###".
  const widths = [11, 19, 12, 10, 9, 9, 30, 11, 10, 10, 20, 9]
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  wrapColumns(ws, headerRow + 1, [1, 2, 4, 7, 8, 9, 10, 11, 12], 30)
  ws.getRow(headerRow).height = 13.5 * Math.max(...headers.map((h, i) => wrappedLines(h, Math.floor((widths[i] ?? 10) * 1.15))))
  for (const c of [5, 6]) ws.getColumn(c).eachCell((cell, r) => { if (r > headerRow) cell.alignment = { ...cell.alignment, shrinkToFit: true } })
  finishSheet(ws, headerRow, 2)
}

function addScenarioSheet(wb: Workbook, name: string, model: Scenario, scenario: ScenarioResult, ctx: SheetContext, layout: WorkbookLayout): ScenarioPlaces {
  const { input, years, unknown, money, cached } = ctx
  const { t, locale, result } = input
  const ws = wb.addWorksheet(name, { pageSetup: PAGE_SETUP })
  const n = years.length
  const lastYear = columnLetter(1 + n)
  const totalCol = 2 + n
  const totalLetter = columnLetter(totalCol)
  const atLeast = quoted(wt(locale, 'atLeast'))
  const id = nameId(scenario.id)

  ws.getCell('A1').value = localise(scenario.name, locale)
  ws.getCell('A1').font = { bold: true, size: 14 }
  ws.getCell('A2').value = wt(locale, 'scenarioIntro', { currency: result.currency, inputs: layout.sheets.inputs })

  // Lines first (their rows are needed by the sums above them): counted lines by category, then the
  // uncounted ones, then the seats of each licence line.
  const headerRow = 5
  const categoryRow = (i: number) => headerRow + 1 + i
  const totalRow = categoryRow(RESULT_CATEGORIES.length)
  const statusRow = totalRow + 1
  const usersRow = totalRow + 2
  const pvRow = usersRow + 2
  const perUserRow = pvRow + 1
  const rateRow = pvRow + 2
  let r = rateRow + 2
  const stated = model.statedTotals ?? []
  const statedStart = r
  if (stated.length > 0) r += 1 + stated.length * 4
  const linesHeadingRow = r
  const linesHeaderRow = r + 1
  r = linesHeaderRow + 1

  const counted = scenario.lines.filter((l) => l.isCounted)
  const uncounted = scenario.lines.filter((l) => !l.isCounted)
  const byCategory = new Map<ResultCategory, LineResult[]>(RESULT_CATEGORIES.map((c) => [c, counted.filter((l) => l.category === c)]))
  const ordered = RESULT_CATEGORIES.flatMap((c) => byCategory.get(c) ?? [])
  const rowOf = new Map<string, number>()
  for (const line of ordered) rowOf.set(line.key, r++)
  const countedFirst = linesHeaderRow + 1
  const countedLast = r - 1
  let uncountedHeadingRow = 0
  if (uncounted.length > 0) {
    uncountedHeadingRow = ++r
    r++
    for (const line of uncounted) rowOf.set(line.key, r++)
  }
  const licences = scenario.lines.filter((l) => l.kind === 'licence')
  const seatsHeadingRow = r + 1
  const seatRowOf = new Map<string, number>()
  r = seatsHeadingRow + 1
  for (const line of licences) seatRowOf.set(line.key, r++)

  // Line rows: label, a formula per year, the line's total, its category.
  const writeLine = (line: LineResult, cells: YearCell[]) => {
    const row = rowOf.get(line.key) ?? 0
    const excelRow = ws.getRow(row)
    excelRow.getCell(1).value = localise(line.label, locale)
    cells.forEach((cell, k) => {
      const target = excelRow.getCell(2 + k)
      const amount = line.amounts[k]
      if (cell === null) return
      if ('text' in cell) target.value = cell.text
      else setFormula(target, cell.formula, amount === null ? unknown : amount, cached)
      target.numFmt = money
    })
    // A line with an unknown year has no known total: "unknown", never the sum of its known years.
    const isKnown = line.amounts.every((a, k) => a !== null || cells[k] === null)
    setFormula(
      excelRow.getCell(totalCol),
      `IF(SUMPRODUCT(--ISTEXT(B${row}:${lastYear}${row}))=0,SUM(B${row}:${lastYear}${row}),${quoted(unknown)})`,
      isKnown ? line.amounts.reduce<number>((s, a) => s + (a ?? 0), 0) : unknown,
      cached,
    )
    for (let c = 2; c <= totalCol; c++) excelRow.getCell(c).alignment = { horizontal: 'right' }
    excelRow.getCell(totalCol).numFmt = money
    excelRow.getCell(totalCol + 1).value = t(`category.${line.category}`)
  }
  const rules = new Map(scenarioRules({ model: input.model, products: ctx.products, years }, model).map((r) => [r.key, r]))
  for (const line of scenario.lines) {
    const lineRules = rules.get(line.key)?.years ?? years.map(() => null)
    if (line.kind !== 'licence') {
      writeLine(line, lineRules.map((rule) => ruleCell(ctx, rule, rule?.amount)))
    } else {
      // A licence's seats have their own row; its amount reads them from there.
      const seatRow = seatRowOf.get(line.key) ?? 0
      writeLine(line, lineRules.map((rule, k) => ruleCell(ctx, rule, rule?.amount, (x) => (x === rule?.seats ? `${columnLetter(2 + k)}${seatRow}` : undefined))))
      const seats = ws.getRow(seatRow)
      seats.getCell(1).value = localise(line.label, locale)
      lineRules.map((rule) => ruleCell(ctx, rule, rule?.seats)).forEach((cell, k) => {
        if (cell === null) return
        const target = seats.getCell(2 + k)
        if ('text' in cell) target.value = cell.text
        else setFormula(target, cell.formula, line.licenceYears?.[k]?.users ?? unknown, cached)
        target.numFmt = COUNT_FORMAT
      })
    }
  }

  // Header and categories: each a SUM of its lines.
  ws.getRow(headerRow).values = [t('compare.category'), ...years, t('compare.total'), wt(locale, 'status')]
  styleHeader(ws, headerRow, 1, totalCol + 1)
  for (let c = 2; c <= totalCol; c++) ws.getRow(headerRow).getCell(c).alignment = { horizontal: 'right' }
  let first = countedFirst
  RESULT_CATEGORIES.forEach((category, i) => {
    const row = ws.getRow(categoryRow(i))
    const lines = byCategory.get(category) ?? []
    row.getCell(1).value = t(`category.${category}`)
    scenario.years.forEach((y, k) => {
      const col = columnLetter(2 + k)
      const cell = row.getCell(2 + k)
      if (lines.length === 0) cell.value = 0
      else setFormula(cell, `SUM(${col}${first}:${col}${first + lines.length - 1})`, y.categories[category], cached)
      cell.numFmt = money
    })
    setFormula(row.getCell(totalCol), `SUM(B${categoryRow(i)}:${lastYear}${categoryRow(i)})`, scenario.years.reduce((s, y) => s + y.categories[category], 0), cached)
    row.getCell(totalCol).numFmt = money
    // "At least" beside a category whose lines leave out an unknown.
    const isIncomplete = scenario.years.some((y) => y.incomplete.includes(category))
    setFormula(
      row.getCell(totalCol + 1),
      lines.length === 0 ? '""' : `IF(SUMPRODUCT(--ISTEXT(B${first}:${lastYear}${first + lines.length - 1}))=0,"",${atLeast})`,
      isIncomplete ? wt(locale, 'atLeast') : '',
      cached,
    )
    first += lines.length
  })

  // The scenario is complete when no counted line shows "unknown" in any year.
  const completeCell = 'B3'
  const linesRange = (col: string, last = col) => `${col}${countedFirst}:${last}${Math.max(countedFirst, countedLast)}`
  ws.getCell('A3').value = wt(locale, 'completeLabel')
  ws.getCell('A3').font = { bold: true }
  setFormula(ws.getCell(completeCell), ordered.length === 0 ? 'TRUE' : `SUMPRODUCT(--ISTEXT(${linesRange('B', lastYear)}))=0`, scenario.complete, cached)
  setFormula(ws.getCell('C3'), `IF(${completeCell},${quoted(t('exports.xlsx.yes'))},${quoted(t('exports.xlsx.noAtLeast'))})`, scenario.complete ? t('exports.xlsx.yes') : t('exports.xlsx.noAtLeast'), cached)

  const totals = ws.getRow(totalRow)
  totals.getCell(1).value = wt(locale, 'yearTotal')
  scenario.years.forEach((y, k) => {
    const col = columnLetter(2 + k)
    setFormula(totals.getCell(2 + k), `SUM(${col}${categoryRow(0)}:${col}${totalRow - 1})`, y.total, cached)
  })
  setFormula(totals.getCell(totalCol), `SUM(B${totalRow}:${lastYear}${totalRow})`, scenario.total, cached)
  for (let c = 1; c <= totalCol; c++) {
    totals.getCell(c).font = { bold: true }
    totals.getCell(c).border = { top: THIN }
    if (c > 1) totals.getCell(c).numFmt = money
  }

  // "At least" under every yearly total that leaves out an unknown.
  const status = ws.getRow(statusRow)
  status.getCell(1).value = wt(locale, 'status')
  scenario.years.forEach((y, k) => {
    const col = columnLetter(2 + k)
    const formula = ordered.length === 0 ? '""' : `IF(SUMPRODUCT(--ISTEXT(${linesRange(col)}))=0,"",${atLeast})`
    setFormula(status.getCell(2 + k), formula, y.incomplete.length === 0 ? '' : wt(locale, 'atLeast'), cached)
  })
  setFormula(status.getCell(totalCol), `IF(${completeCell},"",${atLeast})`, scenario.complete ? '' : wt(locale, 'atLeast'), cached)
  for (let c = 2; c <= totalCol; c++) status.getCell(c).alignment = { horizontal: 'right' }

  // Users of all groups per year, and the user-years the cost per user and year is taken over.
  const users = ws.getRow(usersRow)
  users.getCell(1).value = wt(locale, 'usersRow')
  years.forEach((year, k) => {
    const sum = usersSum(ctx, undefined, year)
    setFormula(users.getCell(2 + k), `IF(${allNumbers(sum.cells)},${sum.expr},${quoted(unknown)})`, undefined, false)
    users.getCell(2 + k).numFmt = COUNT_FORMAT
  })
  setFormula(users.getCell(totalCol), `SUM(B${usersRow}:${lastYear}${usersRow})`, undefined, false)
  users.getCell(totalCol).numFmt = COUNT_FORMAT

  const totalCell = `${totalLetter}${totalRow}`
  const pvCell = `B${pvRow}`
  ws.getCell(`A${pvRow}`).value = t('compare.presentValue')
  // Year t discounted by (1 + r)^t: the first year as it is, the rest through NPV; rounded to whole units.
  const pvFormula = n > 1 ? roundWhole(`B${totalRow}+NPV(discount_rate,C${totalRow}:${lastYear}${totalRow})`) : roundWhole(`B${totalRow}`)
  setFormula(ws.getCell(pvCell), pvFormula, scenario.presentValue, cached)
  ws.getCell(pvCell).numFmt = money
  ws.getCell(pvCell).font = { bold: true }
  setFormula(ws.getCell(`C${pvRow}`), `IF(${completeCell},"",${atLeast})`, scenario.complete ? '' : wt(locale, 'atLeast'), cached)
  ws.getCell(`D${pvRow}`).value = wt(locale, 'presentValueConvention')

  const perUserCell = `B${perUserRow}`
  ws.getCell(`A${perUserRow}`).value = t('compare.perUserYear')
  const userYears = `${totalLetter}${usersRow}`
  setFormula(
    ws.getCell(perUserCell),
    `IF(SUMPRODUCT(--ISTEXT(B${usersRow}:${lastYear}${usersRow}))>0,${quoted(unknown)},IF(${userYears}>0,${roundWhole(`${totalCell}/${userYears}`)},${quoted(unknown)}))`,
    scenario.perUserYear ?? unknown,
    cached,
  )
  ws.getCell(perUserCell).numFmt = money
  setFormula(ws.getCell(`C${perUserRow}`), `IF(${completeCell},"",${atLeast})`, scenario.complete ? '' : wt(locale, 'atLeast'), cached)
  ws.getCell(`A${rateRow}`).value = wt(locale, 'discountRate')
  setFormula(ws.getCell(`B${rateRow}`), 'discount_rate', result.discountRate, cached)
  ws.getCell(`B${rateRow}`).numFmt = PERCENT_FORMAT

  // Totals the source states, against the sum of the licence lines in the same year (live).
  if (stated.length > 0) {
    ws.getCell(`A${statedStart}`).value = wt(locale, 'statedHeading')
    ws.getCell(`A${statedStart}`).font = { bold: true }
    const licenceCol = columnLetter(2 + Math.max(0, years.indexOf(scenario.licenceYear)))
    const licenceRows = licences.map((l) => rowOf.get(l.key) ?? 0)
    const licenceCells = licenceRows.map((row) => `${licenceCol}${row}`)
    stated.forEach((s, i) => {
      const row = statedStart + 1 + i * 4
      ws.getCell(`A${row}`).value = wt(locale, 'statedLabel', { year: scenario.licenceYear, source: s.source.source, locator: localise(s.source.locator, locale) })
      ws.getCell(`B${row}`).value = s.stated
      ws.getCell(`A${row + 1}`).value = wt(locale, 'statedComputed', { year: scenario.licenceYear })
      const anyUnknown = licenceCells.length === 0 ? 'FALSE' : `OR(${licenceCells.map((c) => `ISTEXT(${c})`).join(',')})`
      const sum = licenceCells.length === 0 ? '0' : `SUM(${licenceCells.join(',')})`
      const computed = scenario.licences.some((l) => l.annual === null) ? unknown : scenario.licences.reduce((acc, l) => acc + (l.annual ?? 0), 0)
      setFormula(ws.getCell(`B${row + 1}`), `IF(${anyUnknown},${quoted(unknown)},${sum})`, computed, cached)
      ws.getCell(`A${row + 2}`).value = wt(locale, 'statedDifference')
      setFormula(ws.getCell(`B${row + 2}`), `IF(ISNUMBER(B${row + 1}),B${row}-B${row + 1},${quoted(unknown)})`, typeof computed === 'number' ? s.stated - computed : unknown, cached)
      setFormula(ws.getCell(`C${row + 2}`), `IF(AND(ISNUMBER(B${row + 2}),B${row + 2}<>0),${quoted(wt(locale, 'statedMismatchShort'))},"")`, typeof computed === 'number' && computed !== s.stated ? wt(locale, 'statedMismatchShort') : '', cached)
      for (const k of [0, 1, 2]) ws.getCell(`B${row + k}`).numFmt = money
    })
  }

  ws.getCell(`A${linesHeadingRow}`).value = wt(locale, 'linesHeading')
  ws.getCell(`A${linesHeadingRow}`).font = { bold: true }
  ws.getRow(linesHeaderRow).values = [t('compare.line'), ...years, t('compare.total'), t('compare.category')]
  styleHeader(ws, linesHeaderRow, 1, totalCol + 1)
  for (let c = 2; c <= totalCol; c++) ws.getRow(linesHeaderRow).getCell(c).alignment = { horizontal: 'right' }
  if (uncountedHeadingRow > 0) {
    ws.getCell(`A${uncountedHeadingRow}`).value = wt(locale, 'notCountedHeading')
    ws.getCell(`A${uncountedHeadingRow}`).font = { bold: true }
  }
  if (licences.length > 0) {
    ws.getCell(`A${seatsHeadingRow}`).value = wt(locale, 'seatsHeading')
    ws.getCell(`A${seatsHeadingRow}`).font = { bold: true }
  }

  const labels = [...scenario.lines.map((l) => localise(l.label, locale)), ...stated.map((_, i) => String(ws.getCell(`A${statedStart + 1 + i * 4}`).value ?? ''))]
  ws.getColumn(1).width = Math.min(64, Math.max(32, ...labels.map((l) => l.length)) + 2)
  for (let c = 2; c <= totalCol; c++) ws.getColumn(c).width = 16
  ws.getColumn(totalCol + 1).width = 16
  finishSheet(ws, headerRow, 1)

  for (const [nm, cell] of [[`total_${id}`, totalCell], [`pv_${id}`, pvCell], [`complete_${id}`, completeCell], [`per_user_year_${id}`, perUserCell]] as const) {
    wb.definedNames.add(sheetRef(name, cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')), nm)
    layout.names.set(nm, { sheet: name, cell })
  }
  return { totalRow, totalCell, presentValueCell: pvCell, perUserCell, completeCell }
}

/** Rows of the comparison sheet, for tests: one per scenario from `firstRow`. */
export const COMPARISON_LAYOUT = { headerRow: 6, firstRow: 7 } as const

function addComparisonSheet(ws: Worksheet, places: readonly ScenarioPlaces[], input: WorkbookInput, layout: WorkbookLayout, money: string): void {
  const { t, locale, result, model } = input
  const cached = input.cachedResults ?? true
  const years = result.years
  const C = COMPARISON_LAYOUT
  const baselineIndex = Math.max(0, result.scenarios.findIndex((s) => s.id === model.compare?.baseline))
  const baseline = result.scenarios[baselineIndex]
  const baseId = nameId(baseline?.id ?? '')
  const unknown = t('exports.xlsx.unknown')

  ws.getCell('A1').value = localise(model.name, locale)
  ws.getCell('A1').font = { bold: true, size: 14 }
  ws.getCell('A2').value = wt(locale, 'madeBy', { date: input.now.toISOString().slice(0, 10), version: input.appVersion })
  ws.getCell('A3').value = wt(locale, 'comparisonIntro', {
    currency: result.currency, baseline: baseline ? localise(baseline.name, locale) : '', inputs: layout.sheets.inputs,
  })
  ws.getCell('A4').value = wt(locale, 'presentValueConvention')

  const totalCol = 2 + years.length
  const headers = [
    t('compare.scenario'), ...years.map(String), t('compare.total'), t('compare.presentValue'), t('compare.perUserYear'),
    t('exports.xlsx.complete'), wt(locale, 'differenceFromBaseline'), wt(locale, 'pvDifferenceFromBaseline'),
  ]
  ws.getRow(C.headerRow).values = headers
  styleHeader(ws, C.headerRow, 1, headers.length)
  for (let c = 2; c <= headers.length; c++) {
    ws.getRow(C.headerRow).getCell(c).alignment = { wrapText: true, horizontal: c === totalCol + 3 ? 'left' : 'right', vertical: 'bottom' }
  }
  ws.getRow(C.headerRow).height = 32

  result.scenarios.forEach((scenario, i) => {
    const r = C.firstRow + i
    const row = ws.getRow(r)
    const sheet = layout.sheets.scenarios[i] ?? ''
    const place = places[i]
    const id = nameId(scenario.id)
    row.getCell(1).value = localise(scenario.name, locale)
    scenario.years.forEach((y, k) => {
      setFormula(row.getCell(2 + k), sheetRef(sheet, `${columnLetter(2 + k)}${place?.totalRow ?? 0}`), y.total, cached)
    })
    setFormula(row.getCell(totalCol), `total_${id}`, scenario.total, cached)
    setFormula(row.getCell(totalCol + 1), `pv_${id}`, scenario.presentValue, cached)
    setFormula(row.getCell(totalCol + 2), `per_user_year_${id}`, scenario.perUserYear ?? unknown, cached)
    setFormula(
      row.getCell(totalCol + 3),
      `IF(complete_${id},${quoted(t('exports.xlsx.yes'))},${quoted(t('exports.xlsx.noAtLeast'))})`,
      scenario.complete ? t('exports.xlsx.yes') : t('exports.xlsx.noAtLeast'),
      cached,
    )
    // A difference against an incomplete baseline is not known; against a complete one it is a number
    // (a minimum when this scenario is incomplete, as its status says).
    const isBaseline = i === baselineIndex
    const known = (baseline?.complete ?? false) || isBaseline
    const difference = (measure: 'total' | 'pv') =>
      isBaseline ? '0' : `IF(complete_${baseId},${measure}_${id}-${measure}_${baseId},${quoted(unknown)})`
    setFormula(row.getCell(totalCol + 4), difference('total'), known ? scenario.total - (baseline?.total ?? 0) : unknown, cached)
    setFormula(row.getCell(totalCol + 5), difference('pv'), known ? scenario.presentValue - (baseline?.presentValue ?? 0) : unknown, cached)
    for (let c = 2; c <= totalCol + 5; c++) if (c !== totalCol + 3) row.getCell(c).numFmt = money
  })

  // The case's notes and what to note about its figures.
  let r = C.firstRow + result.scenarios.length + 1
  const warnings: string[] = []
  const [from, to] = [years[0] ?? 0, years[years.length - 1] ?? 0]
  result.scenarios.forEach((scenario, i) => {
    const name = localise(scenario.name, locale)
    for (const w of scenario.warnings) {
      if (w.code === 'stated-total-mismatch') {
        const number = new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 0 })
        warnings.push(wt(locale, 'statedMismatch', { scenario: name, stated: number.format(w.stated), computed: number.format(w.computed), sheet: layout.sheets.scenarios[i] ?? '' }))
      } else if (w.code === 'outside-horizon') {
        warnings.push(wt(locale, 'outsideHorizon', { scenario: name, label: localise(w.label, locale), from, to }))
      } else if (w.code === 'double-licence') {
        const [a, b] = [localise(w.productNames[0], locale), localise(w.productNames[1], locale)]
        warnings.push(wt(locale, 'doubleLicence', { scenario: name, group: localise(w.groupName, locale), a, b, year: w.year }))
      } else if (w.code === 'unlicensed-group') {
        warnings.push(wt(locale, 'unlicensedGroup', { scenario: name, group: localise(w.groupName, locale) }))
      } else {
        warnings.push(
          wt(locale, 'priceChange', {
            scenario: name,
            product: localise(w.productName, locale),
            label: localise(w.label, locale),
            change: formatShare(w.change, locale),
            date: w.date,
            condition: w.condition ? wt(locale, 'priceChangeCondition', { condition: localise(w.condition, locale) }) : '',
            asOf: w.priceAsOf,
            from,
            to,
            source: `${w.source.source}, ${localise(w.source.locator, locale)}`,
          }),
        )
      }
    }
  })
  const blocks: [string, string[]][] = [
    [wt(locale, 'warnings'), warnings],
    [wt(locale, 'notes'), (model.notes ?? []).map((note) => localise(note, locale))],
  ]
  for (const [heading, lines] of blocks) {
    if (lines.length === 0) continue
    ws.getCell(`A${r}`).value = heading
    ws.getCell(`A${r}`).font = { bold: true }
    for (const line of lines) ws.getCell(`A${++r}`).value = line
    r += 2
  }

  ws.getColumn(1).width = Math.min(48, Math.max(30, ...result.scenarios.map((s) => localise(s.name, locale).length + 2)))
  for (let c = 2; c <= headers.length; c++) ws.getColumn(c).width = 16
  ws.getColumn(totalCol + 3).width = 26
  ws.getColumn(totalCol + 4).width = 20
  ws.getColumn(totalCol + 5).width = 20
  finishSheet(ws, C.headerRow, 1)
}

function addSourcesSheet(wb: Workbook, name: string, input: WorkbookInput): void {
  const { t, model } = input
  const ws = wb.addWorksheet(name, { pageSetup: PAGE_SETUP })
  const headers = [
    t('exports.table.id'), t('exports.table.title'), t('exports.table.organisation'), t('exports.table.date'),
    t('exports.table.citedAt'), t('exports.table.link'), t('exports.table.note'),
  ]
  ws.getRow(1).values = headers
  styleHeader(ws, 1, 1, headers.length)
  const known = [...input.sources, ...(model.sources ?? [])]
  citedSources(listAssumptions(model, input.catalogue, t, input.locale), known, input.locale).forEach((s, i) => {
    ws.getRow(2 + i).values = [
      s.id, s.source?.title ?? t('source.unknownSource', { id: s.id }), s.source?.organisation ?? '', s.source?.date ?? '',
      s.locators.join('; '), s.source?.url ?? '', s.source?.note ?? '',
    ]
  })
  const widths = [26, 60, 26, 12, 50, 40, 60]
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w))
  wrapColumns(ws, 2, [2, 3, 5, 6, 7])
  finishSheet(ws, 1, 1)
}

/** The whole workbook, built in memory, with where it keeps things. */
export async function buildWorkbook(input: WorkbookInput): Promise<{ workbook: Workbook; layout: WorkbookLayout }> {
  const { Workbook: WorkbookClass } = await loadExcelTs()
  const { result, t, locale, model } = input
  const wb = new WorkbookClass()
  wb.creator = `Vägval ${input.appVersion}`
  wb.created = input.now
  wb.modified = input.now
  // Spreadsheets recompute every formula on opening; the cached results are for readers that do not.
  wb.calcProperties.fullCalcOnLoad = true

  const sheets = workbookSheetNames(result, locale)
  const layout: WorkbookLayout = { sheets, inputs: new Map(), names: new Map() }
  const money = moneyFormat(result.currency, locale)
  const rows = workbookInputs(model, input.catalogue, t, locale)

  // The comparison sheet comes first in the tab order but is written last (it reads the others).
  const comparison = wb.addWorksheet(sheets.comparison, { pageSetup: PAGE_SETUP })
  addInputsSheet(wb, sheets.inputs, rows, input, layout)
  const refOf = new Map<string, string>()
  for (const [key, place] of layout.inputs) {
    refOf.set(key, place.name ?? sheetRef(place.sheet, place.cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2')))
  }
  const ctx: SheetContext = {
    input,
    years: result.years,
    products: productIndex(model, input.catalogue),
    ref: (key) => refOf.get(key),
    unknown: t('exports.xlsx.unknown'),
    money,
    cached: input.cachedResults ?? true,
  }
  const places = result.scenarios.map((scenario, i) => {
    const own = model.scenarios.find((s) => s.id === scenario.id) ?? model.scenarios[i]
    return own ? addScenarioSheet(wb, sheets.scenarios[i] ?? '', own, scenario, ctx, layout) : undefined
  })
  addComparisonSheet(comparison, places.filter((p): p is ScenarioPlaces => p !== undefined), input, layout, money)
  addSourcesSheet(wb, sheets.sources, input)
  if (input.sovereignty) addSovereigntySheet(wb, { ...input, framework: input.sovereignty }, new Set(wb.worksheets.map((w) => w.name)))
  const caseName = localise(model.name, locale)
  for (const ws of wb.worksheets) {
    setPrintMargins(ws, caseName, locale)
    await ws.protect('', PROTECTION)
  }
  return { workbook: wb, layout }
}

/** The workbook as the bytes of an .xlsx file. */
export async function toXlsx(input: WorkbookInput): Promise<Uint8Array> {
  const { workbook } = await buildWorkbook(input)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** The MIME type of an .xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
