// @vitest-environment happy-dom
/**
 * One reader for every number a person types or pastes (issue 22): the same texts, in both languages,
 * read the same at a field (InputNumber, typed as a person types) and in a pasted table (the guided
 * start's groups). Issue 22 found pasted `1,000` read as 1 user while the fields refused it, English
 * `1.000` read as 1 and `4.050` kr as 4.05, and Swedish `500,000` kr as 500.
 */
import { describe, expect, it } from 'vitest'
import InputNumber from '~/components/input/InputNumber.vue'
import { readPastedGroups } from '~/composables/pastedGroups'
import { readFigure, readNumber, writeFigure } from '~/composables/readFigure'
import type { FigureReading } from '~/composables/readFigure'
import { formatNumber } from '~/composables/useFormat'
import { LIMITS } from '~/engine'
import { mountWith } from '../fixtures/mount'

type Locale = 'sv' | 'en'
const both = (reading: FigureReading): Record<Locale, FigureReading> => ({ sv: reading, en: reading })
const refused = (problem: string, readings?: number[]) => ({ ok: false, problem, ...(readings ? { readings } : {}) }) as FigureReading
const taken = (value: number) => ({ ok: true, value }) as FigureReading

/** Counts of users: what a group's field and a pasted count take. */
const COUNTS: [string, Record<Locale, FigureReading>][] = [
  ['1,000', both(refused('ambiguous', [1, 1000]))],
  ['1.000', both(refused('ambiguous', [1, 1000]))],
  ['12,000', both(refused('ambiguous', [12, 12000]))],
  ['2,300', both(refused('ambiguous', [2.3, 2300]))],
  ['-1,000', both(refused('ambiguous', [-1, -1000]))],
  ['1 200', both(taken(1200))],
  ['1\u00a0200', both(taken(1200))],
  ['2300', both(taken(2300))],
  ['1,000,000', both(taken(1_000_000))],
  ['1 000 000', both(taken(1_000_000))],
  ['1.000.000', both(refused('unsupported', [1_000_000]))],
  ['2 300,5', both(refused('notWhole', [2300.5]))],
  ['1,5', both(refused('notWhole', [1.5]))],
  ['1.5', both(refused('notWhole', [1.5]))],
  ['0,500', both(refused('notWhole', [0.5]))],
  ['1,0001', both(refused('notWhole', [1.0001]))],
  ['-5', both(refused('negative', [-5]))],
  ['90 000 000', both(refused('tooLarge', [90_000_000]))],
  ['1e5', both(refused('notANumber'))],
  ['0x10', both(refused('notANumber'))],
  ['12 34', both(refused('notANumber'))],
]

/** Money: a price or an amount, with decimals. */
const AMOUNTS: [string, Record<Locale, FigureReading>][] = [
  ['500,000', both(refused('ambiguous', [500, 500_000]))],
  ['4,050', both(refused('ambiguous', [4.05, 4050]))],
  ['4.050', both(refused('ambiguous', [4.05, 4050]))],
  ['4050,5', both(taken(4050.5))],
  ['4 050,50', both(taken(4050.5))],
  ['4,050.5', both(taken(4050.5))],
  ['4050.5', both(taken(4050.5))],
  ['0,03', both(taken(0.03))],
  ['1.000,5', both(refused('unsupported', [1000.5]))],
  ['2,300.5', both(taken(2300.5))],
]

const COUNT_FIELD = { max: LIMITS.maxUsers, isInteger: true }
const MONEY_FIELD = { max: 1_000_000_000, isInteger: false }

/** What a mounted field does with a typed text: the value it passes on, or the message at it. */
async function atField(text: string, locale: Locale, field: { max: number; isInteger: boolean }) {
  const wrapper = mountWith(InputNumber, { props: { modelValue: 7, label: 'Antal', ...field }, locale })
  await wrapper.get('input').setValue(text)
  const emitted = wrapper.emitted('update:modelValue')?.at(-1)?.[0]
  const alert = wrapper.find('[role="alert"]')
  const result = { emitted, message: alert.exists() ? alert.text() : '' }
  wrapper.unmount()
  return result
}

