/** Forgotten-cost checks on hand-made scenarios and on the shipped case. */
import { describe, expect, it } from 'vitest'
import type { CheckId, CheckStatus, ScenarioResult } from '~/engine'
import { buildCase, product, run, runPreset, scenario, scenarioOf } from '../fixtures/cases'

const statusOf = (s: ScenarioResult, id: CheckId): CheckStatus | undefined => s.checks.find((c) => c.id === id)?.status

const twoGroups = {
  groups: [
    { id: 'office', name: 'Kontor', users: 600 },
    { id: 'care', name: 'Vård', users: 400 },
  ],
}

describe('forgotten-cost checks', () => {
  it('flags licences for fewer users than the organisation has, with the users left out', () => {
    // Göteborg 2016: licences counted for current IT users instead of all staff.
    const result = run(
      buildCase({ organisation: twoGroups, products: [product('p', 100)], scenarios: [scenario({ licences: [{ productId: 'p', groups: ['office'] }] })] }),
    )
    const check = scenarioOf(result, 'test').checks.find((c) => c.id === 'licences-cover-all')
    expect(check).toEqual({ id: 'licences-cover-all', status: 'flagged', detail: { year: 2024, unlicensed: 400 } })
  })

  it('flags exactly one user left out (a line for 999 of 1 000 staff), and is met at 1 000', () => {
    // The boundary a mutation run found untested: 1 000 staff, seats for 999 → 1 unlicensed; for 1 000 → none.
    const withSeats = (users: number) =>
      scenarioOf(run(buildCase({ products: [product('p', 100)], scenarios: [scenario({ licences: [{ productId: 'p', users }] })] })), 'test')
    expect(withSeats(999).checks.find((c) => c.id === 'licences-cover-all')).toEqual({
      id: 'licences-cover-all', status: 'flagged', detail: { year: 2024, unlicensed: 1 },
    })
    expect(statusOf(withSeats(1000), 'licences-cover-all')).toBe('met')
  })

  it('is met when every group is licensed', () => {
    const result = run(
      buildCase({
        organisation: twoGroups,
        products: [product('p', 100), product('q', 50)],
        scenarios: [scenario({ licences: [{ productId: 'p', groups: ['office'] }, { productId: 'q', groups: ['care'] }] })],
      }),
    )
    expect(statusOf(scenarioOf(result, 'test'), 'licences-cover-all')).toBe('met')
  })

  it('flags no internal staff time, no exit cost and (for a switch) no dual running; a covering line answers', () => {
    const base = { products: [product('p', 100)] }
    const bare = scenarioOf(
      run(buildCase({ ...base, scenarios: [scenario({ licences: [{ productId: 'p', groups: ['staff'] }], training: [{ label: 'Kurs', hoursPerUser: 2, year: 2024 }] })] })),
      'test',
    )
    expect(statusOf(bare, 'internal-staff-time')).toBe('flagged')
    expect(statusOf(bare, 'exit-cost')).toBe('flagged')
    expect(statusOf(bare, 'dual-running')).toBe('flagged')

    const answered = scenarioOf(
      run(
        buildCase({
          ...base,
          scenarios: [
            scenario({
              licences: [{ productId: 'p', groups: ['staff'] }],
              costs: [
                { label: 'Projektledning', category: 'implementation', kind: 'recurring', amount: 700_000, fte: 2, from: 2024, to: 2025 },
                { label: 'Utträdesplan', category: 'exit', kind: 'one-off', amount: 500_000, year: 2027 },
                { label: 'Parallelldrift', category: 'licences', kind: 'one-off', amount: 100_000, year: 2024, covers: 'dual-running' },
              ],
            }),
          ],
        }),
      ),
      'test',
    )
    expect(statusOf(answered, 'internal-staff-time')).toBe('met')
    expect(statusOf(answered, 'exit-cost')).toBe('met')
    expect(statusOf(answered, 'dual-running')).toBe('answered')
  })

  it('records a check marked deliberately zero with its reason', () => {
    const s = scenarioOf(
      run(buildCase({ scenarios: [scenario({ checks: { 'exit-cost': { reason: 'Avtalet ger fri export' } } })] })),
      'test',
    )
    expect(s.checks.find((c) => c.id === 'exit-cost')).toEqual({ id: 'exit-cost', status: 'zero', reason: 'Avtalet ger fri export' })
  })

  it('flags the shipped M365 scenario for exit cost and internal staff time, as the source gives neither', () => {
    const m365 = scenarioOf(runPreset(), 'm365')
    expect(statusOf(m365, 'exit-cost')).toBe('flagged')
    expect(statusOf(m365, 'internal-staff-time')).toBe('flagged')
    expect(statusOf(m365, 'licences-cover-all')).toBe('met')
  })
})
