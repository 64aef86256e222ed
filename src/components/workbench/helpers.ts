/** Small helpers of the workbench screens: data texts edited in one language, focus after adding, years. */
import type { LocalText } from '~/engine'

/** A data text with its form in `locale` replaced; a plain text stays plain (the same in both languages). */
export function withLocale(text: LocalText | undefined, locale: 'sv' | 'en', value: string): LocalText {
  return text !== undefined && typeof text === 'object' ? { ...text, [locale]: value } : value
}

/**
 * Moves focus to the control marked `data-focus="key"` (or the first control inside it), after the
 * DOM has caught up. Returns whether something took focus.
 */
export function focusKey(key: string, root: ParentNode = document): boolean {
  const marked = root.querySelector<HTMLElement>(`[data-focus="${key.replace(/["\\]/g, "")}"]`)
  if (!marked) return false
  const target = marked.matches('input, select, button, textarea, [tabindex]')
    ? marked
    : marked.querySelector<HTMLElement>('input, select, button, textarea')
  target?.focus()
  return target !== null && target !== undefined
}

/** The years a select offers: the horizon, plus a value outside it so it is not lost from view. */
export function yearOptions(horizon: readonly number[], current?: number): number[] {
  return current === undefined || horizon.includes(current) ? [...horizon] : [...horizon, current].sort((a, b) => a - b)
}
