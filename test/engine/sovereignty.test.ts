/**
 * The sovereignty rating (src/engine/assessment/sovereignty.ts, decision 0020) against the framework's
 * rules: weights and objective maxima, the SEAL as a minimum, ranges for open answers that close when
 * every answer is known, US-jurisdiction clouds capped at SEAL-1, two small paths worked by hand, the
 * case's own answers, points, weights and minimum SEALs, and the cost of sovereignty between paths.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { costOfSovereignty, frameworkCriteria, guidedCase, sovereigntyOf, sovereigntySettingsFaults, weakestAnswers } from '~/engine'
import type { Case, Hosting, Product, SovereigntyFile, SovereigntyRating, SovereigntySettings } from '~/engine'
import { sovereigntyFileSchema } from '~/engine/assessment/sovereigntyData'
import { buildCase, loadCatalogue, loadPreset, parsed, product, presetJson, readJson, scenario } from '../fixtures/cases'

const shipped = sovereigntyFileSchema.parse(readJson('data/sovereignty.json'))
const catalogue = loadCatalogue()
const criteria = frameworkCriteria(shipped)

/** A product of a hand-made case that may be run the ways `hosting` names (first: its default). */
function hosted(id: string, hosting: Hosting[]): Product {
  return { ...product(id, 100), hosting }
}

/** The shipped framework with `ratings` for hand-made products instead of the shipped ones. */
function frameworkWith(ratings: SovereigntyFile['ratings']): SovereigntyFile {
  return { ...shipped, ratings }
}

/** Rates the only scenario of a hand-made case. */
function rateOne(model: Case, framework: SovereigntyFile, settings?: SovereigntySettings): SovereigntyRating {
  const [rating] = sovereigntyOf({ model, catalogue: [], framework, ...(settings ? { settings } : {}) })
  if (!rating) throw new Error('no scenario')
  return rating
}

/** A case of one path holding the given own products, each for every user. */
function pathOf(products: Product[], hosting: Partial<Record<string, Hosting>> = {}): Case {
  return parsed(
    buildCase({
      products,
      scenarios: [scenario({ id: 'path', licences: products.map((p) => ({ productId: p.id, groups: ['staff'], ...(hosting[p.id] ? { hosting: hosting[p.id] } : {}) })) })],
    }),
  )
}

/** A product answering every criterion of the shipped framework: `pick(criterion index, number of answers)` gives its answer. */
function fullyRated(pick: (index: number, length: number) => number): SovereigntyFile['ratings'][string] {
  return {
    rated: criteria.map((c, i) => ({ criterion: c.id, answers: [pick(i, c.answers.length)], reading: { sv: 'test', en: 'test' }, sources: [{ url: 'https://example.org', dateRead: '2026-12-04', secondary: true, quote: 'test' }] })),
  }
}

describe('the framework’s arithmetic', () => {
  it('has weights that sum to 1 in both sets', () => {
    expect(shipped.objectives.reduce((s, o) => s + o.weight, 0)).toBeCloseTo(1, 12)
    expect(shipped.objectives.reduce((s, o) => s + o.weight2025, 0)).toBeCloseTo(1, 12)
  })

  // Objective score = its answers' points over the most they can reach: every top answer scores
  // exactly 1 on every objective (the calculator's nominal 1 000 differs by at most 0.2 %: 1000.03 … 1002).
  it('scales each objective to its maximum: every top answer gives 1, every first answer 0', () => {
    const model = pathOf([hosted('a', ['own-servers'])])
    const top = rateOne(model, frameworkWith({ a: fullyRated((_, n) => n) }))
    const bottom = rateOne(model, frameworkWith({ a: fullyRated(() => 1) }))
    expect(top.score).toEqual({ low: 1, high: 1 })
    expect(bottom.score).toEqual({ low: 0, high: 0 })
    for (const o of Object.values(top.objectives)) expect(o.score).toEqual({ low: 1, high: 1 })
    for (const objective of shipped.objectives) {
      const most = objective.criteria.reduce((s, c) => s + Math.max(...c.answers.map((a) => a.value)), 0)
      expect(Math.abs(most - 1000) / 1000, objective.code).toBeLessThanOrEqual(0.002)
    }
  })

  it('weighs by the set the case chooses: SOV-5 at its first answers costs 0.10 with the 2026 weights, 0.20 with the 2025 ones', () => {
    const model = pathOf([hosted('a', ['own-servers'])])
    const framework = frameworkWith({ a: fullyRated((i, n) => (criteria[i]?.id.startsWith('SOV-5.') ? 1 : n)) })
    expect(rateOne(model, framework).score.low).toBeCloseTo(0.9, 12)
    const older = rateOne(model, framework, { weightSet: '2025' })
    expect(older.weightSet).toBe('2025')
    expect(older.score.low).toBeCloseTo(0.8, 12)
  })
})

