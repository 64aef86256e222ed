/**
 * The message catalogues (the texts the app starts with, and each that loads with its screens): the
 * same keys in both languages, and in each catalogue every text non-empty,
 * with the same placeholders as the other language, in the one form the app's message compiler reads
 * (src/i18n/compile.ts: plain text, `{name}` and plural forms split by ` | `), and shown with its values
 * filled in (each plural form by its count). One test per
 * catalogue, listing every message that fails, rather than one test per key.
 */
import { describe, expect, it } from 'vitest'
import { sv } from '~/i18n'
import type { Locale } from '~/i18n'
import { createCompleteI18n, LAZY_MESSAGES } from '~/i18n/all'
import { en } from '~/i18n/english'

/** Every key path of a message tree with its text, e.g. `['compare.total', 'Summa']`. */
function entries(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === 'object' && v !== null ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  )
}

/** Placeholders such as {name} in a message, sorted. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

/**
 * What is not the app's message form: a brace that is not a placeholder (a mistyped one would show
 * as it is), `@` (a linked message in vue-i18n's format, which the texts were written for until
 * decision 0014; the app's compiler does not read it).
 */
function syntaxProblem(text: string): string | null {
  const rest = text.replace(/\{\w+\}/g, '')
  if (/[{}]/.test(rest)) return 'a brace that is not a {name} placeholder'
  if (rest.includes('@')) return '@ (a linked message in vue-i18n’s format)'
  return null
}

/** The plural forms of a message (one when it has none). */
const formsOf = (text: string) => text.split(/\s*\|\s*/)

const catalogues: [string, Record<Locale, object>][] = [['the first screen’s', { sv, en }], ...Object.entries(LAZY_MESSAGES)]
const cases = catalogues.flatMap(([name, texts]) => (['sv', 'en'] as const).map((locale) => [name, locale, texts] as const))

describe('messages', () => {
  it.each(catalogues)('%s texts: every Swedish key in English and no English key missing in Swedish', (_, texts) => {
    expect(entries(texts.en).map(([k]) => k).sort()).toEqual(entries(texts.sv).map(([k]) => k).sort())
  })

  it.each(cases)('%s texts in %s: every text non-empty, in the compiler’s form, with the other language’s placeholders, shown with its values', async (_, locale, texts) => {
    const other = new Map(entries(texts[locale === 'sv' ? 'en' : 'sv']))
    const i18n = await createCompleteI18n(locale)
    const t = i18n.global.t as (key: string, values: Record<string, unknown>, plural?: number) => string
    const problems: string[] = []
    const list = entries(texts[locale])
    for (const [key, text] of list) {
      if (text.trim() === '') problems.push(`${key}: empty`)
      const problem = syntaxProblem(text)
      if (problem) problems.push(`${key}: ${problem}`)
      if (JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(other.get(key) ?? ''))) {
        problems.push(`${key}: placeholders ${placeholders(text).join(', ')} but the other language has ${placeholders(other.get(key) ?? '').join(', ')}`)
      }
      // Shown with a value for each placeholder: the values appear and no placeholder is left.
      const values = Object.fromEntries(placeholders(text).map((name) => [name, `«${name}»`]))
      const forms = formsOf(text)
      if (forms.length !== formsOf(other.get(key) ?? '').length) problems.push(`${key}: ${forms.length} plural forms but the other language has another number`)
      // One form: shown as it is. Two: the first for one, the second for many (the plural rule of compile.ts).
      const cases = forms.length === 1 ? [[undefined, forms[0]] as const] : [[1, forms[0]] as const, [2, forms[1]] as const]
      for (const [count, form] of cases) {
        const shown = count === undefined ? t(key, values) : t(key, values, count)
        const expected = (form ?? '').replace(/\{(\w+)\}/g, (_, name: string) => `«${name}»`)
        if (shown !== expected) problems.push(`${key}: shown as ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`)
      }
    }
    expect(list.length).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })
})
