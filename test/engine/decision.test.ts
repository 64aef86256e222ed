/** The decision at a glance (src/engine/assessment/decision.ts): ranking, honest differences, the default baseline. Worked by hand. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { assessRisks, baselineScenarioId, compute, decision, decisionInputs, decisionRecord, differenceOf, exposureOf, policyStatus, rankPaths, rankingMeasure, shownScenarioIds } from '~/engine'
import type { Case, CostedScenario, Difference, MustSummary, Product } from '~/engine'
import { buildCase, fourPaths, parsed, product, scenario } from '../fixtures/cases'

const figures = (model: Case) => new Map(compute({ model, catalogue: [] }).scenarios.map((s) => [s.id, s]))
const get = (map: Map<string, CostedScenario>, id: string): CostedScenario => {
  const found = map.get(id)
  if (!found) throw new Error(`no scenario ${id}`)
  return found
}

describe('rankingMeasure', () => {
  it.each([
    [0, 'total'],
    [0.03, 'presentValue'],
  ])('ranks at a discount rate of %s by %s', (rate, measure) => {
    expect(rankingMeasure(rate)).toBe(measure)
  })
})

describe('differenceOf: a difference is a number only when both figures are complete', () => {
  const all = figures(fourPaths())

  it('reads the hand-worked figures', () => {
    expect([...all.values()].map((s) => [s.id, s.total, s.complete])).toEqual([
      ['known', 4_000_000, true],
      ['dearer', 4_800_000, true],
      ['partial', 4_000_000, false],
      ['cheap-part', 3_000_000, false],
    ])
  })

  it.each<[string, string, Difference]>([
    ['dearer', 'known', { kind: 'exact', amount: 800_000 }],
    ['known', 'dearer', { kind: 'exact', amount: -800_000 }],
    ['known', 'known', { kind: 'baseline' }],
    // The incomplete path already costs as much as the baseline: at least 0 more, whatever its unknowns are.
    ['partial', 'known', { kind: 'at-least', direction: 'more', amount: 0 }],
    // Its known parts cost 1 000 000 less; it is cheaper only if its unknown price comes to less than that.
    ['cheap-part', 'known', { kind: 'not-known', knownParts: -1_000_000, decidedBy: ['cheap-part'], threshold: 1_000_000 }],
    // Against an incomplete baseline: a complete path at or below it is at least that much cheaper …
    ['known', 'partial', { kind: 'at-least', direction: 'less', amount: 0 }],
    ['known', 'cheap-part', { kind: 'not-known', knownParts: 1_000_000, decidedBy: ['cheap-part'], threshold: 1_000_000 }],
    // … and a complete path 4 800 000 − 3 000 000 = 1 800 000 above it is not known to cost more.
    ['dearer', 'cheap-part', { kind: 'not-known', knownParts: 1_800_000, decidedBy: ['cheap-part'], threshold: 1_800_000 }],
    // Both incomplete: neither side's figure decides.
    ['cheap-part', 'partial', { kind: 'not-known', knownParts: -1_000_000, decidedBy: ['cheap-part', 'partial'] }],
  ])('%s against %s', (path, baseline, expected) => {
    expect(differenceOf(get(all, path), get(all, baseline))).toEqual(expected)
  })

  it('never gives a plain number when either side is incomplete (any pair of the case)', () => {
    for (const a of all.values()) {
      for (const b of all.values()) {
        const d = differenceOf(a, b)
        if (d.kind === 'exact') expect(a.complete && b.complete).toBe(true)
        // An "at least" points the way the lower bound already shows: never a saving read from an unknown.
        if (d.kind === 'at-least') expect(d.direction === 'more' ? !a.complete : !b.complete).toBe(true)
      }
    }
  })
})

describe('decision', () => {
  const model = fourPaths()
  const result = compute({ model, catalogue: [] })
  const mustOf = (missing: string[], unknown: string[] = []): { must: MustSummary } => ({
    must: { total: 2, met: 2 - missing.length - unknown.length, partly: 0, missing, unknown },
  })
  const coverage = new Map([
    ['known', mustOf(['video'])],
    ['dearer', mustOf([])],
    ['partial', mustOf([])],
    ['cheap-part', mustOf([], ['chat'])],
  ])
  const summary = decision({ scenarios: result.scenarios, discountRate: 0, baselineId: 'known', coverage })

  it('ranks the complete paths by the nominal total at 0 %, and lists apart the incomplete ones whose lower bound settles nothing', () => {
    expect(summary.measure).toBe('total')
    // partial (at least 4 000 000) and cheap-part (at least 3 000 000) are not above dearer's 4 800 000:
    // either may end up cheaper or dearer than a complete path, so neither has a place yet.
    expect(summary.paths.map((p) => [p.id, p.rank, p.unranked, p.figure])).toEqual([
      ['known', 1, undefined, 4_000_000],
      ['dearer', 2, undefined, 4_800_000],
      ['partial', null, 'incomplete', 4_000_000],
      ['cheap-part', null, 'incomplete', 3_000_000],
    ])
    expect(summary.paths.some((p) => p.mayRankLater)).toBe(false)
  })

  it('names the first complete path known to meet every must-have, not a cheaper one that misses or may miss one', () => {
    // cheap-part is incomplete and may miss "chat"; known misses "video"; partial is incomplete.
    expect(summary.lowestCompleteMeetingMusts).toBe('dearer')
    expect(summary.paths.find((p) => p.id === 'known')?.must?.missing).toEqual(['video'])
  })

  it('gives each path its difference to the baseline, and none without a baseline', () => {
    expect(summary.baselineId).toBe('known')
    expect(summary.paths.find((p) => p.id === 'dearer')?.difference).toEqual({ kind: 'exact', amount: 800_000 })
    expect(summary.paths.find((p) => p.id === 'known')).toMatchObject({ isBaseline: true, difference: { kind: 'baseline' } })
    const without = decision({ scenarios: result.scenarios, discountRate: 0 })
    expect(without.paths.every((p) => p.difference === undefined && !p.isBaseline)).toBe(true)
  })

  it('ranks by present value when a discount rate is set', () => {
    // late: 1 000 000 in 2027 → 1 000 000 / 1.1³ = 751 315 today; early: 800 000 in 2024, not discounted.
    const timing = parsed(
      buildCase({
        settings: { discountRate: 0.1 },
        scenarios: [
          scenario({ id: 'early', costs: [{ label: 'Tidigt', category: 'implementation', kind: 'one-off', amount: 800_000, year: 2024 }] }),
          scenario({ id: 'late', costs: [{ label: 'Sent', category: 'implementation', kind: 'one-off', amount: 1_000_000, year: 2027 }] }),
        ],
      }),
    )
    const computed = compute({ model: timing, catalogue: [] })
    const ranked = decision({ scenarios: computed.scenarios, discountRate: timing.settings.discountRate, baselineId: 'early' })
    expect(ranked.measure).toBe('presentValue')
    expect(ranked.paths.map((p) => [p.id, p.figure])).toEqual([
      ['late', 751_315],
      ['early', 800_000],
    ])
    expect(ranked.paths[0]?.difference).toEqual({ kind: 'exact', amount: -48_685 })
  })

  it('carries the exposure and the risk register: unknown jurisdiction is unknown, no register is said', () => {
    const silent: Product = { ...product('silent', 10), hosting: ['us-cloud'] }
    const us: Product = { ...product('us', 10), hosting: ['us-cloud'], jurisdiction: { thirdCountryLaws: ['cloud-act'] } }
    const local: Product = { ...product('local', 10), hosting: ['own-servers'], jurisdiction: { thirdCountryLaws: [] } }
    const protectedCase = parsed(
      buildCase({
        organisation: { informationClasses: [{ level: 0, name: 'öppen' }, { level: 1, name: 'intern' }, { level: 2, name: 'känslig' }], thirdCountryMaxClass: 0 },
        products: [silent, us, local],
        scenarios: [
          scenario({ id: 'silent', licences: [{ productId: 'silent', groups: ['staff'] }] }),
          scenario({
            id: 'mixed',
            licences: [{ productId: 'us', groups: ['staff'] }, { productId: 'local', groups: ['staff'] }],
            risks: [{ id: 'R1', label: 'Röjande', likelihood: 2, consequence: 3 }],
          }),
        ],
      }),
    )
    const computed = compute({ model: protectedCase, catalogue: [] })
    const exposure = new Map(exposureOf({ model: protectedCase, catalogue: [] }).map((e) => [e.scenarioId, e]))
    const registers = new Map(protectedCase.scenarios.map((s) => [s.id, assessRisks(s.risks)]))
    const paths = decision({ scenarios: computed.scenarios, discountRate: 0, exposure, registers }).paths
    const silentPath = paths.find((p) => p.id === 'silent')
    const mixedPath = paths.find((p) => p.id === 'mixed')
    expect(silentPath).toMatchObject({ thirdCountry: 'unknown', unknownProducts: ['silent'], highestClass: null, risk: { hasRegister: false } })
    expect(silentPath?.risk?.highest).toBeUndefined()
    // The local service may hold class 2; the US one only class 0 under the policy.
    expect(mixedPath).toMatchObject({ thirdCountry: 'exposed', exposedProducts: ['us'], highestClass: 2, exposedClassLimit: 0 })
    expect(mixedPath?.risk).toEqual({ hasRegister: true, highest: { id: 'R1', score: 6, level: 'medium' } })
  })
})

describe('rankPaths: ranking that cannot mislead', () => {
  const rank = (paths: { id: string; figure: number; complete: boolean }[]) => Object.fromEntries([...rankPaths(paths)].map(([id, r]) => [id, r.rank ?? r.unranked]))

  it('never ranks a path whose cost is wholly unknown, however low its (zero) figure', () => {
    expect(rank([{ id: 'quote', figure: 0, complete: false }, { id: 'm365', figure: 88, complete: true }])).toEqual({ quote: 'unknown', m365: 1 })
  })

  it('lists a cheap incomplete path apart, and places one whose lower bound is above every complete path after them', () => {
    expect(
      rank([
        { id: 'cheap-part', figure: 50, complete: false },
        { id: 'a', figure: 100, complete: true },
        { id: 'b', figure: 120, complete: true },
        { id: 'dear-part', figure: 130, complete: false },
      ]),
    ).toEqual({ a: 1, b: 2, 'cheap-part': 'incomplete', 'dear-part': 3 })
  })

  it('does not order two incomplete paths that both cost more than every complete one', () => {
    expect(rank([{ id: 'a', figure: 10, complete: true }, { id: 'x', figure: 20, complete: false }, { id: 'y', figure: 30, complete: false }])).toEqual({
      a: 1, x: 'after-complete', y: 'after-complete',
    })
  })

  it('property: no incomplete path ranks ahead of a complete one; nothing-known is never ranked; ranks are 1…n without gaps', () => {
    const path = fc.record({ figure: fc.integer({ min: -1_000, max: 1_000_000 }), complete: fc.boolean() })
    fc.assert(
      fc.property(fc.array(path, { minLength: 1, maxLength: 8 }), (list) => {
        const paths = list.map((p, i) => ({ id: `p${i}`, ...p }))
        const ranks = rankPaths(paths)
        const rankOf = (id: string) => ranks.get(id)?.rank ?? null
        for (const p of paths) {
          const r = rankOf(p.id)
          if (!p.complete && p.figure <= 0) expect(r).toBeNull()
          if (p.complete) expect(r).not.toBeNull()
          if (!p.complete && r !== null) {
            for (const q of paths.filter((x) => x.complete)) {
              expect(rankOf(q.id)).toBeLessThan(r)
              expect(p.figure).toBeGreaterThan(q.figure) // its lower bound already settles the place
            }
          }
        }
        const given = paths.map((p) => rankOf(p.id)).filter((r): r is number => r !== null).sort((a, b) => a - b)
        expect(given).toEqual(given.map((_, i) => i + 1))
        // Complete paths in the order of their figures.
        const complete = paths.filter((p) => p.complete).sort((a, b) => (rankOf(a.id) ?? 0) - (rankOf(b.id) ?? 0))
        complete.slice(1).forEach((p, i) => expect(p.figure).toBeGreaterThanOrEqual(complete[i]?.figure ?? 0))
      }),
    )
  })
})

describe('absent is not a value: a case with no needs, no policy, no risk register', () => {
  const us: Product = { ...product('us', 10), hosting: ['us-cloud'], jurisdiction: { thirdCountryLaws: ['cloud-act'] } }
  const silent: Product = { ...product('silent', { value: null, reason: 'no offer yet' }), hosting: ['us-cloud'] }
  const bare = parsed(
    buildCase({
      products: [us, silent],
      scenarios: [
        scenario({ id: 'cloud', licences: [{ productId: 'us', groups: ['staff'] }] }),
        scenario({ id: 'quote', licences: [{ productId: 'silent', groups: ['staff'] }] }),
      ],
    }),
  )
  const result = compute({ model: bare, catalogue: [] })
  const features = [{ id: 'chat' }, { id: 'video' }]
  const summary = decision({ scenarios: result.scenarios, discountRate: 0, baselineId: 'cloud', ...decisionInputs({ model: bare, result, catalogue: [], features }) })
  const record = decisionRecord(summary)

  it('says musts not assessed, policy not set, risks not assessed for every path, and names no path as meeting all must-haves', () => {
    expect(summary.mustsAssessed).toBe(false)
    expect(summary.policySet).toBe(false)
    expect(summary.lowestCompleteMeetingMusts).toBeUndefined()
    expect(record.paths.map((p) => [p.scenarioId, p.musts, p.policy, p.risks])).toEqual([
      ['cloud', 'not-assessed', 'not-set', 'not-assessed'],
      ['quote', 'not-assessed', 'not-set', 'not-assessed'],
    ])
  })

  it('gives the own quote without a price no rank and no amount, and the third-country status as known or unknown', () => {
    expect(record.paths.find((p) => p.scenarioId === 'quote')).toMatchObject({ rank: null, amount: null, atLeast: false, thirdCountry: 'unknown' })
    expect(record.paths.find((p) => p.scenarioId === 'cloud')).toMatchObject({ rank: 1, atLeast: false, thirdCountry: 'exposed' })
    expect(summary.lowestComplete).toBe('cloud')
  })

  it('reads the policy: within when it allows a class, breached when it allows none, unknown where exposure is unknown', () => {
    expect(policyStatus({ thirdCountry: 'exposed', policyMaxClass: 1 }, [0, 1, 2])).toBe('within')
    expect(policyStatus({ thirdCountry: 'exposed', policyMaxClass: -1 }, [0, 1, 2])).toBe('breached')
    expect(policyStatus({ thirdCountry: 'unknown', policyMaxClass: 1 }, [0, 1, 2])).toBe('unknown')
    expect(policyStatus({ thirdCountry: 'not-exposed', policyMaxClass: -1 }, [0, 1])).toBe('within')
    expect(policyStatus({ thirdCountry: 'exposed', policyMaxClass: undefined }, [0, 1])).toBe('not-set')
  })
})

describe('the default baseline and the scenarios shown', () => {
  const ids = ['a', 'b', 'c'].map((id) => scenario({ id }))
  const with_ = (compare?: Case['compare']) => ({ scenarios: ids, ...(compare ? { compare } : {}) })

  it.each<[string, Case['compare'] | undefined, string[], string | undefined]>([
    ['no choice: all shown, the first is the baseline', undefined, ['a', 'b', 'c'], 'a'],
    ['a chosen baseline', { baseline: 'c' }, ['a', 'b', 'c'], 'c'],
    ['two chosen to show, in the case’s order', { shown: ['c', 'b'] }, ['b', 'c'], 'b'],
    ['a baseline that is not shown gives way to the first shown', { baseline: 'a', shown: ['b', 'c'] }, ['b', 'c'], 'b'],
    ['fewer than two shown means all', { shown: ['b'] }, ['a', 'b', 'c'], 'a'],
  ])('%s', (_, compare, shown, baseline) => {
    expect(shownScenarioIds(with_(compare))).toEqual(shown)
    expect(baselineScenarioId(with_(compare))).toBe(baseline)
  })
})
