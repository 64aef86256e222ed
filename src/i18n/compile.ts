/**
 * The app's message compiler, in place of vue-i18n's (5 kB gzipped of the first screen: a tokenizer
 * for linked messages and literals that no text here uses). A message is plain text with named
 * placeholders such as `{name}`, each replaced by its value as vue-i18n would show it (nothing for a
 * missing one), optionally in plural forms separated by ` | ` (vue-i18n's form: `t(key, named, n)`
 * picks one by its plural rule). test/i18n/messages.test.ts holds every catalogue to that form, so a
 * message means the same here as under vue-i18n's own compiler.
 */
import type { MessageCompiler, MessageContext } from 'vue-i18n'

/** A placeholder: `{name}`. */
export const PLACEHOLDER = /\{(\w+)\}/

const shown = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value))

/** One form: text with placeholders. */
function compileForm(message: string): (ctx: MessageContext) => string {
  // split() with a group keeps the names: text, name, text, name, …, text.
  const parts = message.split(new RegExp(PLACEHOLDER.source, 'g'))
  if (parts.length === 1) return () => message
  return (ctx) => parts.map((part, i) => (i % 2 === 0 ? part : shown(ctx.named(part)))).join('')
}

/** Plural forms are separated by a pipe; vue-i18n drops the spaces around it. */
const PLURAL_SEPARATOR = /\s*\|\s*/

export const compileMessage: MessageCompiler = (message, context) => {
  // Every message of the app is text; a precompiled one (not used here) shows its key.
  if (typeof message !== 'string') return () => context.key
  const forms = message.split(PLURAL_SEPARATOR).map(compileForm)
  if (forms.length === 1) return forms[0] as (ctx: MessageContext) => string
  // The context picks the form by the plural rule and the count given to t().
  return (ctx: MessageContext) => ctx.plural(forms.map((form) => form(ctx)))
}
