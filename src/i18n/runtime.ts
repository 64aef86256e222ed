/**
 * The app's i18n runtime, in place of vue-i18n (decision 0014): one global set of texts per locale,
 * given to the components through Vue's provide/inject, with the part of vue-i18n's composition API
 * the app uses — `t`, `te`, `locale`, `mergeLocaleMessage`, `setLocaleMessage` — and its meaning:
 *
 * - `t(key, named?, count?)` and `t(key, count)`: the text at the dotted key in the current locale, or
 *   in the fallback locale when the current one lacks it, with its placeholders filled in and its
 *   plural form chosen (src/i18n/compile.ts). A count also fills `{count}` and `{n}`.
 * - A key found in neither shows as the key itself and is reported once per locale and key: with
 *   console.warn in development, with console.error in a production build (a raw key on screen is a
 *   bug, and the browser tests, which run the production build, fail on console errors).
 * - `te(key)`: whether the current locale (not the fallback) has a text at the key.
 * - Texts and locale are reactive: a computed or render that used `t` runs again after `locale`
 *   changes or texts are merged or set.
 */
import { inject, ref, shallowRef } from 'vue'
import type { App, InjectionKey, Ref } from 'vue'
import { compileMessage } from './compile'
import type { CompiledMessage, Named } from './compile'
import type { Locale } from './index'

/** Texts by key; a key's value is a text or a further tree of them. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree
}

/**
 * Finds the text of a key: `t('compare.heading')`, `t('compare.intro', { from, to })`,
 * `t('x.items', { count }, count)`, `t('x.items', count)`, or in a given locale rather than the
 * current one: `t('x.name', {}, { locale: 'en' })`.
 */
export interface Translate {
  (key: string, count: number): string
  (key: string, named?: Named, count?: number): string
  (key: string, named: Named, options: { locale: Locale }): string
}

/** What `useI18n()` returns: the app's one set of texts and its current locale. */
export interface Composer {
  t: Translate
  /** Whether the current locale has a text at `key` (the fallback is not asked). */
  te: (key: string) => boolean
  /** The locale shown; set it to change the language. */
  locale: Ref<Locale>
  /** Adds texts to a locale's, key by key (deeply): what is there already stays unless `messages` has the same key. */
  mergeLocaleMessage: (locale: Locale, messages: MessageTree) => void
  /** Replaces a locale's texts. */
  setLocaleMessage: (locale: Locale, messages: MessageTree) => void
}

/** The plugin: `app.use(i18n)` makes `i18n.global` what `useI18n()` returns in that app's components. */
export interface I18n {
  global: Composer
  install: (app: App) => void
}

export interface I18nOptions {
  locale: Locale
  /** Asked when the current locale lacks a key. */
  fallbackLocale: Locale
  messages: Partial<Record<Locale, MessageTree>>
  /** Told of a key found in neither locale (default: console.warn in development, console.error in production). */
  onMissing?: (key: string, locale: Locale) => void
}

const I18N: InjectionKey<Composer> = Symbol('i18n')

/** Compiled messages, by their text: the same text means the same function in every locale. */
const compiled = new Map<string, CompiledMessage>()

function compiledOf(message: string): CompiledMessage {
  let fn = compiled.get(message)
  if (fn === undefined) {
    fn = compileMessage(message)
    compiled.set(message, fn)
  }
  return fn
}

/** The value at a dotted key (`a.b.c`), or at the key as one name when the path leads nowhere. */
function lookUp(tree: MessageTree | undefined, key: string): string | MessageTree | undefined {
  if (tree === undefined) return undefined
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) {
      node = undefined
      break
    }
    node = node[part]
  }
  return node ?? (Object.hasOwn(tree, key) ? tree[key] : undefined)
}

/** `into` with `from` merged in, key by key; neither is changed. */
function merged(into: MessageTree, from: MessageTree): MessageTree {
  const out: Record<string, string | MessageTree> = { ...into }
  for (const [key, value] of Object.entries(from)) {
    const there = out[key]
    out[key] = typeof value === 'object' && typeof there === 'object' ? merged(there, value) : value
  }
  return out
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isPlainObject = (value: unknown): value is Named =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** A development server or test run (`import.meta.env` is Vite's; the command line runs without it, as production). */
const isDevelopment = import.meta.env?.DEV === true

function reportMissing(key: string, locale: string): void {
  const text = `[i18n] no text for the key '${key}' in '${locale}' or the fallback locale`
  if (isDevelopment) console.warn(text)
  else console.error(text)
}

export function createI18n(options: I18nOptions): I18n {
  const locale = ref<Locale>(options.locale)
  // Replaced as a whole on every change, so that reading it is the one dependency of a `t`.
  const messages = shallowRef<Partial<Record<Locale, MessageTree>>>({ ...options.messages })
  const onMissing = options.onMissing ?? reportMissing
  const reported = new Set<string>()

  function t(key: string, second?: Named | number, third?: number | { locale: Locale }): string {
    const named: Named = isPlainObject(second) ? second : {}
    const count = isNumber(second) ? second : isNumber(third) ? third : undefined
    const current = typeof third === 'object' ? third.locale : locale.value
    const all = messages.value
    let text = lookUp(all[current], key)
    if (typeof text !== 'string') text = lookUp(all[options.fallbackLocale], key)
    if (typeof text !== 'string') {
      const id = `${current}\u0000${key}`
      if (!reported.has(id)) {
        reported.add(id)
        onMissing(key, current)
      }
      return key
    }
    return compiledOf(text)(named, count)
  }

  const global: Composer = {
    t: t as Translate,
    te: (key) => typeof lookUp(messages.value[locale.value], key) === 'string',
    locale,
    mergeLocaleMessage(to, more) {
      messages.value = { ...messages.value, [to]: merged(messages.value[to] ?? {}, more) }
    },
    setLocaleMessage(to, texts) {
      messages.value = { ...messages.value, [to]: texts }
    },
  }
  return {
    global,
    install(app) {
      app.provide(I18N, global)
    },
  }
}

/** The app's texts and locale; call it in a component's setup (or a composable it calls). */
export function useI18n(): Composer {
  const composer = inject(I18N, null)
  if (composer === null) throw new Error('useI18n() needs the i18n plugin: app.use(createAppI18n())')
  return composer
}
