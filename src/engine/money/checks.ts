/**
 * Forgotten-cost checks: lines that business cases commonly leave out and that later cost millions
 * (Göteborg's 2016 M365 case undercounted by more than SEK 74 M: licences for current IT users
 * instead of all staff, a security licence left out, internal staff time not shown), and the licence
 * mix's slips (licensing.ts): a group licensed twice for the same function, or by nothing. Each check
 * is either met by the scenario, answered by a line that `covers` it, marked deliberately zero with a
 * reason, or flagged.
 */
import { doubleLicences, licenceCovers, unlicensedGroups, unlicensedYear } from './licensing'
import type { DoubleLicence, YearCovers } from './licensing'
import { claimOf } from '../assessment/coverage'
import type { CostContext, LineResult } from './costs'
import { effectiveHosting } from '../assessment/exposure'
import type { CheckId, LocalText, Product, Scenario } from '../model/model'

export type CheckStatus = 'met' | 'answered' | 'zero' | 'flagged'

export interface CheckResult {
  id: CheckId
  status: CheckStatus
  /** The user's reason when the check is marked deliberately zero. */
  reason?: string
  /** For `licences-cover-all`: the year and the users without a licence. */
  detail?: { year: number; unlicensed: number }
  /** For `double-licence`: each group licensed twice for the same function, with the two lines. */
  doubles?: DoubleLicence[]
  /** For `unlicensed-group`: the ids of the groups that no licence line names. */
  groups?: string[]
  /** For `end-of-support`: each product part run past its end of support, with the successor offered. */
  endOfSupport?: EndOfSupportFinding[]
}

/** A product part a path runs past the day its support ends (the product's `endOfSupport`). */
export interface EndOfSupportFinding {
  productId: string
  line: number
  /** The last year the line runs. */
  lastYear: number
  entry: NonNullable<Product['endOfSupport']>[number]
}

/** Every check, in the order shown: licence coverage first, then the forgotten costs. */
export const CHECK_IDS: readonly CheckId[] = [
  'licences-cover-all',
  'double-licence',
  'unlicensed-group',
  'internal-staff-time',
  'dual-running',
  'exit-cost',
  'security-management',
  'cloud-device-management',
  'end-of-support',
]

/** The checks a cost line can answer (`covers`): a missing cost, not a slip in the licence mix. */
export const COST_CHECK_IDS: readonly CheckId[] = CHECK_IDS.filter((id) => id !== 'double-licence' && id !== 'unlicensed-group')

type Finding = true | false | Pick<CheckResult, 'detail' | 'doubles' | 'groups' | 'endOfSupport'>

function isMet(id: CheckId, ctx: CostContext, scenario: Scenario, lines: readonly LineResult[], covers: () => readonly YearCovers[]): Finding {
  switch (id) {
    case 'licences-cover-all': {
      const detail = unlicensedYear(ctx, covers())
      return detail ? { detail } : true
    }
    case 'double-licence': {
      const doubles = doubleLicences(ctx, covers())
      return doubles.length > 0 ? { doubles } : true
    }
    case 'unlicensed-group': {
      const groups = unlicensedGroups(ctx, covers())
      return groups.length > 0 ? { groups } : true
    }
    case 'internal-staff-time':
      return scenario.costs.some((c) => c.fte !== undefined)
    case 'dual-running': {
      // Only a switch needs dual running: a scenario with implementation or training. It is met
      // when some licence ends in a year in which another begins.
      const isSwitch = scenario.costs.some((c) => c.category === 'implementation') || scenario.training.length > 0
      if (!isSwitch) return true
      return scenario.licences.some((a) => a.to !== undefined && scenario.licences.some((b) => b !== a && b.from === a.to))
    }
    case 'exit-cost':
      return scenario.exitPlan !== undefined || scenario.costs.some((c) => c.category === 'exit')
    case 'security-management':
      // Cloud services need security and device management that the base licence may not include.
      return !lines.some((l) => l.kind === 'licence' && l.isThirdCountryExposed)
    case 'cloud-device-management':
      return !needsCloudDeviceManagement(ctx, scenario, lines)
    case 'end-of-support': {
      const found = pastEndOfSupport(ctx, scenario, lines)
      return found.length > 0 ? { endOfSupport: found } : true
    }
  }
}

/**
 * Göteborg (2023): vendors move on-prem functions to the cloud; device management from the cloud
 * (Intune) was needed for a Windows upgrade, or the clients would have stopped working. So a scenario
 * that runs a product on its own servers may need device management from the cloud anyway, unless
 * one of its licences already brings it from a cloud (its product has `device-management` there).
 */
