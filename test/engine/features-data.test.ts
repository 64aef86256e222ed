/**
 * The capability taxonomy and every claim about features, jurisdiction, hosting, open source, exit,
 * needs, information classes and risks in the shipped data: each feature id exists in
 * data/features.json, and each claim has a source in data/sources.json (a silent source is
 * "unknown" and needs none).
 */
import { describe, expect, it } from 'vitest'
import { effectiveHosting, featuresFileSchema, sourcesFileSchema, thirdCountryStatus } from '~/engine'
import type { Citation, FeatureClaim, Product } from '~/engine'
import { localise } from '~/io/assumptions'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'

const file = featuresFileSchema.parse(readJson('data/features.json'))
const featureIds = new Set(file.features.map((f) => f.id))
const sourceIds = new Set(sourcesFileSchema.parse(readJson('data/sources.json')).sources.map((s) => s.id))
const catalogue = loadCatalogue()
const preset = loadPreset()

/** A citation that names a known source and a place in it. */
function expectCited(citation: Citation | undefined, what: string) {
  expect(citation, `${what} has a source`).toBeDefined()
  expect(sourceIds, `${what}: source "${citation?.source}"`).toContain(citation?.source)
  expect(citation && localise(citation.locator, 'sv').trim(), `${what}: locator`).not.toBe('')
}

function claimsOf(p: Product): [string, FeatureClaim][] {
  return [
    ...Object.entries(p.features ?? {}),
    ...Object.entries(p.featuresByHosting ?? {}).flatMap(([hosting, claims]) => Object.entries(claims ?? {}).map(([id, c]) => [`${id} (${hosting})`, c] as [string, FeatureClaim])),
  ]
}

describe('data/features.json', () => {
  it('has unique ids, each in a known group, named in Swedish and English, with a source', () => {
    expect(featureIds.size).toBe(file.features.length)
    const groups = new Set(file.groups.map((g) => g.id))
    for (const f of file.features) {
      expect(groups, f.id).toContain(f.group)
      f.sources.forEach((s, i) => expectCited(s, `${f.id}.sources[${i}]`))
    }
  })

  it('covers the study’s six columns, the functions lost on leaving Teams, Stockholm’s asks, mobile, recording and end-to-end encryption', () => {
    for (const id of [
      'chat', 'video', 'large-meetings', 'storage', 'calendar', 'office-documents',
      'kanban', 'whiteboard', 'calendar-sync',
      'raise-hand', 'gallery', 'share-video-sound', 'background', 'lobby', 'e-id-meetings', 'external-meetings',
      'mobile', 'recording', 'e2e-encryption',
    ]) expect(featureIds, id).toContain(id)
  })

  it('counts Stockholm’s large information meetings as large meetings, citing both documents', () => {
    const large = file.features.find((f) => f.id === 'large-meetings')
    expect(large?.sources.map((s) => s.source)).toEqual(expect.arrayContaining(['eskilstuna-utredning-2022', 'stockholm-pm-2021']))
    expect(large?.sources.some((s) => s.quote?.includes('större informationsmöten'))).toBe(true)
  })
})

describe('data/catalogue.json claims', () => {
  it.each(catalogue.map((p) => [p.id, p] as const))('%s: every feature id exists and every known level has a quoted source', (_, p) => {
    const claims = [...claimsOf(p)]
    // A product that claims nothing (openDesk's editions, whose components claim; OpenProject, XWiki and Talk, whose functions the list has no row for) is unknown on every feature.
    if (claims.length === 0) expect(p.features ?? {}).toEqual({})
    for (const [id, claim] of claims) {
      expect(featureIds, `${p.id}: ${id}`).toContain(id.split(' ')[0])
      if (claim.level === 'unknown') {
        expect(claim.source, `${p.id}: ${id} is unknown, so it cites nothing`).toBeUndefined()
      } else {
        expectCited(claim.source, `${p.id}: ${id}`)
        expect(claim.source?.quote, `${p.id}: ${id} quote`).toBeTruthy()
      }
    }
  })

  it.each(catalogue.map((p) => [p.id, p] as const))('%s: jurisdiction, hosting, open source and exit each have a source, or are left unknown', (_, p) => {
    if (p.jurisdiction) {
      expectCited(p.jurisdiction.source, `${p.id} jurisdiction`)
      for (const law of p.jurisdiction.thirdCountryLaws) expectCited(p.jurisdiction.lawSources?.[law] ?? p.jurisdiction.source, `${p.id} ${law}`)
    }
    if (p.hosting) expectCited(p.hostingSource, `${p.id} hosting`)
    if (p.openSource !== undefined) expectCited(p.openSourceSource, `${p.id} open source`)
    if (p.exit && p.exit.difficulty !== 'unknown') expectCited(p.exit.source, `${p.id} exit`)
    // What the data leaves out is unknown where the app reads it, never "not exposed" (webex,
    // compodium-vidicue and trusted-dialog name no jurisdiction and no hosting, so these are their checks).
    if (!p.hosting) expect(thirdCountryStatus(p, effectiveHosting(p, {})), `${p.id}: no hosting`).toBe('unknown')
    if (!p.jurisdiction) expect(thirdCountryStatus(p, 'us-cloud'), `${p.id}: no jurisdiction, run in the vendor's cloud`).toBe('unknown')
    expect.hasAssertions()
  })

  it('names the laws the documents name: CLOUD Act (Göteborg) and FISA 702 (Stockholm) for Microsoft and for 8x8’s Jitsi cloud', () => {
    for (const id of ['m365-e3', 'm365-f3', 'm365-a3', 'jitsi-meet']) {
      const j = catalogue.find((p) => p.id === id)?.jurisdiction
      expect(j?.thirdCountryLaws).toEqual(['cloud-act', 'fisa-702'])
      expect(j?.lawSources?.['cloud-act']?.source).toBe('goteborg-intraservice-2023')
      expect(j?.lawSources?.['fisa-702']?.source).toBe('stockholm-pm-2021')
    }
  })
})

describe('data/presets/eskilstuna-2022.json', () => {
  it('names only feature ids of the taxonomy as needs, each with a source', () => {
    for (const [id, need] of Object.entries(preset.organisation.needs ?? {})) {
      expect(featureIds, id).toContain(id)
      expectCited(need.source, `need ${id}`)
    }
  })

  it('cites the classes the sources name and says where a name is Vägval’s own', () => {
    for (const c of preset.organisation.informationClasses ?? []) {
      if (c.source) expectCited(c.source, `class ${c.level}`)
      else expect(c.note, `class ${c.level} without a source explains itself`).toBeDefined()
    }
    expect(preset.organisation.informationClasses?.filter((c) => c.source).map((c) => c.level)).toEqual([0, 1])
  })

  it('sets the third-country policy to class 1 with KF 2021-10-21 § 205 as its source', () => {
    expect(preset.organisation.thirdCountryMaxClass).toBe(1)
    expectCited(preset.organisation.thirdCountryPolicySource, 'policy')
    expect(preset.organisation.thirdCountryPolicySource?.quote).toContain('öppen (0) eller intern (1)')
  })

  it('gives the M365 scenario the DPIA’s nine risks, each cited', () => {
    const risks = preset.scenarios.find((s) => s.id === 'm365')?.risks ?? []
    expect(risks.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9'])
    risks.forEach((r) => expectCited(r.source, r.id))
  })
})
