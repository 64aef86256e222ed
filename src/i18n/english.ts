/**
 * All English texts, key for key with the Swedish of index.ts: the core (en.ts) and one module per
 * feature. Loaded when English is first chosen (index.ts `loadEnglish`). In the build, each feature
 * module is read here under an id of its own (vite.config.ts, `englishOnDemand`), so that this chunk
 * keeps only their English and the first screen only their Swedish.
 */
import * as bands from './bands'
import * as coverage from './coverage'
import * as decision from './decision'
import enCore from './en'
import * as exportsText from './exports'
import * as finance from './finance'
import type { MessageSchema } from './index'
import * as licensing from './licensing'
import * as protection from './protection'
import * as safe from './safe'
import * as sourcesText from './sources'
import * as workbench from './workbench'

export const en: MessageSchema = {
  ...enCore,
  workbench: workbench.en,
  coverage: coverage.en,
  protection: protection.en,
  finance: finance.en,
  exports: exportsText.en,
  decision: decision.en,
  sources: sourcesText.en,
  bands: bands.en,
  safe: safe.en,
  ...licensing.en,
}