describe('the SEAL', () => {
  // Guards the framework's rule: the overall SEAL is the lowest of any criterion's, never an average.
  it('is the lowest SEAL of the answers, for any fully answered product', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: criteria.length, maxLength: criteria.length }), (picks) => {
        const chosen = (i: number, n: number) => ((picks[i] ?? 0) % n) + 1
        const rating = rateOne(pathOf([hosted('a', ['own-servers'])]), frameworkWith({ a: fullyRated(chosen) }))
        const seals = criteria.map((c, i) => {
          const s = c.answers[chosen(i, c.answers.length) - 1]?.seal ?? 0
          return typeof s === 'number' ? s : s[0]
        })
        expect(rating.seal).toBe(Math.min(...seals))
        expect(rating.sealAtMost).toBe(rating.seal)
        expect(rating.limitedBy.length).toBeGreaterThan(0)
      }),
      { numRuns: 60 },
    )
  })

  // Guards the weakest link: a path with one more component is never more sovereign.
  it('never rises, nor does the score, when a component is added', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: criteria.length, maxLength: criteria.length }), fc.array(fc.nat(), { minLength: criteria.length, maxLength: criteria.length }), (p, q) => {
        const framework = frameworkWith({ a: fullyRated((i, n) => ((p[i] ?? 0) % n) + 1), b: fullyRated((i, n) => ((q[i] ?? 0) % n) + 1) })
        const alone = rateOne(pathOf([hosted('a', ['own-servers'])]), framework)
        const both = rateOne(pathOf([hosted('a', ['own-servers']), hosted('b', ['own-servers'])]), framework)
        expect(both.seal ?? 5).toBeLessThanOrEqual(alone.seal ?? 5)
        expect(both.score.high).toBeLessThanOrEqual(alone.score.high + 1e-12)
      }),
      { numRuns: 40 },
    )
  })

  it('closes the range to a number when every answer is known, and leaves it open while one is not', () => {
    const framework = frameworkWith({ a: fullyRated((i, n) => (i % n) + 1) })
    const known = rateOne(pathOf([hosted('a', ['own-servers'])]), framework)
    expect(known.score.low).toBe(known.score.high)
    expect(known.unknown).toEqual([])
    expect(known.seal).not.toBeNull()
    expect(known.sealAtLeast).toBe(known.seal)
    const open = rateOne(pathOf([hosted('a', ['own-servers']), hosted('x', ['own-servers'])]), framework)
    expect(open.score.low).toBeLessThan(open.score.high)
    expect(open.unknown.length).toBeGreaterThan(0)
  })

  it('says nothing of a path no one has rated: no SEAL, not "at most 4", and a score of 0 … 1', () => {
    const rating = rateOne(pathOf([hosted('x', ['own-servers'])]), frameworkWith({}))
    expect(rating).toMatchObject({ seal: null, sealAtMost: null, limitedBy: [], score: { low: 0, high: 1 } })
    expect(rating.unknown).toHaveLength(48)
  })

  it('is known to be SEAL-0 once one answer is SEAL-0, whatever the open ones are', () => {
    const framework = frameworkWith({ a: { rated: [{ criterion: 'SOV-3.1', answers: [1], reading: { sv: 't', en: 't' }, sources: [{ url: 'https://example.org', dateRead: '2026-12-04', secondary: true, quote: 't' }] }] } })
    expect(rateOne(pathOf([hosted('a', ['own-servers'])]), framework)).toMatchObject({ seal: 0, sealAtMost: 0, sealAtLeast: 0, limitedBy: ['SOV-3.1'] })
  })
})

