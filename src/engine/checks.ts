/**
 * Forgotten-cost checks: lines that business cases commonly leave out and that later cost millions
 * (Göteborg's 2016 M365 case undercounted by more than SEK 74 M: licences for current IT users
 * instead of all staff, a security licence left out, internal staff time not shown). Each check is
 * either met by the scenario, answered by a line that `covers` it, marked deliberately zero with a
 * reason, or flagged.
 */
import { claimOf } from './coverage'
import { usersOf } from './costs'
import type { CostContext, LineResult } from './costs'
import { effectiveHosting } from './exposure'
import type { CheckId, Scenario } from './model'

export type CheckStatus = 'met' | 'answered' | 'zero' | 'flagged'

export interface CheckResult {
  id: CheckId
  status: CheckStatus
  /** The user's reason when the check is marked deliberately zero. */
  reason?: string
  /** For `licences-cover-all`: the year and the users without a licence. */
  detail?: { year: number; unlicensed: number }
}

export const CHECK_IDS: readonly CheckId[] = [
  'licences-cover-all',
  'internal-staff-time',
  'dual-running',
  'exit-cost',
  'security-management',
  'cloud-device-management',
]

/** The first year in which per-user licences cover fewer users than the organisation has, if any. */
function unlicensedYear(ctx: CostContext, scenario: Scenario, lines: readonly LineResult[]) {
  const perUser = lines.filter((l) => l.kind === 'licence' && l.pricingUnit === 'user-year')
  if (perUser.length === 0) return undefined
  for (const [t, year] of ctx.years.entries()) {
    const all = usersOf(ctx.model, undefined, year)
    if (all === null) continue
    const covered = new Set<string>()
    let explicit = 0
    scenario.licences.forEach((line, i) => {
      const result = lines.find((l) => l.key === `licence:${i}`)
      if (!result || result.pricingUnit !== 'user-year' || !result.active[t]) return
      if (line.users !== undefined) explicit = Math.max(explicit, result.licenceYears?.[t]?.users ?? 0)
      else if ((line.share ?? 1) >= 1) for (const g of line.groups ?? []) covered.add(g)
    })
    const licensed = Math.max(usersOf(ctx.model, [...covered], year) ?? 0, explicit)
    if (covered.size === 0 && explicit === 0) continue // the scenario licenses nobody this year
    if (covered.size === ctx.model.organisation.groups.length) continue
    if (licensed < all) return { year, unlicensed: all - licensed }
  }
  return undefined
}

function isMet(id: CheckId, ctx: CostContext, scenario: Scenario, lines: readonly LineResult[]): boolean | { year: number; unlicensed: number } {
  switch (id) {
    case 'licences-cover-all':
      return unlicensedYear(ctx, scenario, lines) ?? true
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

export function forgottenCostChecks(ctx: CostContext, scenario: Scenario, lines: readonly LineResult[]): CheckResult[] {
  return CHECK_IDS.map((id): CheckResult => {
    if (scenario.costs.some((c) => c.covers === id)) return { id, status: 'answered' }
    const zero = scenario.checks?.[id]
    if (zero) return { id, status: 'zero', reason: zero.reason }
    const met = isMet(id, ctx, scenario, lines)
    if (met === true) return { id, status: 'met' }
    return met === false ? { id, status: 'flagged' } : { id, status: 'flagged', detail: met }
  })
}
