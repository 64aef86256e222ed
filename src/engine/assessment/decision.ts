/**
 * The decision at a glance: the paths ranked by cost over the horizon, each with its difference to the
 * baseline, the must-haves it misses, whether its figure is complete or a lower bound, the highest
 * information class it may handle and whether it relies on services under third-country law.
 *
 * Facts only, no words: the sentences are made from these at the edge, in the reader's language.
 *
 * Ranking: by present value when the discount rate is above 0, else by the nominal total, and only
 * where the order is known. An incomplete path's figure is a lower bound (its unknown amounts are left
 * out), so:
 *
 *     complete paths                     ranked among themselves by their figures
 *     incomplete, lower bound above      placed after them (its place is settled whatever its unknowns
 *       every complete path                come to) when it is the only such path; two or more such
 *                                          paths are each known to come after, but not in which order
 *     incomplete, lower bound at or      not ranked: it may turn out cheaper or dearer than a complete
 *       below some complete path           path ("kan inte rangordnas ännu — saknar …")
 *     wholly unknown (nothing of its     never ranked
 *       figure known, figure ≤ 0)
 *
 * So no incomplete path ever ranks ahead of a complete one, and a rank is the place among the paths
 * whose order is known: a path listed apart may, once known, fall anywhere at or above its lower bound.
 *
 * Absent is not a value: a case with no must-have has its must-haves `not-assessed`, a case with no
 * third-country limit has its policy `not-set`, a path without a risk register has its risks
 * `not-assessed` — never "all met", "no limit" or "no risk".
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
import { coverageOf } from './coverage'
import type { MustSummary } from './coverage'
import { scenarioExposure } from './exposure'
import type { ScenarioExposure, ThirdCountryStatus } from './exposure'
import type { Case, Product } from '../model/model'
import { assessRisks } from './risks'
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

/** Whether a path is known to meet every must-have (see `musts` in CONTRACT.md). */
export type MustsStatus = 'met' | 'missed' | 'unknown' | 'not-assessed'
/**
 * The path against the organisation's third-country policy: `within` when it can be run inside the
 * limit (services under third-country law kept to the classes it allows), `breached` when a service
 * under third-country law may handle no class at all under it, `unknown` when whether a service is
 * under such law is not known, `not-set` when the case sets no limit.
 */
export type PolicyStatus = 'within' | 'breached' | 'unknown' | 'not-set'
export type RisksStatus = 'assessed' | 'not-assessed'
/** Why a path is not ranked: its known part does not settle its place, or nothing of its figure is known. */
export type Unranked = 'incomplete' | 'unknown' | 'after-complete'

export interface PathSummary {
  id: string
  /** Its place among the paths whose order is known, 1 for the lowest; null when it cannot be ranked yet. */
  rank: number | null
  /** Why `rank` is null: `incomplete` (its lower bound does not settle its place), `unknown` (nothing known), `after-complete` (it costs more than every complete path, but so does another incomplete one). */
  unranked: Unranked | undefined
  /** The ranked figure (total or present value), known amounts only when incomplete. */
  figure: number
  /** The figure, or null when nothing of it is known (incomplete and not above 0). */
  amount: number | null
  /** False when the figure leaves out an unknown amount (it is then a lower bound). */
  complete: boolean
  missing: Missing[]
  /** True when the path is incomplete and ranked before another path: it may belong later. */
  mayRankLater: boolean
  isBaseline: boolean
  difference: Difference | undefined
  /** Must-have needs: missing and not known whether met (feature ids); undefined when coverage is not given. */
  must: Pick<MustSummary, 'total' | 'missing' | 'unknown'> | undefined
  musts: MustsStatus | undefined
  /** Highest information class some service may handle under the policy; null when not known. */
  highestClass: number | null
  /** The highest class the services under third-country law may handle, when they limit the path below `highestClass`. */
  exposedClassLimit: number | null
  /** Whether the path relies on services under third-country law; `unknown` when a service's status is not known. */
  thirdCountry: ThirdCountryStatus | undefined
  policy: PolicyStatus | undefined
  exposedProducts: string[]
  /** Products whose exposure the sources leave unknown. */
  unknownProducts: string[]
  /** The risk register: whether there is one, and its highest risk. */
  risk: { hasRegister: boolean; highest?: { id: string; score: number; level: RiskLevel } } | undefined
  risks: RisksStatus | undefined
}

