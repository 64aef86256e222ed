/**
 * Needs × product features → coverage and gaps, per scenario.
 *
 * Each need is a feature id of data/features.json with the organisation's level (must, should, could,
 * none). A feature the organisation does not list is `not-assessed`: nobody said how much it is
 * needed, which is not "not needed" (it weighs nothing in the score, and a case that lists no
 * must-have has its must-haves not assessed, never "all met"). A scenario has what the products of its
 * licence lines have, each as run in that line (a product's `featuresByHosting` replaces its claims
 * for that hosting, e.g. Microsoft on own servers has no Teams). The scenario's level for a need is
 * the best level over its products, ranked full > partial > unknown > none: a need is missing only
 * when every product is known not to have it. A product's `includes` list is a description and adds
 * no features. A line with `usedFor` counts only for those features (Microsoft's licences kept beside
 * another collaboration platform give Office, not that platform's functions).
 *
 * Coverage score, a share from 0 to 1:
 *
 *     score = Σ weight(need) × value(level)  /  Σ weight(need)
 *     weight: must 3, should 2, could 1, none 0
 *     value:  full 1, partial 0.5, unknown 0, none 0
 *
 * An unknown counts 0, so where the sources are silent the score is a lower bound (`unknownCount`).
 * The score is null when no need has a weight.
 *
 * Cost per covered need = the scenario's total cost over the horizon (currency units) ÷ covered
 * needs, where covered needs = Σ value(level) over the needs that are not `none` (a partly met need
 * counts as half). Null when nothing is covered or no cost is given.
 */
import { effectiveHosting } from './exposure'
import type { Case, Citation, FeatureClaim, FeatureLevel, Hosting, LocalText, NeedLevel, Product, Scenario } from '../model/model'

/** How a scenario meets one need: `met` (full), `partly` (partial), `missing` (none), `unknown`. */
export type NeedStatus = 'met' | 'partly' | 'missing' | 'unknown'

export const NEED_LEVELS: readonly NeedLevel[] = ['must', 'should', 'could', 'none']
/** A need's level, or that nobody assessed it (the case does not list the feature). */
export type NeedAssessment = NeedLevel | 'not-assessed'
/** Weight of a need in the coverage score; a need not assessed weighs nothing (nor does it count as met). */
export const NEED_WEIGHTS: Readonly<Record<NeedAssessment, number>> = { must: 3, should: 2, could: 1, none: 0, 'not-assessed': 0 }
/** How much of a need a feature level covers, in the score and in covered needs. */
export const LEVEL_VALUES: Readonly<Record<FeatureLevel, number>> = { full: 1, partial: 0.5, unknown: 0, none: 0 }

const LEVEL_RANK: Readonly<Record<FeatureLevel, number>> = { none: 0, unknown: 1, partial: 2, full: 3 }
const STATUS_OF: Readonly<Record<FeatureLevel, NeedStatus>> = { full: 'met', partial: 'partly', none: 'missing', unknown: 'unknown' }

export function statusOf(level: FeatureLevel): NeedStatus {
  return STATUS_OF[level]
}

/** A product's claims as run one way: its `features`, with `featuresByHosting[hosting]` replacing entries. */
export function productClaims(product: Product, hosting: Hosting | undefined): Record<string, FeatureClaim> {
  const byHosting = hosting === undefined ? undefined : product.featuresByHosting?.[hosting]
  return { ...product.features, ...byHosting }
}

/** What a product has for one feature, run this way; `unknown` (without a source) where no claim is recorded. */
export function claimOf(product: Product, hosting: Hosting | undefined, featureId: string): FeatureClaim {
  return productClaims(product, hosting)[featureId] ?? { level: 'unknown' }
}

/** The best of several levels (full > partial > unknown > none); `none` for no levels at all. */
export function bestLevel(levels: readonly FeatureLevel[]): FeatureLevel {
  return levels.reduce<FeatureLevel>((best, level) => (LEVEL_RANK[level] > LEVEL_RANK[best] ? level : best), 'none')
}

/** The organisation's level for a need; a feature it does not list is not assessed (not "not needed"). */
export function needLevelOf(model: Case, featureId: string): NeedAssessment {
  return model.organisation.needs?.[featureId]?.level ?? 'not-assessed'
}

/** Whether the case assesses its needs at all: `none` when it lists no need, `some` when only part of the taxonomy. */
export function needsAssessment(model: Case, features: readonly { id: string }[]): 'all' | 'some' | 'none' {
  const listed = features.filter((f) => model.organisation.needs?.[f.id] !== undefined).length
  return listed === 0 ? 'none' : listed < features.length ? 'some' : 'all'
}

/** What one product of a scenario (one licence line) has for a feature. */
export interface ProductClaim {
  productId: string
  /** Index of the licence line in the scenario. */
  lineIndex: number
  hosting: Hosting | undefined
  level: FeatureLevel
  source?: Citation
  note?: LocalText
}

export interface NeedCoverage {
  featureId: string
  need: NeedAssessment
  /** Best level over the scenario's products. */
  level: FeatureLevel
  status: NeedStatus
  /** Products that give the best level, when it is full or partial (who meets the need). */
  providers: string[]
  /** What each product of the scenario has for this feature, in licence-line order. */
  claims: ProductClaim[]
}

export interface MustSummary {
  /** Must-have needs in all. */
  total: number
  met: number
  partly: number
  /** Feature ids of must-haves the scenario is known not to meet. */
  missing: string[]
  /** Feature ids of must-haves no source says anything about for this scenario's products. */
  unknown: string[]
}

