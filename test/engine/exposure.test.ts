/**
 * Exposure to third-country law (src/engine/assessment/exposure.ts): tri-state per service, the classes a
 * scenario may handle under the policy, whose data go where, and what the policy forbids.
 */
import { describe, expect, it } from 'vitest'
import { exposureOf, hostingSchema, isThirdCountryExposed, thirdCountryStatus } from '~/engine'
import type { Case, Hosting, Product, ScenarioExposure } from '~/engine'
import { buildCase, loadCatalogue, loadPreset, parsed, product, scenario } from '../fixtures/cases'

const catalogue = loadCatalogue()
const byId = (list: ScenarioExposure[], id: string) => {
  const found = list.find((e) => e.scenarioId === id)
  if (!found) throw new Error(`no exposure for ${id}`)
  return found
}

/** The preset with its policy (highest class in a third-country service) changed. */
function presetWithPolicy(max: number | undefined): Case {
  const model = loadPreset()
  if (max === undefined) delete model.organisation.thirdCountryMaxClass
  else model.organisation.thirdCountryMaxClass = max
  return model
}

describe('thirdCountryStatus', () => {
  const us = { ...product('us', 1), jurisdiction: { thirdCountryLaws: ['cloud-act' as const] } }
  const eu = { ...product('eu', 1), jurisdiction: { thirdCountryLaws: [] } }
  const silent = product('silent', 1)

  it.each<[string, Product, Hosting | undefined, string]>([
    ['a vendor under the CLOUD Act in its own cloud', us, 'us-cloud', 'exposed'],
    ['the same vendor’s software on own servers', us, 'own-servers', 'not-exposed'],
    ['the same at a Swedish provider', us, 'swedish-provider', 'not-exposed'],
    ['a vendor under no such law, in its cloud', eu, 'us-cloud', 'not-exposed'],
    ['a vendor the sources say nothing about, in its cloud', silent, 'us-cloud', 'unknown'],
    ['a vendor the sources say nothing about, on own servers', silent, 'own-servers', 'not-exposed'],
    ['a service whose hosting is not known', us, undefined, 'unknown'],
  ])('%s: %s', (_, p, hosting, status) => {
    expect(thirdCountryStatus(p, hosting)).toBe(status)
  })

  // Guards the contract with the cost engine: `exposed` is exactly isThirdCountryExposed.
  it.each(catalogue.map((p) => [p.id, p] as const))('%s: exposed ⇔ isThirdCountryExposed, for every hosting', (_, p) => {
    for (const hosting of hostingSchema.options) {
      expect(thirdCountryStatus(p, hosting) === 'exposed').toBe(isThirdCountryExposed(p, hosting))
    }
  })
})