describe('a path run in a US-jurisdiction cloud', () => {
  it('is at most SEAL-1, set by data access (SOV-2.3), for every shipped product rated in the US cloud', () => {
    for (const id of ['m365-e3', 'm365-f3', 'm365-a3', 'jitsi-meet', 'webex']) {
      const model = parsed(buildCase({ scenarios: [scenario({ id: 'us', licences: [{ productId: id, groups: ['staff'], hosting: 'us-cloud' }] })] }), catalogue)
      const [rating] = sovereigntyOf({ model, catalogue, framework: shipped })
      expect(rating?.sealAtMost, id).toBeLessThanOrEqual(1)
      expect(rating?.limitedBy, id).toContain('SOV-2.3')
      expect(rating?.seal, id).toBeNull()
    }
  })

  it('keeps the cap whatever else the path holds', () => {
    const ids = ['nextcloud', 'jitsi-meet', 'rocket-chat', 'screen9', 'compodium-vidicue', 'trusted-dialog', 'webex']
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom<Hosting>('own-servers', 'swedish-provider', 'eu-provider', 'us-cloud'), (others, hosting) => {
        const licences = [{ productId: 'm365-e3', groups: ['staff'] }, ...others.map((productId) => ({ productId, groups: ['staff'], hosting }))]
        const model = parsed(buildCase({ scenarios: [scenario({ id: 'mix', licences })] }), catalogue)
        expect(sovereigntyOf({ model, catalogue, framework: shipped })[0]?.sealAtMost).toBeLessThanOrEqual(1)
      }),
      { numRuns: 30 },
    )
  })
})

