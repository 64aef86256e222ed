/**
 * What-if: a quick change applied over a case for exploring, never stored in it. Applying the empty
 * what-if returns the very same case and catalogue, so "reset" is simply not applying one.
 */
import { isRange, isUnknown } from './amount'
import { cloneJson } from './json'
import type { Amount, Case, Product } from './model'

export interface WhatIf {
  /** Users of every group (and every line's own count) as a percentage of the case's: 100 = as is. */
  usersPercent?: number
  /** Change of every licence price, in per cent: 0 = as is, 10 = ten per cent dearer. */
  priceChangePercent?: number
  /** Training hours per user on every training line; undefined = as the case has them. */
  trainingHours?: number
  /** Share of the counted savings that is realised, in per cent: 100 = as is. */
  savingsRealisedPercent?: number
}

export interface CaseWithCatalogue {
  model: Case
  catalogue: readonly Product[]
}

/** Whether a what-if changes anything. */
export function isWhatIfActive(whatIf: WhatIf): boolean {
  return (
    (whatIf.usersPercent !== undefined && whatIf.usersPercent !== 100) ||
    (whatIf.priceChangePercent !== undefined && whatIf.priceChangePercent !== 0) ||
    whatIf.trainingHours !== undefined ||
    (whatIf.savingsRealisedPercent !== undefined && whatIf.savingsRealisedPercent !== 100)
  )
}

/** An amount times a factor: each end of a range, never an unknown (it stays unknown). */
function scale<T extends Amount>(amount: T, factor: number, round: boolean): T {
  const f = (v: number) => (round ? Math.round(v * factor) : v * factor)
  if (typeof amount === 'number') return f(amount) as T
  if (isUnknown(amount)) return amount
  if (isRange(amount)) return { low: f(amount.low), likely: f(amount.likely), high: f(amount.high) } as T
  return amount
}

/**
 * The case with the what-if applied (a new object; the input is not changed). Users are rounded to
 * whole users; the price change applies to licence prices (the shipped catalogue's, the case's own
 * products and its overrides), not to other cost lines; savings apply to counted savings only.
 */
export function applyWhatIf(input: CaseWithCatalogue, whatIf: WhatIf): CaseWithCatalogue {
  if (!isWhatIfActive(whatIf)) return input
  const model = cloneJson(input.model)
  let catalogue = input.catalogue

  const users = (whatIf.usersPercent ?? 100) / 100
  if (users !== 1) {
    for (const group of model.organisation.groups) {
      group.users = scale(group.users, users, true)
      for (const year of Object.keys(group.usersByYear ?? {})) {
        const byYear = group.usersByYear as Record<string, Amount>
        byYear[year] = scale(byYear[year] as Amount, users, true)
      }
    }
    for (const scenario of model.scenarios) {
      for (const line of scenario.licences) if (line.users !== undefined) line.users = scale(line.users, users, true)
    }
  }

  const price = 1 + (whatIf.priceChangePercent ?? 0) / 100
  if (price !== 1) {
    catalogue = input.catalogue.map((p) => ({ ...p, pricing: { ...p.pricing, amount: scale(p.pricing.amount, price, false) } }))
    for (const product of model.catalogue?.products ?? []) product.pricing.amount = scale(product.pricing.amount, price, false)
    for (const override of Object.values(model.catalogue?.overrides ?? {})) override.amount = scale(override.amount, price, false)
  }

  if (whatIf.trainingHours !== undefined) {
    for (const scenario of model.scenarios) for (const line of scenario.training) line.hoursPerUser = whatIf.trainingHours
  }

  const savings = (whatIf.savingsRealisedPercent ?? 100) / 100
  if (savings !== 1) {
    for (const scenario of model.scenarios) {
      for (const line of scenario.benefits) if (line.counted) line.amount = scale(line.amount, savings, false)
    }
  }
  return { model, catalogue }
}
