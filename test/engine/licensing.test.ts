/**
 * Licence coverage checks: a group licensed twice for the same function, a group licensed by no
 * product, and "Licences cover all staff" counted per group and year with shares and phase-in. The
 * rule for "the same function" is docs/decisions/0012-licence-functions-and-coverage.md.
 */
import { describe, expect, it } from 'vitest'
import type { CheckResult, LicenceLine, Product, ScenarioResult } from '~/engine'
import { isSameFunction, productFunction } from '~/engine'
import { buildCase, loadCatalogue, product, run, runPreset, scenario, scenarioOf } from '../fixtures/cases'

const catalogue = loadCatalogue()
const shipped = (id: string): Product => {
  const found = catalogue.find((p) => p.id === id)
  if (!found) throw new Error(`no product ${id}`)
  return found
}

/** 900 office staff and 300 frontline staff, 2026–2029 at 3 %: the small municipality. */
const municipality = {
  groups: [
    { id: 'office', name: 'Kontor', kind: 'office' as const, users: 900 },
    { id: 'frontline', name: 'Frontlinje', kind: 'frontline' as const, users: 300 },
  ],
  hourlyCost: 350,
}

function runLicences(licences: LicenceLine[], organisation: object = municipality): ScenarioResult {
  const model = buildCase({ organisation, settings: { startYear: 2026, years: 4, discountRate: 0.03 }, scenarios: [scenario({ licences })] })
  return scenarioOf(run(model, catalogue), 'test')
}
const check = (s: ScenarioResult, id: CheckResult['id']) => s.checks.find((c) => c.id === id)

describe('the function of a product', () => {
  it('makes Microsoft 365 plans suites (they include Office and Teams) and the rest tools', () => {
    expect(['m365-e3', 'm365-f3', 'm365-a3'].map((id) => productFunction(shipped(id)))).toEqual(['suite', 'suite', 'suite'])
    expect(['nextcloud', 'webex', 'rocket-chat', 'jitsi-meet', 'screen9'].map((id) => productFunction(shipped(id)))).toEqual(['tool', 'tool', 'tool', 'tool', 'tool'])
  })

  it.each([
    ['m365-e3', 'm365-f3', true, 'two suites'],
    ['m365-e3', 'nextcloud', false, 'a suite beside a collaboration platform, as the documents keep it'],
    ['webex', 'rocket-chat', true, 'Rocket.Chat claims only chat, which Webex has in full'],
    ['nextcloud', 'rocket-chat', false, 'Nextcloud’s chat is partial'],
    ['nextcloud', 'jitsi-meet', false, 'different functions'],
    ['nextcloud', 'nextcloud', true, 'the same product'],
  ])('%s and %s: same function %s (%s)', (a, b, expected) => {
    expect(isSameFunction({ product: shipped(a), line: { productId: a, groups: ['x'] } }, { product: shipped(b), line: { productId: b, groups: ['x'] } })).toBe(expected)
  })

  it('never takes an own product that claims no feature for a duplicate of another', () => {
    const own = product('var-offert', 1000)
    expect(isSameFunction({ product: own, line: { productId: own.id, groups: ['x'] } }, { product: shipped('webex'), line: { productId: 'webex', groups: ['x'] } })).toBe(false)
  })
})

