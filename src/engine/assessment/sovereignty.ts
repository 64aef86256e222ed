/**
 * Each path rated by the EU Cloud Sovereignty Framework (decision 0020): the framework and the
 * shipped products' answers come from data/sovereignty.json, the case may give answers, points,
 * weights and minimum SEALs of its own (`Case.sovereignty`).
 *
 * A path is as sovereign as its weakest component: on each criterion it takes the lowest answer any
 * of its products (as run in that scenario) may have. An answer nobody gave stays open: the score is
 * then a range (every open answer at its worst … at its best) and the SEAL "at most" the lowest SEAL
 * of the criteria that are answered. A SEAL the transcriptions dispute counts at its lower reading;
 * `higherReading` says what the higher one would give.
 */
import type { Case, Hosting, LicenceLine, LocalText, Product, Scenario, SovereigntyObjectiveCode, SovereigntySettings } from '../model/model'
import type { Fault } from '../model/fault'
import { formatPath } from '../model/fault'
import { effectiveHosting } from './exposure'
// Types only: the schema of the data file stays out of the code that rates (and of the app's first screen).
import type { FrameworkAnswer, FrameworkCriterion, SovereigntyFile } from './sovereigntyData'

/** Lowest and highest possible value; equal when the value is known. */
export interface Interval {
  low: number
  high: number
}

/** One licence line of a path, answering one criterion. */
export interface ComponentAnswer {
  lineIndex: number
  productId: string
  hosting: Hosting | undefined
  /** The answers (numbers, 1 = the criterion's first and lowest) the product may have as run here; null when not known. */
  answers: number[] | null
  /** Whose answer: data/sovereignty.json (`shipped`), the case's own (`case`), or nobody's (`none`). */
  by: 'shipped' | 'case' | 'none'
  /** The case's evidence, for its own answer. */
  note?: LocalText
}

/** The path on one criterion. */
export interface CriterionRating {
  /** The answers the path may have: the weakest of its components'. Every answer when nothing narrows it. */
  answers: number[]
  /** True when the answers are narrower than the whole ladder (some component's answer is known). */
  isAnswered: boolean
  /** Points of the possible answers (the case's adapted points where it gives them). */
  points: Interval
  /** SEAL of the possible answers, a disputed SEAL at its lower reading. */
  seal: Interval
  components: ComponentAnswer[]
}

/** Whether a path meets the case's minimum SEAL: `not-set` when the case sets none. */
export type GateStatus = 'met' | 'below' | 'unknown' | 'not-set'

export interface ObjectiveRating {
  /** Objective score on 0…1: its answers' points over the most its answers can reach. */
  score: Interval
  /** Lowest SEAL among the objective's answered criteria; null when none is answered. */
  sealAtMost: number | null
  /** The objective's SEAL when it is known (its lowest and highest possible SEAL meet), else null. */
  seal: number | null
  /** The answered criteria whose SEAL sets `sealAtMost`. */
  limitedBy: string[]
  /** The case's minimum SEAL for the objective, and whether the path meets it. */
  minimumSeal?: number
  gate: GateStatus
}

export interface SovereigntyRating {
  scenarioId: string
  weightSet: '2026' | '2025'
  /** Sovereignty Score on 0…1: low with every open answer at its worst, high at its best (equal when all is known). */
  score: Interval
  /** The SEAL when it is known: every criterion's SEAL is settled, or a known SEAL-0 settles it. Else null. */
  seal: number | null
  /** Lowest SEAL among the answered criteria (the path's SEAL is at most this); null when no criterion is answered. */
  sealAtMost: number | null
  /** The lowest SEAL the path may have, with every open answer at its worst. */
  sealAtLeast: number
  /** The answered criteria whose SEAL sets `sealAtMost`. */
  limitedBy: string[]
  /** Criteria no component answers. */
  unknown: string[]
  objectives: Record<SovereigntyObjectiveCode, ObjectiveRating>
  /** Against the case's minimum SEALs: `below` when an objective is known to be under it ("under kravnivå"). */
  gate: { status: GateStatus; below: SovereigntyObjectiveCode[]; unknown: SovereigntyObjectiveCode[] }
  /** What the higher reading of the disputed SEALs would give, when it differs; null when it does not. */
  higherReading: { seal: number | null; sealAtMost: number | null; criteria: string[] } | null
  criteria: Record<string, CriterionRating>
}

