/**
 * Licence coverage of one scenario, group by group and year by year: which share of each group's
 * users a licence line covers, whether a group is licensed twice for the same function, and whether a
 * group is licensed by nothing at all. The rule for "the same function" is written down in
 * docs/decisions/0012-licence-functions-and-coverage.md:
 *
 *   - a product that `includes` other products (Microsoft 365 E3, F3, A3 bundle Office and Teams) is a
 *     **suite**; any other product is a **tool**;
 *   - two lines of the same product have the same function;
 *   - two suites have the same function (a group on E3 and F3 pays twice for the bundle);
 *   - a suite and a tool never do (the documents keep Microsoft's products beside a collaboration
 *     platform, so E3 beside Nextcloud is a choice, not a slip);
 *   - two tools have the same function when every feature one claims in full, as run in its line,
 *     the other also claims in full (Rocket.Chat beside Webex adds nothing); a tool that claims no
 *     feature in full is never a duplicate of another product.
 *
 * A group is licensed twice only where the two lines' shares of it add up to more than all of it in
 * one year (a 50/50 split between E3 and F3 is a split, not a double), and not in a switch year where
 * one line ends and the other begins (dual running is deliberate).
 */
import { likelyValue } from '../model/amount'
import { productClaims } from '../assessment/coverage'
import { groupUsers, phaseShare, wholeSeats } from './costs'
import type { CostContext, LineResult } from './costs'
import type { LicenceLine, Product, Scenario } from '../model/model'

export type ProductFunction = 'suite' | 'tool'

/** Whether a product is a suite (it includes other products) or a tool. */
export function productFunction(product: Product): ProductFunction {
  return (product.includes?.length ?? 0) > 0 ? 'suite' : 'tool'
}

const fullCache = new WeakMap<Product, Map<string, ReadonlySet<string>>>()

/** The features a product claims in full, as run in `line` (kept per product and hosting). */
function fullFeatures(product: Product, line: LicenceLine): ReadonlySet<string> {
  const hosting = line.hosting ?? product.hosting?.[0]
  const byHosting = fullCache.get(product) ?? new Map<string, ReadonlySet<string>>()
  fullCache.set(product, byHosting)
  const key = hosting ?? ''
  let found = byHosting.get(key)
  if (!found) {
    found = new Set(
      Object.entries(productClaims(product, hosting))
        .filter(([, claim]) => claim.level === 'full')
        .map(([id]) => id),
    )
    byHosting.set(key, found)
  }
  return found
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x))

/** Whether two licence lines serve the same function (see the module comment). */
export function isSameFunction(
  a: { product: Product; line: LicenceLine },
  b: { product: Product; line: LicenceLine },
): boolean {
  if (a.product.id === b.product.id) return true
  const fa = productFunction(a.product)
  const fb = productFunction(b.product)
  if (fa !== fb) return false
  if (fa === 'suite') return true
  const featuresA = fullFeatures(a.product, a.line)
  const featuresB = fullFeatures(b.product, b.line)
  if (featuresA.size === 0 || featuresB.size === 0) return false
  return isSubset(featuresA, featuresB) || isSubset(featuresB, featuresA)
}

/** A licence line's hold on one group in one year: the share of the group's users it licenses. */
export interface Cover {
  index: number
  line: LicenceLine
  product: Product | undefined
  /** share × phase-in share of the year, 0–1. */
  share: number
}

/** One year of a scenario's licence lines, by the group they name. */
export interface YearCovers {
  byGroup: Map<string, Cover[]>
  /** Lines for a number of users rather than groups. */
  counted: Cover[]
}

/**
 * For every year of the horizon, the licence lines paid, by the group they name (lines for a number
 * of users apart). Computed once per scenario and shared by the three checks below.
 */
export function licenceCovers(ctx: CostContext, scenario: Scenario, lines: readonly LineResult[]): YearCovers[] {
  const active = scenario.licences.map((_, index) => lines.find((l) => l.key === `licence:${index}`)?.active)
  const products = scenario.licences.map((line) => ctx.products.get(line.productId))
  return ctx.years.map((year, t): YearCovers => {
    const byGroup = new Map<string, Cover[]>()
    const counted: Cover[] = []
    scenario.licences.forEach((line, index) => {
      if (!active[index]?.[t]) return
      const share = (line.share ?? 1) * phaseShare(line.shareByYear, year)
      if (share <= 0) return
      const cover: Cover = { index, line, product: products[index], share }
      if (line.users !== undefined) counted.push(cover)
      for (const groupId of line.groups ?? []) {
        const list = byGroup.get(groupId)
        if (list) list.push(cover)
        else byGroup.set(groupId, [cover])
      }
    })
    return { byGroup, counted }
  })
}

