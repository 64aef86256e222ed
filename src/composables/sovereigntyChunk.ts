/**
 * What rates paths by the EU Cloud Sovereignty Framework, in one chunk loaded on demand
 * (useSovereignty): the framework and shipped ratings (data/sovereignty.json, checked against its
 * schema and documents by test/data/sovereignty.test.ts), the engine's rating, the texts of the
 * sovereignty screen (merged when this loads, for the decision summary's words) and the summary's
 * words per path. Kept out of the first screen, which shows the SEAL once this has loaded.
 */
import sovereigntyFile from '../../data/sovereignty.json'
import { sovereigntySummaryText } from '~/composables/sovereigntyText'
import type { SovereigntySummaryText } from '~/composables/sovereigntyText'
import { sovereigntyOf } from '~/engine/assessment/sovereignty'
import type { Case, SovereigntyFile, SovereigntyObjectiveCode, SovereigntyRating } from '~/engine'
import type { Locale } from '~/i18n'
// The shipped catalogue from the store, as every screen rates with: importing the store here also keeps
// the bundler from splitting the first screen's modules into more chunks for this one (decision 0020).
import { shippedCatalogue } from '~/stores/case'

export { messages } from '~/i18n/sovereignty'
export { sovereigntyOf, sovereigntySettingsFaults } from '~/engine/assessment/sovereignty'
export const framework = sovereigntyFile as unknown as SovereigntyFile

/** Each scenario's rating, by scenario id, with the shipped catalogue and the case's own products. */
export function ratingsOf(model: Case): Map<string, SovereigntyRating> {
  return new Map(sovereigntyOf({ model, catalogue: shippedCatalogue, framework }).map((r) => [r.scenarioId, r]))
}

/** The decision summary's words per path, by scenario id. */
export function summaryTexts(ratings: ReadonlyMap<string, SovereigntyRating>, locale: Locale): Map<string, SovereigntySummaryText> {
  const objectiveName = (code: SovereigntyObjectiveCode) => {
    const objective = framework.objectives.find((o) => o.code === code)
    return objective ? `${code} ${objective.name[locale]}` : code
  }
  return new Map([...ratings].map(([id, rating]) => [id, sovereigntySummaryText(rating, locale, objectiveName)]))
}