function needsCloudDeviceManagement(ctx: CostContext, scenario: Scenario, lines: readonly LineResult[]): boolean {
  let isOnPrem = false
  let hasCloudManagement = false
  scenario.licences.forEach((line, i) => {
    const product = ctx.products.get(line.productId)
    if (!product || !lines.find((l) => l.key === `licence:${i}`)?.active.some(Boolean)) return
    const hosting = effectiveHosting(product, line)
    if (hosting === 'own-servers') isOnPrem = true
    else if (hosting !== undefined && (line.usedFor?.includes('device-management') ?? true) && claimOf(product, hosting, 'device-management').level === 'full') {
      hasCloudManagement = true
    }
  })
  return isOnPrem && !hasCloudManagement
}

/**
 * The product parts a scenario runs past their end of support: a licence line run the way an
 * `endOfSupport` entry names, paid on some day after that entry's date. A line answering the check
 * (`covers: 'end-of-support'`, the successor) clears it.
 */
function pastEndOfSupport(ctx: CostContext, scenario: Scenario, lines: readonly LineResult[]): EndOfSupportFinding[] {
  const found: EndOfSupportFinding[] = []
  scenario.licences.forEach((line, i) => {
    const product = ctx.products.get(line.productId)
    const active = lines.find((l) => l.key === `licence:${i}`)?.active ?? []
    if (!product?.endOfSupport || !active.some(Boolean)) return
    const lastYear = ctx.years.filter((_, t) => active[t]).at(-1) ?? ctx.years[0] ?? 0
    const hosting = effectiveHosting(product, line)
    for (const entry of product.endOfSupport) {
      const endYear = Number(entry.date.slice(0, 4))
      const runsPast = lastYear > endYear || (lastYear === endYear && entry.date.length === 10 && entry.date < `${endYear}-12-31`)
      if (entry.hosting === hosting && runsPast) found.push({ productId: product.id, line: i, lastYear, entry })
    }
  })
  return found
}

export function forgottenCostChecks(ctx: CostContext, scenario: Scenario, lines: readonly LineResult[]): CheckResult[] {
  let covers: readonly YearCovers[] | undefined
  const coversOnce = () => (covers ??= licenceCovers(ctx, scenario, lines))
  return CHECK_IDS.map((id): CheckResult => {
    if (scenario.costs.some((c) => c.covers === id)) return { id, status: 'answered' }
    const zero = scenario.checks?.[id]
    if (zero) return { id, status: 'zero', reason: zero.reason }
    const met = isMet(id, ctx, scenario, lines, coversOnce)
    if (met === true) return { id, status: 'met' }
    return met === false ? { id, status: 'flagged' } : { id, status: 'flagged', ...met }
  })
}

/** A licence check that stands unanswered, as a warning of the scenario's result. */
export type LicenceWarning =
  | { code: 'double-licence'; message: string; group: string; groupName: LocalText; lines: [number, number]; products: [string, string]; productNames: [LocalText, LocalText]; year: number }
  | { code: 'unlicensed-group'; message: string; group: string; groupName: LocalText }

const textOf = (text: LocalText) => (typeof text === 'string' ? text : text.sv)

/**
 * The flagged licence checks as warnings, one per group (and pair of lines), so that they count in
 * the scenario's warnings wherever those are shown. A check marked deliberately zero is not a warning.
 */
export function licenceWarnings(ctx: CostContext, scenario: Scenario, checks: readonly CheckResult[]): LicenceWarning[] {
  const groupName = (id: string) => ctx.model.organisation.groups.find((g) => g.id === id)?.name ?? id
  const productName = (id: string) => ctx.products.get(id)?.name ?? id
  const warnings: LicenceWarning[] = []
  for (const check of checks) {
    if (check.status !== 'flagged') continue
    for (const d of check.doubles ?? []) {
      const products: [string, string] = [scenario.licences[d.lines[0]]?.productId ?? '', scenario.licences[d.lines[1]]?.productId ?? '']
      warnings.push({
        code: 'double-licence',
        message: `"${textOf(groupName(d.groupId))}" is licensed twice for the same function from ${d.year}: ${products[0]} and ${products[1]}.`,
        group: d.groupId,
        groupName: groupName(d.groupId),
        lines: d.lines,
        products,
        productNames: [productName(products[0]), productName(products[1])],
        year: d.year,
      })
    }
    for (const id of check.groups ?? []) {
      warnings.push({ code: 'unlicensed-group', message: `"${textOf(groupName(id))}" is licensed by no product.`, group: id, groupName: groupName(id) })
    }
  }
  return warnings
}
