/**
 * Every text: the first screen's and those that load with their screens. For the command line and
 * the tests, which have no screens to load them with; the app itself never imports this module.
 */
import { messages as bands } from './bands'
import { messages as coverage } from './coverage'
import { messages as exportsText } from './exports'
import { messages as finance } from './finance'
import { messages as guided } from './guided'
import { createAppI18n, loadEnglish } from './index'
import type { LazyMessages, Locale } from './index'
import { messages as precedents } from './precedents'
import { messages as priceAge } from './priceAge'
import { messages as priceChanges } from './priceChanges'
import { messages as protection } from './protection'
import { messages as sovereignty } from './sovereignty'
import type { I18n } from './runtime'
import { messages as workbench } from './workbench'

/** Every catalogue that loads with its screens, by module name (test/i18n/lazy-messages.test.ts checks none is left out). */
export const LAZY_MESSAGES: Readonly<Record<string, LazyMessages>> = { bands, coverage, exports: exportsText, finance, guided, precedents, priceAge, priceChanges, protection, sovereignty, workbench }

/** The app's i18n with every text, in either language (English loaded first when asked for). */
export async function createCompleteI18n(locale: Locale): Promise<I18n> {
  if (locale === 'en') await loadEnglish()
  return createAppI18n(locale, ...Object.values(LAZY_MESSAGES))
}
