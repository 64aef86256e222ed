// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import CoverageMatrix from '~/components/coverage/CoverageMatrix.vue'
import { formatMoney, formatPercent } from '~/composables/useFormat'
import { shippedFeatures as features } from '~/composables/useAnalysis'
import { compute, coverageOf } from '~/engine'
import type { Case } from '~/engine'
import { loadPreset, shippedCatalogue as catalogue } from '~/stores/case'
import { mountWith } from '../fixtures/mount'

const names: Record<string, string> = Object.fromEntries(features.map((f) => [f.id, f.name.sv]))

function props(model: Case) {
  const result = compute({ model, catalogue })
  const list = coverageOf({ model, catalogue, features, costs: result.scenarios })
  return {
    columns: model.scenarios.map((s, i) => ({ id: s.id, name: typeof s.name === 'string' ? s.name : s.name.sv, coverage: list[i]! })),
    order: features.map((f) => f.id),
    featureName: (id: string) => names[id] ?? id,
    productName: (id: string) => catalogue.find((p) => p.id === id)?.name.toString() ?? id,
    formatMoney: (v: number) => formatMoney(v, 'sv', 'SEK'),
    formatPercent: (v: number) => formatPercent(v, 'sv'),
  }
}

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

describe('CoverageMatrix', () => {
  it('is a table with a caption, one column per scenario and one row per needed function', () => {
    const wrapper = mountWith(CoverageMatrix, { props: props(loadPreset()) })
    expect(wrapper.get('caption').text()).toContain('Täckning av behov per scenario')
    const heads = wrapper.findAll('thead th[scope="col"]').map((th) => th.text())
    expect(heads).toEqual(['Behov', 'Nivå', 'Microsoft 365 i molnet', 'Nextcloud som helhetslösning', 'Webex', 'EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9', 'Microsoft på egna servrar'])
    // 17 needs in the preset are must, should or could; recording, screen sharing and encryption are not needed.
    expect(wrapper.findAll('tbody tr')).toHaveLength(17)
    expect(wrapper.findAll('tbody th[scope="row"]')).toHaveLength(17)
  })

  it('puts the must-have some scenario misses first and marks the missing cells loudly, in words', () => {
    const wrapper = mountWith(CoverageMatrix, { props: props(loadPreset()) })
    const rows = wrapper.findAll('tbody tr')
    expect(rows.slice(0, 2).map((r) => r.attributes('data-need'))).toEqual(['large-meetings', 'storage'])
    const cell = (need: string, scenario: string) => wrapper.get(`tr[data-need="${need}"] td[data-scenario="${scenario}"]`)
    expect(text(cell('large-meetings', 'nextcloud').text())).toContain('Saknas, måste-behov')
    expect(cell('large-meetings', 'nextcloud').classes()).toContain('coverage-cell--gap')
    expect(text(cell('large-meetings', 'eu-hybrid').text())).toContain('Uppfyllt')
    expect(text(cell('large-meetings', 'eu-hybrid').text())).toContain('Screen 9')
    expect(cell('large-meetings', 'eu-hybrid').classes()).not.toContain('coverage-cell--gap')
    expect(text(cell('chat', 'nextcloud').text())).toContain('Delvis')
    expect(text(cell('chat', 'on-prem').text())).toContain('Okänt')
  })

  it('shows must-haves met, the score and the cost per covered need in the footer', () => {
    const wrapper = mountWith(CoverageMatrix, { props: props(loadPreset()) })
    const foot = (row: string, scenario: string) => text(wrapper.get(`tfoot tr[data-row="${row}"] td[data-scenario="${scenario}"]`).text())
    expect(foot('must', 'm365')).toBe('4 av 4')
    expect(foot('must', 'nextcloud')).toBe('1 av 4, 2 delvis') // storage met; chat and video partly; large meetings missing
    // Webex: chat and video (must, 3 + 3) and Office through the Microsoft licences kept beside it (should, 2)
    // of 12 must + 14 should + 6 could = 8 / 32; 5 should and 6 could not known.
    expect(foot('score', 'webex')).toBe('minst 25 % (11 okända)')
    expect(foot('cost', 'eu-hybrid')).toMatch(/^minst .* kr$/) // the hybrid's prices are partly unknown
  })

  it('shows no table of empty rows and "0 av 0" when no need is assessed', () => {
    const model = loadPreset()
    delete model.organisation.needs
    const wrapper = mountWith(CoverageMatrix, { props: props(model) })
    expect(wrapper.find('table').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('0 av 0')
  })

  it('says in words that no need is a must, and that none is known to be met, never "0 av 0" or "saknas"', () => {
    const model = loadPreset()
    // One need assessed, as could; not known for the own servers.
    model.organisation.needs = { 'raise-hand': { level: 'could' } }
    const wrapper = mountWith(CoverageMatrix, { props: props(model) })
    const foot = (row: string, scenario: string) => text(wrapper.get(`tfoot tr[data-row="${row}"] td[data-scenario="${scenario}"]`).text())
    expect(foot('must', 'm365')).toBe('inget behov är måste')
    expect(foot('cost', 'on-prem')).toBe('inget behov känt uppfyllt')
  })

  it('follows a changed need: with large meetings not needed, no row is a gap and Nextcloud misses no must-have', () => {
    const model = loadPreset()
    model.organisation.needs = { ...model.organisation.needs, 'large-meetings': { level: 'none' } }
    const wrapper = mountWith(CoverageMatrix, { props: props(model) })
    expect(wrapper.find('tr[data-need="large-meetings"]').exists()).toBe(false)
    expect(wrapper.findAll('.coverage-cell--gap').map((c) => c.attributes('data-scenario'))).toEqual(['webex'])
  })

  it('speaks English', () => {
    const wrapper = mountWith(CoverageMatrix, { props: props(loadPreset()), locale: 'en' })
    expect(text(wrapper.get('tr[data-need="large-meetings"] td[data-scenario="nextcloud"]').text())).toContain('Missing, a must-have')
  })
})
