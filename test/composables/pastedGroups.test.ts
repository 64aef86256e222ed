/**
 * Groups pasted from a spreadsheet, every row as read: Swedish and English numbers by the fields' own
 * reader, a header recognised by having no digit, a count word after a count, bad rows holding the
 * whole paste back by row number. Issue 22: `Kontor⇥1,000` gave 1 user, a first row `Kontor⇥1.000`
 * was dropped as a header, and a single row `A⇥1 200 st` was "no rows".
 */
import { describe, expect, it } from 'vitest'
import { readPastedGroups } from '~/composables/pastedGroups'

const faultsOf = (text: string, locale: 'sv' | 'en' = 'sv') =>
  readPastedGroups(text, locale).rows.flatMap((r) => (r.fault ? [{ row: r.row, fault: r.fault, cell: r.cell, problem: r.reading?.ok === false ? r.reading.problem : undefined }] : []))

describe('pasted groups', () => {
  it('reads Swedish counts with spaces (and no-break spaces) as thousands separators, after a header row', () => {
    const read = readPastedGroups('Grupp\tAntal\nKontorspersonal\t1 200\nVård och omsorg\t3\u00a0400\n', 'sv')
    expect(read.header).toEqual({ row: 1, cells: ['Grupp', 'Antal'] })
    expect(read.groups).toEqual([
      { name: 'Kontorspersonal', users: 1200 },
      { name: 'Vård och omsorg', users: 3400 },
    ])
    expect(read.rows.map((r) => [r.row, r.count, r.reading])).toEqual([
      [2, '1 200', { ok: true, value: 1200 }],
      [3, '3\u00a0400', { ok: true, value: 3400 }],
    ])
  })

  it('refuses an English-locale sheet’s 1,000 in either language, with both readings, until told how the sheet writes numbers', () => {
    const text = 'Kontor\t1,000\nSkola\t2,000\nElever\t12,000'
    for (const locale of ['sv', 'en'] as const) {
      const read = readPastedGroups(text, locale)
      expect(read.groups).toEqual([])
      expect(read.isAmbiguous).toBe(true)
      expect(read.rows.map((r) => r.reading)).toEqual([
        { ok: false, problem: 'ambiguous', readings: [1, 1000] },
        { ok: false, problem: 'ambiguous', readings: [2, 2000] },
        { ok: false, problem: 'ambiguous', readings: [12, 12000] },
      ])
      expect(readPastedGroups(text, locale, undefined, 'thousands').groups.map((g) => g.users)).toEqual([1000, 2000, 12000])
      expect(readPastedGroups(text, locale, undefined, 'decimal').groups.map((g) => g.users)).toEqual([1, 2, 12])
    }
    // A first row with a number is a row, never a header: Kontor⇥1.000 is read (and refused) like the rest.
    const english = readPastedGroups('Office\t1.000\nCare\t300', 'en')
    expect(english.header).toBeUndefined()
    expect(english.rows[0]?.reading).toEqual({ ok: false, problem: 'ambiguous', readings: [1, 1000] })
  })

  it('reads a single row with a count word after the count', () => {
    const read = readPastedGroups('A\t1 200 st', 'sv')
    expect(read.groups).toEqual([{ name: 'A', users: 1200 }])
    expect(read.rows[0]).toMatchObject({ count: '1 200', unit: 'st' })
    expect(readPastedGroups('Teachers;450 users', 'en').groups).toEqual([{ name: 'Teachers', users: 450 }])
  })

  it('refuses a Swedish decimal count, with its row number, and adds nothing', () => {
    expect(faultsOf('Kontor\t900\nVikarier\t1 200,5\nFrontlinje\t300')).toEqual([{ row: 2, fault: 'figure', cell: '1 200,5', problem: 'notWhole' }])
    expect(readPastedGroups('Kontor\t900\nVikarier\t1 200,5', 'sv').groups).toEqual([])
  })

  it('reads English counts with two thousands commas, semicolon-separated, and a kind column in either language', () => {
    const read = readPastedGroups('Name;Count;Kind\nOffice;1,200,000;office\nCare;300;frontlinje\nTeachers;45;education\n', 'en')
    expect(read.header?.cells).toEqual(['Name', 'Count', 'Kind'])
    expect(read.groups).toEqual([
      { name: 'Office', users: 1_200_000, kind: 'office' },
      { name: 'Care', users: 300, kind: 'frontline' },
      { name: 'Teachers', users: 45, kind: 'education' },
    ])
  })

  it('names every bad row: a missing count, text for a count, a negative count, one column, an unknown kind', () => {
    const text = ['Grupp\tAntal', 'Kontor\t900', 'Vård\t', 'Skola\tmånga', '', 'Elever\t-5', 'Bara ett namn', 'Konsulter\t20\tkonsult'].join('\n')
    expect(faultsOf(text)).toEqual([
      { row: 3, fault: 'noCount', cell: 'Vård', problem: undefined },
      { row: 4, fault: 'figure', cell: 'många', problem: 'notANumber' },
      { row: 6, fault: 'figure', cell: '-5', problem: 'negative' },
      { row: 7, fault: 'columns', cell: 'Bara ett namn', problem: undefined },
      { row: 8, fault: 'kind', cell: 'konsult', problem: undefined },
    ])
    expect(readPastedGroups(text, 'sv').groups).toEqual([])
  })

  it('takes only a first row without digits for a header: a later one is a fault', () => {
    expect(faultsOf('Kontor\t900\nGrupp\tAntal')).toEqual([{ row: 2, fault: 'figure', cell: 'Antal', problem: 'notANumber' }])
  })

  it('refuses an empty paste, a header alone, and more groups than there is room for', () => {
    expect(readPastedGroups('\n  \n', 'sv')).toMatchObject({ rows: [], groups: [], problem: 'empty' })
    expect(readPastedGroups('Grupp\tAntal', 'sv')).toMatchObject({ rows: [], groups: [], problem: 'empty' })
    expect(readPastedGroups('A\t1\nB\t2\nC\t3', 'sv', 2)).toMatchObject({ groups: [], problem: 'tooMany', room: 2 })
  })

  it('refuses a count beyond any organisation (a typing slip)', () => {
    expect(faultsOf('Kontor\t90 000 000')).toEqual([{ row: 1, fault: 'figure', cell: '90 000 000', problem: 'tooLarge' }])
  })
})