describe('two small paths worked by hand', () => {
  // A framework of two objectives, worked out below without the code under test.
  //   SOV-1 (weight 0.6): SOV-1.1 points 0 | 50 | 100, SEAL 1 | 1 | 4
  //                       SOV-1.2 points 0 | 25 | 50 | 75, SEAL 0 | 2 | 2 or 3 (disputed) | 4
  //   SOV-2 (weight 0.4): SOV-2.1 points 0 | 100, SEAL 1 | 4
  //                       SOV-2.2 points 0 | 40 | 80, SEAL 4 | 4 | 4
  // Maxima: SOV-1 100 + 75 = 175, SOV-2 100 + 80 = 180.
  // Products: "suite" answers 1.1 = 3, 1.2 = 3, 2.2 = 2 or 3, however run;
  //           "cloud" answers 1.1 = 1 or 2 and 2.1 = 1, in the US cloud;
  //           "box"   answers 1.2 = 4 and 2.1 = 2, on own servers.
  const cite = [{ url: 'https://example.org', dateRead: '2026-12-04', secondary: true, quote: 'test' }]
  const reading = { sv: 'test', en: 'test' }
  const answer = (quote: string, value: number, seal: number | [number, number]) => ({ quote, value, seal, ...(Array.isArray(seal) ? { sealBySource: { x: seal[0], y: seal[1] } } : {}) })
  const small: SovereigntyFile = {
    ...shipped,
    objectives: [
      {
        ...(shipped.objectives[0] as SovereigntyFile['objectives'][number]),
        code: 'SOV-1',
        weight: 0.6,
        weight2025: 0.6,
        criteria: [
          { id: 'SOV-1.1', name: reading, quote: 'q', quoteFrom: 'x', answers: [answer('a', 0, 1), answer('b', 50, 1), answer('c', 100, 4)] },
          { id: 'SOV-1.2', name: reading, quote: 'q', quoteFrom: 'x', answers: [answer('a', 0, 0), answer('b', 25, 2), answer('c', 50, [2, 3]), answer('d', 75, 4)] },
        ],
      },
      {
        ...(shipped.objectives[1] as SovereigntyFile['objectives'][number]),
        code: 'SOV-2',
        weight: 0.4,
        weight2025: 0.4,
        criteria: [
          { id: 'SOV-2.1', name: reading, quote: 'q', quoteFrom: 'x', answers: [answer('a', 0, 1), answer('b', 100, 4)] },
          { id: 'SOV-2.2', name: reading, quote: 'q', quoteFrom: 'x', answers: [answer('a', 0, 4), answer('b', 40, 4), answer('c', 80, 4)] },
        ],
      },
    ],
    ratings: {
      suite: {
        rated: [
          { criterion: 'SOV-1.1', answers: [3], reading, sources: cite },
          { criterion: 'SOV-1.2', answers: [3], reading, sources: cite },
          { criterion: 'SOV-2.2', answers: [2, 3], reading, sources: cite },
        ],
      },
      cloud: {
        rated: [
          { criterion: 'SOV-1.1', hosting: ['us-cloud'], answers: [1, 2], reading, sources: cite },
          { criterion: 'SOV-2.1', hosting: ['us-cloud'], answers: [1], reading, sources: cite },
        ],
      },
      box: {
        rated: [
          { criterion: 'SOV-1.2', hosting: ['own-servers'], answers: [4], reading, sources: cite },
          { criterion: 'SOV-2.1', hosting: ['own-servers'], answers: [2], reading, sources: cite },
        ],
      },
    },
  }
  const suite = hosted('suite', ['own-servers'])
  const cloud = hosted('cloud', ['us-cloud'])
  const box = hosted('box', ['own-servers'])

  // Path 1, suite + box (both on own servers). The path may have answer r when some component may
  // have r and every component may have r or more:
  //   1.1: suite 3, box open (1–3)      → 1, 2, 3: open       → points 0 … 100, SEAL 1 … 4
  //   1.2: suite 3, box 4               → 3                   → points 50,      SEAL 2 (3 on the higher reading)
  //   2.1: box 2, suite open (1–2)      → 1, 2: open          → points 0 … 100, SEAL 1 … 4
  //   2.2: suite 2 or 3, box open (1–3) → 1, 2, 3: open       → points 0 … 80,  SEAL 4
  //   SOV-1: (0 + 50) / 175 = 0.285714… … (100 + 50) / 175 = 0.857142…
  //   SOV-2: 0 / 180 = 0 … (100 + 80) / 180 = 1
  //   Score: 0.6 × 50/175 + 0.4 × 0 = 0.171428… … 0.6 × 150/175 + 0.4 × 1 = 0.914285…
  //   SEAL: only 1.2 is answered → at most 2, set by 1.2; at least min(1, 2, 1, 4) = 1; not known.
  //   Higher reading: 1.2 is SEAL 3 → at most 3.
  it('path 1: suite and box on own servers', () => {
    const rating = rateOne(pathOf([suite, box]), small)
    expect(rating.score.low).toBeCloseTo(0.6 * (50 / 175), 12)
    expect(rating.score.high).toBeCloseTo(0.6 * (150 / 175) + 0.4, 12)
    expect(rating.objectives['SOV-1'].score.low).toBeCloseTo(50 / 175, 12)
    expect(rating.objectives['SOV-1'].score.high).toBeCloseTo(150 / 175, 12)
    expect(rating.objectives['SOV-2'].score).toEqual({ low: 0, high: 1 })
    expect(rating).toMatchObject({ sealAtMost: 2, sealAtLeast: 1, seal: null, limitedBy: ['SOV-1.2'], unknown: ['SOV-1.1', 'SOV-2.1', 'SOV-2.2'] })
    expect(rating.higherReading).toEqual({ sealAtMost: 3, seal: null, criteria: ['SOV-1.2'] })
    expect(rating.criteria['SOV-1.2']?.answers).toEqual([3])
    expect(rating.objectives['SOV-2']).toMatchObject({ sealAtMost: null, seal: null })
  })

  // Path 2, suite + cloud (the cloud in the US cloud, suite on own servers):
  //   1.1: suite 3, cloud 1 or 2        → 1, 2 (3 needs cloud ≥ 3)  → points 0 … 50, SEAL 1
  //   1.2: suite 3, cloud open (1–4)    → 1, 2, 3                   → points 0 … 50, SEAL 0 … 2 (0 … 3 higher)
  //   2.1: cloud 1, suite open (1–2)    → 1                         → points 0,      SEAL 1
  //   2.2: suite 2 or 3, cloud open     → 1, 2, 3: open             → points 0 … 80, SEAL 4
  //   SOV-1: 0 … (50 + 50) / 175 = 0.571428…;  SOV-2: 0 … 80 / 180 = 0.444…
  //   Score: 0 … 0.6 × 100/175 + 0.4 × 80/180 = 0.342857… + 0.177777… = 0.520634…
  //   SEAL: answered 1.1 (≤ 1), 1.2 (≤ 2), 2.1 (≤ 1) → at most 1, set by 1.1 and 2.1; at least 0.
  //   SOV-2 alone: at most 1 (2.1) and at least min(1, 4) = 1 → its SEAL is known: 1.
  //   Higher reading: 1.2 rises to ≤ 3, the minimum stays 1 → no difference.
  it('path 2: suite on own servers and the cloud in the US cloud', () => {
    const rating = rateOne(pathOf([suite, cloud]), small)
    expect(rating.score.low).toBe(0)
    expect(rating.score.high).toBeCloseTo(0.6 * (100 / 175) + 0.4 * (80 / 180), 12)
    expect(rating).toMatchObject({ sealAtMost: 1, sealAtLeast: 0, seal: null, limitedBy: ['SOV-1.1', 'SOV-2.1'], unknown: ['SOV-2.2'], higherReading: null })
    expect(rating.criteria['SOV-1.1']?.answers).toEqual([1, 2])
    expect(rating.criteria['SOV-1.2']?.answers).toEqual([1, 2, 3])
    expect(rating.objectives['SOV-2']).toMatchObject({ sealAtMost: 1, seal: 1, limitedBy: ['SOV-2.1'] })
    expect(rating.objectives['SOV-1']).toMatchObject({ sealAtMost: 1, seal: null, limitedBy: ['SOV-1.1'] })
  })

  // Minimum SEALs: SOV-2 at 2 → path 2's SOV-2 is at most 1: below; path 1's may be 1 … 4: not known.
  // SOV-1 at 1 → path 1's SOV-1 is at least min(1, 2) = 1: met; path 2's at least 0: not known.
  it('marks a path under the case’s minimum SEAL ("under kravnivå") only when it is known to be below', () => {
    const settings: SovereigntySettings = { minimumSeal: { 'SOV-1': 1, 'SOV-2': 2 } }
    const one = rateOne(pathOf([suite, box]), small, settings)
    const two = rateOne(pathOf([suite, cloud]), small, settings)
    expect(one.objectives['SOV-1']).toMatchObject({ minimumSeal: 1, gate: 'met' })
    expect(one.objectives['SOV-2'].gate).toBe('unknown')
    expect(one.gate).toEqual({ status: 'unknown', below: [], unknown: ['SOV-2'] })
    expect(two.objectives['SOV-1'].gate).toBe('unknown')
    expect(two.gate).toEqual({ status: 'below', below: ['SOV-2'], unknown: ['SOV-1'] })
    expect(rateOne(pathOf([suite, box]), small).gate.status).toBe('not-set')
  })

  it('follows the hosting: the cloud product rated only in the US cloud is unknown on own servers', () => {
    const rating = rateOne(pathOf([suite, cloud], { cloud: 'own-servers' }), small)
    expect(rating.criteria['SOV-2.1']).toMatchObject({ answers: [1, 2], isAnswered: false })
    expect(rating.criteria['SOV-1.1']?.components.find((c) => c.productId === 'cloud')).toMatchObject({ hosting: 'own-servers', answers: null, by: 'none' })
  })
})

