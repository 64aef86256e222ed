/** Scenario templates that fit the groups, and the guided start's case, checked against hand-worked totals. */
import { describe, expect, it } from 'vitest'
import { compute, guidedCase, scenarioFromTemplate, unplacedGroups } from '~/engine'
import type { GuidedInput, GuidedPath } from '~/engine'
import { buildCase, loadCatalogue, loadPreset, parsed } from '../fixtures/cases'

const catalogue = loadCatalogue()

const kinds = buildCase({
  organisation: {
    groups: [
      { id: 'kontor', name: 'Kontor', kind: 'office', users: 900 },
      { id: 'vard', name: 'Vård', kind: 'frontline', users: 300 },
      { id: 'larare', name: 'Lärare', kind: 'education', users: 200 },
      { id: 'elever', name: 'Elever', kind: 'pupils', users: 2000 },
      { id: 'konsulter', name: 'Konsulter', kind: 'other', users: 20 },
      { id: 'aldre', name: 'Grupp utan slag', users: 10 },
    ],
  },
})

describe('templates by kind of staff', () => {
  it('gives E3 to office staff, F3 to frontline staff, A3 to education staff, and leaves the rest to the user', () => {
    const m365 = scenarioFromTemplate(kinds, 'm365', 'Moln')
    expect(m365.licences).toEqual([
      { productId: 'm365-e3', groups: ['kontor'] },
      { productId: 'm365-f3', groups: ['vard'] },
      { productId: 'm365-a3', groups: ['larare'] },
    ])
    expect(unplacedGroups(kinds.organisation.groups, 'm365').map((g) => g.id)).toEqual(['elever', 'konsulter', 'aldre'])
  })

  it('places the groups it cannot place as the user answered, and leaves out those answered with none', () => {
    const m365 = scenarioFromTemplate(kinds, 'm365', 'Moln', { placements: { elever: 'm365-a3', konsulter: null, aldre: 'm365-e3' } })
    expect(m365.licences).toEqual([
      { productId: 'm365-e3', groups: ['kontor', 'aldre'] },
      { productId: 'm365-f3', groups: ['vard'] },
      { productId: 'm365-a3', groups: ['larare', 'elever'] },
    ])
    // The group left out is what the unlicensed-group check then names.
    const model = parsed({ ...kinds, scenarios: [m365] }, catalogue)
    const check = compute({ model, catalogue }).scenarios[0]?.checks.find((c) => c.id === 'unlicensed-group')
    expect(check).toEqual({ id: 'unlicensed-group', status: 'flagged', groups: ['konsulter'] })
  })

  it('runs Microsoft on own servers by kind, with the higher licence cost as an unknown amount, never 0', () => {
    const onPrem = scenarioFromTemplate(kinds, 'on-prem', 'Egna servrar', {
      texts: { onPremIncrease: { sv: 'Högre licenskostnad', en: 'Higher licence cost' }, onPremIncreaseReason: 'ange er egen siffra' },
    })
    expect(onPrem.licences.every((l) => l.hosting === 'own-servers')).toBe(true)
    expect(onPrem.costs).toEqual([expect.objectContaining({ category: 'licences', kind: 'recurring', amount: { value: null, reason: 'ange er egen siffra' } })])
    const result = compute({ model: parsed({ ...kinds, scenarios: [onPrem] }, catalogue), catalogue })
    expect(result.scenarios[0]?.complete).toBe(false)
  })

  it('licenses every group with Nextcloud or Webex, and the EU hybrid’s four tools beside the Microsoft licences', () => {
    const all = kinds.organisation.groups.map((g) => g.id)
    expect(scenarioFromTemplate(kinds, 'nextcloud', 'N').licences).toEqual([{ productId: 'nextcloud', groups: all }])
    expect(scenarioFromTemplate(kinds, 'webex', 'W').licences).toEqual([{ productId: 'webex', groups: all }])
    const hybrid = scenarioFromTemplate(kinds, 'eu-hybrid', 'EU')
    expect(hybrid.licences.map((l) => l.productId)).toEqual(['m365-e3', 'm365-f3', 'm365-a3', 'nextcloud', 'rocket-chat', 'jitsi-meet', 'screen9'])
    expect(unplacedGroups(kinds.organisation.groups, 'nextcloud')).toEqual([])
  })
})

const texts: GuidedInput['texts'] = {
  caseName: 'Nytt fall',
  allStaff: 'All personal',
  unknownReason: 'inte ifyllt ännu',
  implementation: { sv: 'Införande', en: 'Implementation' },
  training: { sv: 'Utbildning', en: 'Training' },
  quote: { sv: 'Vår offert', en: 'Our quote' },
  quoteVendor: 'egen uppgift',
  onPremIncrease: { sv: 'Högre licenskostnad', en: 'Higher licence cost' },
  onPremIncreaseReason: 'ange er egen siffra',
}

