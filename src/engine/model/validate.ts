/**
 * Unknown input → a typed case, or faults named by path (`scenarios[1].licences[0].users: …`).
 * Every entrance uses this: files, the command line, storage, links and the shipped preset.
 * A case is refused whole: nothing partial is returned.
 */
import type { z } from 'zod'
import { formatPath, MAX_FILE_CHARS } from './fault'
import type { Fault, ParseResult } from './fault'
import { isRange } from './amount'
import type { AnyAmount } from './amount'
import { LIMITS, plainNumber } from './limits'
import { migrate } from './migrate'
import { caseSchema } from './model'
import type { Case, Product, RateAmount } from './model'

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
  // A record key that fails its own check (a year key outside the limits): say why at the key.
  if (issue.code === 'invalid_key' && issue.issues.length > 0) {
    return issue.issues.map((inner) => ({ path, message: inner.message }))
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

/** Ids a case may name beyond its own: the shipped bibliography's sources and the capability taxonomy's features. */
export interface KnownIds {
  /** Ids of data/sources.json: a citation may name one of these or one of the case's own `sources`. */
  sources: readonly string[]
  /** Ids of data/features.json: the keys of `organisation.needs` and each licence line's `usedFor`. */
  capabilities: readonly string[]
}

/** Every citation of a case (an object with a source id and a locator), with its path. */
function citations(value: unknown, path: PropertyKey[], found: { path: PropertyKey[]; source: string }[]) {
  if (Array.isArray(value)) value.forEach((item, i) => citations(item, [...path, i], found))
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record.source === 'string' && 'locator' in record) found.push({ path: [...path, 'source'], source: record.source })
    for (const [key, item] of Object.entries(record)) citations(item, [...path, key], found)
  }
  return found
}

/** Citations to sources that exist nowhere, and needs or uses of capabilities the taxonomy does not have. */
function checkKnownIds(model: Case, known: KnownIds): Fault[] {
  const faults: Fault[] = []
  const sourceIds = new Set([...known.sources, ...(model.sources ?? []).map((s) => s.id)])
  for (const { path, source } of citations(model, [], [])) {
    if (!sourceIds.has(source)) faults.push({ path: formatPath(path), message: `no source "${source}" in data/sources.json or the case's own sources` })
  }
  const capabilities = new Set(known.capabilities)
  for (const id of Object.keys(model.organisation.needs ?? {})) {
    if (!capabilities.has(id)) faults.push({ path: formatPath(['organisation', 'needs', id]), message: `no capability "${id}" in data/features.json` })
  }
  model.scenarios.forEach((scenario, s) =>
    scenario.licences.forEach((line, l) =>
      line.usedFor?.forEach((id, k) => {
        if (!capabilities.has(id)) faults.push({ path: `scenarios[${s}].licences[${l}].usedFor[${k}]`, message: `no capability "${id}" in data/features.json` })
      }),
    ),
  )
  return faults
}

/**
 * Keys that name an object's own machinery in JavaScript, refused wherever they appear: a parser
 * would drop them or let them reach an object's prototype, and a file holding them was not written
 * by this program.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function forbiddenKeys(value: unknown, path: PropertyKey[] = [], faults: Fault[] = []): Fault[] {
  if (Array.isArray(value)) value.forEach((item, i) => forbiddenKeys(item, [...path, i], faults))
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) faults.push({ path: formatPath([...path, key]), message: `"${key}" is not allowed as a key (it names JavaScript's own object machinery)` })
      else forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], faults)
    }
  }
  return faults
}

/** The highest value an amount may take (a range's high end); an unknown adds nothing. */
const highOf = (amount: AnyAmount | undefined, otherwise = 0): number =>
  amount === undefined ? otherwise : typeof amount === 'number' ? amount : isRange(amount) ? amount.high : 0
const highRate = (rate: RateAmount | undefined) => (rate === undefined ? 0 : typeof rate === 'number' ? rate : rate.high)

/**
 * Refuses a case whose figures could pass LIMITS.maxFigure, so that every line, total and present
 * value stays exact in whole currency units. The bound is taken from the inputs alone (no engine
 * call): each line at its highest users, price, exchange rate and escalation in every year of the
 * horizon, summed over the scenario. It is above anything the engine computes, including the
 * simulation's draws (ranges at their high ends) and newcomers' training (at most twice the users a
 * year: turnover plus growth).
 */
