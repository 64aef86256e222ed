/** Result → plain JSON and CSV (src/io/result-export.ts), the shape of CONTRACT §2. */
import { describe, expect, it } from 'vitest'
import { csvField, toResultCsv, toResultJson } from '~/io/result-export'
import { buildCase, product, run, runPreset, scenario } from '../fixtures/cases'

const preset = runPreset()

describe('toResultJson', () => {
  const json = toResultJson(preset)

  it('keeps the result figures and flattens texts to Swedish', () => {
    const m365 = json.scenarios[0]
    expect(json).toMatchObject({ currency: 'SEK', years: [2023, 2024, 2025, 2026, 2027], discountRate: 0 })
    expect(m365).toMatchObject({
      id: 'm365',
      name: 'Microsoft 365 i molnet',
      complete: true,
      missing: [],
      total: 88_055_000,
      presentValue: 88_055_000,
      perUserYear: 1_324,
      licenceYear: 2023,
    })
    expect(m365?.licences[0]).toEqual({
      productId: 'm365-e3', name: 'Microsoft 365 E3', users: 2_300, pricePerUser: 4_050, annual: 9_315_000,
      unit: 'user-year', priceOverridden: false,
    })
    expect(m365?.years[2]).toEqual({
      year: 2025,
      total: 14_695_000,
      categories: { licences: 15_595_000, training: 0, implementation: 0, operations: 0, exit: 0, benefits: -900_000 },
      incomplete: [],
    })
    expect(m365?.warnings[0]).toMatchObject({ code: 'stated-total-mismatch', stated: 15_634_200, computed: 15_595_000 })
  })

  it('names what is missing by kind, id, Swedish name and reason', () => {
    const hybrid = json.scenarios.find((s) => s.id === 'eu-hybrid')
    expect(hybrid?.missing).toContainEqual(expect.objectContaining({ kind: 'price', id: 'jitsi-meet', name: 'Jitsi Meet' }))
    expect(hybrid?.years[0]?.incomplete).toEqual(['licences'])
  })

  it('leaves out the raw lines unless asked for, and rounds them when given', () => {
    expect(json.scenarios.every((s) => s.lines === undefined)).toBe(true)
    const withLines = toResultJson(preset, { lines: true })
    expect(withLines.scenarios[0]?.lines?.[0]).toEqual({
      key: 'licence:0', kind: 'licence', category: 'licences', name: 'Microsoft 365 E3', productId: 'm365-e3',
      counted: true, amounts: [9_315_000, 9_315_000, 9_315_000, 9_315_000, 9_315_000],
    })
    // 3 users × 100.5 kr = 301.5 a year: shown as 302 (half away from zero).
    const fractional = run(
      buildCase({
        organisation: { groups: [{ id: 'few', name: 'Få', users: 3 }] },
        settings: { years: 1 },
        products: [product('odd', 100.5)],
        scenarios: [scenario({ licences: [{ productId: 'odd', groups: ['few'] }] })],
      }),
    )
    expect(toResultJson(fractional, { lines: true }).scenarios[0]?.lines?.[0]?.amounts).toEqual([302])
  })

  it('is plain data: survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })
})

describe('toResultCsv', () => {
  it('writes the header and one row per scenario, year and category, in the contract order', () => {
    const rows = toResultCsv(preset).split('\n')
    expect(rows[0]).toBe('scenario,year,category,amount,complete')
    expect(rows.at(-1)).toBe('') // ends with a line break
    expect(rows).toHaveLength(1 + 5 * 5 * 6 + 1)
    expect(rows.slice(1, 7).map((r) => r.split(',')[2])).toEqual([
      'licences', 'training', 'implementation', 'operations', 'exit', 'benefits',
    ])
    expect(rows).toContain('nextcloud,2027,licences,23940000,true')
    // A category that leaves out an unknown says so beside its amount, never reads as complete.
    expect(rows).toContain('eu-hybrid,2027,licences,39535000,false')
  })

  it('can end lines with CRLF for spreadsheets', () => {
    expect(toResultCsv(preset, { eol: '\r\n' }).startsWith('scenario,year,category,amount,complete\r\nm365,2023,licences,15595000,true\r\n')).toBe(true)
  })

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hej"', '"say ""hej"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=cmd()', "'=cmd()"],
    ['-5 %', "'-5 %"],
    [-900000, '-900000'],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })
})
