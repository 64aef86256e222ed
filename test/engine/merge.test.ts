/** Two edits of one case made at the same moment, merged field by field (two tabs, issue 22). */
import { describe, expect, it } from 'vitest'
import { mergeConcurrent, sameJson } from '~/engine'

const base = { name: 'Fall', groups: [{ id: 'a', users: 10 }, { id: 'b', users: 20 }], settings: { years: 5, rate: 0 } }

describe('mergeConcurrent', () => {
  it('keeps both sides’ changes to different fields, down to list items', () => {
    const mine = { ...base, name: 'Omdöpt' }
    const theirs = { ...base, groups: [{ id: 'a', users: 10 }, { id: 'b', users: 25 }] }
    expect(mergeConcurrent(base, mine, theirs)).toEqual({ ok: true, value: { ...base, name: 'Omdöpt', groups: theirs.groups } })
  })

  it('takes either side where the other did not change a thing, and a field the other removed', () => {
    const theirs: Record<string, unknown> = { ...base, settings: { years: 5 } }
    expect(mergeConcurrent<Record<string, unknown>>(base, base, theirs)).toEqual({ ok: true, value: theirs })
    expect(mergeConcurrent<Record<string, unknown>>(base, theirs, base)).toEqual({ ok: true, value: theirs })
  })

  it('refuses where both changed one field to different values, naming it', () => {
    expect(mergeConcurrent(base, { ...base, name: 'A' }, { ...base, name: 'B' })).toEqual({ ok: false, conflict: '.name' })
    // A list that grew on one side and changed on the other cannot be matched item by item.
    const grown = { ...base, groups: [...base.groups, { id: 'c', users: 1 }] }
    const changed = { ...base, groups: [{ id: 'a', users: 11 }, { id: 'b', users: 20 }] }
    expect(mergeConcurrent(base, grown, changed)).toEqual({ ok: false, conflict: '.groups' })
  })

  it('reads a value the other side took from this side’s own older version as no change of theirs', () => {
    const typedHalf = { ...base, name: 'Omd' }
    const mine = { ...base, name: 'Omdöpt' }
    const theirs = { ...typedHalf, settings: { years: 6, rate: 0 } }
    expect(mergeConcurrent(base, mine, theirs, [typedHalf, mine])).toEqual({ ok: true, value: { ...base, name: 'Omdöpt', settings: { years: 6, rate: 0 } } })
  })

  it('compares JSON by structure, not key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(sameJson([1, 2], [2, 1])).toBe(false)
  })
})
