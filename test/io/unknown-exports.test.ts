/**
 * Issue 9's rule for exports, over every field the shipped case does not know: no export shows an
 * unknown as 0, none or "inga", and every amount that leaves one out says so beside it — in the
 * workbook (inputs, lines, totals, comparison) and in every CSV, in Swedish and English.
 */
import { Workbook } from '@cj-tech-master/excelts'
import type { Worksheet } from '@cj-tech-master/excelts'
import { describe, expect, it } from 'vitest'
import { toCostChartData, toCumulativeChartData } from '~/components/chart/chartData'
import { compute, inputKey, inputSlots, isUnknown, slotValue } from '~/engine'
import { createAppI18n } from '~/i18n'
import { messages as exportsMessages } from '~/i18n/exports'
import { messages as workbenchMessages } from '~/i18n/workbench'
import type { Locale } from '~/i18n'
import type { Translate } from '~/io/assumptions'
import { localise } from '~/io/assumptions'
import { toResultCsv } from '~/io/result-export'
import { toAssumptionsCsv, toChartCsv, toComparisonCsv, toResultTableCsv, toSourcesCsv } from '~/io/tables-csv'
import { buildWorkbook, toXlsx } from '~/io/xlsx'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'
import { parseCsv } from './spreadsheet'

const catalogue = loadCatalogue()
const model = loadPreset()
const result = compute({ model, catalogue })
const sources = (readJson('data/sources.json') as { sources: Parameters<typeof toSourcesCsv>[2] }).sources
/** The inputs the shipped case does not know (prices, amounts, counts…), as the engine lists them. */
const unknowns = inputSlots(model, catalogue).filter((s) => isUnknown(slotValue(s) as never))
const incomplete = result.scenarios.filter((s) => !s.complete)

/** Words that would read as "nothing" or "no risk" where something is not known. */
const NOTHING = new Set(['inga', 'none', 'ingen', 'no', 'nej'])

function translator(locale: Locale): Translate {
  const i18n = createAppI18n(locale, exportsMessages, workbenchMessages)
  return (key, params) => i18n.global.t(key, params ?? {})
}

/** CSV rows of either dialect (the Swedish one separates by semicolons). */
function rows(text: string, locale: Locale): string[][] {
  if (locale === 'en') return parseCsv(text)
  let quoted = false
  let swapped = ''
  for (const c of text) {
    if (c === '"') quoted = !quoted
    swapped += !quoted && c === ';' ? ',' : !quoted && c === ',' ? '\u0000' : c
  }
  return parseCsv(swapped).map((r) => r.map((cell) => cell.replaceAll('\u0000', ',')))
}

