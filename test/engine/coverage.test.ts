/**
 * Needs coverage (src/engine/assessment/coverage.ts) on hand-worked cases, and on the shipped data: the study's
 * table of functions reproduced as a coverage matrix, and the preset's scenarios.
 */
import { describe, expect, it } from 'vitest'
import { bestLevel, claimOf, coverageOf, featuresFileSchema, LEVEL_VALUES, NEED_WEIGHTS, needLevelOf, needsAssessment } from '~/engine'
import type { Case, FeatureLevel, Product, ScenarioCoverage } from '~/engine'
import { buildCase, loadCatalogue, loadPreset, parsed, product, readJson, scenario } from '../fixtures/cases'

const features = featuresFileSchema.parse(readJson('data/features.json')).features

/** A product of a hand-made case with the given claims. */
function withFeatures(id: string, claims: Record<string, FeatureLevel>, extra: Partial<Product> = {}): Product {
  return {
    ...product(id, 100),
    features: Object.fromEntries(Object.entries(claims).map(([f, level]) => [f, { level }])),
    ...extra,
  }
}

const A = withFeatures('a', { chat: 'full', video: 'partial', storage: 'none' })
const B = withFeatures('b', { video: 'full', storage: 'none' })

/** chat must, video should, storage must, calendar could, kanban not needed. */
function handCase(scenarios = [scenario({ id: 'ab', licences: [{ productId: 'a', groups: ['staff'] }, { productId: 'b', groups: ['staff'] }] })]): Case {
  return parsed(
    buildCase({
      products: [A, B],
      organisation: {
        needs: { chat: { level: 'must' }, video: { level: 'should' }, storage: { level: 'must' }, calendar: { level: 'could' }, kanban: { level: 'none' } },
      },
      scenarios,
    }),
  )
}

describe('a case that lists no needs: not assessed, never "not needed" or "all met"', () => {
  const bare = parsed(buildCase({ products: [A], scenarios: [scenario({ id: 'a', licences: [{ productId: 'a', groups: ['staff'] }] })] }))
  const [only] = coverageOf({ model: bare, catalogue: [], features })

  it('reads every capability as not assessed, with no must-have and no score', () => {
    expect(needLevelOf(bare, 'chat')).toBe('not-assessed')
    expect(needsAssessment(bare, features)).toBe('none')
    expect(only?.needs.every((n) => n.need === 'not-assessed')).toBe(true)
    expect(only?.notAssessed).toHaveLength(features.length)
    expect(only?.must.total).toBe(0)
    expect(only?.score).toBeNull()
  })

  it('tells a partly assessed case from a wholly assessed one', () => {
    expect(needsAssessment(handCase(), features)).toBe('some')
    const all = Object.fromEntries(features.map((f) => [f.id, { level: 'could' as const }]))
    expect(needsAssessment(parsed(buildCase({ organisation: { needs: all } })), features)).toBe('all')
  })
})

const byId = (list: ScenarioCoverage[], id: string) => {
  const found = list.find((c) => c.scenarioId === id)
  if (!found) throw new Error(`no coverage for ${id}`)
  return found
}
const statusOf = (c: ScenarioCoverage, featureId: string) => c.needs.find((n) => n.featureId === featureId)?.status

