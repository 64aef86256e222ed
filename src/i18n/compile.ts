/**
 * The app's messages, compiled: plain text with named placeholders such as `{name}`, each replaced by
 * its value (nothing for a missing one), optionally in plural forms separated by ` | `, one of which
 * `t(key, named, count)` picks by the plural rule below. This is the part of vue-i18n's message syntax
 * the texts use, read as vue-i18n 11 reads it (the app used vue-i18n until decision 0014);
 * test/i18n/messages.test.ts holds every catalogue to that form.
 */

/** Values for the placeholders of a message, by name. */
export type Named = Readonly<Record<string, unknown>>

/** A compiled message: its text for these values and, for plural forms, this count. */
export type CompiledMessage = (named: Named, count?: number) => string

/** A placeholder: `{name}`. */
export const PLACEHOLDER = /\{(\w+)\}/

/** Plural forms are separated by a pipe; the spaces around it are dropped. */
const PLURAL_SEPARATOR = /\s*\|\s*/

/** A value as it is shown in a text: nothing for null or undefined, a list or plain object as JSON. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value) || (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)) return JSON.stringify(value, null, 2)
  return String(value)
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/**
 * Which of `forms` plural forms a count takes: of two, the first for 1 and the second otherwise (0, 2,
 * 1.5); of three, zero, one, many. The count is the named `count` or `n` when that is a number, else
 * the count given to `t`; none at all reads as 1. Negative counts read as their size. (vue-i18n's
 * default rule.)
 */
export function pluralIndex(forms: number, named: Named, count: number | undefined): number {
  const choice = Math.abs(isNumber(named.count) ? named.count : isNumber(named.n) ? named.n : (count ?? -1))
  if (forms === 2) return choice === 1 ? 0 : 1
  return Math.min(choice, 2)
}

/** One form: its text, and the placeholders' names at the odd places (split() with a group keeps them). */
function compileForm(message: string): CompiledMessage {
  const parts = message.split(new RegExp(PLACEHOLDER.source, 'g'))
  if (parts.length === 1) return () => message
  return (named, count) =>
    parts
      .map((part, i) => {
        if (i % 2 === 0) return part
        const value = named[part]
        // A count given to t() is also the value of {count} and {n}, unless the caller gave one.
        return shown(count !== undefined && !value && (part === 'count' || part === 'n') ? count : value)
      })
      .join('')
}

/** A message compiled into a function of its values (and count). */
export function compileMessage(message: string): CompiledMessage {
  const forms = message.split(PLURAL_SEPARATOR).map(compileForm)
  if (forms.length === 1) return forms[0] as CompiledMessage
  return (named, count) => {
    const form = forms[pluralIndex(forms.length, named, count)] ?? (forms[forms.length - 1] as CompiledMessage)
    return form(named, count)
  }
}
