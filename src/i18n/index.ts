import * as bands from './bands'
import * as coverage from './coverage'
import * as decision from './decision'
import * as exportsText from './exports'
import * as finance from './finance'
import * as licensing from './licensing'
import * as protection from './protection'
import { createI18n, useI18n } from './runtime'
import type { MessageTree } from './runtime'
import * as sourcesText from './sources'
import * as safe from './safe'
import svCore from './sv'
import type { Widen } from './widen'
import * as workbench from './workbench'

/**
 * All Swedish texts: the core (sv.ts) and one module per feature. Swedish is the source language.
 * English is put together the same way in english.ts, which loads when English is first chosen.
 */
export const sv = {
  ...svCore,
  workbench: workbench.sv,
  coverage: coverage.sv,
  protection: protection.sv,
  finance: finance.sv,
  exports: exportsText.sv,
  decision: decision.sv,
  sources: sourcesText.sv,
  bands: bands.sv,
  safe: safe.sv,
  ...licensing.sv,
} as const

/** The shape of the messages, taken from Swedish. */
export type MessageSchema = Widen<typeof sv>

/** English, once loaded: it is half of the texts, so it stays out of the first screen until chosen. */
let english: MessageSchema | undefined

/** The English texts (src/i18n/english.ts), loaded on first use. */
export async function loadEnglish(): Promise<MessageSchema> {
  english ??= (await import('./english')).en
  return english
}

export const LOCALES = ['sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** BCP 47 tags used for number and date formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' }

/** The app's i18n, in Swedish, or in English once `loadEnglish()` has brought it in. */
export function createAppI18n(locale: Locale = 'sv') {
  if (locale === 'en' && english === undefined) throw new Error('English is not loaded: await loadEnglish() first')
  // Until English is loaded only Swedish is there; it joins through useEnglish (TheHeader.vue).
  return createI18n({ locale, fallbackLocale: 'sv', messages: english === undefined ? { sv } : { sv, en: english } })
}

/** The i18n instances a lazily loaded set of texts was added to already. */
const added = new WeakMap<object, Set<object>>()

/**
 * Adds texts that load with their screen rather than the first screen (e.g. `~/i18n/guided`), once per
 * app; call it in the setup of every component that uses them. Keys must not clash with the eager ones.
 */
export function useLazyMessages(messages: Record<Locale, MessageTree>) {
  const composer = useI18n()
  if (isAdded(composer, messages)) return
  composer.mergeLocaleMessage('sv', messages.sv)
  composer.mergeLocaleMessage('en', messages.en)
}

/** Whether `texts` were added to this i18n instance already; marks them added. */
function isAdded(composer: object, texts: object): boolean {
  const done = added.get(composer) ?? new Set<object>()
  added.set(composer, done)
  if (done.has(texts)) return true
  done.add(texts)
  return false
}

/**
 * What brings English into the app when it is needed (it stays out of the first screen): loaded once,
 * and merged rather than set, so texts that screens added on demand (useLazyMessages) stay.
 */
export function useEnglish(): () => Promise<void> {
  const composer = useI18n()
  return async () => {
    const english = await loadEnglish()
    if (!isAdded(composer, english)) composer.mergeLocaleMessage('en', english)
  }
}