describe('the Eskilstuna preset under its policy (KF 2021 § 205: classes 0 and 1 only)', () => {
  const list = exposureOf({ model: loadPreset(), catalogue })

  it('limits M365 in the cloud to class 1 and forbids classes 2 and 3 there', () => {
    const m365 = byId(list, 'm365')
    expect(m365.policyMaxClass).toBe(1)
    expect(m365.exposedProducts).toEqual(['m365-e3', 'm365-f3', 'm365-a3'])
    expect(m365.services.every((s) => s.laws.join() === 'cloud-act,fisa-702')).toBe(true)
    expect(m365.highestClass).toBe(1)
    expect(m365.commonClass).toBe(1)
    expect(m365.forbiddenClasses).toEqual([2, 3])
  })

  it('sends the data of all 13 300 users (2 300 + 6 100 + 4 900) to a third-country provider in M365', () => {
    const m365 = byId(list, 'm365')
    expect(m365.exposedGroups).toEqual(['e3', 'f3', 'a3'])
    expect(m365.exposedUsers).toBe(13300)
    expect(m365.isExposedUsersUpperBound).toBe(false)
  })

  it('lets Nextcloud (a German vendor, hosted in Sweden or the EU or on own servers) handle every class, but the Microsoft licences kept beside it only class 1', () => {
    const nc = byId(list, 'nextcloud')
    expect(nc.services.find((x) => x.productId === 'nextcloud')?.status).toBe('not-exposed')
    expect(nc.exposedProducts).toEqual(['m365-e3', 'm365-f3', 'm365-a3'])
    expect(nc.highestClass).toBe(3)
    expect(nc.commonClass).toBe(1)
  })

  it('leaves Webex unknown: the sources name neither its jurisdiction nor its hosting', () => {
    const webex = byId(list, 'webex')
    expect(webex.unknownProducts).toEqual(['webex'])
    expect(webex.services.find((x) => x.productId === 'webex')?.status).toBe('unknown')
    // What is known: the Microsoft licences kept on the Webex path may hold class 1 at most.
    expect(webex.exposedProducts).toEqual(['m365-e3', 'm365-f3', 'm365-a3'])
  })

  it('lets the hybrid handle class 3 outside Microsoft, but only class 1 in the M365 services', () => {
    const hybrid = byId(list, 'eu-hybrid')
    expect(hybrid.highestClass).toBe(3)
    expect(hybrid.commonClass).toBe(1)
    expect(hybrid.exposedProducts).toEqual(['m365-e3', 'm365-f3', 'm365-a3'])
    expect(hybrid.unknownProducts).toEqual(['rocket-chat'])
    expect(hybrid.services.find((s) => s.productId === 'jitsi-meet')?.status).toBe('not-exposed')
  })

  it('keeps Microsoft on own servers out of reach (on-prem licences store everything locally)', () => {
    const onPrem = byId(list, 'on-prem')
    expect(onPrem.exposedProducts).toEqual([])
    expect(onPrem.highestClass).toBe(3)
    expect(onPrem.services.filter((s) => s.productId.startsWith('m365-')).map((s) => s.hosting)).toEqual(['own-servers', 'own-servers', 'own-servers'])
  })
})

describe('changing the policy or a hosting', () => {
  it.each<[number | undefined, number | null, number[]]>([
    [2, 2, [3]],
    [0, 0, [1, 2, 3]],
    [-1, -1, [0, 1, 2, 3]],
    [undefined, 3, []],
  ])('policy %s: M365 may handle up to class %s, and classes %j are forbidden in it', (policy, highest, forbidden) => {
    const m365 = byId(exposureOf({ model: presetWithPolicy(policy), catalogue }), 'm365')
    expect(m365.highestClass).toBe(highest)
    expect(m365.forbiddenClasses).toEqual(forbidden)
  })

  it('puts Jitsi under the CLOUD Act and FISA 702 when run in 8x8’s US cloud instead of self-hosted', () => {
    const model = loadPreset()
    const hybrid = model.scenarios.find((s) => s.id === 'eu-hybrid')
    const jitsi = hybrid?.licences.find((l) => l.productId === 'jitsi-meet')
    if (!jitsi) throw new Error('no Jitsi line in the hybrid')
    jitsi.hosting = 'us-cloud'
    const e = byId(exposureOf({ model, catalogue }), 'eu-hybrid')
    expect(e.exposedProducts).toContain('jitsi-meet')
    expect(e.services.find((s) => s.productId === 'jitsi-meet')).toMatchObject({ status: 'exposed', laws: ['cloud-act', 'fisa-702'], maxClass: 1, isHostingInSources: true })
  })
})

