/**
 * Two edits of one case made at the same time (two tabs, each writing before it heard of the other):
 * a three-way merge of JSON values, field by field. `base` is what this side's edits started from,
 * `mine` this side's case now, `theirs` the other side's, and `history` the versions this side wrote
 * on the way (the other side may have built on one of them). A field only one side changed takes that
 * side's value; a field both changed to different values is a conflict, and then nothing is merged.
 * Lists of the same length merge item by item; lists whose length changed on both sides conflict.
 */

export type MergeResult<T> = { ok: true; value: T } | { ok: false; conflict: string }

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Structural equality of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]))
  }
  return false
}

const child = (value: unknown, key: string | number): unknown =>
  Array.isArray(value) && typeof key === 'number' ? value[key] : isObject(value) && typeof key === 'string' && Object.hasOwn(value, key) ? value[key] : undefined

function mergeValue(base: unknown, mine: unknown, theirs: unknown, history: readonly unknown[], path: string): MergeResult<unknown> {
  if (sameJson(mine, theirs)) return { ok: true, value: mine }
  // What the other side holds is this side's own older value (it built on one of this side's versions): not a change of theirs.
  const theirsChanged = !sameJson(theirs, base) && !history.some((h) => sameJson(h, theirs))
  if (!theirsChanged) return { ok: true, value: mine }
  if (sameJson(mine, base)) return { ok: true, value: theirs }
  if (isObject(mine) && isObject(theirs)) {
    const merged: Record<string, unknown> = {}
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergeValue(child(base, key), child(mine, key), child(theirs, key), history.map((h) => child(h, key)), `${path}.${key}`)
      if (!value.ok) return value
      if (value.value !== undefined) merged[key] = value.value
    }
    return { ok: true, value: merged }
  }
  if (Array.isArray(mine) && Array.isArray(theirs) && Array.isArray(base) && mine.length === theirs.length && mine.length === base.length) {
    const merged: unknown[] = []
    for (let i = 0; i < mine.length; i++) {
      const value = mergeValue(base[i], mine[i], theirs[i], history.map((h) => child(h, i)), `${path}[${i}]`)
      if (!value.ok) return value
      merged.push(value.value)
    }
    return { ok: true, value: merged }
  }
  return { ok: false, conflict: path || '(case)' }
}

/**
 * Merges the other side's concurrent edits with this side's (see above); the result is a plain JSON
 * value, to be validated as any case before it is kept. `conflict` names the first field both changed.
 */
export function mergeConcurrent<T>(base: T, mine: T, theirs: T, history: readonly T[] = []): MergeResult<T> {
  return mergeValue(base, mine, theirs, history, '') as MergeResult<T>
}