describe('a group licensed twice for the same function', () => {
  it('is met for E3 to the office and F3 to the frontline: 15 372 000 kr over four years', () => {
    const s = runLicences([
      { productId: 'm365-e3', groups: ['office'] },
      { productId: 'm365-f3', groups: ['frontline'] },
    ])
    // (900 × 4 050 + 300 × 660) × 4 = 3 843 000 × 4
    expect(s.total).toBe(15_372_000)
    expect(check(s, 'double-licence')?.status).toBe('met')
    expect(check(s, 'unlicensed-group')?.status).toBe('met')
    expect(check(s, 'licences-cover-all')?.status).toBe('met')
    expect(s.warnings).toEqual([])
  })

  it('flags the office on both E3 and F3 (17 748 000 kr instead of 15 372 000), naming the group, the lines and a warning', () => {
    const s = runLicences([
      { productId: 'm365-e3', groups: ['office'] },
      { productId: 'm365-f3', groups: ['office', 'frontline'] },
    ])
    // (900 × 4 050 + 1 200 × 660) × 4 = 4 437 000 × 4
    expect(s.total).toBe(17_748_000)
    expect(check(s, 'double-licence')).toEqual({ id: 'double-licence', status: 'flagged', doubles: [{ groupId: 'office', lines: [0, 1], year: 2026 }] })
    expect(s.warnings).toEqual([
      expect.objectContaining({ code: 'double-licence', group: 'office', products: ['m365-e3', 'm365-f3'], lines: [0, 1], year: 2026 }),
    ])
  })

  it('takes a split of one group (E3 for half, F3 for the other half) for a split, not a double', () => {
    const s = runLicences([
      { productId: 'm365-e3', groups: ['office'], share: 0.5 },
      { productId: 'm365-f3', groups: ['office'], share: 0.5 },
      { productId: 'm365-f3', groups: ['frontline'] },
    ])
    expect(check(s, 'double-licence')?.status).toBe('met')
    expect(check(s, 'licences-cover-all')?.status).toBe('met')
  })

  it('flags two collaboration tools for the same function (Webex and Rocket.Chat) but not Nextcloud beside E3', () => {
    const tools = runLicences([
      { productId: 'webex', groups: ['office', 'frontline'] },
      { productId: 'rocket-chat', groups: ['frontline'] },
    ])
    expect(check(tools, 'double-licence')?.doubles).toEqual([{ groupId: 'frontline', lines: [0, 1], year: 2026 }])
    const suiteAndTool = runLicences([
      { productId: 'm365-e3', groups: ['office'] },
      { productId: 'm365-f3', groups: ['frontline'] },
      { productId: 'nextcloud', groups: ['office', 'frontline'] },
    ])
    expect(check(suiteAndTool, 'double-licence')?.status).toBe('met')
  })

  it('leaves dual running alone: the old line ends in the year the new one begins', () => {
    const s = runLicences([
      { productId: 'm365-e3', groups: ['office', 'frontline'], hosting: 'own-servers', to: 2027 },
      { productId: 'm365-e3', groups: ['office', 'frontline'], from: 2027 },
    ])
    expect(check(s, 'double-licence')?.status).toBe('met')
    // Overlapping beyond the switch year is a double licence from the first year both are paid.
    const overlap = runLicences([
      { productId: 'm365-e3', groups: ['office', 'frontline'], hosting: 'own-servers', to: 2028 },
      { productId: 'm365-e3', groups: ['office', 'frontline'], from: 2027 },
    ])
    expect(check(overlap, 'double-licence')?.doubles).toEqual([
      { groupId: 'office', lines: [0, 1], year: 2027 },
      { groupId: 'frontline', lines: [0, 1], year: 2027 },
    ])
  })

  it('is answered by a reason, and then no longer counts among the warnings', () => {
    const model = buildCase({
      organisation: municipality,
      scenarios: [
        scenario({
          licences: [
            { productId: 'm365-e3', groups: ['office', 'frontline'] },
            { productId: 'm365-a3', groups: ['office'] },
          ],
          checks: { 'double-licence': { reason: 'A3 för lärare med kontorsuppdrag' } },
        }),
      ],
    })
    const s = scenarioOf(run(model, catalogue), 'test')
    expect(check(s, 'double-licence')).toEqual({ id: 'double-licence', status: 'zero', reason: 'A3 för lärare med kontorsuppdrag' })
    expect(s.warnings).toEqual([])
  })
})

describe('a group licensed by no product', () => {
  it('flags the frontline when only the office has a licence, with a warning', () => {
    const s = runLicences([{ productId: 'm365-e3', groups: ['office'] }])
    expect(check(s, 'unlicensed-group')).toEqual({ id: 'unlicensed-group', status: 'flagged', groups: ['frontline'] })
    expect(s.warnings).toEqual([expect.objectContaining({ code: 'unlicensed-group', group: 'frontline', groupName: 'Frontlinje' })])
  })

  it('flags every group of a scenario without licences, but not a group with no users', () => {
    const organisation = { ...municipality, groups: [...municipality.groups, { id: 'vikarier', name: 'Vikarier', users: 0 }] }
    const s = runLicences([], organisation)
    expect(check(s, 'unlicensed-group')?.groups).toEqual(['office', 'frontline'])
  })

  it('does not judge a scenario with a line for a number of users (it may be meant for any group)', () => {
    const s = runLicences([
      { productId: 'm365-e3', groups: ['office'] },
      { productId: 'm365-f3', users: 300 },
    ])
    expect(check(s, 'unlicensed-group')?.status).toBe('met')
  })
})