export interface SovereigntyOptions {
  model: Case
  /** Products by id: the shipped catalogue and the case's own (as compute and exposure see them). */
  products: ReadonlyMap<string, Product>
  /** data/sovereignty.json. */
  framework: SovereigntyFile
  /** The case's own settings; default `model.sovereignty`. */
  settings?: SovereigntySettings
}

/** The SEAL of an answer: a disputed one at its lower (`lower`) or higher (`higher`) transcription. */
export function answerSeal(answer: FrameworkAnswer, reading: 'lower' | 'higher' = 'lower'): number {
  if (typeof answer.seal === 'number') return answer.seal
  return reading === 'lower' ? answer.seal[0] : answer.seal[1]
}

/** Every criterion of the framework, in order. */
export function frameworkCriteria(file: SovereigntyFile): FrameworkCriterion[] {
  return file.objectives.flatMap((o) => o.criteria)
}

const ladder = (length: number) => Array.from({ length }, (_, i) => i + 1)

/** The shipped answers of a product (following `sameAs`) to a criterion, as run with `hosting`; undefined when it is not rated. */
function shippedAnswers(framework: SovereigntyFile, productId: string, criterion: string, hosting: Hosting | undefined): number[] | undefined {
  let rating = framework.ratings[productId]
  if (rating?.sameAs !== undefined) rating = framework.ratings[rating.sameAs]
  const entry = rating?.rated?.find((e) => e.criterion === criterion && (e.hosting === undefined || (hosting !== undefined && e.hosting.includes(hosting))))
  return entry?.answers
}

type CaseAnswer = NonNullable<SovereigntySettings['answers']>[number]

/** The case's own answers by product and criterion (`productId criterion`), in the order given. */
function caseAnswersBy(settings: SovereigntySettings): Map<string, CaseAnswer[]> {
  const by = new Map<string, CaseAnswer[]>()
  for (const a of settings.answers ?? []) {
    const key = `${a.productId} ${a.criterion}`
    by.set(key, [...(by.get(key) ?? []), a])
  }
  return by
}

/** The case's own answer for a product as run with `hosting` (the last one given that applies), or undefined. */
function caseAnswer(given: readonly CaseAnswer[] | undefined, hosting: Hosting | undefined): CaseAnswer | undefined {
  return given?.filter((a) => a.hosting === undefined || (hosting !== undefined && a.hosting.includes(hosting))).at(-1)
}

function componentAnswer(
  line: LicenceLine,
  lineIndex: number,
  criterion: FrameworkCriterion,
  options: SovereigntyOptions & { settings: SovereigntySettings; caseAnswers: Map<string, CaseAnswer[]> },
): ComponentAnswer {
  const product = options.products.get(line.productId)
  const hosting = product ? effectiveHosting(product, line) : line.hosting
  const base = { lineIndex, productId: line.productId, hosting }
  const own = caseAnswer(options.caseAnswers.get(`${line.productId} ${criterion.id}`), hosting)
  if (own !== undefined) {
    // An answer number the criterion does not have is ignored (sovereigntySettingsFaults names it).
    const answer = own.answer !== null && own.answer <= criterion.answers.length ? own.answer : null
    return { ...base, answers: answer === null ? null : [answer], by: 'case', ...(own.note !== undefined ? { note: own.note } : {}) }
  }
  const shipped = shippedAnswers(options.framework, line.productId, criterion.id, hosting)
  return shipped ? { ...base, answers: shipped, by: 'shipped' } : { ...base, answers: null, by: 'none' }
}

/**
 * The answers a path may have when each component may have its own: answer r is possible exactly
 * when some component may have r and every component may have r or higher (the path takes the
 * lowest). A component not known may have any answer.
 */
export function weakestAnswers(length: number, components: readonly (readonly number[] | null)[]): number[] {
  const all = ladder(length)
  if (components.length === 0) return all
  const sets = components.map((c) => c ?? all)
  return all.filter((r) => sets.some((s) => s.includes(r)) && sets.every((s) => s.some((x) => x >= r)))
}