describe('coverage on a hand-worked case', () => {
  const model = handCase([
    scenario({ id: 'ab', licences: [{ productId: 'a', groups: ['staff'] }, { productId: 'b', groups: ['staff'] }] }),
    scenario({ id: 'a-only', licences: [{ productId: 'a', groups: ['staff'] }] }),
  ])
  const [ab, aOnly] = coverageOf({ model, catalogue: [], features, costs: [{ id: 'ab', total: 900, complete: true }, { id: 'a-only', total: 600, complete: false }] }) as [
    ScenarioCoverage,
    ScenarioCoverage,
  ]

  it('takes the best level over the scenario’s products (B’s full video beats A’s partial)', () => {
    expect(statusOf(ab, 'chat')).toBe('met')
    expect(statusOf(ab, 'video')).toBe('met')
    expect(ab.needs.find((n) => n.featureId === 'video')?.providers).toEqual(['b'])
    expect(statusOf(ab, 'storage')).toBe('missing')
    expect(statusOf(ab, 'calendar')).toBe('unknown')
  })

  it('lists the missing must-have first, then must, should, could, then not needed and not assessed', () => {
    expect(ab.needs.slice(0, 4).map((n) => n.featureId)).toEqual(['storage', 'chat', 'video', 'calendar'])
    expect(ab.needs.slice(4).every((n) => n.need === 'none' || n.need === 'not-assessed')).toBe(true)
    // Only kanban was said to be not needed; every feature the case does not list is not assessed.
    expect(ab.needs.filter((n) => n.need === 'none').map((n) => n.featureId)).toEqual(['kanban'])
    expect(ab.notAssessed).toHaveLength(features.length - 5)
    expect(ab.notAssessed).not.toContain('kanban')
    expect(ab.must).toEqual({ total: 2, met: 1, partly: 0, missing: ['storage'], unknown: [] })
  })

  it('scores Σ weight × value / Σ weight: (3·1 + 2·1 + 3·0 + 1·0) / 9 = 5/9 with A and B, (3 + 2·0.5) / 9 = 4/9 with A alone', () => {
    expect(NEED_WEIGHTS).toEqual({ must: 3, should: 2, could: 1, none: 0, 'not-assessed': 0 })
    expect(LEVEL_VALUES).toEqual({ full: 1, partial: 0.5, unknown: 0, none: 0 })
    expect(ab.score).toBeCloseTo(5 / 9, 12)
    expect(aOnly.score).toBeCloseTo(4 / 9, 12)
    expect(ab.unknownCount).toBe(1) // calendar; kanban is not needed and does not count
  })

  it('divides the cost by the covered needs: 900 / 2 and 600 / 1.5, the latter a lower bound', () => {
    expect(ab.coveredNeeds).toBe(2)
    expect(ab.costPerCoveredNeed).toBe(450)
    expect(ab.isCostLowerBound).toBe(false)
    expect(aOnly.coveredNeeds).toBe(1.5)
    expect(aOnly.costPerCoveredNeed).toBe(400)
    expect(aOnly.isCostLowerBound).toBe(true)
  })

  it('gives no score and no cost per need when nothing is needed or covered', () => {
    const empty = parsed(buildCase({ products: [A], scenarios: [scenario({ licences: [{ productId: 'a', groups: ['staff'] }] })] }))
    const [c] = coverageOf({ model: empty, catalogue: [], features, costs: [{ id: 'test', total: 100, complete: true }] })
    expect(c?.score).toBeNull()
    expect(c?.costPerCoveredNeed).toBeNull()
  })

  it('counts a need as missing only when every product is known not to have it', () => {
    const model2 = handCase([scenario({ id: 'x', licences: [{ productId: 'b', groups: ['staff'] }, { productId: 'a', groups: ['staff'] }] })])
    model2.catalogue?.products?.splice(0, 1, withFeatures('a', { chat: 'full', video: 'partial' })) // A now silent on storage
    const [c] = coverageOf({ model: model2, catalogue: [], features })
    expect(c && statusOf(c, 'storage')).toBe('unknown')
  })

  it('adds nothing for a product’s `includes` list', () => {
    const bundle = { ...product('bundle', 10), includes: ['Microsoft Teams', 'Office'] }
    const model2 = parsed(
      buildCase({ products: [bundle], organisation: { needs: { chat: { level: 'must' } } }, scenarios: [scenario({ licences: [{ productId: 'bundle', groups: ['staff'] }] })] }),
    )
    const [c] = coverageOf({ model: model2, catalogue: [], features })
    expect(c && statusOf(c, 'chat')).toBe('unknown')
  })

  it('uses the claims of the hosting the line runs (featuresByHosting replaces them)', () => {
    const ms = withFeatures('ms', { chat: 'full', storage: 'full' }, {
      hosting: ['us-cloud', 'own-servers'],
      featuresByHosting: { 'own-servers': { chat: { level: 'none' } } },
    })
    expect(claimOf(ms, 'us-cloud', 'chat').level).toBe('full')
    expect(claimOf(ms, 'own-servers', 'chat').level).toBe('none')
    expect(claimOf(ms, 'own-servers', 'storage').level).toBe('full')
    const model2 = parsed(
      buildCase({
        products: [ms],
        organisation: { needs: { chat: { level: 'must' } } },
        scenarios: [
          scenario({ id: 'cloud', licences: [{ productId: 'ms', groups: ['staff'] }] }),
          scenario({ id: 'local', licences: [{ productId: 'ms', groups: ['staff'], hosting: 'own-servers' }] }),
        ],
      }),
    )
    const list = coverageOf({ model: model2, catalogue: [], features })
    expect(statusOf(byId(list, 'cloud'), 'chat')).toBe('met')
    expect(statusOf(byId(list, 'local'), 'chat')).toBe('missing')
  })

  it.each<[FeatureLevel[], FeatureLevel]>([
    [['none', 'unknown'], 'unknown'],
    [['unknown', 'partial'], 'partial'],
    [['partial', 'full', 'none'], 'full'],
    [['none', 'none'], 'none'],
    [[], 'none'],
  ])('bestLevel(%j) is %s', (levels, best) => {
    expect(bestLevel(levels)).toBe(best)
  })
})

