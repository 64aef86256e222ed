/**
 * The decision at a glance: the paths ranked by cost over the horizon, each with its difference to the
 * baseline, the must-haves it misses, whether its figure is complete or a lower bound, the highest
 * information class it may handle and whether it relies on services under third-country law.
 *
 * Facts only, no words: the sentences are made from these at the edge, in the reader's language.
 *
 * Ranking: by present value when the discount rate is above 0, else by the nominal total. An
 * incomplete path's figure is a lower bound (its unknown amounts are left out), so it can only move
 * later in the ranking once they are known, never earlier; `mayRankLater` says so.
 *
 * A difference to the baseline, d = path − baseline on the known amounts, reads:
 *
 *     both complete                      exact: d
 *     path incomplete,  d ≥ 0            at least d more (the lower bound already costs more)
 *     baseline incomplete, d ≤ 0         at least |d| less
 *     otherwise                          not known: the cheaper-looking side is a lower bound, and it
 *                                        is cheaper only if its unknown amounts come to less than |d|
 *                                        (both incomplete: both sides' unknown amounts decide)
 */
import type { Missing } from '../money/costs'
import type { MustSummary } from './coverage'
import type { ScenarioExposure, ThirdCountryStatus } from './exposure'
import type { Case } from '../model/model'
import type { RiskLevel, RiskRegister } from './risks'
import type { Measure } from '../uncertainty/sensitivity'

/** The figures of a computed scenario this module reads (a ScenarioResult has them). */
export interface CostedScenario {
  id: string
  /** Nominal total over the horizon (known amounts only when incomplete). */
  total: number
  presentValue: number
  complete: boolean
  missing: Missing[]
}

/** What is ranked: the present value when a discount rate is set (above 0), else the nominal total. */
export function rankingMeasure(discountRate: number): Measure {
  return discountRate > 0 ? 'presentValue' : 'total'
}

/** The scenarios shown side by side, in the case's order: `compare.shown` when it names two or more that exist, else all. */
export function shownScenarioIds(model: Pick<Case, 'scenarios' | 'compare'>): string[] {
  const all = model.scenarios.map((s) => s.id)
  const shown = model.compare?.shown?.filter((id) => all.includes(id)) ?? []
  return shown.length >= 2 ? all.filter((id) => shown.includes(id)) : all
}

/** The baseline others are compared against: `compare.baseline` when it is shown, else the first scenario shown. */
export function baselineScenarioId(model: Pick<Case, 'scenarios' | 'compare'>): string | undefined {
  const shown = shownScenarioIds(model)
  const chosen = model.compare?.baseline
  return chosen !== undefined && shown.includes(chosen) ? chosen : shown[0]
}

/** A path's figure against the baseline's (see the module comment). Amounts in whole currency units. */
export type Difference =
  | { kind: 'baseline' }
  /** Both figures complete: path − baseline. */
  | { kind: 'exact'; amount: number }
  /** The path costs at least `amount` (≥ 0) more or less than the baseline. */
  | { kind: 'at-least'; direction: 'more' | 'less'; amount: number }
  /**
   * The direction is not known. `knownParts` is path − baseline on the known amounts. With one side
   * incomplete, `decidedBy` names it (the cheaper-looking side) and `threshold` = |knownParts|: that side
   * is cheaper only if its unknown amounts come to less than `threshold`. With both incomplete,
   * `decidedBy` names both and there is no threshold.
   */
  | { kind: 'not-known'; knownParts: number; decidedBy: string[]; threshold?: number }

/** The difference of `path` against `baseline` on a measure, kept honest about lower bounds. */
export function differenceOf(path: CostedScenario, baseline: CostedScenario, measure: Measure = 'total'): Difference {
  if (path.id === baseline.id) return { kind: 'baseline' }
  const d = path[measure] - baseline[measure]
  const magnitude = Math.abs(d) // no −0 in output
  if (path.complete && baseline.complete) return { kind: 'exact', amount: d }
  if (!path.complete && !baseline.complete) return { kind: 'not-known', knownParts: d, decidedBy: [path.id, baseline.id] }
  if (!path.complete) {
    return d >= 0
      ? { kind: 'at-least', direction: 'more', amount: magnitude }
      : { kind: 'not-known', knownParts: d, decidedBy: [path.id], threshold: magnitude }
  }
  return d <= 0
    ? { kind: 'at-least', direction: 'less', amount: magnitude }
    : { kind: 'not-known', knownParts: d, decidedBy: [baseline.id], threshold: magnitude }
}