/** The journey: 900 office staff on E3 and 300 frontline on F3, four years from 2026 at 3 %. */
function journey(paths: GuidedPath[]): GuidedInput {
  return {
    name: 'Testkommun',
    groups: [
      { name: 'Kontorspersonal', kind: 'office', users: 900 },
      { name: 'Frontlinjepersonal', kind: 'frontline', users: 300 },
    ],
    startYear: 2026,
    years: 4,
    discountRate: 0.03,
    hourlyCost: 350,
    paths,
    texts,
  }
}

describe('the guided start’s case', () => {
  it('gives the issue’s figures: M365 15 372 000 kr (PV 14 713 353), Nextcloud 10 400 000 kr (PV 10 029 801)', () => {
    const model = parsed(
      guidedCase(
        journey([
          { template: 'm365', name: 'Microsoft 365' },
          { template: 'nextcloud', name: 'Nextcloud', implementation: 500_000, trainingHours: 3 },
        ]),
      ),
      catalogue,
    )
    const [m365, nextcloud] = compute({ model, catalogue }).scenarios
    // M365: (900 × 4 050 + 300 × 660) = 3 843 000 a year; × 4 = 15 372 000;
    // PV = 3 843 000 × (1 + 1/1.03 + 1/1.03² + 1/1.03³) = 3 843 000 × 3.828611 = 14 713 353.
    expect(m365).toMatchObject({ total: 15_372_000, presentValue: 14_713_353, complete: true })
    // Nextcloud: 1 200 × 1 800 = 2 160 000 a year; first year + 500 000 + 1 200 × 3 h × 350 kr = 1 260 000:
    // 3 920 000 + 3 × 2 160 000 = 10 400 000; PV = 3 920 000 + 2 160 000 × 2.828611 = 10 029 801.
    expect(nextcloud).toMatchObject({ total: 10_400_000, presentValue: 10_029_801, complete: true })
    expect(model.organisation.groups.map((g) => [g.id, g.kind])).toEqual([
      ['kontorspersonal', 'office'],
      ['frontlinjepersonal', 'frontline'],
    ])
    // No empty scenario, and no licence or check left for the user to undo.
    expect(model.scenarios.map((s) => s.licences.length)).toEqual([2, 1])
    for (const s of compute({ model, catalogue }).scenarios) expect(s.warnings).toEqual([])
  })

  it('makes a case with no path chosen have no scenario at all, not an empty one', () => {
    expect(guidedCase(journey([])).scenarios).toEqual([])
  })

  it('keeps what was skipped honest: one group of unknown size, an unknown hourly cost, an unknown quote', () => {
    const model = parsed(
      guidedCase({ ...journey([{ template: 'own-quote', name: 'Vår offert', trainingHours: 2 }]), name: ' ', groups: [], hourlyCost: null }),
      catalogue,
    )
    expect(model.name).toBe('Nytt fall')
    expect(model.organisation.groups).toEqual([{ id: 'all-personal', name: 'All personal', kind: 'other', users: { value: null, reason: 'inte ifyllt ännu' } }])
    expect(model.catalogue?.products?.[0]).toMatchObject({ id: 'var-offert', pricing: { unit: 'user-year', amount: { value: null } } })
    const [quote] = compute({ model, catalogue }).scenarios
    expect(quote?.complete).toBe(false)
    expect(quote?.missing.map((m) => m.kind).sort()).toEqual(['hourly-cost', 'price', 'users', 'users'])
  })

  it('prices an own quote and follows counts by year', () => {
    const input = journey([{ template: 'own-quote', name: 'Offert', quotePrice: 1_000 }])
    const model = parsed(
      guidedCase({ ...input, groups: [{ name: 'Alla', kind: 'office', users: 1_000, usersByYear: { '2028': 1_200, '2029': 1_200 } }] }),
      catalogue,
    )
    // 1 000 + 1 000 + 1 200 + 1 200 users × 1 000 kr.
    expect(compute({ model, catalogue }).scenarios[0]?.total).toBe(4_400_000)
  })
})

