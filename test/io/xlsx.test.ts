/**
 * The .xlsx workbook (src/io/xlsx.ts): LibreOffice recalculates it and must get the app's figures to
 * the krona; the cached results, formats and the assumptions and sources sheets are read back too.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { compute } from '~/engine'
import type { Case, Result } from '~/engine'
import { createAppI18n } from '~/i18n'
import type { Locale } from '~/i18n'
import { listAssumptions } from '~/io/assumptions'
import type { Translate } from '~/io/assumptions'
import { columnLetter, COMPARISON_LAYOUT, moneyFormat, SCENARIO_LAYOUT, sheetName, toXlsx, workbookSheetNames } from '~/io/xlsx'
import type { WorkbookInput } from '~/io/xlsx'
import { loadCatalogue, parsed, presetJson, readJson } from '../fixtures/cases'
import { recalculate, requireSoffice } from './spreadsheet'

const catalogue = loadCatalogue()
const sources = (readJson('data/sources.json') as { sources: WorkbookInput['sources'] }).sources
const NOW = new Date('2026-03-04T09:30:00Z')

function translator(locale: Locale): Translate {
  const i18n = createAppI18n(locale)
  return (key, params) => i18n.global.t(key, params ?? {})
}

/** The shipped case at 3.5 % and 2 % escalation a year, so present values and escalated prices carry fractions. */
function discountedPreset(): Case {
  const json = presetJson() as unknown as { settings: Record<string, unknown> }
  json.settings.discountRate = 0.035
  json.settings.escalation = { general: 0.02 }
  return parsed(json, catalogue)
}

function input(model: Case, locale: Locale, cachedResults = true): WorkbookInput & { result: Result } {
  return {
    model,
    result: compute({ model, catalogue }),
    catalogue,
    sources,
    t: translator(locale),
    locale,
    now: NOW,
    appVersion: '9.8.7',
    cachedResults,
  }
}

/** A recalculated cell as a number (raw CSV value). */
function numberAt(sheet: string[][] | undefined, row: number, column: number): number {
  const text = sheet?.[row - 1]?.[column - 1]
  expect(text, `cell ${columnLetter(column)}${row}`).toBeDefined()
  const value = Number(text)
  expect(Number.isFinite(value), `cell ${columnLetter(column)}${row} = ${text}`).toBe(true)
  return value
}

describe('workbook recalculated by LibreOffice', () => {
  beforeAll(() => {
    requireSoffice()
  })

  it.each(['sv', 'en'] as const)('gives the app’s totals and present values to the krona (%s; 3.5 per cent rate, 2 per cent escalation)', async (locale) => {
    const data = input(discountedPreset(), locale, false)
    const { result } = data
    // The case is one where rounding and discounting matter: PV differs from the total.
    expect(result.scenarios[0]?.presentValue).not.toBe(result.scenarios[0]?.total)

    const sheets = await recalculate(await toXlsx(data))
    const names = workbookSheetNames(result, data.t, locale)
    const years = result.years.length
    const L = SCENARIO_LAYOUT
    let checked = 0

    result.scenarios.forEach((scenario, i) => {
      const sheet = sheets.get(names.scenarios[i] ?? '')
      expect(sheet, `sheet of ${scenario.id}`).toBeDefined()
      scenario.years.forEach((y, k) => {
        expect(Math.round(numberAt(sheet, L.totalRow, 2 + k)), `${scenario.id} ${y.year}`).toBe(y.total)
        checked++
      })
      expect(Math.round(numberAt(sheet, L.totalRow, 2 + years)), `${scenario.id} total`).toBe(scenario.total)
      expect(Math.round(numberAt(sheet, L.presentValueRow, 2)), `${scenario.id} present value`).toBe(scenario.presentValue)
      // Each category's row total is the sum of its years.
      for (let r = L.firstCategoryRow; r < L.totalRow; r++) {
        const sum = scenario.years.reduce((s, _, k) => s + numberAt(sheet, r, 2 + k), 0)
        expect(numberAt(sheet, r, 2 + years)).toBe(sum)
      }
      checked += 2
    })

    const comparison = sheets.get(names.comparison)
    const C = COMPARISON_LAYOUT
    const baseline = result.scenarios[0]
    result.scenarios.forEach((scenario, i) => {
      const r = C.firstRow + i
      expect(comparison?.[r - 1]?.[0]).toBe(typeof scenario.name === 'string' ? scenario.name : scenario.name[locale])
      expect(Math.round(numberAt(comparison, r, 2 + years))).toBe(scenario.total)
      expect(Math.round(numberAt(comparison, r, 3 + years))).toBe(scenario.presentValue)
      expect(Math.round(numberAt(comparison, r, 5 + years))).toBe(scenario.total - (baseline?.total ?? 0))
      checked += 3
    })
    expect(checked).toBe(result.scenarios.length * (years + 5))
  }, 120_000)

  it('recalculates a one-year horizon (no NPV part) to the app’s figure', async () => {
    const model = discountedPreset()
    model.settings.years = 1
    const data = input(model, 'sv', false)
    const sheets = await recalculate(await toXlsx(data))
    const names = workbookSheetNames(data.result, data.t, 'sv')
    const m365 = data.result.scenarios[0]
    expect(Math.round(numberAt(sheets.get(names.scenarios[0] ?? ''), SCENARIO_LAYOUT.presentValueRow, 2))).toBe(m365?.presentValue)
  }, 120_000)
})

