// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import ResultSummaryTable from '~/components/result/ResultSummaryTable.vue'
import { formatMoney } from '~/composables/useFormat'
import { compute } from '~/engine'
import type { Result } from '~/engine'
import { loadPreset, shippedCatalogue } from '~/io/shipped'
import { mountWith } from '../fixtures/mount'

const money = (v: number) => formatMoney(v, 'sv', 'SEK')
const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

describe('ResultSummaryTable', () => {
  // The component tests run in happy-dom, so the shipped data comes through the app's own loader.
  const result: Result = compute({ model: loadPreset(), catalogue: shippedCatalogue })
  const scenarioOf = (r: Result, id: string) => r.scenarios.find((s) => s.id === id)

  it('shows each scenario’s total first, marks incomplete totals as lower bounds', () => {
    const wrapper = mountWith(ResultSummaryTable, { props: { result, formatMoney: money } })
    const headers = wrapper.findAll('thead th').map((h) => text(h.text()))
    expect(headers.slice(0, 4)).toEqual(['Scenario', 'Totalt', 'Nuvärde', 'Per användare och år'])
    const m365 = wrapper.get('tr[data-scenario="m365"]').findAll('td').map((c) => text(c.text()))
    expect(m365[0]).toBe('88 055 000 kr')
    const hybrid = wrapper.get('tr[data-scenario="eu-hybrid"]').findAll('td').map((c) => text(c.text()))
    expect(hybrid[0]).toBe('minst 205 655 000 kr')
  })

  it('adds the difference against a chosen baseline', () => {
    const wrapper = mountWith(ResultSummaryTable, { props: { result, baseline: scenarioOf(result, 'm365'), formatMoney: money } })
    expect(text(wrapper.findAll('thead th')[2]?.text() ?? '')).toBe('mot Microsoft 365 i molnet')
    const cell = (id: string) => text(wrapper.get(`tr[data-scenario="${id}"]`).findAll('td')[1]?.text() ?? '')
    expect(cell('m365')).toBe('baslinje')
    // Known parts: Nextcloud 205 655 000 − M365 88 055 000 = 117 600 000; Webex 165 755 000 − 88 055 000 = 77 700 000;
    // each path's switching costs are unknown, so every difference says so.
    expect(cell('nextcloud')).toBe('+117 600 000 kr (osäker: något belopp är okänt)')
    expect(cell('webex')).toBe('+77 700 000 kr (osäker: något belopp är okänt)')
    expect(cell('eu-hybrid')).toBe('+117 600 000 kr (osäker: något belopp är okänt)')
  })
})