describe('the study’s table of functions, reproduced as a coverage matrix', () => {
  // Lösningalternativ: Chat | Video | Stormöten | Lagring | Kalender | Ord/Kalkyl (x = has it).
  const COLUMNS = ['chat', 'video', 'large-meetings', 'storage', 'calendar', 'office-documents']
  const TABLE: [string, number[]][] = [
    ['m365-e3', [1, 1, 1, 1, 1, 1]],
    ['m365-f3', [1, 1, 1, 1, 1, 1]],
    ['m365-a3', [1, 1, 1, 1, 1, 1]],
    ['nextcloud', [1, 1, 0, 1, 1, 1]],
    ['webex', [1, 1, 0, 0, 0, 0]],
    ['jitsi-meet', [0, 1, 0, 0, 0, 0]],
    ['rocket-chat', [1, 0, 0, 0, 0, 0]],
    ['screen9', [0, 0, 1, 0, 0, 0]],
  ]
  const preset = loadPreset()
  const catalogue = loadCatalogue()
  const model: Case = {
    ...preset,
    organisation: { ...preset.organisation, needs: Object.fromEntries(COLUMNS.map((c) => [c, { level: 'must' as const }])) },
    scenarios: TABLE.map(([id]) => scenario({ id, licences: [{ productId: id, groups: ['e3'] }] })),
  }
  const matrix = coverageOf({ model, catalogue, features })

  /**
   * Where the catalogue departs from a cell of the table, and why: the row "MS Teams" is priced on the
   * E3, F3 and A3 licences together, and F3 (a frontline licence) is not the row copied for Office; the
   * section on Rocket.Chat says it supports video meetings (through Jitsi or BigBlueButton).
   */
  const DEPARTURES: Record<string, Partial<Record<string, 'unknown' | 'partly'>>> = {
    'm365-f3': { 'office-documents': 'unknown' },
    'rocket-chat': { video: 'partly' },
  }

  it.each(TABLE)('%s has an x exactly where the study marks one, except where the study says more', (id, row) => {
    const c = byId(matrix, id)
    const departures = DEPARTURES[id] ?? {}
    const expected = COLUMNS.map((f, i) => departures[f] ?? (row[i] === 1 ? ['met', 'partly'] : 'missing'))
    COLUMNS.forEach((f, i) => {
      const want = expected[i]
      // An x is met or partly met; an empty cell is known missing, never a guess either way.
      if (Array.isArray(want)) expect(want, `${id} ${f}`).toContain(statusOf(c, f))
      else expect(statusOf(c, f), `${id} ${f}`).toBe(want)
    })
  })

  it('says why each departure from the table is made, in both languages', () => {
    for (const [id, cells] of Object.entries(DEPARTURES)) {
      for (const f of Object.keys(cells)) {
        const note = byId(matrix, id).needs.find((n) => n.featureId === f)?.claims[0]?.note
        expect(typeof note === 'object' && note.sv.length > 20 && note.en.length > 20, `${id} ${f}`).toBe(true)
      }
    }
  })

  it('marks Nextcloud’s chat and video partial, citing Skatteverket’s experience in the same study', () => {
    const c = byId(matrix, 'nextcloud')
    for (const f of ['chat', 'video']) {
      const need = c.needs.find((n) => n.featureId === f)
      expect(need?.status).toBe('partly')
      expect(need?.claims[0]?.source?.quote).toContain('otillräckligt')
    }
  })

  it('gives Teams all six, so its must-haves are all met', () => {
    expect(byId(matrix, 'm365-e3').must).toMatchObject({ total: 6, met: 6, missing: [] })
  })
})

