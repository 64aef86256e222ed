/**
 * The comparisons the README, the decisions and the precedents state are the case's own figures:
 * the study's "minst dubbelt så höga" is licences per year (as the study compares), and the horizon
 * totals are "at least" ratios computed over 2023–2027, never "twice" (issue 21).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ROOT, readJson, runPreset, scenarioOf } from '../fixtures/cases'

const result = runPreset()
const scenario = (id: string) => scenarioOf(result, id)
const licencesPerYear = (id: string) => scenario(id).years.find((y) => y.year === 2025)?.categories.licences ?? 0
const ratio = (a: number, b: number) => (a / b).toFixed(2)
const text = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8').replace(/\s+/g, ' ')

describe('the study’s comparison and the horizon totals, as stated', () => {
  const perYear = { nextcloud: ratio(licencesPerYear('nextcloud'), licencesPerYear('m365')), webex: ratio(licencesPerYear('webex'), licencesPerYear('m365')) }
  const horizon = { nextcloud: ratio(scenario('nextcloud').total, scenario('m365').total), webex: ratio(scenario('webex').total, scenario('m365').total) }

  it('computes licences a year at 2.54 and 2.02 times M365’s, and totals over 2023–2027 at 2.34 and 1.88 (both “at least”)', () => {
    expect(perYear).toEqual({ nextcloud: '2.54', webex: '2.02' })
    expect(horizon).toEqual({ nextcloud: '2.34', webex: '1.88' })
    expect([scenario('nextcloud').complete, scenario('webex').complete]).toEqual([false, false])
  })

  it.each(['README.md', 'docs/decisions/0011-what-each-path-carries.md'])('%s states both as computed and no longer says the totals are twice the cost', (path) => {
    const words = text(path)
    for (const figure of [perYear.nextcloud, perYear.webex, horizon.nextcloud, horizon.webex]) expect(words).toContain(figure)
    expect(words).toMatch(/compares licences per year/)
    expect(words).not.toMatch(/alternatives at least twice the cost, as the study concludes/)
  })

  it('says the same in the precedent that quotes the study, in both languages', () => {
    const precedents = (readJson('data/precedents.json') as { precedents: { id: string; inModel?: { sv: string; en: string } }[] }).precedents
    const inModel = precedents.find((p) => p.id === 'eskilstuna-double-cost')?.inModel
    for (const figure of [perYear.nextcloud, perYear.webex, horizon.nextcloud, horizon.webex]) {
      expect(inModel?.en).toContain(figure)
      expect(inModel?.sv).toContain(figure.replace('.', ','))
    }
    expect(inModel?.sv).toContain('minst 1,88')
  })
})
