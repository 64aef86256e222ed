/**
 * A path's sovereignty rating in words, shared by the decision summary, the sovereignty screen and the
 * report: the SEAL ("SEAL-1" when known, "SEAL-1 (högst)" / "at most SEAL-1" while open answers remain,
 * "inte bedömd" when nothing is answered; never a guessed level), the score as points of 100 (a range
 * while answers are open), and "under kravnivå" against the case's minimum SEALs.
 */
import { formatNumber } from '~/composables/useFormat'
import type { Interval, SovereigntyObjectiveCode, SovereigntyRating } from '~/engine'
import type { Locale } from '~/i18n'
import { compileMessage } from '~/i18n/compile'
import { messages } from '~/i18n/sovereignty'

type Key = keyof (typeof messages)['sv']['sovereignty']['seal']
/**
 * The words read straight from the sovereignty catalogue (`sovereignty.seal`), in the language given:
 * the decision summary on the first screen uses them before any screen has added that catalogue.
 */
function say(locale: Locale, key: Key, named: Record<string, unknown> = {}): string {
  return compileMessage(messages[locale].sovereignty.seal[key])(named)
}

/** The SEAL of a rating (or of one objective): known, at most, or not assessed. */
export function sealText(rating: { seal: number | null; sealAtMost: number | null }, locale: Locale): string {
  if (rating.seal !== null) return say(locale, 'known', { level: rating.seal })
  if (rating.sealAtMost !== null) return say(locale, 'atMost', { level: rating.sealAtMost })
  return say(locale, 'notAssessed')
}

/** A score on 0…1 as points of 100 with one decimal: one number when known, "low–high" while answers are open. */
export function scorePoints(score: Interval, locale: Locale): string {
  const low = formatNumber(score.low * 100, locale, 1)
  const high = formatNumber(score.high * 100, locale, 1)
  return low === high ? low : `${low}–${high}`
}

/** "0–94 av 100". */
export function scoreText(score: Interval, locale: Locale): string {
  return say(locale, 'score', { score: scorePoints(score, locale) })
}

/** The decision summary's words for a path: its SEAL and score, and whether it is under a minimum SEAL the case sets. */
export interface SovereigntySummaryText {
  fact: string
  /** The SEAL and score alone ("SEAL-1 (högst), 0–94 av 100"), for a table cell headed as sovereignty. */
  short: string
  /** "under kravnivå för SOV-2": the objectives known to be below the case's minimum SEAL; undefined when none is. */
  below: string | undefined
}

export function sovereigntySummaryText(rating: SovereigntyRating, locale: Locale, objectiveName: (code: SovereigntyObjectiveCode) => string): SovereigntySummaryText {
  const fact = rating.sealAtMost === null && rating.seal === null ? say(locale, 'factNotAssessed') : say(locale, 'fact', { seal: sealText(rating, locale), score: scoreText(rating.score, locale) })
  const below = rating.gate.below.length > 0 ? say(locale, 'belowObjectives', { objectives: rating.gate.below.map(objectiveName).join(', ') }) : undefined
  const short = rating.sealAtMost === null && rating.seal === null ? say(locale, 'notAssessed') : `${sealText(rating, locale)}, ${scoreText(rating.score, locale)}`
  return { fact, short, below }
}