describe('the case’s own sovereignty settings', () => {
  const preset = loadPreset()
  const m365 = (model: Case, settings?: SovereigntySettings) => {
    const rating = sovereigntyOf({ model, catalogue, framework: shipped, ...(settings ? { settings } : {}) }).find((r) => r.scenarioId === 'm365')
    if (!rating) throw new Error('no m365')
    return rating
  }

  it('replaces a product’s shipped answer with the case’s, marked as the case’s and with its note', () => {
    const note = { sv: 'Vårt avtal: varje begäran avvisas', en: 'Our contract: every request is rejected' }
    const answers = ['m365-e3', 'm365-f3', 'm365-a3'].map((productId) => ({ productId, criterion: 'SOV-2.3', hosting: ['us-cloud' as const], answer: 5, note }))
    const rating = m365(preset, { answers })
    expect(rating.criteria['SOV-2.3']?.answers).toEqual([5])
    expect(rating.criteria['SOV-2.3']?.components[0]).toMatchObject({ productId: 'm365-e3', by: 'case', answers: [5], note })
    expect(rating.limitedBy).not.toContain('SOV-2.3')
    // One product changed is not enough: the path keeps its weakest component's answer.
    expect(m365(preset, { answers: answers.slice(0, 1) }).criteria['SOV-2.3']?.answers).toEqual([1, 2, 3, 4])
  })

  it('lets the case hold an answer not known (null), and reads its settings from the case itself', () => {
    const answers = ['m365-e3', 'm365-f3', 'm365-a3'].map((productId) => ({ productId, criterion: 'SOV-1.1', answer: null }))
    const model = parsed({ ...presetJson(), sovereignty: { answers } }, catalogue)
    const rating = m365(model)
    expect(rating.criteria['SOV-1.1']).toMatchObject({ isAnswered: false, answers: [1, 2, 3, 4] })
    expect(rating.criteria['SOV-1.1']?.components[0]).toMatchObject({ by: 'case', answers: null })
    expect(rating.limitedBy).not.toContain('SOV-1.1')
  })

  // SOV-2 has maximum 167 × 6 = 1002 at the shipped points. With answer 5 of SOV-2.3 at 334 points
  // the maximum is 1002 − 167 + 334 = 1169, and a product at the top of SOV-2 and at answer 4 of
  // SOV-2.3 (125.25) scores (1169 − 334 + 125.25) / 1169 = 960.25 / 1169 on SOV-2.
  it('adapts answer points as the case sets them, and the objective’s maximum with them', () => {
    const framework = frameworkWith({ a: fullyRated((i, n) => (criteria[i]?.id === 'SOV-2.3' ? 4 : n)) })
    const rating = rateOne(pathOf([hosted('a', ['own-servers'])]), framework, { values: { 'SOV-2.3': { '5': 334 } } })
    expect(rating.objectives['SOV-2'].score.low).toBeCloseTo(960.25 / 1169, 12)
    expect(rating.objectives['SOV-1'].score.low).toBe(1)
  })

  it('names what the framework cannot use, by path', () => {
    const settings: SovereigntySettings = {
      values: { 'SOV-1.9': { '1': 10 }, 'SOV-2.1': { '5': 10 } },
      answers: [
        { productId: 'no-such', criterion: 'SOV-2.1', answer: 1 },
        { productId: 'nextcloud', criterion: 'SOV-2.1', answer: 4 },
      ],
    }
    const faults = sovereigntySettingsFaults(settings, shipped, new Set(catalogue.map((p) => p.id)))
    expect(faults.map((f) => f.path)).toEqual(['sovereignty.values["SOV-1.9"]', 'sovereignty.values["SOV-2.1"]["5"]', 'sovereignty.answers[0].productId', 'sovereignty.answers[1].answer'])
    // The rating ignores an answer the criterion does not have.
    const rating = rateOne(pathOf([hosted('a', ['own-servers'])]), frameworkWith({}), { answers: [{ productId: 'a', criterion: 'SOV-2.1', answer: 4 }] })
    expect(rating.criteria['SOV-2.1']).toMatchObject({ isAnswered: false })
  })

  it('is part of the model file: read when valid, refused at the field when not, absent in older files', () => {
    expect(loadPreset().sovereignty).toBeUndefined()
    const valid = { weightSet: '2025', minimumSeal: { 'SOV-2': 2 }, values: { 'SOV-2.3': { '5': 200 } }, answers: [{ productId: 'nextcloud', criterion: 'SOV-6.3', answer: 5, note: 'AGPL' }] }
    expect(parsed({ ...presetJson(), sovereignty: valid }, catalogue).sovereignty).toEqual(valid)
    for (const [bad, path] of [
      [{ weightSet: '2024' }, 'sovereignty.weightSet'],
      [{ minimumSeal: { 'SOV-2': 5 } }, 'sovereignty.minimumSeal["SOV-2"]'],
      [{ answers: [{ productId: 'nextcloud', criterion: 'SOV-6', answer: 1 }] }, 'sovereignty.answers[0].criterion'],
      [{ answers: [{ productId: 'nextcloud', criterion: 'SOV-6.3', answer: 0 }] }, 'sovereignty.answers[0].answer'],
      [{ answers: Array.from({ length: 2001 }, () => ({ productId: 'nextcloud', criterion: 'SOV-6.3', answer: 1 })) }, 'sovereignty.answers: must have at most 2000'],
    ] as const) {
      expect(() => parsed({ ...presetJson(), sovereignty: bad }, catalogue), JSON.stringify(bad)).toThrow(path)
    }
  })
})

