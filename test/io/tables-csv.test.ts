/**
 * The CSV files a person downloads (src/io/tables-csv.ts): in the interface's language and its
 * spreadsheet's dialect, with a completeness column beside the amounts, and every formula-looking
 * text neutralised. LibreOffice opens them as a Swedish and an English user would (formulas evaluated).
 */
import { Workbook } from '@cj-tech-master/excelts'
import { describe, expect, it } from 'vitest'
import { toCostChartData, toCumulativeChartData } from '~/components/chart/chartData'
import { compute } from '~/engine'
import type { Case } from '~/engine'
import { createAppI18n } from '~/i18n'
import { messages as exportsMessages } from '~/i18n/exports'
import type { Locale } from '~/i18n'
import type { Translate } from '~/io/assumptions'
import { toAssumptionsCsv, toChartCsv, toComparisonCsv, toCsv, toResultTableCsv, toSourcesCsv, CSV_DIALECTS } from '~/io/tables-csv'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'
import { openCsvInCalc, parseCsv } from './spreadsheet'

const catalogue = loadCatalogue()
const model = loadPreset()
const result = compute({ model, catalogue })
const sources = (readJson('data/sources.json') as { sources: Parameters<typeof toSourcesCsv>[2] }).sources
const tr = (locale: Locale): Translate => {
  const i18n = createAppI18n(locale, exportsMessages)
  return (key, params) => i18n.global.t(key, params ?? {})
}
/** Parses a CSV of a dialect (semicolons in Swedish). */
const rowsOf = (text: string, locale: Locale) => parseCsv(locale === 'sv' ? swapSeparators(text) : text)

/** Semicolon CSV → comma CSV for the test's parser: separators outside quotes only. */
function swapSeparators(text: string): string {
  let quoted = false
  let out = ''
  for (const c of text) {
    if (c === '"') quoted = !quoted
    out += !quoted && c === ';' ? ',' : !quoted && c === ',' ? '\u0000' : c
  }
  return out
}
const unswap = (cell: string | undefined) => cell?.replaceAll('\u0000', ',')

