import { createI18n } from 'vue-i18n'
import * as bands from './bands'
import { compileMessage } from './compile'
import * as coverage from './coverage'
import enCore from './en'
import * as exportsText from './exports'
import * as finance from './finance'
import * as protection from './protection'
import svCore from './sv'
import type { Widen } from './widen'
import * as workbench from './workbench'

/** All Swedish texts: the core (sv.ts) and one module per feature. Swedish is the source language. */
export const sv = {
  ...svCore,
  workbench: workbench.sv,
  coverage: coverage.sv,
  protection: protection.sv,
  finance: finance.sv,
  exports: exportsText.sv,
  bands: bands.sv,
} as const

/** The shape of the messages, taken from Swedish. */
export type MessageSchema = Widen<typeof sv>

export const en: MessageSchema = {
  ...enCore,
  workbench: workbench.en,
  coverage: coverage.en,
  protection: protection.en,
  finance: finance.en,
  exports: exportsText.en,
  bands: bands.en,
}

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
    messageCompiler: compileMessage,
  })
}