describe('the shipped case’s unknowns in every export', () => {
  it('has unknowns to test, and incomplete paths', () => {
    expect(unknowns.length).toBeGreaterThanOrEqual(3)
    expect(incomplete.map((s) => s.id)).toContain('eu-hybrid')
  })

  describe.each(['sv', 'en'] as const)('in %s', (locale) => {
    const t = translator(locale)
    const unknown = t('exports.xlsx.unknown')
    const notComplete = t('exports.xlsx.noAtLeast')

    it('every CSV marks each incomplete amount and never writes "none" for an unknown', () => {
      const comparison = rows(toComparisonCsv(result, t, locale), locale)
      for (const s of result.scenarios) {
        const row = comparison.find((r) => r[0] === s.id)
        expect(row?.at(-1), `comparison: ${s.id}`).toBe(s.complete ? t('exports.xlsx.yes') : notComplete)
      }
      const table = rows(toResultTableCsv(result, t, locale), locale)
      const machine = parseCsv(toResultCsv(result))
      for (const s of result.scenarios) {
        for (const y of s.years) {
          for (const c of y.incomplete) {
            const row = table.find((r) => r[0] === s.id && r[2] === String(y.year) && r[3] === t(`category.${c}`))
            expect(row?.[5], `result table: ${s.id} ${y.year} ${c}`).toBe(notComplete)
            expect(machine.find((r) => r[0] === s.id && r[1] === String(y.year) && r[2] === c)?.[4]).toBe('false')
          }
        }
      }
      const cumulative = rows(toChartCsv(toCumulativeChartData(result, (s) => localise(s.name, locale)), t, locale), locale)
      for (const s of incomplete) {
        const total = (cumulative[0] ?? []).indexOf(localise(s.name, locale))
        expect(cumulative.at(-1)?.[total + 1], `cumulative chart: ${s.id}`).toBe(notComplete)
        const bars = rows(toChartCsv(toCostChartData(s, (c) => t(`category.${c}`)), t, locale), locale)
        // The first year and category that leave out an unknown (licences for EU hybrid, the unknown
        // switching costs under implementation for Nextcloud and Webex).
        const k = s.years.findIndex((y) => y.incomplete.length > 0)
        const category = s.years[k]?.incomplete[0] ?? 'licences'
        const column = (bars[0] ?? []).indexOf(t(`category.${category}`))
        expect(bars[k + 1]?.[column + 1], `cost chart: ${s.id} ${category}`).toBe(notComplete)
      }
      const assumptions = rows(toAssumptionsCsv(model, catalogue, t, locale), locale)
      for (const slot of unknowns) {
        const name = slot.subject === undefined ? '' : localise(slot.subject, locale)
        const row = assumptions.find((r) => (r[1] ?? '').includes(name) && r[2] === unknown)
        expect(row, `assumptions: ${slot.key} shown as ${unknown}`).toBeDefined()
      }
      const all = [comparison, table, cumulative, assumptions, rows(toSourcesCsv(model, catalogue, sources, t, locale), locale)]
      for (const cell of all.flat(2)) expect(NOTHING.has(cell.trim().toLowerCase()), `a cell reading "${cell}"`).toBe(false)
    })

    it('the workbook leaves each unknown input empty and marked, shows its lines as unknown, and its totals as minimums', async () => {
      const input = { model, result, catalogue, sources, t, locale, now: new Date('2026-03-04'), appVersion: '0.1.0' }
      const { layout } = await buildWorkbook(input)
      const book = new Workbook()
      await book.xlsx.load((await toXlsx(input)).slice().buffer)
      const inputs = book.getWorksheet(layout.sheets.inputs) as Worksheet
      for (const slot of unknowns) {
        const place = layout.inputs.get(inputKey(slot.ref))
        expect(place, slot.key).toBeDefined()
        const cell = inputs.getCell(place?.cell ?? 'A1')
        expect(cell.value, `${slot.key} is an empty input cell`).toBeNull()
        expect(String(inputs.getRow(Number(cell.row)).getCell(7).value).startsWith(unknown), `${slot.key} is marked`).toBe(true)
      }
      /** The shown value of a cell: a formula's cached result, or the value. */
      const shown = (ws: Worksheet, ref: string) => {
        const v = ws.getCell(ref).value
        return v !== null && typeof v === 'object' && 'formula' in v ? v.result : v
      }
      result.scenarios.forEach((s, i) => {
        const ws = book.getWorksheet(layout.sheets.scenarios[i] ?? '') as Worksheet
        const id = s.id.replaceAll('-', '_')
        expect(shown(ws, layout.names.get(`complete_${id}`)?.cell ?? 'A1'), `complete_${s.id}`).toBe(s.complete)
        // Every line-year the engine cannot compute reads "unknown", never 0.
        for (const line of s.lines) {
          line.amounts.forEach((amount, k) => {
            if (amount !== null) return
            let found = false
            ws.eachRow((row) => {
              if (found || row.getCell(1).value !== localise(line.label, locale) || row.getCell(3 + s.years.length).value !== t(`category.${line.category}`)) return
              found = true
              expect(shown(ws, `${String.fromCharCode(66 + k)}${row.number}`), `${s.id} ${line.key} ${s.years[k]?.year}`).toBe(unknown)
              // …and so does the line's total: not the sum of its known years.
              expect(shown(ws, `${String.fromCharCode(66 + s.years.length)}${row.number}`), `${s.id} ${line.key} total`).toBe(unknown)
            })
            expect(found, `${s.id} ${line.key} has a row`).toBe(true)
          })
        }
      })
      // Each category that leaves out an unknown says "at least" beside it.
      for (const s of incomplete) {
        const ws = book.getWorksheet(layout.sheets.scenarios[result.scenarios.indexOf(s)] ?? '') as Worksheet
        ws.eachRow((row) => {
          const category = (['licences', 'training', 'implementation', 'operations', 'exit', 'benefits'] as const).find((c) => row.getCell(1).value === t(`category.${c}`))
          if (!category || row.number > 12) return
          const isIncomplete = s.years.some((y) => y.incomplete.includes(category))
          expect(shown(ws, `${String.fromCharCode(67 + s.years.length)}${row.number}`) ?? '', `${s.id} ${category}`).toBe(isIncomplete ? (locale === 'sv' ? 'minst' : 'at least') : '')
        })
      }
      const comparison = book.getWorksheet(layout.sheets.comparison) as Worksheet
      const texts: unknown[] = []
      for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell((cell) => texts.push(cell.value)))
      expect(texts.filter((v) => typeof v === 'string' && NOTHING.has(v.trim().toLowerCase()))).toEqual([])
      for (const s of incomplete) {
        const row = result.scenarios.indexOf(s) + 7
        const status = comparison.getRow(row).getCell(5 + result.years.length).value as { result?: string }
        expect(status.result, `comparison status of ${s.id}`).toBe(notComplete)
      }
    })
  })
})