describe('users whose data go to a third-country provider, hand-worked', () => {
  const cloud: Product = { ...product('cloud', 10), hosting: ['us-cloud'], jurisdiction: { thirdCountryLaws: ['fisa-702'] } }
  const local: Product = { ...product('local', 10), hosting: ['own-servers'], jurisdiction: { thirdCountryLaws: [] } }
  const model = parsed(
    buildCase({
      organisation: {
        groups: [
          { id: 'staff', name: 'Personal', users: 1000, usersByYear: { '2025': 1200 } },
          { id: 'pupils', name: 'Elever', users: 500 },
        ],
        informationClasses: [{ level: 0, name: 'öppen' }, { level: 1, name: 'intern' }],
        thirdCountryMaxClass: 0,
      },
      products: [cloud, local],
      scenarios: [
        scenario({ id: 'mixed', licences: [{ productId: 'cloud', groups: ['staff'] }, { productId: 'cloud', groups: ['staff', 'pupils'], share: 0.5 }, { productId: 'local', groups: ['pupils'] }] }),
        scenario({ id: 'explicit', licences: [{ productId: 'cloud', users: 40 }, { productId: 'local', groups: ['staff'] }] }),
      ],
    }),
  )

  it('counts each exposed group once, in the year asked for, and says a share makes it an upper bound', () => {
    const mixed = byId(exposureOf({ model, catalogue: [], year: 2025 }), 'mixed')
    expect(mixed.exposedGroups).toEqual(['staff', 'pupils'])
    expect(mixed.exposedUsers).toBe(1700) // 1 200 staff in 2025 + 500 pupils
    expect(mixed.isExposedUsersUpperBound).toBe(true)
    expect(mixed.highestClass).toBe(1) // the local service may hold class 1
    expect(mixed.commonClass).toBe(0) // the cloud service only class 0
    expect(mixed.forbiddenClasses).toEqual([1])
  })

  it('adds lines that name a number of users', () => {
    const explicit = byId(exposureOf({ model, catalogue: [] }), 'explicit')
    expect(explicit.exposedGroups).toEqual([])
    expect(explicit.exposedUsers).toBe(40)
    expect(explicit.isExposedUsersUpperBound).toBe(true)
  })
})

describe('a scenario that relies on a service of unknown status (a vendor the sources are silent on)', () => {
  // The vendor names no jurisdiction and runs the service in its own cloud; another names no hosting at all.
  const silent: Product = { ...product('silent', 10), hosting: ['us-cloud'] }
  const nowhere: Product = { ...product('nowhere', 10), jurisdiction: { thirdCountryLaws: ['cloud-act'] } }
  const cloud: Product = { ...product('cloud', 10), hosting: ['us-cloud'], jurisdiction: { thirdCountryLaws: ['fisa-702'] } }
  const local: Product = { ...product('local', 10), hosting: ['own-servers'], jurisdiction: { thirdCountryLaws: [] } }
  const model = parsed(
    buildCase({
      organisation: { groups: [{ id: 'staff', name: 'Personal', users: 900 }, { id: 'pupils', name: 'Elever', users: 300 }] },
      products: [silent, nowhere, cloud, local],
      scenarios: [
        scenario({ id: 'silent', licences: [{ productId: 'silent', groups: ['staff'] }, { productId: 'local', groups: ['staff'] }] }),
        scenario({ id: 'nowhere', licences: [{ productId: 'nowhere', groups: ['staff'] }] }),
        scenario({ id: 'both', licences: [{ productId: 'cloud', groups: ['pupils'] }, { productId: 'silent', groups: ['staff'] }] }),
        scenario({ id: 'clean', licences: [{ productId: 'local', groups: ['staff', 'pupils'] }] }),
      ],
    }),
  )
  const list = exposureOf({ model, catalogue: [] })

  it('is "third-country exposure not known", not "none", and its exposed users are not 0', () => {
    for (const id of ['silent', 'nowhere']) {
      const e = byId(list, id)
      expect(e.thirdCountry).toBe('unknown')
      expect(e.exposedProducts).toEqual([])
      expect(e.exposedUsers).toBeNull()
      expect(e.isExposedUsersLowerBound).toBe(true)
    }
    expect(byId(list, 'silent').unknownProducts).toEqual(['silent'])
    expect(byId(list, 'nowhere').unknownProducts).toEqual(['nowhere'])
  })

  it('counts the known exposure as a lower bound when a service of unknown status is beside it', () => {
    const both = byId(list, 'both')
    expect(both.thirdCountry).toBe('exposed')
    expect(both.exposedUsers).toBe(300) // the pupils on the cloud service; the staff's silent service may add more
    expect(both.isExposedUsersLowerBound).toBe(true)
  })

  it('says "not exposed" only when every service is known not to be', () => {
    const clean = byId(list, 'clean')
    expect(clean).toMatchObject({ thirdCountry: 'not-exposed', exposedUsers: 0, isExposedUsersLowerBound: false, unknownProducts: [] })
  })
})
