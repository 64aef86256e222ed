import * as decision from './decision'
import * as firstScreen from './first-screen'
import * as licensing from './licensing'
import { createI18n, useI18n } from './runtime'
import type { Composer, I18n, MessageTree } from './runtime'
import * as safe from './safe'
import * as sourcesText from './sources'
import svCore from './sv'
import type { Widen } from './widen'

/**
 * The Swedish texts the app starts with: those of the first screen (the compare view, the header, the
 * notices). That is the core (sv.ts), the feature modules it shows whole (decision, sources, safe,
 * licensing) and the parts of the others it shows (first-screen.ts). Swedish is the source language;
 * English is put together the same way in english.ts, which loads when English is first chosen. The
 * other screens' texts (workbench, finance, bands, coverage, protection, exports, guided, precedents,
 * priceAge) load with the components that use them, in both languages: see useLazyMessages.
 */
export const sv = {
  ...svCore,
  decision: decision.sv,
  sources: sourcesText.sv,
  safe: safe.sv,
  ...licensing.sv,
  ...firstScreen.sv,
} as const

/** The shape of the texts the app starts with, taken from Swedish. */
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

/**
 * Texts that load with the components that use them rather than with the first screen: both languages
 * of one namespace or more, e.g. the `messages` of `~/i18n/workbench`.
 */
export type LazyMessages = Readonly<Record<Locale, MessageTree>>

/**
 * The app's i18n, in Swedish, or in English once `loadEnglish()` has brought it in, with the first
 * screen's texts and any `lazy` ones given (the command line and tests, which have no screens to load them).
 */
export function createAppI18n(locale: Locale = 'sv', ...lazy: LazyMessages[]): I18n {
  if (locale === 'en' && english === undefined) throw new Error('English is not loaded: await loadEnglish() first')
  // Until English is loaded only Swedish is there; it joins through useEnglish (TheHeader.vue).
  const i18n = createI18n({ locale, fallbackLocale: 'sv', messages: english === undefined ? { sv } : { sv, en: english } })
  for (const texts of lazy) addLazy(i18n.global, texts)
  return i18n
}

/** The i18n instances a lazily loaded set of texts was added to already. */
const added = new WeakMap<object, Set<object>>()

/**
 * Adds texts that load with their components rather than the first screen (e.g. `~/i18n/workbench`),
 * once per app, in both languages, whichever is shown and whether or not English is loaded yet. Call it
 * in the setup of every component that uses them, before it uses them; test/i18n/lazy-messages.test.ts
 * checks that each component does.
 */
export function useLazyMessages(...texts: LazyMessages[]): void {
  const composer = useI18n()
  for (const messages of texts) addLazy(composer, messages)
}

function addLazy(composer: Composer, messages: LazyMessages): void {
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