describe('weakestAnswers', () => {
  it.each([
    ['one known component', 5, [[3]], [3]],
    ['two known: the lower', 5, [[3], [4]], [3]],
    ['a known and an open one: anything up to the known', 5, [[3], null], [1, 2, 3]],
    ['two ranges', 5, [[2, 3, 4], [3, 5]], [2, 3, 4]],
    ['no component: open', 3, [], [1, 2, 3]],
  ] as const)('%s', (_, length, components, expected) => {
    expect(weakestAnswers(length, components)).toEqual(expected)
  })
})

describe('the cost of sovereignty', () => {
  const known = (score: number, seal: number) => ({ score: { low: score, high: score }, sealAtMost: seal, sealAtLeast: seal })
  const cost = (amount: number | null, atLeast = false) => ({ amount, atLeast })

  // 1 500 000 − 1 000 000 = 500 000 for SEAL 1 → 3 (2 levels) and score 0.40 → 0.60 (20 points).
  it('gives the extra cost per SEAL level and per score point when everything is known', () => {
    const result = costOfSovereignty({ cost: cost(1_000_000), rating: known(0.4, 1) }, { cost: cost(1_500_000), rating: known(0.6, 3) })
    expect(result.extraCost).toBe(500_000)
    expect(result.isExtraCostAtLeast).toBe(false)
    expect(result.perSealLevel).toEqual({ kind: 'exact', value: 250_000 })
    expect(result.perScorePoint.kind).toBe('exact')
    expect(result.perScorePoint.kind === 'exact' && result.perScorePoint.value).toBeCloseTo(25_000, 6)
  })

  it('says "at least" when the dearer path leaves out an unknown, and "unknown" when the base path does', () => {
    const atLeast = costOfSovereignty({ cost: cost(1_000_000), rating: known(0.4, 1) }, { cost: cost(1_500_000, true), rating: known(0.6, 3) })
    expect(atLeast).toMatchObject({ extraCost: 500_000, isExtraCostAtLeast: true, perSealLevel: { kind: 'at-least', value: 250_000 } })
    const baseOpen = costOfSovereignty({ cost: cost(1_000_000, true), rating: known(0.4, 1) }, { cost: cost(1_500_000), rating: known(0.6, 3) })
    expect(baseOpen).toMatchObject({ extraCost: null, perSealLevel: { kind: 'unknown', why: 'cost' }, perScorePoint: { kind: 'unknown', why: 'cost' } })
    expect(costOfSovereignty({ cost: cost(null), rating: known(0.4, 1) }, { cost: cost(1), rating: known(0.6, 3) }).extraCost).toBeNull()
  })

  // "At least" over a gain of 20 … 30 points: at least 500 000 / 30 a point (the largest gain gives the
  // least); a saving of at least −300 000 is at least −300 000 / 20 = −15 000 a point.
  it('takes the least the ratio can be when an "at least" cost meets a range of gain', () => {
    const ranged = { score: { low: 0.6, high: 0.7 }, sealAtMost: 3, sealAtLeast: 3 }
    const dearer = costOfSovereignty({ cost: cost(1_000_000), rating: known(0.4, 1) }, { cost: cost(1_500_000, true), rating: ranged })
    expect(dearer.perScorePoint.kind === 'at-least' && dearer.perScorePoint.value).toBeCloseTo(500_000 / 30, 6)
    const cheaper = costOfSovereignty({ cost: cost(1_000_000), rating: known(0.4, 1) }, { cost: cost(700_000, true), rating: ranged })
    expect(cheaper.perScorePoint.kind === 'at-least' && cheaper.perScorePoint.value).toBeCloseTo(-15_000, 6)
  })

  // Gain 20 … 30 points for 500 000: 500 000 / 30 = 16 666.67 … 500 000 / 20 = 25 000 a point.
  it('gives a range when the gain is a range, and no figure when the gain may be nil or is none', () => {
    const range = costOfSovereignty({ cost: cost(1_000_000), rating: known(0.4, 1) }, { cost: cost(1_500_000), rating: { score: { low: 0.6, high: 0.7 }, sealAtMost: 3, sealAtLeast: 3 } })
    expect(range.perScorePoint.kind).toBe('range')
    if (range.perScorePoint.kind === 'range') {
      expect(range.perScorePoint.low).toBeCloseTo(500_000 / 30, 6)
      expect(range.perScorePoint.high).toBeCloseTo(25_000, 6)
    }
    const maybe = costOfSovereignty({ cost: cost(1), rating: { score: { low: 0.2, high: 0.5 }, sealAtMost: 1, sealAtLeast: 0 } }, { cost: cost(2), rating: { score: { low: 0.4, high: 0.9 }, sealAtMost: 2, sealAtLeast: 1 } })
    expect(maybe.perScorePoint).toEqual({ kind: 'unknown', why: 'gain' })
    expect(maybe.perSealLevel).toEqual({ kind: 'unknown', why: 'gain' })
    const none = costOfSovereignty({ cost: cost(1), rating: known(0.6, 2) }, { cost: cost(2), rating: known(0.5, 2) })
    expect(none.perSealLevel).toEqual({ kind: 'no-gain' })
    expect(none.perScorePoint).toEqual({ kind: 'no-gain' })
  })
})

