/**
 * Unknown input → a typed case, or faults named by path (`scenarios[1].licences[0].users: …`).
 * Every entrance uses this: files, the command line, storage, links and the shipped preset.
 * A case is refused whole: nothing partial is returned.
 */
import type { z } from 'zod'
import { formatPath, MAX_FILE_CHARS } from './fault'
import type { Fault, ParseResult } from './fault'
import { migrate } from './migrate'
import { caseSchema } from './model'
import type { Case, Product } from './model'

// Fault lives apart so that migrate.ts can name it without importing this file (which imports migrate.ts),
// with the file limit and path format, so that the app can use them without loading the validator.
export type { Fault, ParseResult } from './fault'
export { formatPath, MAX_FILE_CHARS } from './fault'


type Issue = z.core.$ZodIssue

/**
 * A union's failure lists why each form failed; the user wants the reason of the form they meant.
 * Prefer the form whose failure is not a type mismatch at the value itself (the user wrote a number,
 * so "must be ≥ 0" is the useful message, not "must be null").
 */
/** Plain words for a wrong type, where a schema gives no message of its own. */
const EXPECTED: Record<string, string> = {
  object: 'must be an object { … }',
  array: 'must be a list [ … ]',
  string: 'must be a text',
  number: 'must be a number',
  boolean: 'must be true or false',
}

function flattenIssue(issue: Issue, basePath: PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  const path = [...basePath, ...issue.path]
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return [{ path, message: 'is required' }]
    if (issue.message.startsWith('Invalid input')) return [{ path, message: EXPECTED[issue.expected] ?? issue.message }]
  }
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], message: 'is not a field of the model file (a typing slip?)' }))
  }
  if (issue.code === 'invalid_union' && issue.input === undefined) return [{ path, message: 'is required' }]
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branches = issue.errors.filter((branch) => branch.length > 0)
    const relevant = branches.find((branch) => branch.every((i) => !(i.code === 'invalid_type' && i.path.length === 0)))
    if (relevant) return relevant.flatMap((i) => flattenIssue(i, path))
    return [{ path, message: describeUnion(branches) }]
  }
  return [{ path, message: issue.message }]
}

function describeUnion(branches: Issue[][]): string {
  const expected = branches.flatMap((b) => b.map((i) => i.message))
  if (expected.some((m) => m.includes('null for an unknown'))) {
    return 'must be a number, a range { low, likely, high } or unknown { value: null, reason }'
  }
  if (expected.some((m) => m.includes('must be a text'))) return 'must be a text, or { sv, en } texts'
  return expected[0] ?? 'is not valid'
}

export function faultsOf(error: z.ZodError): Fault[] {
  const faults = error.issues.flatMap((issue) => flattenIssue(issue))
  const seen = new Set<string>()
  return faults
    .map((f) => ({ path: formatPath(f.path), message: f.message }))
    .filter((f) => {
      const key = `${f.path}|${f.message}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

function checkReferences(model: Case, catalogue: readonly Product[]): Fault[] {
  const faults: Fault[] = []
  const shippedIds = new Set(catalogue.map((p) => p.id))
  const ownIds = new Set<string>()
  model.catalogue?.products?.forEach((product, i) => {
    if (shippedIds.has(product.id)) {
      faults.push({
        path: `catalogue.products[${i}].id`,
        message: `"${product.id}" is a shipped product; change its price under catalogue.overrides instead`,
      })
    }
    if (ownIds.has(product.id)) faults.push({ path: `catalogue.products[${i}].id`, message: `"${product.id}" is used twice` })
    ownIds.add(product.id)
  })
  const productIds = new Set([...shippedIds, ...ownIds])
  for (const id of Object.keys(model.catalogue?.overrides ?? {})) {
    if (!productIds.has(id)) faults.push({ path: formatPath(['catalogue', 'overrides', id]), message: `no product "${id}" in the catalogue` })
  }
  const groupIds = new Set<string>()
  model.organisation.groups.forEach((group, i) => {
    if (groupIds.has(group.id)) faults.push({ path: `organisation.groups[${i}].id`, message: `"${group.id}" is used twice` })
    groupIds.add(group.id)
  })
  const checkGroups = (groups: readonly string[] | undefined, path: string) =>
    groups?.forEach((g, k) => {
      if (!groupIds.has(g)) faults.push({ path: `${path}.groups[${k}]`, message: `no user group "${g}" in organisation.groups` })
    })
  const scenarioIds = new Set<string>()
  model.scenarios.forEach((scenario, s) => {
    const at = `scenarios[${s}]`
    if (scenarioIds.has(scenario.id)) faults.push({ path: `${at}.id`, message: `"${scenario.id}" is used twice` })
    scenarioIds.add(scenario.id)
    scenario.licences.forEach((line, l) => {
      if (!productIds.has(line.productId)) {
        faults.push({ path: `${at}.licences[${l}].productId`, message: `no product "${line.productId}" in the catalogue` })
      }
      checkGroups(line.groups, `${at}.licences[${l}]`)
    })
    scenario.training.forEach((line, l) => checkGroups(line.groups, `${at}.training[${l}]`))
    scenario.costs.forEach((line, l) => {
      line.perUserOf?.forEach((g, k) => {
        if (!groupIds.has(g)) faults.push({ path: `${at}.costs[${l}].perUserOf[${k}]`, message: `no user group "${g}" in organisation.groups` })
      })
    })
  })
  for (const id of Object.keys(model.settings.escalation?.byProduct ?? {})) {
    if (!productIds.has(id)) faults.push({ path: `settings.escalation.byProduct.${id}`, message: `no product "${id}" in the catalogue` })
  }
  const { baseline, shown } = model.compare ?? {}
  if (baseline !== undefined && !scenarioIds.has(baseline)) {
    faults.push({ path: 'compare.baseline', message: `no scenario "${baseline}"` })
  }
  shown?.forEach((id, k) => {
    if (!scenarioIds.has(id)) faults.push({ path: `compare.shown[${k}]`, message: `no scenario "${id}"` })
  })
  return faults
}

/** Validates a parsed JSON value as a case (migrating older versions first) against the shipped catalogue. */
export function parseCase(input: unknown, catalogue: readonly Product[]): ParseResult<Case> {
  const migrated = migrate(input)
  if (!migrated.ok) return migrated
  const parsed = caseSchema.safeParse(migrated.value, { reportInput: true })
  if (!parsed.success) return { ok: false, faults: faultsOf(parsed.error) }
  const faults = checkReferences(parsed.data, catalogue)
  return faults.length > 0 ? { ok: false, faults } : { ok: true, value: parsed.data }
}

/** Reads the text of a model file: size, JSON syntax, then parseCase. */
export function parseCaseText(text: string, catalogue: readonly Product[]): ParseResult<Case> {
  if (text.length > MAX_FILE_CHARS) {
    return {
      ok: false,
      faults: [{ path: '', message: `the file is ${(text.length / 1e6).toFixed(1)} MB; a model file may be at most ${MAX_FILE_CHARS / 1e6} MB` }],
    }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, faults: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] }
  }
  return parseCase(json, catalogue)
}