export interface ScenarioCoverage {
  scenarioId: string
  /** Every need (taxonomy order, then ids only the organisation names): must-haves missing first, then by level must → none. */
  needs: NeedCoverage[]
  /** Coverage score from 0 to 1 (see the module comment); null when no need has a weight. */
  score: number | null
  /** Weighted needs whose level is unknown: the score is a lower bound when this is above 0. */
  unknownCount: number
  must: MustSummary
  /** Feature ids nobody assessed (the case does not list them), in taxonomy order. */
  notAssessed: string[]
  /** Σ value(level) over the needs that are not `none`: full 1, partial 0.5. */
  coveredNeeds: number
  /** Total cost over the horizon ÷ covered needs (currency units); null when nothing is covered or no cost is given. */
  costPerCoveredNeed: number | null
  /** True when the cost it divides is a lower bound (the scenario leaves out an unknown amount). */
  isCostLowerBound: boolean
}

/** The cost of a scenario, as the result gives it. */
export interface ScenarioCost {
  id: string
  /** Nominal total over the horizon, in currency units. */
  total: number
  complete: boolean
}

export interface CoverageOptions {
  model: Case
  /** The shipped catalogue; the case's own products are added to it. */
  catalogue: readonly Product[]
  /** The taxonomy's feature ids, in order (data/features.json). */
  features: readonly { id: string }[]
  /** Scenario costs (e.g. `compute(...).scenarios`), for cost per covered need. */
  costs?: readonly ScenarioCost[]
}

function productMap(model: Case, catalogue: readonly Product[]): Map<string, Product> {
  const products = new Map(catalogue.map((p) => [p.id, p]))
  for (const own of model.catalogue?.products ?? []) products.set(own.id, own)
  return products
}

/** Feature ids to assess: the taxonomy's, then any the organisation names that the taxonomy lacks. */
export function needIds(model: Case, features: readonly { id: string }[]): string[] {
  const ids = features.map((f) => f.id)
  const known = new Set(ids)
  const extra = Object.keys(model.organisation.needs ?? {}).filter((id) => !known.has(id)).sort()
  return [...ids, ...extra]
}

function needCoverage(scenario: Scenario, products: ReadonlyMap<string, Product>, featureId: string, need: NeedAssessment): NeedCoverage {
  const claims: ProductClaim[] = []
  scenario.licences.forEach((line, lineIndex) => {
    const product = products.get(line.productId)
    if (!product) return
    if (line.usedFor !== undefined && !line.usedFor.includes(featureId)) return // kept for other things
    const hosting = effectiveHosting(product, line)
    const claim = claimOf(product, hosting, featureId)
    claims.push({
      productId: product.id,
      lineIndex,
      hosting,
      level: claim.level,
      ...(claim.source ? { source: claim.source } : {}),
      ...(claim.note !== undefined ? { note: claim.note } : {}),
    })
  })
  const level = bestLevel(claims.map((c) => c.level))
  const providers =
    level === 'full' || level === 'partial' ? [...new Set(claims.filter((c) => c.level === level).map((c) => c.productId))] : []
  return { featureId, need, level, status: STATUS_OF[level], providers, claims }
}

/** Coverage of one scenario. `order` is the taxonomy order of the feature ids. */
export function scenarioCoverage(
  scenario: Scenario,
  options: { model: Case; products: ReadonlyMap<string, Product>; order: readonly string[]; cost?: ScenarioCost },
): ScenarioCoverage {
  const { model, products, order, cost } = options
  const position = new Map(order.map((id, i) => [id, i]))
  const needs = order.map((id) => needCoverage(scenario, products, id, needLevelOf(model, id)))
  const isMustMissing = (n: NeedCoverage) => n.need === 'must' && n.status === 'missing'
  needs.sort(
    (a, b) =>
      Number(isMustMissing(b)) - Number(isMustMissing(a)) ||
      NEED_WEIGHTS[b.need] - NEED_WEIGHTS[a.need] ||
      (position.get(a.featureId) ?? 0) - (position.get(b.featureId) ?? 0),
  )

  const weighted = needs.filter((n) => NEED_WEIGHTS[n.need] > 0)
  const totalWeight = weighted.reduce((s, n) => s + NEED_WEIGHTS[n.need], 0)
  const gained = weighted.reduce((s, n) => s + NEED_WEIGHTS[n.need] * LEVEL_VALUES[n.level], 0)
  const coveredNeeds = weighted.reduce((s, n) => s + LEVEL_VALUES[n.level], 0)
  const musts = needs.filter((n) => n.need === 'must')

  return {
    scenarioId: scenario.id,
    needs,
    score: totalWeight > 0 ? gained / totalWeight : null,
    unknownCount: weighted.filter((n) => n.status === 'unknown').length,
    must: {
      total: musts.length,
      met: musts.filter((n) => n.status === 'met').length,
      partly: musts.filter((n) => n.status === 'partly').length,
      missing: musts.filter((n) => n.status === 'missing').map((n) => n.featureId),
      unknown: musts.filter((n) => n.status === 'unknown').map((n) => n.featureId),
    },
    notAssessed: order.filter((id) => needLevelOf(model, id) === 'not-assessed'),
    coveredNeeds,
    costPerCoveredNeed: cost !== undefined && coveredNeeds > 0 ? cost.total / coveredNeeds : null,
    isCostLowerBound: cost !== undefined && !cost.complete,
  }
}

/** Coverage of every scenario of a case, in scenario order. */
export function coverageOf(options: CoverageOptions): ScenarioCoverage[] {
  const { model, catalogue, features, costs } = options
  const products = productMap(model, catalogue)
  const order = needIds(model, features)
  return model.scenarios.map((scenario) => {
    const cost = costs?.find((c) => c.id === scenario.id)
    return scenarioCoverage(scenario, { model, products, order, ...(cost ? { cost } : {}) })
  })
}