describe('the shipped preset’s five paths', () => {
  const ratings = new Map(sovereigntyOf({ model: loadPreset(), catalogue, framework: shipped }).map((r) => [r.scenarioId, r]))

  it('rates every path, each a range with the SEAL at most 1 where Microsoft 365 runs in the US cloud', () => {
    expect([...ratings.keys()]).toEqual(['m365', 'nextcloud', 'webex', 'eu-hybrid', 'on-prem'])
    for (const id of ['m365', 'nextcloud', 'webex', 'eu-hybrid']) {
      const rating = ratings.get(id)
      expect(rating, id).toMatchObject({ seal: null, sealAtMost: 1, sealAtLeast: 0 })
      expect(rating?.limitedBy, id).toEqual(['SOV-1.1', 'SOV-2.1', 'SOV-2.2', 'SOV-2.3', 'SOV-3.4'])
      expect(rating?.score.low, id).toBe(0)
    }
    // Microsoft on own servers beside two products no stored document rates: nothing narrows any criterion.
    expect(ratings.get('on-prem')).toMatchObject({ seal: null, sealAtMost: null, score: { low: 0, high: 1 } })
    expect(ratings.get('on-prem')?.unknown).toHaveLength(48)
  })

  // The m365 path's best case, by hand: every open criterion at its top, and the answered ones at the
  // highest answer the documents leave: 1.1 → answer 2 (41.67), 2.1 → 2 (84), 2.2 → 3 (83.5),
  // 2.3 → 4 (125.25), 3.1 → 4 (150), 3.4 → 4 (150), 4.4 → 3 (83.5). Lost against the top:
  //   SOV-1: 125.01 − 41.67 = 83.34 of 1000.03;  SOV-2: 83 + 83.5 + 41.75 = 208.25 of 1002;
  //   SOV-3: 50 + 50 = 100 of 1000;             SOV-4: 83.5 of 1002.
  //   High = 1 − (0.20 × 83.34/1000.03 + 0.10 × 208.25/1002 + 0.10 × 100/1000 + 0.15 × 83.5/1002) = 0.94005
  it('gives the m365 path a score of 0 … 0.940 (2026 weights)', () => {
    const high = 1 - (0.2 * 83.34 / 1000.03 + 0.1 * 208.25 / 1002 + 0.1 * 100 / 1000 + 0.15 * 83.5 / 1002)
    expect(ratings.get('m365')?.score.high).toBeCloseTo(high, 12)
    expect(high).toBeCloseTo(0.94005, 5)
  })

  it('keeps Nextcloud’s, Jitsi’s and Rocket.Chat’s answers in the eu-hybrid path, below Microsoft’s weakest link', () => {
    const hybrid = ratings.get('eu-hybrid')
    // Jitsi (maintained by a US company) rules out answer 5 of SOV-6.3 for the whole path.
    expect(hybrid?.criteria['SOV-6.3']?.answers).toEqual([1, 2, 3, 4])
    const jitsi = hybrid?.criteria['SOV-6.3']?.components.find((c) => c.productId === 'jitsi-meet')
    expect(jitsi).toMatchObject({ by: 'shipped', answers: [3, 4], hosting: 'own-servers' })
    expect(hybrid?.score.high).toBeLessThan(ratings.get('m365')?.score.high ?? 0)
  })
})