function pointsOf(criterion: FrameworkCriterion, answer: number, settings: SovereigntySettings): number {
  return settings.values?.[criterion.id]?.[String(answer)] ?? answerAt(criterion, answer).value
}

/** Answer `n` (1-based) of a criterion; the answers the engine forms are always on its ladder. */
function answerAt(criterion: FrameworkCriterion, n: number): FrameworkAnswer {
  const answer = criterion.answers[n - 1]
  if (answer === undefined) throw new Error(`${criterion.id} has no answer ${n}`)
  return answer
}

function intervalOf(values: readonly number[]): Interval {
  return { low: Math.min(...values), high: Math.max(...values) }
}

interface SealFigures {
  sealAtMost: number | null
  sealAtLeast: number
  seal: number | null
  limitedBy: string[]
  /** The highest SEAL the criteria allow, answered or not (for the minimum-SEAL gate). */
  sealUpTo: number
}

/**
 * The SEAL of some criteria, each given as its possible SEALs: at most the lowest of the answered
 * criteria's highest, at least the lowest of all; known when the two meet.
 */
function sealFigures(criteria: readonly { id: string; isAnswered: boolean; seal: Interval }[]): SealFigures {
  const answered = criteria.filter((c) => c.isAnswered)
  const sealAtLeast = Math.min(...criteria.map((c) => c.seal.low))
  const sealUpTo = Math.min(...criteria.map((c) => c.seal.high))
  if (answered.length === 0) return { sealAtMost: null, sealAtLeast, seal: null, limitedBy: [], sealUpTo }
  const sealAtMost = Math.min(...answered.map((c) => c.seal.high))
  const limitedBy = answered.filter((c) => c.seal.high === sealAtMost).map((c) => c.id)
  return { sealAtMost, sealAtLeast, seal: sealAtLeast === sealAtMost ? sealAtMost : null, limitedBy, sealUpTo }
}

function gateOf(minimum: number | undefined, seal: SealFigures): GateStatus {
  if (minimum === undefined) return 'not-set'
  if (seal.sealUpTo < minimum) return 'below'
  if (seal.sealAtLeast >= minimum) return 'met'
  return 'unknown'
}

