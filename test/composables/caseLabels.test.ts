import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { caseLabels, savedTime } from '~/composables/caseLabels'

/** An ISO time made from a local wall-clock time, so the expected text does not depend on the machine's zone. */
const at = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => new Date(y, mo - 1, d, h, mi, s).toISOString()
const label = (name: string, { time, n }: { time: string; n?: number }) => `${name} [${time || '?'}${n === undefined ? '' : ` #${n}`}]`

describe('savedTime', () => {
  it('writes local time as YYYY-MM-DD HH:MM, and nothing for a time not known or unreadable', () => {
    expect(savedTime(at(2026, 12, 4, 10, 32, 59))).toBe('2026-12-04 10:32')
    expect(savedTime(at(2027, 1, 9, 7, 5))).toBe('2027-01-09 07:05')
    expect(savedTime('')).toBe('')
    expect(savedTime('not a time')).toBe('')
  })
})

describe('caseLabels', () => {
  it('leaves a name alone where no other listed case has it, and dates two cases of one name', () => {
    const labels = caseLabels(
      [
        { id: 'a', name: 'Nytt fall', savedAt: at(2026, 12, 4, 10, 32) },
        { id: 'b', name: 'Eskilstuna', savedAt: at(2026, 12, 4, 10, 33) },
        { id: 'c', name: 'Nytt fall', savedAt: at(2026, 12, 5, 9, 1) },
      ],
      label,
    )
    expect([...labels]).toEqual([
      ['a', 'Nytt fall [2026-12-04 10:32]'],
      ['b', 'Eskilstuna'],
      ['c', 'Nytt fall [2026-12-05 09:01]'],
    ])
  })

  it('numbers cases of one name saved in one minute, or with no saved time, in list order', () => {
    const labels = caseLabels(
      [
        { id: 'a', name: 'X', savedAt: at(2026, 12, 4, 10, 32, 1) },
        { id: 'b', name: 'X', savedAt: at(2026, 12, 4, 10, 32, 40) },
        { id: 'c', name: 'X', savedAt: '' },
        { id: 'd', name: 'X', savedAt: '' },
        { id: 'e', name: 'X', savedAt: at(2026, 12, 4, 11, 0) },
      ],
      label,
    )
    expect([...labels.values()]).toEqual(['X [2026-12-04 10:32 #1]', 'X [2026-12-04 10:32 #2]', 'X [? #1]', 'X [? #2]', 'X [2026-12-04 11:00]'])
  })

  it('never gives two listed cases one label (property)', () => {
    const listed = fc.uniqueArray(
      fc.record({
        id: fc.string({ minLength: 1, maxLength: 4 }),
        name: fc.constantFrom('A', 'B', 'Nytt fall'),
        savedAt: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 5 }).map((m) => at(2026, 12, 4, 10, m, m % 2))),
      }),
      { selector: (c) => c.id, maxLength: 12 },
    )
    fc.assert(
      fc.property(listed, (cases) => {
        const labels = caseLabels(cases, label)
        expect(labels.size).toBe(cases.length)
        expect(new Set(labels.values()).size).toBe(cases.length)
      }),
    )
  })
})
