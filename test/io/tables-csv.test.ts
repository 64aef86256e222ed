/** CSV of the workbook's tables (src/io/tables-csv.ts). */
import { describe, expect, it } from 'vitest'
import { compute } from '~/engine'
import { createAppI18n } from '~/i18n'
import type { Locale } from '~/i18n'
import type { Translate } from '~/io/assumptions'
import { toAssumptionsCsv, toChartCsv, toComparisonCsv, toCsv, toSourcesCsv } from '~/io/tables-csv'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'
import { parseCsv } from './spreadsheet'

const catalogue = loadCatalogue()
const model = loadPreset()
const result = compute({ model, catalogue })
const sources = (readJson('data/sources.json') as { sources: Parameters<typeof toSourcesCsv>[2] }).sources
const tr = (locale: Locale): Translate => {
  const i18n = createAppI18n(locale)
  return (key, params) => i18n.global.t(key, params ?? {})
}

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, writes empty cells for null, and ends lines in CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', null, 3], ['line\nbreak', undefined, -900000, '']])).toBe(
      '"a,b","say ""hi""",,3\r\n"line\nbreak",,-900000,\r\n',
    )
  })
})

describe('comparison CSV', () => {
  it('has one row per scenario with the app’s totals as plain numbers', () => {
    const rows = parseCsv(toComparisonCsv(result, tr('sv'), 'sv'))
    expect(rows[0]).toEqual(['id', 'Scenario', '2023', '2024', '2025', '2026', '2027', 'Totalt', 'Nuvärde', 'Per användare och år', 'Fullständigt'])
    expect(rows[1]).toEqual(['m365', 'Microsoft 365 i molnet', '25775000', '18195000', '14695000', '14695000', '14695000', '88055000', '88055000', '1324', 'ja'])
    expect(rows).toHaveLength(result.scenarios.length + 1)
  })

  it('speaks English in English', () => {
    expect(parseCsv(toComparisonCsv(result, tr('en'), 'en'))[1]?.[1]).toBe('Microsoft 365 in the cloud')
  })
})

describe('assumptions and sources CSV', () => {
  it('lists each input with its value and source, an unknown as “okänt”', () => {
    const rows = parseCsv(toAssumptionsCsv(model, catalogue, tr('sv'), 'sv'))
    const e3 = rows.find((r) => r[1] === 'Medarbetare med E3-licens')
    expect(e3?.slice(2, 4)).toEqual(['2300', 'användare'])
    expect(e3?.[7]).toBe('eskilstuna-utredning-2022')
    expect(rows.find((r) => r[1] === 'Jitsi Meet')?.[2]).toBe('okänt')
    expect(rows.find((r) => r[1] === 'Startår')?.[7]).toBe('Eget antagande')
  })

  it('lists each cited source once, with title and places', () => {
    const rows = parseCsv(toSourcesCsv(model, catalogue, sources, tr('en'), 'en'))
    expect(rows[0]?.[0]).toBe('Id')
    const study = rows.filter((r) => r[0] === 'eskilstuna-utredning-2022')
    expect(study).toHaveLength(1)
    expect(study[0]?.[1]).toBe('Utredning digital samarbetsplattform')
  })
})

describe('chart CSV', () => {
  it('writes one row per label and one column per series', () => {
    const csv = toChartCsv({ labels: ['2023', '2024'], datasets: [{ label: 'Licenser', data: [1, 2] }, { label: 'Drift, egen', data: [3, 4] }] }, 'År')
    expect(csv).toBe('År,Licenser,"Drift, egen"\r\n2023,1,3\r\n2024,2,4\r\n')
  })
})