export interface PathSummary {
  id: string
  /** 1 for the lowest figure; paths with equal figures keep the case's order. */
  rank: number
  /** The ranked figure (total or present value), known amounts only when incomplete. */
  figure: number
  /** False when the figure leaves out an unknown amount (it is then a lower bound). */
  complete: boolean
  missing: Missing[]
  /** True when the path is incomplete and ranked before another path: it may belong later. */
  mayRankLater: boolean
  isBaseline: boolean
  difference: Difference | undefined
  /** Must-have needs: missing and not known whether met (feature ids); undefined when coverage is not given. */
  must: Pick<MustSummary, 'total' | 'missing' | 'unknown'> | undefined
  /** Highest information class some service may handle under the policy; null when not known. */
  highestClass: number | null
  /** The highest class the services under third-country law may handle, when they limit the path below `highestClass`. */
  exposedClassLimit: number | null
  /** Whether the path relies on services under third-country law; `unknown` when a service's status is not known. */
  thirdCountry: ThirdCountryStatus | undefined
  exposedProducts: string[]
  /** Products whose exposure the sources leave unknown. */
  unknownProducts: string[]
  /** The risk register: whether there is one, and its highest risk. */
  risk: { hasRegister: boolean; highest?: { id: string; score: number; level: RiskLevel } } | undefined
}

export interface DecisionSummary {
  measure: Measure
  baselineId: string | undefined
  /** Lowest figure first. */
  paths: PathSummary[]
  /**
   * The first-ranked path whose figure is complete and that is known to meet every must-have, if any:
   * paths ranked before it are either incomplete or miss (or may miss) a must-have.
   */
  lowestCompleteMeetingMusts: string | undefined
}

export interface DecisionOptions {
  /** The computed scenarios to rank (e.g. the shown ones of a Result). */
  scenarios: readonly CostedScenario[]
  discountRate: number
  /** The baseline's id; without one (or one not among `scenarios`) no difference is given. */
  baselineId?: string
  /** Must-have coverage by scenario id (engine/coverage). */
  coverage?: ReadonlyMap<string, { must: MustSummary }>
  exposure?: ReadonlyMap<string, ScenarioExposure>
  registers?: ReadonlyMap<string, RiskRegister>
}

export function decisionSummary(options: DecisionOptions): DecisionSummary {
  const measure = rankingMeasure(options.discountRate)
  const baseline = options.scenarios.find((s) => s.id === options.baselineId)
  const ranked = options.scenarios
    .map((s, order) => ({ s, order }))
    .sort((x, y) => x.s[measure] - y.s[measure] || x.order - y.order)
    .map((x) => x.s)

  const paths = ranked.map((s, i): PathSummary => {
    const must = options.coverage?.get(s.id)?.must
    const exposure = options.exposure?.get(s.id)
    const register = options.registers?.get(s.id)
    const limit = exposure && exposure.exposedProducts.length > 0 ? exposure.commonClass : null
    return {
      id: s.id,
      rank: i + 1,
      figure: s[measure],
      complete: s.complete,
      missing: s.missing,
      mayRankLater: !s.complete && i < ranked.length - 1,
      isBaseline: s.id === baseline?.id,
      difference: baseline ? differenceOf(s, baseline, measure) : undefined,
      must: must ? { total: must.total, missing: must.missing, unknown: must.unknown } : undefined,
      highestClass: exposure?.highestClass ?? null,
      exposedClassLimit: limit !== null && exposure?.highestClass !== null && exposure?.highestClass !== undefined && limit < exposure.highestClass ? limit : null,
      thirdCountry: exposure?.thirdCountry,
      exposedProducts: exposure?.exposedProducts ?? [],
      unknownProducts: exposure?.unknownProducts ?? [],
      risk: register
        ? {
            hasRegister: register.hasRegister,
            ...(register.highest ? { highest: { id: register.highest.risk.id, score: register.highest.score, level: register.highest.level } } : {}),
          }
        : undefined,
    }
  })

  const meetsMusts = (p: PathSummary) => p.must !== undefined && p.must.missing.length === 0 && p.must.unknown.length === 0
  return {
    measure,
    baselineId: baseline?.id,
    paths,
    lowestCompleteMeetingMusts: paths.find((p) => p.complete && meetsMusts(p))?.id,
  }
}
