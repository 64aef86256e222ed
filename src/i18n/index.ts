import { createI18n } from 'vue-i18n'
import en from './en'
import sv from './sv'

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
/** The shape of the messages, taken from Swedish (the source language). */
export type MessageSchema = Widen<typeof sv>

export const LOCALES = ['sv', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** BCP 47 tags used for number and date formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' }

export function createAppI18n(locale: Locale = 'sv') {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'sv',
    messages: { sv, en },
  })
}

export { sv, en }