/** The sovereignty rating of one path (scenario). */
export function scenarioSovereignty(scenario: Scenario, options: SovereigntyOptions): SovereigntyRating {
  const settings = options.settings ?? options.model.sovereignty ?? {}
  const withSettings = { ...options, settings, caseAnswers: caseAnswersBy(settings) }
  const weightSet = settings.weightSet ?? '2026'

  const criteria: Record<string, CriterionRating> = {}
  /** Each criterion's possible SEALs under the higher reading of the disputed ones. */
  const higherSeal = new Map<string, Interval>()
  for (const criterion of frameworkCriteria(options.framework)) {
    const components = scenario.licences.map((line, i) => componentAnswer(line, i, criterion, withSettings))
    const answers = weakestAnswers(criterion.answers.length, components.map((c) => c.answers))
    criteria[criterion.id] = {
      answers,
      isAnswered: answers.length < criterion.answers.length,
      points: intervalOf(answers.map((n) => pointsOf(criterion, n, settings))),
      seal: intervalOf(answers.map((n) => answerSeal(answerAt(criterion, n), 'lower'))),
      components,
    }
    higherSeal.set(criterion.id, intervalOf(answers.map((n) => answerSeal(answerAt(criterion, n), 'higher'))))
  }
  const ratingsOf = (ids: readonly string[], reading: 'lower' | 'higher') =>
    ids.flatMap((id) => {
      const rating = criteria[id]
      if (rating === undefined) return []
      return [{ id, isAnswered: rating.isAnswered, seal: reading === 'lower' ? rating.seal : (higherSeal.get(id) ?? rating.seal) }]
    })

  const objectives = {} as Record<SovereigntyObjectiveCode, ObjectiveRating>
  const below: SovereigntyObjectiveCode[] = []
  const open: SovereigntyObjectiveCode[] = []
  const score = { low: 0, high: 0 }
  for (const objective of options.framework.objectives) {
    const own = objective.criteria.flatMap((c) => criteria[c.id] ?? [])
    const most = objective.criteria.reduce((sum, c) => sum + Math.max(...c.answers.map((_, i) => pointsOf(c, i + 1, settings))), 0)
    const sum = (end: 'low' | 'high') => own.reduce((s, c) => s + c.points[end], 0)
    const objectiveScore = most > 0 ? { low: sum('low') / most, high: sum('high') / most } : { low: 0, high: 0 }
    const weight = weightSet === '2026' ? objective.weight : objective.weight2025
    score.low += weight * objectiveScore.low
    score.high += weight * objectiveScore.high
    const seal = sealFigures(ratingsOf(objective.criteria.map((c) => c.id), 'lower'))
    const minimumSeal = settings.minimumSeal?.[objective.code]
    const gate = gateOf(minimumSeal, seal)
    if (gate === 'below') below.push(objective.code)
    if (gate === 'unknown') open.push(objective.code)
    objectives[objective.code] = {
      score: objectiveScore,
      sealAtMost: seal.sealAtMost,
      seal: seal.seal,
      limitedBy: seal.limitedBy,
      ...(minimumSeal !== undefined ? { minimumSeal } : {}),
      gate,
    }
  }

  const ids = Object.keys(criteria)
  const lower = sealFigures(ratingsOf(ids, 'lower'))
  const higher = sealFigures(ratingsOf(ids, 'higher'))
  const isGateSet = Object.values(objectives).some((o) => o.gate !== 'not-set')
  return {
    scenarioId: scenario.id,
    weightSet,
    score,
    seal: lower.seal,
    sealAtMost: lower.sealAtMost,
    sealAtLeast: lower.sealAtLeast,
    limitedBy: lower.limitedBy,
    unknown: ids.filter((id) => criteria[id]?.isAnswered === false),
    objectives,
    gate: { status: !isGateSet ? 'not-set' : below.length > 0 ? 'below' : open.length > 0 ? 'unknown' : 'met', below, unknown: open },
    higherReading:
      higher.sealAtMost !== lower.sealAtMost || higher.seal !== lower.seal
        ? { seal: higher.seal, sealAtMost: higher.sealAtMost, criteria: lower.limitedBy.filter((id) => higherSeal.get(id)?.high !== criteria[id]?.seal.high) }
        : null,
    criteria,
  }
}

/** The sovereignty rating of every scenario of a case. */
export function sovereigntyOf(options: { model: Case; catalogue: readonly Product[]; framework: SovereigntyFile; settings?: SovereigntySettings }): SovereigntyRating[] {
  const products = new Map(options.catalogue.map((p) => [p.id, p]))
  for (const own of options.model.catalogue?.products ?? []) products.set(own.id, own)
  return options.model.scenarios.map((s) => scenarioSovereignty(s, { ...options, products }))
}

/**
 * What in the case's sovereignty settings the framework cannot use, named by path: a criterion it
 * does not have, an answer number beyond the criterion's answers, a product the case does not know.
 * The rating ignores these; an interface shows the faults at their fields.
 */
export function sovereigntySettingsFaults(settings: SovereigntySettings | undefined, framework: SovereigntyFile, productIds: ReadonlySet<string>): Fault[] {
  const faults: Fault[] = []
  const byId = new Map(frameworkCriteria(framework).map((c) => [c.id, c]))
  const root = ['sovereignty']
  for (const [id, values] of Object.entries(settings?.values ?? {})) {
    const criterion = byId.get(id)
    if (!criterion) faults.push({ path: formatPath([...root, 'values', id]), message: `the framework has no criterion ${id}` })
    else {
      for (const key of Object.keys(values)) {
        if (Number(key) > criterion.answers.length) faults.push({ path: formatPath([...root, 'values', id, key]), message: `${id} has answers 1 to ${criterion.answers.length}` })
      }
    }
  }
  settings?.answers?.forEach((a, i) => {
    const at = [...root, 'answers', i]
    if (!productIds.has(a.productId)) faults.push({ path: formatPath([...at, 'productId']), message: `no product "${a.productId}" in the catalogue` })
    const criterion = byId.get(a.criterion)
    if (!criterion) faults.push({ path: formatPath([...at, 'criterion']), message: `the framework has no criterion ${a.criterion}` })
    else if (a.answer !== null && a.answer > criterion.answers.length) {
      faults.push({ path: formatPath([...at, 'answer']), message: `${a.criterion} has answers 1 to ${criterion.answers.length}` })
    }
  })
  return faults
}

