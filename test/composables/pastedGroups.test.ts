/** Groups pasted from a spreadsheet: Swedish and English numbers, a header row, bad rows refused whole by row number. */
import { describe, expect, it } from 'vitest'
import { readPastedGroups } from '~/composables/pastedGroups'

describe('pasted groups', () => {
  it('reads Swedish counts with spaces (and no-break spaces) as thousands separators, after a header row', () => {
    const text = 'Grupp\tAntal\nKontorspersonal\t1 200\nVård och omsorg\t3\u00a0400\n'
    expect(readPastedGroups(text, 'sv')).toEqual({
      ok: true,
      hasHeader: true,
      groups: [
        { name: 'Kontorspersonal', users: 1200 },
        { name: 'Vård och omsorg', users: 3400 },
      ],
    })
  })

  it('refuses a Swedish decimal count, with its row number, and applies nothing', () => {
    const result = readPastedGroups('Kontor\t900\nVikarier\t1 200,5\nFrontlinje\t300', 'sv')
    expect(result).toEqual({ ok: false, faults: [{ row: 2, fault: 'notWhole', cell: '1 200,5' }] })
  })

  it('reads English counts with thousands commas, semicolon-separated, and a kind column in either language', () => {
    const text = 'Name;Count;Kind\nOffice;1,200;office\nCare;300;frontlinje\nTeachers;45;education\n'
    expect(readPastedGroups(text, 'en')).toEqual({
      ok: true,
      hasHeader: true,
      groups: [
        { name: 'Office', users: 1200, kind: 'office' },
        { name: 'Care', users: 300, kind: 'frontline' },
        { name: 'Teachers', users: 45, kind: 'education' },
      ],
    })
    expect(readPastedGroups('Office\t1,200.5', 'en')).toEqual({ ok: false, faults: [{ row: 1, fault: 'notWhole', cell: '1,200.5' }] })
  })

  it('names every bad row: a missing count, text for a count, a negative count, one column, an unknown kind', () => {
    const text = ['Grupp\tAntal', 'Kontor\t900', 'Vård\t', 'Skola\tmånga', '', 'Elever\t-5', 'Bara ett namn', 'Konsulter\t20\tkonsult'].join('\n')
    const result = readPastedGroups(text, 'sv')
    expect(result).toEqual({
      ok: false,
      faults: [
        { row: 3, fault: 'noCount', cell: 'Vård' },
        { row: 4, fault: 'count', cell: 'många' },
        { row: 6, fault: 'negative', cell: '-5' },
        { row: 7, fault: 'columns', cell: 'Bara ett namn' },
        { row: 8, fault: 'kind', cell: 'konsult' },
      ],
    })
  })

  it('takes only the first row for a header: a later row with text for a count is a fault', () => {
    expect(readPastedGroups('Kontor\t900\nGrupp\tAntal', 'sv')).toEqual({ ok: false, faults: [{ row: 2, fault: 'count', cell: 'Antal' }] })
  })

  it('refuses an empty paste, a header alone, and more groups than there is room for', () => {
    expect(readPastedGroups('\n  \n', 'sv')).toEqual({ ok: false, faults: [], isEmpty: true })
    expect(readPastedGroups('Grupp\tAntal', 'sv')).toEqual({ ok: false, faults: [], isEmpty: true })
    expect(readPastedGroups('A\t1\nB\t2\nC\t3', 'sv', 2)).toEqual({ ok: false, faults: [], tooMany: 2 })
  })

  it('refuses a count beyond any organisation (a typing slip)', () => {
    expect(readPastedGroups('Kontor\t90 000 000', 'sv')).toEqual({ ok: false, faults: [{ row: 1, fault: 'tooLarge', cell: '90 000 000' }] })
  })
})