describe('the Eskilstuna preset', () => {
  const list = coverageOf({ model: loadPreset(), catalogue: loadCatalogue(), features })

  it('takes the study’s required functions as must-haves: video, chat, storage, large meetings', () => {
    const musts = Object.entries(loadPreset().organisation.needs ?? {}).filter(([, n]) => n.level === 'must').map(([id]) => id)
    expect(musts.sort()).toEqual(['chat', 'large-meetings', 'storage', 'video'])
  })

  it.each<[string, string[], string[]]>([
    ['m365', [], []],
    ['nextcloud', ['large-meetings'], []],
    ['webex', ['large-meetings', 'storage'], []],
    ['eu-hybrid', [], []],
    // Microsoft on own servers has no Teams; the complements' chat and large meetings are not in the sources.
    ['on-prem', [], ['chat', 'large-meetings']],
  ])('%s misses the must-haves %j and leaves %j unknown', (id, missing, unknown) => {
    const c = byId(list, id)
    expect([...c.must.missing].sort()).toEqual(missing)
    expect([...c.must.unknown].sort()).toEqual(unknown)
  })

  it('meets large meetings in the hybrid through Screen 9 alone: Microsoft’s licences kept there count for Office only', () => {
    const need = byId(list, 'eu-hybrid').needs.find((n) => n.featureId === 'large-meetings')
    expect(need?.status).toBe('met')
    expect(need?.providers).toEqual(['screen9'])
    const office = byId(list, 'eu-hybrid').needs.find((n) => n.featureId === 'office-documents')
    expect(office?.providers).toEqual(expect.arrayContaining(['m365-e3', 'nextcloud']))
  })

  it('counts a licence line only for the features it is used for (usedFor)', () => {
    const preset = loadPreset()
    const line = { productId: 'm365-e3', groups: ['e3'] }
    const only = (usedFor?: string[]) =>
      coverageOf({ model: { ...preset, scenarios: [scenario({ id: 'x', licences: [{ ...line, ...(usedFor ? { usedFor } : {}) }] })] }, catalogue: loadCatalogue(), features })[0]
    expect(only()?.needs.find((n) => n.featureId === 'chat')?.status).toBe('met')
    expect(only(['office-documents'])?.needs.find((n) => n.featureId === 'chat')?.status).toBe('missing')
    expect(only(['office-documents'])?.needs.find((n) => n.featureId === 'office-documents')?.status).toBe('met')
  })
})