/** A path's cost as the decision summary gives it: its known part, and whether it leaves out an unknown. */
export interface CostFigure {
  amount: number | null
  atLeast: boolean
}

/**
 * Extra cost per unit of sovereignty gained:
 * - `exact`: both costs and both ratings known;
 * - `range`: the costs known, the gain known to be positive but a range;
 * - `at-least`: the dearer path's cost leaves out an unknown ("minst");
 * - `unknown`: the base path's cost is incomplete or unknown (`cost`), or the gain may be nil (`gain`);
 * - `no-gain`: the other path is not more sovereign on any reading.
 */
export type CostPerGain =
  | { kind: 'exact'; value: number }
  | { kind: 'range'; low: number; high: number }
  | { kind: 'at-least'; value: number }
  | { kind: 'unknown'; why: 'cost' | 'gain' }
  | { kind: 'no-gain' }

export interface SovereigntyCost {
  /** `to` minus `from`; null when not a number (either side unknown, or `from` incomplete). */
  extraCost: number | null
  /** True when `extraCost` is a lower bound (`to` leaves out an unknown). */
  isExtraCostAtLeast: boolean
  /** Extra cost per SEAL level gained. */
  perSealLevel: CostPerGain
  /** Extra cost per score point gained (one point = 0.01 of the 0…1 score). */
  perScorePoint: CostPerGain
}

function perGain(extra: number | null, isAtLeast: boolean, gainLow: number, gainHigh: number): CostPerGain {
  if (gainHigh <= 0) return { kind: 'no-gain' }
  if (gainLow <= 0) return { kind: 'unknown', why: 'gain' }
  if (extra === null) return { kind: 'unknown', why: 'cost' }
  // The ratio is lowest at the largest gain for a positive extra cost, at the smallest for a negative one.
  if (isAtLeast) return { kind: 'at-least', value: extra >= 0 ? extra / gainHigh : extra / gainLow }
  if (gainLow === gainHigh) return { kind: 'exact', value: extra / gainLow }
  const a = extra / gainLow
  const b = extra / gainHigh
  return { kind: 'range', low: Math.min(a, b), high: Math.max(a, b) }
}

/**
 * The cost of sovereignty between two paths: what `to` costs beyond `from`, per SEAL level and per
 * score point it gains. The costs are the caller's (this computes no money): a difference against an
 * incomplete `from` is not a number, and one against an incomplete `to` is "at least".
 */
export function costOfSovereignty(
  from: { cost: CostFigure; rating: Pick<SovereigntyRating, 'score' | 'sealAtMost' | 'sealAtLeast'> },
  to: { cost: CostFigure; rating: Pick<SovereigntyRating, 'score' | 'sealAtMost' | 'sealAtLeast'> },
): SovereigntyCost {
  const isKnown = from.cost.amount !== null && to.cost.amount !== null && !from.cost.atLeast
  const extraCost = isKnown ? (to.cost.amount ?? 0) - (from.cost.amount ?? 0) : null
  const isAtLeast = extraCost !== null && to.cost.atLeast
  // A path with no answered criterion may have any SEAL (at most 4).
  const sealHigh = (r: typeof from.rating) => r.sealAtMost ?? 4
  return {
    extraCost,
    isExtraCostAtLeast: isAtLeast,
    perSealLevel: perGain(extraCost, isAtLeast, to.rating.sealAtLeast - sealHigh(from.rating), sealHigh(to.rating) - from.rating.sealAtLeast),
    perScorePoint: perGain(extraCost, isAtLeast, 100 * (to.rating.score.low - from.rating.score.high), 100 * (to.rating.score.high - from.rating.score.low)),
  }
}