describe('workbook as written', () => {
  let wb: ExcelJS.Workbook
  let data: ReturnType<typeof input>

  beforeAll(async () => {
    data = input(discountedPreset(), 'sv')
    wb = new ExcelJS.Workbook()
    await wb.xlsx.load((await toXlsx(data)).buffer as ArrayBuffer)
  })

  it('has a comparison sheet, one sheet per scenario, assumptions and sources, in that order', () => {
    const names = workbookSheetNames(data.result, data.t, 'sv')
    expect(wb.worksheets.map((w) => w.name)).toEqual([names.comparison, ...names.scenarios, names.assumptions, names.sources])
    expect(names.comparison).toBe('Jämförelse')
    expect(names.scenarios).toContain('Microsoft 365 i molnet')
    // A colon is not allowed in a sheet name, and names are at most 31 characters.
    expect(names.scenarios[3]).toBe('EU-hybrid Nextcloud, Rocket.Cha')
  })

  it('writes live formulas with the app’s figures as cached results, formatted as money', () => {
    const m365 = data.result.scenarios[0]
    const ws = wb.worksheets[1]
    const L = SCENARIO_LAYOUT
    const total = ws?.getCell(`G${L.totalRow}`)
    expect(total?.value).toEqual({ formula: `SUM(B${L.totalRow}:F${L.totalRow})`, result: m365?.total })
    expect(ws?.getCell(`B${L.totalRow}`).value).toEqual({ formula: `SUM(B${L.firstCategoryRow}:B${L.totalRow - 1})`, result: m365?.years[0]?.total })
    expect(ws?.getCell(`B${L.presentValueRow}`).value).toEqual({
      formula: `B${L.totalRow}+NPV(B${L.rateRow},C${L.totalRow}:F${L.totalRow})`,
      result: m365?.presentValue,
    })
    expect(ws?.getCell(`B${L.rateRow}`).value).toBe(0.035)
    expect(total?.numFmt).toBe(moneyFormat('SEK', 'sv'))
    expect(ws?.getCell(`D${L.firstCategoryRow}`).value).toBe(m365?.years[2]?.categories.licences)
    expect(wb.worksheets[0]?.getCell('A2').value).toBe('Skapad 2026-03-04 med Vägval 9.8.7.')
  })

  it('lists every input on the assumptions sheet with its source or “Eget antagande”', () => {
    const rows = listAssumptions(data.model, catalogue, data.t, 'sv')
    const ws = wb.getWorksheet('Antaganden')
    expect(ws?.rowCount).toBe(rows.length + 1)
    const byLabel = new Map<string, ExcelJS.Row>()
    ws?.eachRow((row) => byLabel.set(String(row.getCell(2).value), row))
    const e3 = byLabel.get('Medarbetare med E3-licens')
    expect(e3?.getCell(3).value).toBe(2300)
    expect(e3?.getCell(8).value).toBe('eskilstuna-utredning-2022')
    expect(e3?.getCell(9).value).toBe('Kostnadsförslag, MS Teams')
    const rate = byLabel.get('Diskonteringsränta')
    expect(rate?.getCell(3).value).toBe(0.035)
    expect(rate?.getCell(8).value).toBe('Eget antagande')
    const price = byLabel.get('Microsoft 365 E3')
    expect(price?.getCell(3).value).toBe(4050)
    expect(price?.getCell(3).numFmt).toBe(moneyFormat('SEK', 'sv'))
    // Unknown prices are written as unknown with their reason, never as 0.
    const jitsi = byLabel.get('Jitsi Meet')
    expect(jitsi?.getCell(3).value).toBe('okänt')
    expect(String(jitsi?.getCell(7).value).length).toBeGreaterThan(0)
  })

  it('lists every cited source with its title and the places cited', () => {
    const ws = wb.getWorksheet('Källor')
    const ids: string[] = []
    ws?.eachRow((row, r) => r > 1 && ids.push(String(row.getCell(1).value)))
    expect(ids).toContain('eskilstuna-utredning-2022')
    expect(new Set(ids).size).toBe(ids.length)
    const study = ws?.getRows(2, ids.length)?.find((r) => r.getCell(1).value === 'eskilstuna-utredning-2022')
    expect(study?.getCell(2).value).toBe('Utredning digital samarbetsplattform')
    expect(String(study?.getCell(5).value)).toContain('Kostnadsförslag, MS Teams')
  })

  it('uses English texts and an SEK code format in English', async () => {
    const en = input(discountedPreset(), 'en')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await toXlsx(en)).buffer as ArrayBuffer)
    expect(book.worksheets[0]?.name).toBe('Comparison')
    expect(book.worksheets[1]?.name).toBe('Microsoft 365 in the cloud')
    expect(book.worksheets[1]?.getCell(`G${SCENARIO_LAYOUT.totalRow}`).numFmt).toBe('"SEK" #,##0;-"SEK" #,##0;"SEK" 0')
  })
})

describe('sheet names and columns', () => {
  it.each([
    ['Plain', 'Plain'],
    ['a/b:c*d?e[f]g\\h', 'a b c d e f g h'],
    ["'quoted'", 'quoted'],
    ['x'.repeat(40), 'x'.repeat(31)],
    ['', 'Sheet'],
  ])('makes %j a valid sheet name %j', (wanted, name) => {
    expect(sheetName(wanted, new Set())).toBe(name)
  })

  it('keeps names unique, ignoring case', () => {
    const taken = new Set<string>()
    expect([sheetName('Webex', taken), sheetName('WEBEX', taken), sheetName('webex', taken)]).toEqual(['Webex', 'WEBEX (2)', 'webex (3)'])
  })

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter)
  })
})
