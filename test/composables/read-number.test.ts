/**
 * readNumber reads what a person types by the interface's language (Intl.NumberFormat's own marks),
 * takes the other language's notation only where it cannot be misread, and otherwise refuses with
 * the readings the text allows. Issue 13: in English `1,5` became 15 users and `4050,5` 40505 kr; in
 * Swedish `1.000` became 1 (users 2300 → 1).
 */
import { describe, expect, it } from 'vitest'
import { formatNumber, readNumber } from '~/composables/useFormat'
import type { ReadNumber } from '~/composables/useFormat'

describe('readNumber', () => {
  it.each<[string, 'sv' | 'en', ReadNumber]>([
    // The interface's own notation.
    ['2 300,5', 'sv', { ok: true, value: 2300.5 }],
    ['2\u00a0300', 'sv', { ok: true, value: 2300 }],
    ['−900 000', 'sv', { ok: true, value: -900000 }],
    ['2,300.5', 'en', { ok: true, value: 2300.5 }],
    ['1,000,000', 'en', { ok: true, value: 1000000 }],
    // The other language's, where it cannot be misread.
    ['1,5', 'en', { ok: true, value: 1.5 }],
    ['4050,5', 'en', { ok: true, value: 4050.5 }],
    ['1 000,5', 'en', { ok: true, value: 1000.5 }],
    ['1.5', 'sv', { ok: true, value: 1.5 }],
    ['2,300.5', 'sv', { ok: true, value: 2300.5 }],
    // Own notation wins, and the other reading is told when a decimal mark makes them differ.
    ['1,000', 'sv', { ok: true, value: 1, otherReading: 1000 }],
    ['1,000', 'en', { ok: true, value: 1000 }],
    // Refused, with how it could be read.
    ['1.000', 'sv', { ok: false, error: 'ambiguous', readings: [1, 1000] }],
    ['1.000.000', 'sv', { ok: false, error: 'unsupported', readings: [1000000] }],
    ['1.000,5', 'en', { ok: false, error: 'unsupported', readings: [1000.5] }],
    ['12 34', 'sv', { ok: false, error: 'notANumber' }],
    ['1e5', 'en', { ok: false, error: 'notANumber' }],
    ['0x10', 'en', { ok: false, error: 'notANumber' }],
    ['  ', 'sv', { ok: false, error: 'required' }],
  ])('%j in %s', (text, locale, expected) => {
    expect(readNumber(text, locale)).toEqual(expected)
  })

  it.each<[string, 'sv' | 'en', ReadNumber]>([
    ['2 300', 'sv', { ok: true, value: 2300 }],
    ['1,000', 'en', { ok: true, value: 1000 }],
    ['1,5', 'en', { ok: false, error: 'notWhole', readings: [1.5] }],
    ['2300,5', 'sv', { ok: false, error: 'notWhole', readings: [2300.5] }],
    // A count with a decimal mark that the other language reads as thousands is not guessed at.
    ['2,300', 'sv', { ok: false, error: 'ambiguous', readings: [2.3, 2300] }],
  ])('a whole count: %j in %s', (text, locale, expected) => {
    expect(readNumber(text, locale, { whole: true })).toEqual(expected)
  })

  it.each(['sv', 'en'] as const)('reads back every number it formats in %s', (locale) => {
    for (const value of [0, 7, 2300, 4050.5, 15_595_000, -900_000, 0.047, 1234567.25]) {
      expect(readNumber(formatNumber(value, locale, 10), locale)).toMatchObject({ ok: true, value })
    }
  })
})
