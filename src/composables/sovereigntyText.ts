/**
 * A path's sovereignty rating in words, shared by the decision summary, the sovereignty screen and the
 * report: the SEAL ("SEAL-1" when known, "SEAL-1 (högst)" / "at most SEAL-1" while open answers remain,
 * "inte bedömd" when nothing is answered; never a guessed level), the score as points of 100 (a range
 * while answers are open), and "under kravnivå" against the case's minimum SEALs.
 */
import { formatNumber } from '~/composables/useFormat'
import type { Interval, SovereigntyObjectiveCode, SovereigntyRating } from '~/engine'
import type { Locale } from '~/i18n'

export type Translate = (key: string, named?: Record<string, unknown>) => string

/** The SEAL of a rating (or of one objective): known, at most, or not assessed. */
export function sealText(rating: { seal: number | null; sealAtMost: number | null }, t: Translate): string {
  if (rating.seal !== null) return t('sovereignty.seal.known', { level: rating.seal })
  if (rating.sealAtMost !== null) return t('sovereignty.seal.atMost', { level: rating.sealAtMost })
  return t('sovereignty.seal.notAssessed')
}

/** A score on 0…1 as points of 100 with one decimal: one number when known, "low–high" while answers are open. */
export function scorePoints(score: Interval, locale: Locale): string {
  const low = formatNumber(score.low * 100, locale, 1)
  const high = formatNumber(score.high * 100, locale, 1)
  return low === high ? low : `${low}–${high}`
}

/** "0–94 av 100". */
export function scoreText(score: Interval, t: Translate, locale: Locale): string {
  return t('sovereignty.seal.score', { score: scorePoints(score, locale) })
}

/** The decision summary's words for a path: its SEAL and score, and whether it is under a minimum SEAL the case sets. */
export interface SovereigntySummaryText {
  fact: string
  /** "under kravnivå för SOV-2": the objectives known to be below the case's minimum SEAL; undefined when none is. */
  below: string | undefined
}

export function sovereigntySummaryText(rating: SovereigntyRating, t: Translate, locale: Locale, objectiveName: (code: SovereigntyObjectiveCode) => string): SovereigntySummaryText {
  const fact = rating.sealAtMost === null && rating.seal === null ? t('sovereignty.seal.factNotAssessed') : t('sovereignty.seal.fact', { seal: sealText(rating, t), score: scoreText(rating.score, t, locale) })
  const below = rating.gate.below.length > 0 ? t('sovereignty.seal.belowObjectives', { objectives: rating.gate.below.map(objectiveName).join(', ') }) : undefined
  return { fact, below }
}
