// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import ResultSummaryTable from '~/components/result/ResultSummaryTable.vue'
import { formatMoney } from '~/composables/useFormat'
import { compute, decision } from '~/engine'
import type { Locale } from '~/i18n'
import { fourPaths } from '../fixtures/builders'
import { mountWith } from '../fixtures/mount'

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '').replace(/\s+/g, ' ').trim()

/** The four hand-worked paths (fixtures/cases.ts fourPaths) against a baseline, in a language. */
function tableAgainst(baselineId: string | undefined, locale: Locale = 'sv') {
  const result = compute({ model: fourPaths(), catalogue: [] })
  const summary = decision({ scenarios: result.scenarios, discountRate: 0, ...(baselineId ? { baselineId } : {}) })
  return mountWith(ResultSummaryTable, {
    locale,
    props: {
      result,
      baseline: result.scenarios.find((s) => s.id === baselineId),
      differences: new Map(summary.paths.map((p) => [p.id, p.difference])),
      measure: summary.measure,
      formatMoney: (v: number) => formatMoney(v, locale, 'SEK'),
    },
  })
}
const cells = (wrapper: ReturnType<typeof tableAgainst>, id: string) => wrapper.get(`tr[data-scenario="${id}"]`).findAll('td').map((c) => text(c.text()))

describe('ResultSummaryTable', () => {
  it('shows each path’s figures over the period, an incomplete one as a lower bound, without a difference when there is no baseline', () => {
    const wrapper = tableAgainst(undefined)
    expect(wrapper.findAll('thead th').map((h) => text(h.text()))).toEqual(['Scenario', 'Totalt', 'Nuvärde', 'Per användare och år'])
    expect(text(wrapper.get('caption').text())).toBe('Kostnad över hela perioden 2024–2027')
    // 4 × 1 000 × 1 000 = 4 000 000; per user and year 4 000 000 / 4 000 user-years = 1 000.
    expect(cells(wrapper, 'known')).toEqual(['4 000 000 kr', '4 000 000 kr', '1 000 kr'])
    expect(cells(wrapper, 'cheap-part')).toEqual(['minst 3 000 000 kr', 'minst 3 000 000 kr', 'minst 750 kr'])
  })

  it('gives a difference as a number only when both figures are complete', () => {
    const wrapper = tableAgainst('known')
    expect(text(wrapper.findAll('thead th')[2]?.text() ?? '')).toBe('Skillnad mot Känd')
    const difference = (id: string) => cells(wrapper, id)[1]
    expect(difference('known')).toBe('jämförelsebas')
    expect(difference('dearer')).toBe('+800 000 kr') // 4 800 000 − 4 000 000
    expect(difference('partial')).toBe('minst lika mycket') // 4 000 000 known, plus an unknown price
    expect(difference('cheap-part')).toBe('okänt') // 1 000 000 less on known parts, but its price is unknown
    expect(text(wrapper.text())).toContain('”Okänt”: minst en av de två vägarna har okända belopp')
  })

  it('reads the same against an incomplete baseline, in English', () => {
    const wrapper = tableAgainst('cheap-part', 'en')
    const difference = (id: string) => cells(wrapper, id)[1]
    expect(difference('cheap-part')).toBe('baseline')
    expect(difference('known')).toBe('not known') // 1 000 000 more on known parts; the baseline's price decides
    expect(difference('partial')).toBe('not known') // both incomplete
    expect(text(wrapper.findAll('thead th')[2]?.text() ?? '')).toBe('Difference from Billig del')
  })
})
