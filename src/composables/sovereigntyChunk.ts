/**
 * What rates paths by the EU Cloud Sovereignty Framework, in one chunk loaded on demand
 * (useSovereignty): the framework and shipped ratings (data/sovereignty.json, checked against its
 * schema and documents by test/data/sovereignty.test.ts) and the engine's rating. Kept out of the
 * first screen, which shows the SEAL in the decision summary once this has loaded.
 */
import sovereigntyFile from '../../data/sovereignty.json'
import type { SovereigntyFile } from '~/engine'

export { costOfSovereignty, sovereigntyOf, sovereigntySettingsFaults } from '~/engine/assessment/sovereignty'
export const framework = sovereigntyFile as unknown as SovereigntyFile
