/**
 * A real spreadsheet engine for the workbook tests: LibreOffice Calc, headless, made to recalculate
 * every formula on load (not to trust the cached results), writing each sheet as CSV of raw values.
 * `npm test` installs LibreOffice first when it is missing (scripts/ensure-libreoffice.mjs).
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { findPdftotext } from '../../scripts/pdftotext-path.mjs'
import { findSoffice } from '../../scripts/soffice-path.mjs'

const run = promisify(execFile)

/** LibreOffice's user settings: recalculate Excel 2007+ and ODF files always on load (0), never trusting stored results. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

/**
 * CSV export options of LibreOffice's filter: comma, double quote, UTF-8, from line 1, raw values
 * (not as shown), and -1: every sheet to its own file `<name>-<sheet>.csv`.
 */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'

export function requireSoffice(): string {
  const soffice = findSoffice()
  if (!soffice) {
    throw new Error(
      'LibreOffice (soffice) not found: the workbook test recalculates the .xlsx with it. ' +
        'Run `node scripts/ensure-libreoffice.mjs` (npm test does), or set SOFFICE_PATH.',
    )
  }
  return soffice
}

/** Parses CSV with quoted fields (doubled quotes inside) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Opens the .xlsx bytes in LibreOffice, recalculates everything, and returns each sheet's values by sheet name. */
export async function recalculate(xlsx: Uint8Array): Promise<Map<string, string[][]>> {
  const [sheets] = await recalculateAll([xlsx])
  if (!sheets) throw new Error('LibreOffice recalculated no workbook')
  return sheets
}

/**
 * Recalculates several workbooks in one LibreOffice run (it starts once, which is most of the time),
 * returning each one's sheets by name, in the order given.
 */
export async function recalculateAll(books: readonly Uint8Array[]): Promise<Map<string, string[][]>[]> {
  const soffice = requireSoffice()
  const dir = mkdtempSync(join(tmpdir(), 'vagval-xlsx-'))
  try {
    const profile = join(dir, 'profile')
    mkdirSync(join(profile, 'user'), { recursive: true })
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE)
    const inputs = books.map((bytes, i) => {
      const file = join(dir, `book${i}.xlsx`)
      writeFileSync(file, bytes)
      return file
    })
    const out = join(dir, 'out')
    mkdirSync(out)
    await run(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', CSV_FILTER, '--outdir', out, ...inputs], {
      timeout: 60_000 + books.length * 15_000,
    })
    const files = readdirSync(out)
    return books.map((_, i) => {
      const sheets = new Map<string, string[][]>()
      for (const file of files) {
        const match = new RegExp(`^book${i}-(.*)\\.csv$`).exec(file)
        if (match?.[1]) sheets.set(match[1], parseCsv(readFileSync(join(out, file), 'utf8')))
      }
      if (sheets.size === 0) throw new Error(`LibreOffice wrote no sheet of workbook ${i} (files: ${files.join(', ') || 'none'})`)
      return sheets
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * LibreOffice's CSV import as a person of a language opens the file: separator (the language's own
 * unless given), UTF-8, the language's numbers, formulas evaluated.
 */
export function csvImportFilter(locale: 'sv' | 'en', separatorMark?: ',' | ';' | '\t'): string {
  const separator = (separatorMark ?? (locale === 'sv' ? ';' : ',')).charCodeAt(0)
  const language = locale === 'sv' ? 1053 : 2057
  // separator, quote, UTF-8, from line 1, no column formats, language, quoted fields not forced to text,
  // special numbers detected, three export-only options, then "evaluate formulas" on.
  return `CSV:${separator},34,76,1,,${language},false,true,false,false,false,-1,true`
}

/**
 * Opens CSV files in LibreOffice as a person of the language would (formulas evaluated, so a formula
 * that was not neutralised would run) and saves them as .xlsx, returned by file name. `separator`
 * opens them split at another separator than the language's, as a spreadsheet set up otherwise does.
 */
export async function openCsvInCalc(files: Record<string, string>, locale: 'sv' | 'en', separator?: ',' | ';' | '\t'): Promise<Map<string, Uint8Array>> {
  const soffice = requireSoffice()
  const dir = mkdtempSync(join(tmpdir(), 'vagval-csv-'))
  try {
    const profile = join(dir, 'profile')
    mkdirSync(join(profile, 'user'), { recursive: true })
    const inputs = Object.entries(files).map(([name, text]) => {
      const file = join(dir, `${name}.csv`)
      writeFileSync(file, text)
      return file
    })
    const out = join(dir, 'out')
    mkdirSync(out)
    await run(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', `--infilter=${csvImportFilter(locale, separator)}`, '--convert-to', 'xlsx', '--outdir', out, ...inputs], {
      timeout: 120_000,
    })
    return new Map(Object.keys(files).map((name) => [name, new Uint8Array(readFileSync(join(out, `${name}.xlsx`)))]))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * The workbook printed as LibreOffice prints it (its own page setup: paper, scale, headers and footers),
 * read back one string per page with pdftotext, with the height of each page's median word box in points.
 */
export async function printedPages(xlsx: Uint8Array): Promise<{ text: string; wordHeight: number }[]> {
  const soffice = requireSoffice()
  const pdftotext = findPdftotext()
  if (!pdftotext) throw new Error('pdftotext not found: run `node scripts/ensure-pdftotext.mjs` (npm test does), or set PDFTOTEXT_PATH.')
  const dir = mkdtempSync(join(tmpdir(), 'vagval-print-'))
  try {
    const profile = join(dir, 'profile')
    mkdirSync(join(profile, 'user'), { recursive: true })
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE)
    const file = join(dir, 'book.xlsx')
    writeFileSync(file, xlsx)
    await run(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 90_000 })
    const pdf = join(dir, 'book.pdf')
    const { stdout: text } = await run(pdftotext, ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
    const { stdout: boxes } = await run(pdftotext, ['-bbox', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
    const heights = boxes.split('<page ').slice(1).map((page) => {
      const h = [...page.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1])).sort((a, b) => a - b)
      return h[Math.floor(h.length / 2)] ?? 0
    })
    return text.split('\f').slice(0, -1).map((page, i) => ({ text: page, wordHeight: heights[i] ?? 0 }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