describe('one reader for fields and pastes, over one table of texts', () => {
  for (const locale of ['sv', 'en'] as const) {
    it.each(COUNTS)(`a count %j in ${locale}`, async (text, expected) => {
      const reading = expected[locale]
      expect(readFigure(text, locale, { min: 0, max: LIMITS.maxUsers, whole: true })).toEqual(reading)

      // The field passes on the value, or refuses (emitting nothing) with a message.
      const field = await atField(text, locale, COUNT_FIELD)
      if (reading.ok) {
        expect(field).toEqual({ emitted: reading.value, message: '' })
      } else {
        expect(field.emitted).toBeUndefined()
        expect(field.message).not.toBe('')
        // Both readings are offered, written so that each reads back one way only.
        for (const value of reading.readings ?? []) if (reading.problem === 'ambiguous') expect(field.message).toContain(writeFigure(value, locale))
      }

      // The pasted row reads the same, and holds the paste back where the field refuses.
      const pasted = readPastedGroups(`Kontor\t${text}`, locale)
      expect(pasted.rows[0]?.reading).toEqual(reading)
      expect(pasted.groups).toEqual(reading.ok ? [{ name: 'Kontor', users: reading.value }] : [])
    })

    it.each(AMOUNTS)(`an amount %j in ${locale}`, async (text, expected) => {
      const reading = expected[locale]
      expect(readFigure(text, locale, { min: 0, max: 1_000_000_000 })).toEqual(reading)
      const field = await atField(text, locale, MONEY_FIELD)
      if (reading.ok) expect(field).toEqual({ emitted: reading.value, message: '' })
      else expect(field.emitted).toBeUndefined()
    })
  }

  it('offers both readings in words, in both languages', async () => {
    expect((await atField('500,000', 'sv', MONEY_FIELD)).message.replace(/\u00a0/g, ' ')).toContain('”500,000” kan läsas som 500 eller som 500 000')
    expect((await atField('1,000', 'en', COUNT_FIELD)).message).toContain('“1,000” can be read as 1 or as 1000')
    expect((await atField('4.050', 'en', MONEY_FIELD)).message).toContain('“4.050” can be read as 4.05 or as 4050')
  })

  it('a percent field takes a value below 1 and asks whether a percentage a hundred times larger was meant', async () => {
    const wrapper = mountWith(InputNumber, { props: { modelValue: 3, label: 'Diskonteringsränta', unit: '%', max: 100 }, locale: 'sv' })
    await wrapper.get('input').setValue('0,03')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([0.03])
    const status = wrapper.get('[role="status"]')
    expect(status.text()).toBe('Läst som 0,03 %. Menade du 3 %? Skriv då 3.')
    expect(wrapper.get('input').attributes('aria-describedby')).toBe(status.attributes('id'))
    await wrapper.get('input').setValue('3')
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
    const english = mountWith(InputNumber, { props: { modelValue: 3, label: 'Discount rate', unit: '%', max: 100 }, locale: 'en' })
    await english.get('input').setValue('0.5')
    expect(english.get('[role="status"]').text()).toBe('Read as 0.5 %. Did you mean 50 %? Then write 50.')
  })

  it.each(['sv', 'en'] as const)('writes every number so that it reads back as itself (%s), as fields show them', (locale) => {
    for (const value of [0, 7, 1000, 2300, 12_000, 500_000, 4050.5, 15_595_000, -900_000, 0.047, 1234567.25]) {
      const text = writeFigure(value, locale)
      expect(readNumber(text, locale)).toEqual({ ok: true, value })
    }
    // English groups a thousand only where a second group tells it from a decimal.
    expect(writeFigure(2300, 'en')).toBe('2300')
    expect(writeFigure(1_234_567, 'en')).toBe('1,234,567')
    expect(writeFigure(2300, 'sv')).toBe(formatNumber(2300, 'sv'))
  })

  it('settles the texts that read both ways when the person says how the sheet writes numbers', () => {
    expect(readNumber('12,000', 'sv', { whole: true, ambiguousAs: 'thousands' })).toEqual({ ok: true, value: 12000 })
    expect(readNumber('1.000', 'en', { ambiguousAs: 'decimal' })).toEqual({ ok: true, value: 1 })
    expect(readNumber('2,300', 'en', { whole: true, ambiguousAs: 'decimal' })).toEqual({ ok: false, error: 'notWhole', readings: [2.3] })
  })
})
