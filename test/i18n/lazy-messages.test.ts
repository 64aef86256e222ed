/** The texts that load with their screens (src/i18n/guided.ts): complete in both languages, and clashing with no eager text. */
import { describe, expect, it } from 'vitest'
import { sv } from '~/i18n'
import { en } from '~/i18n/english'
import * as guided from '~/i18n/guided'

/** Every key path of a message tree with its text. */
function entries(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === 'object' && v !== null ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)]],
  )
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the lazily loaded catalogue', () => {
  it('has the same keys and placeholders in Swedish and English, no empty text, and no key of the eager catalogue', () => {
    const svEntries = new Map(entries(guided.sv))
    const enEntries = new Map(entries(guided.en))
    expect([...enEntries.keys()].sort()).toEqual([...svEntries.keys()].sort())
    const faults: string[] = []
    for (const [key, text] of svEntries) {
      const english = enEntries.get(key) ?? ''
      if (text.trim() === '' || english.trim() === '') faults.push(`${key}: empty`)
      if (placeholders(text).join() !== placeholders(english).join()) faults.push(`${key}: placeholders differ`)
    }
    expect(faults).toEqual([])
    const eager = new Set(Object.keys(sv))
    expect(Object.keys(guided.sv).filter((k) => eager.has(k))).toEqual([])
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort())
  })
})