describe('the guided case names its day and carries only what was assessed', () => {
  const preset = loadPreset()

  it('names the case "<organisation>, <day>" and keeps the organisation’s own name', () => {
    const model = guidedCase({ ...journey([{ template: 'm365', name: 'M365' }]), name: 'Testkommun', day: '2026-12-05' })
    expect(model.name).toBe('Testkommun, 2026-12-05')
    expect(model.organisation.name).toBe('Testkommun')
  })

  it('leaves needs, classes and policy absent (not assessed) when the steps are skipped', () => {
    const model = guidedCase({ ...journey([{ template: 'm365', name: 'M365' }]), assessed: {} })
    expect(model.organisation).not.toHaveProperty('needs')
    expect(model.organisation).not.toHaveProperty('thirdCountryMaxClass')
    expect(model.organisation).not.toHaveProperty('informationClasses')
  })

  it('carries the sources’ needs and policy, with their citations, when accepted', () => {
    const { needs, informationClasses, thirdCountryMaxClass, thirdCountryPolicySource } = preset.organisation
    const model = guidedCase({
      ...journey([{ template: 'm365', name: 'M365' }]),
      assessed: { needs, informationClasses, thirdCountryMaxClass, thirdCountryPolicySource },
    })
    expect(model.organisation.needs).toEqual(needs)
    expect(model.organisation.thirdCountryMaxClass).toBe(1)
    expect(parsed(model, catalogue).organisation.needs?.video?.source).toBeDefined()
  })
})