function figureFaults(model: Case, catalogue: readonly Product[]): Fault[] {
  const products = new Map(catalogue.map((p) => [p.id, p]))
  for (const own of model.catalogue?.products ?? []) products.set(own.id, own)
  const escalation = model.settings.escalation
  const rate = Math.max(0, highRate(escalation?.general), ...Object.values(escalation?.byProduct ?? {}).map(highRate))
  // The sum of (1 + rate)^t over the horizon: every year at the highest escalation.
  const years = Array.from({ length: model.settings.years }, (_, t) => (1 + rate) ** t).reduce((a, b) => a + b, 0)
  const users = model.organisation.groups.reduce(
    (sum, g) => sum + Math.max(highOf(g.users), ...Object.values(g.usersByYear ?? {}).map((u) => highOf(u))),
    0,
  )
  const exchange = Math.max(1, ...Object.values(model.settings.exchangeRates ?? {}).map((r) => highOf(r)))
  const hourly = highOf(model.organisation.hourlyCost)
  const faults: Fault[] = []
  model.scenarios.forEach((scenario, s) => {
    const lines: [string, number][] = [
      ...scenario.licences.map((line, i): [string, number] => {
        const product = products.get(line.productId)
        const price = highOf(model.catalogue?.overrides?.[line.productId]?.amount ?? product?.pricing.amount) * exchange
        const quantity = product?.pricing.unit === 'year' ? 1 : line.users !== undefined ? highOf(line.users) : users
        return [`licences[${i}]`, quantity * price * years]
      }),
      ...scenario.costs.map((line, i): [string, number] => {
        const quantity = line.fte !== undefined ? highOf(line.fte) : line.perUserOf !== undefined ? users : 1
        return [`costs[${i}]`, highOf(line.amount) * quantity * (line.kind === 'recurring' ? years : 1)]
      }),
      ...scenario.training.map((line, i): [string, number] => [
        `training[${i}]`,
        2 * users * highOf(line.hoursPerUser) * highOf(line.hourlyCost, hourly) * years,
      ]),
      ...scenario.benefits.map((line, i): [string, number] => [`benefits[${i}]`, highOf(line.amount) * years]),
      ['exitPlan', highOf(scenario.exitPlan?.amount)],
    ]
    const bound = lines.reduce((sum, [, value]) => sum + value, 0)
    if (bound <= LIMITS.maxFigure) return
    const [largest] = lines.reduce((a, b) => (b[1] > a[1] ? b : a))
    faults.push({
      path: `scenarios[${s}]`,
      message:
        `its figures could reach ${plainNumber(Math.round(bound))} ${model.settings.currency} over the horizon (most from ${largest}); ` +
        `a case may reach at most ${plainNumber(LIMITS.maxFigure)}, so that every total is exact: lower a user count, price, amount or rate`,
      code: 'figure-too-large',
      figure: Math.round(bound),
    })
  })
  return faults
}

/**
 * Validates a parsed JSON value as a case (migrating older versions first) against the shipped
 * catalogue, and, where `known` is given (every entrance of the app and the command line gives it),
 * its citations and capabilities against the shipped sources and taxonomy.
 */
export function parseCase(input: unknown, catalogue: readonly Product[], known?: KnownIds): ParseResult<Case> {
  const forbidden = forbiddenKeys(input)
  if (forbidden.length > 0) return { ok: false, faults: forbidden }
  const migrated = migrate(input)
  if (!migrated.ok) return migrated
  const parsed = caseSchema.safeParse(migrated.value, { reportInput: true })
  if (!parsed.success) return { ok: false, faults: faultsOf(parsed.error) }
  const faults = [...checkReferences(parsed.data, catalogue), ...(known ? checkKnownIds(parsed.data, known) : [])]
  if (faults.length > 0) return { ok: false, faults }
  const figures = figureFaults(parsed.data, catalogue)
  return figures.length > 0 ? { ok: false, faults: figures } : { ok: true, value: parsed.data }
}

/** Something in a valid case that the engine does not use, said by path so the person can fix or keep it. */
export type CaseWarning =
  | { code: 'users-outside-horizon'; path: string; year: number; groupId: string; message: string }
  | { code: 'legal-change-before-start'; path: string; year: number; message: string }

/**
 * What a valid case holds but leaves unused: user counts for years outside the horizon (kept, since
 * a longer horizon uses them again), and a legal-change year before the start (no exit is counted).
 */
export function caseWarnings(model: Case): CaseWarning[] {
  const first = model.settings.startYear
  const last = first + model.settings.years - 1
  const horizon = `${first}–${last}`
  const warnings: CaseWarning[] = []
  model.organisation.groups.forEach((group, g) => {
    for (const key of Object.keys(group.usersByYear ?? {})) {
      const year = Number(key)
      if (year >= first && year <= last) continue
      warnings.push({
        code: 'users-outside-horizon',
        path: formatPath(['organisation', 'groups', g, 'usersByYear', key]),
        year,
        groupId: group.id,
        message: `${key} is outside the horizon ${horizon}: this count is not used`,
      })
    }
  })
  const legal = model.settings.legalChangeYear
  if (legal !== undefined && legal < first) {
    warnings.push({
      code: 'legal-change-before-start',
      path: 'settings.legalChangeYear',
      year: legal,
      message: `${legal} is before the horizon ${horizon}: no exit cost is counted for it (set a year within the horizon)`,
    })
  }
  return warnings
}

/** A message with control characters written as \\u escapes, so that a terminal shows them rather than acting on them. */
const visible = (text: string) => text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** Reads the text of a model file: size, JSON syntax, then parseCase. */
export function parseCaseText(text: string, catalogue: readonly Product[], known?: KnownIds): ParseResult<Case> {
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
    return { ok: false, faults: [{ path: '', message: `not valid JSON: ${visible(error instanceof Error ? error.message : String(error))}` }] }
  }
  return parseCase(json, catalogue, known)
}
