/** What changed in the inputs between two cases: a case and an edited copy of it. */
import { describe, expect, it } from 'vitest'
import { caseChanges } from '~/engine'
import type { Case } from '~/engine'
import { loadPreset } from '../fixtures/cases'

const edited = (change: (model: Case) => void): Case => {
  const copy = structuredClone(loadPreset())
  change(copy)
  return copy
}

describe('the inputs that changed between two cases', () => {
  it('finds nothing between a case and an unchanged copy', () => {
    expect(caseChanges(loadPreset(), loadPreset())).toEqual([])
  })

  it('names each changed value by where it is, matching groups and scenarios by id and lines by position', () => {
    const after = edited((m) => {
      const e3 = m.organisation.groups.find((g) => g.id === 'e3')
      if (e3) e3.users = 2400
      m.settings.discountRate = 0.03
      const nextcloud = m.scenarios.find((s) => s.id === 'nextcloud')
      nextcloud?.costs.push({ label: 'Införande', category: 'implementation', kind: 'one-off', amount: 500_000, year: 2023 })
      // Scenarios reordered: still matched by id, so no change is reported for the order alone.
      m.scenarios.reverse()
    })
    // The new line comes after the shipped Nextcloud path's own cost lines.
    const shippedCosts = loadPreset().scenarios.find((s) => s.id === 'nextcloud')?.costs.length ?? 0
    expect(caseChanges(loadPreset(), after)).toEqual([
      { path: ['organisation', 'groups', 'e3', 'users'], kind: 'changed', before: 2300, after: 2400 },
      { path: ['settings', 'discountRate'], kind: 'changed', before: 0, after: 0.03 },
      {
        path: ['scenarios', 'nextcloud', 'costs', shippedCosts],
        kind: 'added',
        after: { label: 'Införande', category: 'implementation', kind: 'one-off', amount: 500_000, year: 2023 },
      },
    ])
  })

  it('compares an amount whole: a price made unknown, a range narrowed', () => {
    const after = edited((m) => {
      m.catalogue = { overrides: { 'm365-e3': { amount: { value: null, reason: 'omförhandlas' } } } }
      const onPrem = m.scenarios.find((s) => s.id === 'on-prem')
      const increase = onPrem?.costs[0]
      if (increase) increase.amount = { low: 10_000_000, likely: 12_000_000, high: 15_000_000 }
    })
    expect(caseChanges(loadPreset(), after)).toEqual([
      {
        path: ['scenarios', 'on-prem', 'costs', 0, 'amount'],
        kind: 'changed',
        before: { low: 10_000_000, likely: 10_000_000, high: 15_000_000 },
        after: { low: 10_000_000, likely: 12_000_000, high: 15_000_000 },
      },
      // A key the first case lacks comes after the keys they share.
      { path: ['catalogue'], kind: 'added', after: { overrides: { 'm365-e3': { amount: { value: null, reason: 'omförhandlas' } } } } },
    ])
  })

  it('reports a scenario and a group removed or added whole, and a changed list of groups whole', () => {
    const after = edited((m) => {
      m.scenarios = m.scenarios.filter((s) => s.id !== 'webex')
      m.organisation.groups.push({ id: 'elever', name: 'Elever', kind: 'pupils', users: 20_000 })
      const nextcloud = m.scenarios.find((s) => s.id === 'nextcloud')
      const line = nextcloud?.licences[0]
      if (line) line.groups = ['a3']
    })
    const changes = caseChanges(loadPreset(), after)
    expect(changes.map((c) => [c.path.join('.'), c.kind])).toEqual([
      ['organisation.groups.elever', 'added'],
      ['scenarios.nextcloud.licences.0.groups', 'changed'],
      ['scenarios.webex', 'removed'],
    ])
    expect(changes[1]).toMatchObject({ before: loadPreset().scenarios.find((s) => s.id === 'nextcloud')?.licences[0]?.groups, after: ['a3'] })
  })
})
