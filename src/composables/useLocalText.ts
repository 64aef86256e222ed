import { useI18n } from '~/i18n/runtime'
import type { LocalText } from '~/engine'
import type { Locale } from '~/i18n'

/** A data text in the given language: `{ sv, en }` picks its form; a plain text is the same in both. */
export function localText(text: LocalText, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale]
}

/** `lt(text)` reads a data text (product, scenario, line) in the interface's current language. */
export function useLocalText() {
  const { locale } = useI18n()
  return { lt: (text: LocalText) => localText(text, locale.value as Locale) }
}