describe('today’s paths beyond the documents: openDesk and Nextcloud Enterprise with Talk (issue 23)', () => {
  const withOperations: GuidedInput['texts'] = { ...texts, selfOperation: { sv: 'Egen drift', en: 'Own operations' }, selfOperationReason: 'ange er egen siffra' }
  const input = (paths: GuidedPath[], extra: Partial<GuidedInput> = {}): GuidedInput => ({ ...journey(paths), texts: withOperations, hourlyCost: null, ...extra })
  const components = ['opendesk-open-xchange', 'opendesk-nextcloud', 'opendesk-collabora', 'opendesk-element', 'opendesk-jitsi', 'opendesk-openproject', 'opendesk-xwiki']

  it('gives openDesk Enterprise an unknown licence total: "at least" in every year, never 0, with the price on request as the reason', () => {
    const model = parsed(guidedCase(input([{ template: 'opendesk-ee', name: 'openDesk Enterprise' }])), catalogue)
    expect(model.scenarios[0]?.licences.map((l) => [l.productId, l.hosting])).toEqual([['opendesk-ee', 'eu-provider'], ...components.map((id) => [id, 'eu-provider'])])
    const [ee] = compute({ model, catalogue }).scenarios
    expect(ee?.complete).toBe(false)
    expect(ee?.missing).toEqual([expect.objectContaining({ kind: 'price', ref: 'opendesk-ee' })])
    expect(String((ee?.missing[0]?.reason as { en: string }).en)).toMatch(/on request/)
    // Every year's licences leave the unknown out: a lower bound, never a total of 0 kr presented as known.
    for (const year of ee?.years ?? []) expect(year.incomplete).toContain('licences')
    expect(ee?.licences.find((l) => l.productId === 'opendesk-ee')).toMatchObject({ users: 1_200, pricePerUser: null, annual: null })
  })

  it('gives openDesk Community Edition a known licence of 0 kr, and its own operations as an unknown line, so the path is "at least" too', () => {
    const model = parsed(guidedCase(input([{ template: 'opendesk-ce', name: 'openDesk CE' }])), catalogue)
    const scenario = model.scenarios[0]
    expect(scenario?.licences.every((l) => l.hosting === 'own-servers')).toBe(true)
    expect(scenario?.costs).toEqual([expect.objectContaining({ category: 'operations', kind: 'recurring', amount: { value: null, reason: 'ange er egen siffra' } })])
    const [ce] = compute({ model, catalogue }).scenarios
    expect(ce?.licences.find((l) => l.productId === 'opendesk-ce')).toMatchObject({ users: 1_200, pricePerUser: 0, annual: 0 })
    for (const year of ce?.years ?? []) {
      expect(year.categories.licences).toBe(0)
      expect(year.incomplete).not.toContain('licences')
      expect(year.incomplete).toContain('operations')
    }
    expect(ce?.complete).toBe(false)
    expect(ce?.missing.map((m) => m.kind)).toEqual(['amount'])
    // The seven components each cover their own function: no group is licensed twice.
    expect(ce?.checks.find((c) => c.id === 'double-licence')?.status).not.toBe('flagged')
  })

  it('prices Nextcloud Enterprise Standard with Talk from its euro list prices at the rate given: the first band’s for 100 users, 124 619 kr a year at 11 kr per euro', () => {
    const model = parsed(
      guidedCase(input([{ template: 'nextcloud-standard', name: 'Nextcloud Standard' }], { exchangeRates: { EUR: 11 }, groups: [{ name: 'Kontor', kind: 'office', users: 100 }] })),
      catalogue,
    )
    expect(model.settings.exchangeRates).toEqual({ EUR: 11 })
    expect(model.catalogue?.overrides).toBeUndefined()
    const [standard] = compute({ model, catalogue }).scenarios
    // (71.29 + 42) € × 11 kr/€ = 1 246.19 kr per user and year; × 100 users = 124 619 kr a year; × 4 years.
    expect(standard).toMatchObject({ complete: true, total: 498_476 })
    expect(standard?.years.map((y) => y.categories.licences)).toEqual([124_619, 124_619, 124_619, 124_619])
  })

  it('gives 1 200 users the lower list prices from 200 (tier) and 250 (Talk) users, as the case’s own cited prices: 1 117 644 kr a year', () => {
    const model = parsed(guidedCase(input([{ template: 'nextcloud-standard', name: 'Nextcloud Standard' }], { exchangeRates: { EUR: 11 } })), catalogue)
    expect(model.catalogue?.overrides?.['nextcloud-enterprise-standard']).toMatchObject({ amount: 53.17, asOf: '2026-09-26', source: { source: 'reference-prices-2026' } })
    expect(model.catalogue?.overrides?.['nextcloud-talk']).toMatchObject({ amount: 31.5 })
    const [standard] = compute({ model, catalogue }).scenarios
    // (53.17 + 31.50) € × 11 kr/€ = 931.37 kr per user and year; × 1 200 users = 1 117 644 kr a year; × 4 years.
    expect(standard).toMatchObject({ complete: true, total: 4_470_576 })
    expect(standard?.licences.find((l) => l.productId === 'nextcloud-enterprise-standard')).toMatchObject({ isPriceOverridden: true })
  })

  it('keeps the first band’s price when a year may have fewer users than the threshold, or a count is unknown', () => {
    const fewer = guidedCase(
      input([{ template: 'nextcloud-premium', name: 'P' }], { groups: [{ name: 'Kontor', kind: 'office', users: 1_000, usersByYear: { '2029': 180 } }] }),
    )
    expect(fewer.catalogue?.overrides).toBeUndefined()
    const unknown = guidedCase(
      input([{ template: 'nextcloud-premium', name: 'P' }], {
        groups: [
          { name: 'Kontor', kind: 'office', users: 1_000 },
          { name: 'Vård', kind: 'frontline', users: null },
        ],
      }),
    )
    expect(unknown.catalogue?.overrides).toBeUndefined()
    // Between the thresholds: the tier's lower price from 200, Talk's list price below 250.
    const between = guidedCase(input([{ template: 'nextcloud-premium', name: 'P' }], { groups: [{ name: 'Kontor', kind: 'office', users: 220 }] }))
    expect(Object.keys(between.catalogue?.overrides ?? {})).toEqual(['nextcloud-enterprise-premium'])
  })

  it('leaves Nextcloud Enterprise’s cost unknown without an exchange rate, and says so, never 0', () => {
    const model = parsed(guidedCase(input([{ template: 'nextcloud-premium', name: 'Nextcloud Premium' }, { template: 'nextcloud-ultimate', name: 'Nextcloud Ultimate' }])), catalogue)
    expect(model.settings.exchangeRates).toBeUndefined()
    for (const scenario of compute({ model, catalogue }).scenarios) {
      expect(scenario.complete).toBe(false)
      expect(scenario.missing.map((m) => m.kind)).toEqual(['exchange-rate', 'exchange-rate'])
      expect(scenario.total).toBe(0)
      for (const year of scenario.years) expect(year.incomplete).toContain('licences')
    }
  })

  it('ranks the tiers by their list prices once the rate is known: Standard < Premium < Ultimate', () => {
    const model = parsed(
      guidedCase(
        input(
          [
            { template: 'nextcloud-standard', name: 'S' },
            { template: 'nextcloud-premium', name: 'P' },
            { template: 'nextcloud-ultimate', name: 'U' },
          ],
          { exchangeRates: { EUR: 11 } },
        ),
      ),
      catalogue,
    )
    const totals = compute({ model, catalogue }).scenarios.map((s) => s.total)
    // Per user and year at 1 200 users: (53.17 + 31.50) × 11 = 931.37 kr; (81.99 + 31.50) × 11 = 1 248.39 kr; (183.75 + 31.50) × 11 = 2 367.75 kr.
    expect(totals).toEqual([1_117_644 * 4, 1_498_068 * 4, 2_841_300 * 4])
  })
})