/** Lines of one function class pool their shares: suites together, every other product on its own. */
function classOf(cover: Cover): string {
  return cover.product && productFunction(cover.product) === 'suite' ? 'suite' : `product:${cover.line.productId}`
}

/**
 * The first year in which the scenario licenses fewer users than the organisation has, with how many
 * are left out; undefined when every year is covered. Per group and year, the licensed users are the
 * best-covered function class's whole seats (shares and phase-in honoured), at most the group's
 * users. A line for a number of users cannot be placed in a group, so it adds its seats to its
 * class's seats across the organisation. A year in which the scenario licenses nobody, or a count is
 * unknown, is not judged.
 */
export function unlicensedYear(ctx: CostContext, covers: readonly YearCovers[]): { year: number; unlicensed: number } | undefined {
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value)
  years: for (const [t, year] of ctx.years.entries()) {
    const { byGroup, counted } = covers[t] ?? { byGroup: new Map<string, Cover[]>(), counted: [] }
    if (byGroup.size === 0 && counted.length === 0) continue
    let all = 0
    let bestPerGroup = 0
    /** Seats of each function class over the organisation: its groups' (at most their users) and its counted lines'. */
    const classSeats = new Map<string, number>()
    for (const group of ctx.model.organisation.groups) {
      const users = groupUsers(group, year)
      if (users === null) continue years
      all += users
      const byClass = new Map<string, number>()
      for (const cover of byGroup.get(group.id) ?? []) add(byClass, classOf(cover), wholeSeats(users * cover.share))
      for (const [key, value] of byClass) add(classSeats, key, Math.min(users, value))
      bestPerGroup += Math.min(users, Math.max(0, ...byClass.values()))
    }
    for (const cover of counted) {
      const users = cover.line.users === undefined ? 0 : likelyValue(cover.line.users)
      if (users === null) continue years
      add(classSeats, classOf(cover), wholeSeats(users * cover.share))
    }
    const licensed = Math.min(all, Math.max(bestPerGroup, ...classSeats.values()))
    if (licensed < all) return { year, unlicensed: all - licensed }
  }
  return undefined
}

/** A group licensed twice for the same function: the two lines (indexes into `licences`) and the first year. */
export interface DoubleLicence {
  groupId: string
  lines: [number, number]
  year: number
}

/** Where one line ends in the year the other begins: dual running during a switch, not a double licence. */
function isSwitchYear(a: LicenceLine, b: LicenceLine, year: number): boolean {
  return (a.to === year && b.from === year) || (b.to === year && a.from === year)
}

/** Every group licensed twice for the same function in some year, once per group and pair of lines. */
export function doubleLicences(ctx: CostContext, covers: readonly YearCovers[]): DoubleLicence[] {
  const found = new Map<string, DoubleLicence>()
  /** Whether two lines serve the same function does not change with the year or the group. */
  const sameFunction = new Map<string, boolean>()
  const isSame = (a: Cover, b: Cover) => {
    const key = `${a.index}:${b.index}`
    let same = sameFunction.get(key)
    if (same === undefined) {
      same = a.product !== undefined && b.product !== undefined && isSameFunction({ product: a.product, line: a.line }, { product: b.product, line: b.line })
      sameFunction.set(key, same)
    }
    return same
  }
  for (const [t, year] of ctx.years.entries()) {
    const byGroup = covers[t]?.byGroup ?? new Map<string, Cover[]>()
    for (const group of ctx.model.organisation.groups) {
      const covers = byGroup.get(group.id) ?? []
      for (let i = 0; i < covers.length; i++) {
        for (let j = i + 1; j < covers.length; j++) {
          const a = covers[i]
          const b = covers[j]
          if (!a || !b || a.share + b.share <= 1 + 1e-9 || isSwitchYear(a.line, b.line, year) || !isSame(a, b)) continue
          const key = `${group.id}:${a.index}:${b.index}`
          if (!found.has(key)) found.set(key, { groupId: group.id, lines: [a.index, b.index], year })
        }
      }
    }
  }
  return [...found.values()]
}

/**
 * Groups with users that no licence line of the scenario names in any year. Not judged when the
 * scenario has a line for a number of users (it may be meant for any group); a group with no users
 * in any year needs no licence.
 */
export function unlicensedGroups(ctx: CostContext, covers: readonly YearCovers[]): string[] {
  const named = new Set<string>()
  for (const { byGroup, counted } of covers) {
    if (counted.length > 0) return []
    for (const id of byGroup.keys()) named.add(id)
  }
  return ctx.model.organisation.groups
    .filter((g) => !named.has(g.id) && ctx.years.some((year) => groupUsers(g, year) !== 0))
    .map((g) => g.id)
}