describe('toCsv', () => {
  it('quotes fields with the separator, quotes and line breaks, writes empty cells for null, and ends lines in CRLF', () => {
    expect(toCsv([['a,b', 'say "hi"', null, 3], ['line\nbreak', undefined, -900000, '']])).toBe('"a,b","say ""hi""",,3\r\n"line\nbreak",,-900000,\r\n')
  })

  it('writes Swedish CSV with semicolons and a decimal comma, and English with commas and a dot; a text with any separator is quoted in both', () => {
    expect(toCsv([['a;b', 'c,d', 0.035, 4050.5, -12]], CSV_DIALECTS.sv)).toBe('"a;b";"c,d";0,035;4050,5;-12\r\n')
    expect(toCsv([['a;b', 'c,d', 0.035, 4050.5, -12]], CSV_DIALECTS.en)).toBe('"a;b","c,d",0.035,4050.5,-12\r\n')
  })

  it.each([
    ['=1+2', "'=1+2"],
    ['+46 70', "'+46 70"],
    ['-5 %', "'-5 %"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', `"'\tx"`],
    ['Webex', 'Webex'],
    // Issue 22: a cell begins after any separator when the file is opened with another separator than its own.
    ['x;=1+1;y', `"x;'=1+1;y"`],
    ['x,=1+1,y', `"x,'=1+1,y"`],
    ['x\t=1+1\ty', `"x\t'=1+1\ty"`],
    ['Drift; -5+6', `"Drift; '-5+6"`],
    ['a;"@SUM(1;2)"', `"a;""'@SUM(1;2)"""`],
    ['one\n=2', `"one\n'=2"`],
  ])('neutralises %j as %j', (text, written) => {
    expect(toCsv([[text]])).toBe(`${written}\r\n`)
  })

  it('never writes a number in exponent notation', () => {
    expect(toCsv([[1e-7, 123456789012345680000, 0.1 + 0.2]])).toBe('0.0000001,123456789012345680000,0.30000000000000004\r\n')
  })
})

describe('comparison and result CSV', () => {
  it('has one row per scenario with the app’s totals, in Swedish with semicolons', () => {
    const rows = rowsOf(toComparisonCsv(result, tr('sv'), 'sv'), 'sv')
    expect(rows[0]).toEqual(['id', 'Scenario', '2023', '2024', '2025', '2026', '2027', 'Totalt', 'Nuvärde', 'Per användare och år', 'Fullständigt'])
    expect(rows[1]).toEqual(['m365', 'Microsoft 365 i molnet', '25775000', '18195000', '14695000', '14695000', '14695000', '88055000', '88055000', '1324', 'ja'])
    expect(unswap(rows.find((r) => r[0] === 'eu-hybrid')?.[10])).toBe('nej, beloppen är minimibelopp')
    expect(rows).toHaveLength(result.scenarios.length + 1)
  })

  it('speaks English in English', () => {
    const rows = rowsOf(toComparisonCsv(result, tr('en'), 'en'), 'en')
    expect(rows[0]?.[7]).toBe('Total')
    expect(rows[1]?.[1]).toBe('Microsoft 365 in the cloud')
  })

  it('gives each scenario, year and category with its completeness, headed in the interface’s language', () => {
    const rows = rowsOf(toResultTableCsv(result, tr('sv'), 'sv'), 'sv')
    expect(rows[0]).toEqual(['id', 'Scenario', 'År', 'Kategori', 'Belopp (SEK)', 'Fullständigt'])
    expect(rows).toHaveLength(1 + 5 * 5 * 6)
    expect(rows[1]).toEqual(['m365', 'Microsoft 365 i molnet', '2023', 'Licenser', '15595000', 'ja'])
    const hybrid = rows.find((r) => r[0] === 'eu-hybrid' && r[3] === 'Licenser')
    expect(unswap(hybrid?.[5])).toBe('nej, beloppen är minimibelopp')
    expect(rowsOf(toResultTableCsv(result, tr('en'), 'en'), 'en')[0]).toEqual(['id', 'Scenario', 'Year', 'Category', 'Amount (SEK)', 'Complete'])
  })
})

describe('assumptions and sources CSV', () => {
  it('lists each input with its value and source, an unknown as “okänt”', () => {
    const rows = rowsOf(toAssumptionsCsv(model, catalogue, tr('sv'), 'sv'), 'sv')
    const e3 = rows.find((r) => r[1] === 'Medarbetare med E3-licens')
    expect(e3?.slice(2, 4)).toEqual(['2300', 'användare'])
    expect(e3?.[7]).toBe('eskilstuna-utredning-2022')
    expect(rows.find((r) => r[1] === 'Jitsi Meet')?.[2]).toBe('okänt')
    expect(rows.find((r) => r[1] === 'Valuta')?.[7]).toBe('Eget antagande')
    // The horizon is the case's reading of its documents, cited where the reading is made (issue 21).
    expect(rows.find((r) => r[1] === 'Startår')?.[7]).toBe('eskilstuna-ks-2022')
    // … and marked as the case's reading, not the document's words.
    expect(rows.find((r) => r[1] === 'Startår')?.[6]).toMatch(/Fallets antagande: .*2023–2027/)
    expect(rows.find((r) => r[1] === 'Medarbetare med E3-licens')?.[6]).toContain('Fallets antagande: ')
  })

  it('lists each cited source once, with title and places', () => {
    const rows = rowsOf(toSourcesCsv(model, catalogue, sources, tr('en'), 'en'), 'en')
    expect(rows[0]?.[0]).toBe('Id')
    const study = rows.filter((r) => r[0] === 'eskilstuna-utredning-2022')
    expect(study).toHaveLength(1)
    expect(study[0]?.[1]).toBe('Utredning digital samarbetsplattform')
  })
})

describe('chart CSV', () => {
  it('writes one row per label, and per series its figure and whether it is complete', () => {
    const csv = toChartCsv(
      { labels: ['2023', '2024'], datasets: [{ label: 'Licenser', data: [1, 2], incomplete: [false, true] }, { label: 'Drift, egen', data: [3, 4] }] },
      tr('en'),
      'en',
    )
    expect(csv).toBe('Year,Licenser,Licenser: complete,"Drift, egen","Drift, egen: complete"\r\n2023,1,yes,3,unknown\r\n2024,2,"no, the amounts are minimums",4,unknown\r\n')
  })

  it('marks the shipped case’s incomplete paths in the cumulative chart’s and the cost chart’s data', () => {
    const cumulative = rowsOf(toChartCsv(toCumulativeChartData(result, (s) => (typeof s.name === 'string' ? s.name : s.name.sv)), tr('sv'), 'sv'), 'sv')
    const header = cumulative[0] ?? []
    const hybrid = header.findIndex((h) => unswap(h)?.startsWith('EU-hybrid') && !h.endsWith('fullständigt'))
    expect(unswap(cumulative[5]?.[hybrid + 1])).toBe('nej, beloppen är minimibelopp')
    expect(cumulative[5]?.[2]).toBe('ja')
    const hybridResult = result.scenarios.find((s) => s.id === 'eu-hybrid')
    if (!hybridResult) throw new Error('no eu-hybrid')
    const bars = rowsOf(toChartCsv(toCostChartData(hybridResult, (c) => c), tr('sv'), 'sv'), 'sv')
    expect(bars[0]?.slice(0, 3)).toEqual(['År', 'licences', 'licences: fullständigt'])
    expect(unswap(bars[1]?.[2])).toBe('nej, beloppen är minimibelopp')
  })
})

describe('CSV opened in a spreadsheet', () => {
  /** The shipped case with formula-looking texts wherever a person or a share link can put text. */
  function hostile(): Case {
    const copy = structuredClone(model)
    copy.settings.discountRate = 0.035
    const s0 = copy.scenarios[0]
    const s1 = copy.scenarios[1]
    if (s0) s0.name = '=1+2'
    if (s1) s1.name = '@SUM(1;2)'
    const cost = copy.scenarios[0]?.costs[0]
    if (cost) cost.label = '+3*4'
    copy.sources = [{ id: 'own', title: '-5+6', organisation: '=HYPERLINK("x")', date: '2026' }]
    if (cost) cost.source = { source: 'own', locator: '=A1' }
    return copy
  }
  const texts = ['=1+2', '@SUM(1;2)', '+3*4', '-5+6', '=HYPERLINK("x")', '=A1']

  /** Formula starters after a separator, of every kind, wherever a person or a share link can put text (issue 22). */
  function hostileInside(): Case {
    const copy = structuredClone(model)
    const names = ['x;=1+1;y', 'x,=2+2,y', 'x\t=3+3\ty', 'Drift; -5+6', 'a,"@SUM(1;2)"']
    copy.scenarios.forEach((s, i) => {
      s.name = names[i % names.length] ?? 'x'
    })
    const cost = copy.scenarios[0]?.costs[0]
    if (cost) cost.label = 'lön;+3*4'
    copy.organisation.groups.forEach((g) => {
      g.name = 'grupp,=HYPERLINK("x")'
    })
    copy.sources = [{ id: 'own', title: 't;=A1', organisation: 'o,-1+1', date: '2026' }]
    if (cost) cost.source = { source: 'own', locator: 's\t@A1' }
    return copy
  }

  /** Counts the cells that became formulas in workbooks LibreOffice made of CSV files. */
  async function formulasIn(books: Map<string, Uint8Array>): Promise<string[]> {
    const found: string[] = []
    for (const [name, bytes] of books) {
      const book = new Workbook()
      await book.xlsx.load(bytes.slice().buffer)
      for (const sheet of book.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            const value = cell.value
            if (value !== null && typeof value === 'object' && 'formula' in value) found.push(`${name}!${cell.address}: ${String(value.formula)}`)
          }),
        )
      }
    }
    return found
  }

  it.each([',', ';', '\t'] as const)('finds no formula when the Swedish and English files are opened split at %j', async (separator) => {
    const hostileModel = hostileInside()
    const hostileResult = compute({ model: hostileModel, catalogue })
    const files: Record<string, string> = {}
    for (const locale of ['sv', 'en'] as const) {
      const t = tr(locale)
      files[`${locale}-comparison`] = toComparisonCsv(hostileResult, t, locale)
      files[`${locale}-result`] = toResultTableCsv(hostileResult, t, locale)
      files[`${locale}-assumptions`] = toAssumptionsCsv(hostileModel, catalogue, t, locale)
      files[`${locale}-sources`] = toSourcesCsv(hostileModel, catalogue, sources, t, locale)
      files[`${locale}-chart`] = toChartCsv(toCumulativeChartData(hostileResult, (s) => (typeof s.name === 'string' ? s.name : s.name[locale])), t, locale)
    }
    const books = await openCsvInCalc(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, `\uFEFF${v}`])), separator === ';' ? 'sv' : 'en', separator)
    expect(books.size).toBe(10)
    expect(await formulasIn(books)).toEqual([])
  }, 240_000)

  it.each(['sv', 'en'] as const)('keeps formula-looking names as text and numbers as numbers (%s)', async (locale) => {
    const hostileModel = hostile()
    const hostileResult = compute({ model: hostileModel, catalogue })
    const t = tr(locale)
    const files = {
      comparison: toComparisonCsv(hostileResult, t, locale),
      result: toResultTableCsv(hostileResult, t, locale),
      assumptions: toAssumptionsCsv(hostileModel, catalogue, t, locale),
      sources: toSourcesCsv(hostileModel, catalogue, sources, t, locale),
      chart: toChartCsv(toCumulativeChartData(hostileResult, (s) => (typeof s.name === 'string' ? s.name : s.name[locale])), t, locale),
    }
    const books = await openCsvInCalc(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, `\uFEFF${v}`])), locale)
    const found = new Set<string>()
    let formulas = 0
    for (const [name, bytes] of books) {
      const book = new Workbook()
      await book.xlsx.load(bytes.slice().buffer)
      book.worksheets[0]?.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value
          if (value !== null && typeof value === 'object' && 'formula' in value) formulas++
          if (typeof value === 'string') {
            const text = value.replace(/^'/, '')
            if (texts.includes(text)) found.add(text)
          }
        }),
      )
      // The figures open as numbers, with the language's decimal sign understood.
      if (name === 'comparison') expect(book.worksheets[0]?.getCell('H2').value, `${name} total`).toBe(hostileResult.scenarios[0]?.total)
      if (name === 'assumptions') {
        let rate: unknown
        book.worksheets[0]?.eachRow((row) => {
          if (row.getCell(2).value === t('exports.assumptions.discountRate')) rate = row.getCell(3).value
        })
        expect(rate).toBe(0.035)
      }
    }
    expect(formulas, 'no cell became a formula').toBe(0)
    expect([...found].sort()).toEqual([...texts].sort())
  }, 240_000)
})
