/**
 * The English of the texts the app starts with, key for key with the Swedish of index.ts: the core
 * (en.ts) and the first screen's feature modules. Loaded when English is first chosen (index.ts
 * `loadEnglish`); the texts that load with other screens bring their English themselves
 * (useLazyMessages). In the build, each feature module is read here under an id of its own
 * (vite.config.ts, `englishOnDemand`), so that this chunk keeps only their English and the first
 * screen only their Swedish.
 */
import * as decision from './decision'
import enCore from './en'
import * as firstScreen from './first-screen'
import type { MessageSchema } from './index'
import * as licensing from './licensing'
import * as safe from './safe'
import * as sourcesText from './sources'

export const en: MessageSchema = {
  ...enCore,
  decision: decision.en,
  sources: sourcesText.en,
  safe: safe.en,
  ...licensing.en,
  ...firstScreen.en,
}