describe('today’s paths (issue 23): openDesk and Nextcloud Enterprise rated with their unknowns honest', () => {
  const texts = { caseName: 'Fall', allStaff: 'Alla', unknownReason: 'okänt', implementation: 'Införande', training: 'Utbildning', quote: 'Offert', quoteVendor: 'egen', onPremIncrease: 'Högre', onPremIncreaseReason: 'okänt' }
  const model = parsed(
    guidedCase({
      name: 'Kommun',
      groups: [{ name: 'Kontor', kind: 'office', users: 500 }],
      startYear: 2027,
      years: 5,
      discountRate: 0,
      hourlyCost: null,
      paths: [
        { template: 'opendesk-ce', name: 'openDesk CE' },
        { template: 'opendesk-ee', name: 'openDesk EE' },
        { template: 'nextcloud-standard', name: 'Nextcloud Standard' },
        { template: 'nextcloud', name: 'Nextcloud' },
      ],
      texts,
    }),
    catalogue,
  )
  const [ce, ee, standard, nextcloud] = sovereigntyOf({ model, catalogue, framework: shipped })

  it('leaves openDesk not assessed while Collabora, Element and Jitsi answer nothing: the weakest link settles no criterion, and no score is guessed', () => {
    for (const rating of [ce, ee]) {
      expect(rating?.sealAtMost).toBeNull()
      expect(rating?.seal).toBeNull()
      expect(rating?.unknown).toHaveLength(48)
      expect(rating?.score.low).toBe(0)
      expect(rating?.score.high).toBeCloseTo(1, 9)
    }
    // The edition's own answers are there (SOV-1.1 mostly or entirely within the EU on own servers); the unknown components open them again.
    const sov11 = ce?.criteria['SOV-1.1']
    expect(sov11?.components.find((c) => c.productId === 'opendesk-ce')?.answers).toEqual([3, 4])
    expect(sov11?.components.find((c) => c.productId === 'opendesk-collabora')?.answers).toBeNull()
    expect(sov11?.answers).toEqual([1, 2, 3, 4])
    expect(ee?.criteria['SOV-1.1']?.components.find((c) => c.productId === 'opendesk-ee')).toMatchObject({ hosting: 'eu-provider', answers: [3, 4] })
  })

  it('rates Nextcloud Enterprise with Talk as Nextcloud itself: the same software from the same vendor', () => {
    expect(standard?.sealAtMost).toBe(nextcloud?.sealAtMost)
    expect(standard?.score).toEqual(nextcloud?.score)
    expect(standard?.unknown).toEqual(nextcloud?.unknown)
  })
})
