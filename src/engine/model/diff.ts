/**
 * What changed in the inputs from one case to another (a case and an earlier copy of it, or two
 * cases): every value added, removed or changed, with where it is. Pure and generic over the model, so
 * a field added to the model later is compared too.
 *
 * Where: a path of keys from the case's root. Lists of things with an id (groups, scenarios, own
 * products, risks) are matched by id, and the path holds the id; other lists (a scenario's lines)
 * are matched by position, and the path holds the index. A value that is read as one thing is
 * compared whole: an amount (a number, a range, or unknown with its reason), a text in two
 * languages, a list of ids or texts.
 */
import type { Case } from './model'

export type PathKey = string | number

export interface InputChange {
  path: PathKey[]
  kind: 'added' | 'removed' | 'changed'
  /** The value in the first case (absent when added). */
  before?: unknown
  /** The value in the second case (absent when removed). */
  after?: unknown
}

type Plain = Record<string, unknown>
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Objects read as one value: amounts (range or unknown), texts in two languages, citations. */
function isWhole(v: Plain): boolean {
  const keys = Object.keys(v)
  const within = (allowed: string[]) => keys.length > 0 && keys.every((k) => allowed.includes(k))
  return within(['low', 'likely', 'high']) || within(['value', 'reason']) || within(['sv', 'en']) || within(['source', 'locator', 'quote'])
}

function isEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => isEqual(x, b[i]))
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].every((k) => isEqual(a[k], b[k]))
  }
  return false
}

const hasId = (v: unknown): v is Plain & { id: string } => isPlain(v) && typeof v.id === 'string'

function walk(a: unknown, b: unknown, path: PathKey[], out: InputChange[]) {
  if (isEqual(a, b)) return
  if (a === undefined) {
    out.push({ path, kind: 'added', after: b })
    return
  }
  if (b === undefined) {
    out.push({ path, kind: 'removed', before: a })
    return
  }
  if (isPlain(a) && isPlain(b) && !isWhole(a) && !isWhole(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    for (const key of keys) walk(a[key], b[key], [...path, key], out)
    return
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length + b.length > 0 && a.every(hasId) && b.every(hasId)) {
      const byId = (list: (Plain & { id: string })[]) => new Map(list.map((x) => [x.id, x]))
      const before = byId(a)
      const after = byId(b)
      const ids = [...new Set([...before.keys(), ...after.keys()])]
      for (const id of ids) walk(before.get(id), after.get(id), [...path, id], out)
      return
    }
    if (a.some(isPlain) || b.some(isPlain)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, i], out)
      return
    }
  }
  out.push({ path, kind: 'changed', before: a, after: b })
}

/** Every input that differs between `before` and `after`, in the order of the model. */
export function caseChanges(before: Case, after: Case): InputChange[] {
  const out: InputChange[] = []
  const { $schema: _a, ...a } = before
  const { $schema: _b, ...b } = after
  walk(a, b, [], out)
  return out
}
