import { describe, expect, it } from 'vitest'
import { en, sv } from '~/i18n'

/** Every key path of a message tree, e.g. `compare.total`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  )
}

/** Placeholders such as {name} in a message. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

function valueAt(tree: object, path: string): string {
  return path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string
}

describe('messages', () => {
  it('has every Swedish key in English and no English key missing in Swedish', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort())
  })

  it.each(keys(sv))('%s has the same placeholders and no empty text in both languages', (path) => {
    const s = valueAt(sv, path)
    const e = valueAt(en, path)
    expect(s.trim()).not.toBe('')
    expect(e.trim()).not.toBe('')
    expect(placeholders(e)).toEqual(placeholders(s))
  })
})