describe('licences cover all staff (issue 13): licensed users per group and year', () => {
  it('is not met when 10 % of the staff are licensed', () => {
    const s = runLicences([{ productId: 'm365-e3', groups: ['office', 'frontline'], share: 0.1 }])
    // 90 + 30 seats of 1 200 users: 1 080 without a licence.
    expect(check(s, 'licences-cover-all')).toEqual({ id: 'licences-cover-all', status: 'flagged', detail: { year: 2026, unlicensed: 1080 } })
  })

  it('honours phase-in: half the staff in the first year leaves the other half unlicensed then', () => {
    const s = runLicences([{ productId: 'm365-e3', groups: ['office', 'frontline'], shareByYear: { '2026': 0.5, '2027': 1 } }])
    expect(check(s, 'licences-cover-all')?.detail).toEqual({ year: 2026, unlicensed: 600 })
    // The old platform kept for the year of the phase-in covers the rest.
    const withOld = runLicences([
      { productId: 'm365-e3', groups: ['office', 'frontline'], hosting: 'own-servers', to: 2026 },
      { productId: 'm365-e3', groups: ['office', 'frontline'], shareByYear: { '2026': 0.5, '2027': 1 } },
    ])
    expect(check(withOld, 'licences-cover-all')?.status).toBe('met')
  })

  it('counts whole seats: 1 199 users at 99.95 % are 1 199 paid seats, all covered', () => {
    const s = runLicences([{ productId: 'nextcloud', groups: ['office', 'frontline'], share: 0.9995 }])
    expect(check(s, 'licences-cover-all')?.status).toBe('met')
  })

  it('does not add two different tools up: half on Nextcloud and half on Webex leaves half without either', () => {
    const s = runLicences([
      { productId: 'nextcloud', groups: ['office', 'frontline'], share: 0.5 },
      { productId: 'webex', groups: ['office', 'frontline'], share: 0.5 },
    ])
    expect(check(s, 'licences-cover-all')?.detail).toEqual({ year: 2026, unlicensed: 600 })
  })

  it('judges a line for a number of users against the whole organisation', () => {
    const short = runLicences([{ productId: 'nextcloud', users: 1000 }])
    expect(check(short, 'licences-cover-all')?.detail).toEqual({ year: 2026, unlicensed: 200 })
    const enough = runLicences([{ productId: 'nextcloud', users: 1200 }])
    expect(check(enough, 'licences-cover-all')?.status).toBe('met')
  })

  it('follows the groups’ counts by year', () => {
    const organisation = { ...municipality, groups: [{ ...municipality.groups[0], usersByYear: { '2028': 1000 } }, municipality.groups[1]] }
    const s = runLicences([
      { productId: 'm365-e3', groups: ['office'] },
      { productId: 'm365-f3', groups: ['frontline'] },
    ], organisation)
    expect(check(s, 'licences-cover-all')?.status).toBe('met')
    const fixed = runLicences([
      { productId: 'm365-e3', users: 900 },
      { productId: 'm365-f3', groups: ['frontline'] },
    ], organisation)
    // 2028: 1 000 office staff, 900 E3 seats.
    expect(check(fixed, 'licences-cover-all')?.detail).toEqual({ year: 2028, unlicensed: 100 })
  })
})

describe('the shipped case', () => {
  it('has no group licensed twice or by nothing, and licences for all staff, in every scenario', () => {
    const result = runPreset()
    for (const s of result.scenarios) {
      expect({ id: s.id, double: check(s, 'double-licence')?.status, none: check(s, 'unlicensed-group')?.status, all: check(s, 'licences-cover-all')?.status }).toEqual({
        id: s.id,
        double: 'met',
        none: 'met',
        all: 'met',
      })
    }
  })
})