export interface DecisionSummary {
  measure: Measure
  baselineId: string | undefined
  /** The ranked paths in their order, then the paths that cannot be ranked yet, in the case's order. */
  paths: PathSummary[]
  /**
   * The first-ranked path whose figure is complete and that is known to meet every must-have, if any:
   * paths ranked before it miss (or may miss) a must-have. Undefined when no must-have is assessed.
   */
  lowestCompleteMeetingMusts: string | undefined
  /** The first-ranked complete path (the lowest known cost), whatever its must-haves. */
  lowestComplete: string | undefined
  /** Whether the case sets any must-have (`false`: the needs are not assessed). */
  mustsAssessed: boolean
  /** Whether the case sets a third-country limit; undefined when exposure is not given. */
  policySet: boolean | undefined
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

function mustsStatus(must: MustSummary | undefined): MustsStatus | undefined {
  if (must === undefined) return undefined
  if (must.total === 0) return 'not-assessed'
  if (must.missing.length > 0) return 'missed'
  return must.unknown.length > 0 ? 'unknown' : 'met'
}

/** The path against the policy (see PolicyStatus); `levels` are the organisation's information classes. */
export function policyStatus(exposure: Pick<ScenarioExposure, 'thirdCountry' | 'policyMaxClass'>, levels: readonly number[]): PolicyStatus {
  const limit = exposure.policyMaxClass
  if (limit === undefined) return 'not-set'
  // Under the limit, a service under third-country law may handle some class (or, without classes, anything the limit allows).
  const allowsSome = limit >= 0 && (levels.length === 0 || levels.some((l) => l <= limit))
  if (exposure.thirdCountry === 'exposed') return allowsSome ? 'within' : 'breached'
  if (exposure.thirdCountry === 'unknown') return 'unknown'
  return 'within'
}

/** A path with nothing of its cost known: incomplete, its known part (`figure`, the measure) 0 or less. */
export const isWhollyUnknown = (s: { complete: boolean; figure: number }): boolean => !s.complete && s.figure <= 0

/**
 * Which paths are ranked and in what order (see the module comment): ids with their rank, or why not.
 * `figure` is the measure; a wholly unknown path (isWhollyUnknown) is never ranked.
 */
export function rankPaths(scenarios: readonly { id: string; figure: number; complete: boolean }[]): Map<string, { rank: number | null; unranked: Unranked | undefined }> {
  const indexed = scenarios.map((s, order) => ({ ...s, order }))
  const byFigure = (x: { figure: number; order: number }, y: { figure: number; order: number }) => x.figure - y.figure || x.order - y.order
  const complete = indexed.filter((s) => s.complete).sort(byFigure)
  const top = complete.length > 0 ? Math.max(...complete.map((s) => s.figure)) : -Infinity
  const incomplete = indexed.filter((s) => !s.complete)
  const settled = incomplete.filter((s) => s.figure > 0 && s.figure > top)
  const out = new Map<string, { rank: number | null; unranked: Unranked | undefined }>()
  complete.forEach((s, i) => out.set(s.id, { rank: i + 1, unranked: undefined }))
  for (const s of incomplete) {
    if (isWhollyUnknown(s)) out.set(s.id, { rank: null, unranked: 'unknown' })
    else if (!settled.includes(s)) out.set(s.id, { rank: null, unranked: 'incomplete' })
    else if (settled.length === 1) out.set(s.id, { rank: complete.length + 1, unranked: undefined })
    else out.set(s.id, { rank: null, unranked: 'after-complete' })
  }
  return out
}

/** The decision at a glance: every fact the compare screen's summary and the command line's `decision` give. */
export function decision(options: DecisionOptions): DecisionSummary {
  const measure = rankingMeasure(options.discountRate)
  const baseline = options.scenarios.find((s) => s.id === options.baselineId)
  const ranks = rankPaths(options.scenarios.map((s) => ({ id: s.id, figure: s[measure], complete: s.complete })))
  const order = new Map(options.scenarios.map((s, i) => [s.id, i]))
  const place = (s: CostedScenario) => ranks.get(s.id)?.rank ?? null
  const listed = [...options.scenarios].sort((x, y) => {
    const a = place(x)
    const b = place(y)
    if (a !== null && b !== null) return a - b
    if (a !== null || b !== null) return a !== null ? -1 : 1
    return (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0)
  })
  const lastRanked = Math.max(0, ...listed.map((s) => place(s) ?? 0))

  const paths = listed.map((s): PathSummary => {
    const mustSummary = options.coverage?.get(s.id)?.must
    const exposure = options.exposure?.get(s.id)
    const register = options.registers?.get(s.id)
    const limit = exposure && exposure.exposedProducts.length > 0 ? exposure.commonClass : null
    const rank = ranks.get(s.id) ?? { rank: null, unranked: 'unknown' as const }
    const isUnknown = !s.complete && s[measure] <= 0
    return {
      id: s.id,
      rank: rank.rank,
      unranked: rank.unranked,
      figure: s[measure],
      amount: isUnknown ? null : s[measure],
      complete: s.complete,
      missing: s.missing,
      mayRankLater: !s.complete && rank.rank !== null && rank.rank < lastRanked,
      isBaseline: s.id === baseline?.id,
      difference: baseline ? differenceOf(s, baseline, measure) : undefined,
      must: mustSummary ? { total: mustSummary.total, missing: mustSummary.missing, unknown: mustSummary.unknown } : undefined,
      musts: mustsStatus(mustSummary),
      highestClass: exposure?.highestClass ?? null,
      exposedClassLimit: limit !== null && exposure?.highestClass !== null && exposure?.highestClass !== undefined && limit < exposure.highestClass ? limit : null,
      thirdCountry: exposure?.thirdCountry,
      policy: exposure ? policyStatus(exposure, exposure.classLevels) : undefined,
      exposedProducts: exposure?.exposedProducts ?? [],
      unknownProducts: exposure?.unknownProducts ?? [],
      risk: register
        ? {
            hasRegister: register.hasRegister,
            ...(register.highest ? { highest: { id: register.highest.risk.id, score: register.highest.score, level: register.highest.level } } : {}),
          }
        : undefined,
      risks: register ? (register.hasRegister ? 'assessed' : 'not-assessed') : undefined,
    }
  })

  const mustsAssessed = paths.some((p) => p.musts !== undefined && p.musts !== 'not-assessed')
  const ranked = paths.filter((p) => p.rank !== null)
  const exposures = [...(options.exposure?.values() ?? [])]
  return {
    measure,
    baselineId: baseline?.id,
    paths,
    lowestCompleteMeetingMusts: mustsAssessed ? ranked.find((p) => p.complete && p.musts === 'met')?.id : undefined,
    lowestComplete: ranked.find((p) => p.complete)?.id,
    mustsAssessed,
    policySet: exposures.length === 0 ? undefined : exposures.some((e) => e.policyMaxClass !== undefined),
  }
}

/** A path's verdict as the command line's JSON gives it (CONTRACT.md, `decision`). */
export interface DecisionPathRecord {
  scenarioId: string
  rank: number | null
  amount: number | null
  atLeast: boolean
  musts: MustsStatus | null
  missedMusts: string[]
  thirdCountry: 'none' | 'exposed' | 'unknown' | null
  policy: PolicyStatus | null
  risks: RisksStatus | null
}

export interface DecisionRecord {
  measure: Measure
  baseline: string | null
  paths: DecisionPathRecord[]
}

/** The decision in the command line's words: the verdict the summary shows, nothing more. */
export function decisionRecord(summary: DecisionSummary): DecisionRecord {
  return {
    measure: summary.measure,
    baseline: summary.baselineId ?? null,
    paths: summary.paths.map((p) => ({
      scenarioId: p.id,
      rank: p.rank,
      amount: p.amount,
      atLeast: !p.complete && p.amount !== null,
      musts: p.musts ?? null,
      missedMusts: p.must?.missing ?? [],
      thirdCountry: p.thirdCountry === undefined ? null : p.thirdCountry === 'not-exposed' ? 'none' : p.thirdCountry,
      policy: p.policy ?? null,
      risks: p.risks ?? null,
    })),
  }
}

/**
 * The inputs `decision` reads, worked out from a case and its result: must-have coverage, exposure
 * (users counted in each scenario's licence year, as the screens count them) and risk registers.
 * The command line uses it; the app's screens compute the same with the same engine functions.
 */
export function decisionInputs(options: {
  model: Case
  result: { scenarios: readonly (CostedScenario & { licenceYear?: number })[] }
  catalogue: readonly Product[]
  features: readonly { id: string }[]
}): Pick<DecisionOptions, 'coverage' | 'exposure' | 'registers'> {
  const { model, result, catalogue, features } = options
  const products = new Map(catalogue.map((p) => [p.id, p]))
  for (const own of model.catalogue?.products ?? []) products.set(own.id, own)
  return {
    coverage: new Map(coverageOf({ model, catalogue, features, costs: result.scenarios }).map((c) => [c.scenarioId, c])),
    exposure: new Map(
      model.scenarios.map((s, i) => [
        s.id,
        scenarioExposure(s, { model, products, year: result.scenarios[i]?.licenceYear ?? model.settings.startYear }),
      ]),
    ),
    registers: new Map(model.scenarios.map((s) => [s.id, assessRisks(s.risks)])),
  }
}
