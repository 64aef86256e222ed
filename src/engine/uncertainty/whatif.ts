/**
 * What-if: a quick change applied over a case for exploring, never stored in it. Applying the empty
 * what-if returns the very same case and catalogue, so "reset" is simply not applying one.
 */
import { isRange, isUnknown } from '../model/amount'
import type { AnyAmount } from '../model/amount'
import type { InputKind } from './inputs'
import type { Case, Product } from '../model/model'

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
function scale(amount: AnyAmount, factor: number, round: boolean): AnyAmount {
  const f = (v: number) => (round ? Math.round(v * factor) : v * factor)
  if (typeof amount === 'number') return f(amount)
  if (isUnknown(amount)) return amount
  if (isRange(amount)) return { low: f(amount.low), likely: f(amount.likely), high: f(amount.high) }
  return amount
}

/** How a what-if changes a value of some kind of input. */
export type WhatIfMove = (value: AnyAmount) => AnyAmount

/**
 * How a what-if moves the inputs of one kind (inputs.ts), or undefined when it leaves them as they are.
 * The one place of the what-if's rules: `applyWhatIf` writes them into a copy of the case, and the
 * live bands (whatifSimulation.ts) apply them to a compiled plan's inputs, so both give the same case.
 */
export function whatIfMove(whatIf: WhatIf, kind: InputKind): WhatIfMove | undefined {
  const by = (factor: number, round: boolean): WhatIfMove | undefined =>
    factor === 1 ? undefined : (value) => scale(value, factor, round)
  switch (kind) {
    // Whole users: each end of a range rounded.
    case 'group-users':
    case 'licence-users':
      return by((whatIf.usersPercent ?? 100) / 100, true)
    // Licence prices only: the shipped catalogue's, the case's own products and its overrides.
    case 'price':
      return by(1 + (whatIf.priceChangePercent ?? 0) / 100, false)
    // The hours replace the line's own, whatever they were (a range, or unknown).
    case 'training-hours': {
      const hours = whatIf.trainingHours
      return hours === undefined ? undefined : () => hours
    }
    // Counted savings only (inputSlots lists no other).
    case 'benefit-amount':
      return by((whatIf.savingsRealisedPercent ?? 100) / 100, false)
    default:
      return undefined
  }
}

/**
 * The case with the what-if applied: a new case that shares with the input every part the what-if
 * does not move (so applying one costs little, and the input is not changed; treat the result as
 * read-only, as every reader of a case does). Users are rounded to whole users; the price change
 * applies to licence prices (the shipped catalogue's, the case's own products and its overrides), not
 * to other cost lines; savings apply to counted savings only.
 */
export function applyWhatIf(input: CaseWithCatalogue, whatIf: WhatIf): CaseWithCatalogue {
  if (!isWhatIfActive(whatIf)) return input
  const users = whatIfMove(whatIf, 'group-users')
  const lineUsers = whatIfMove(whatIf, 'licence-users')
  const price = whatIfMove(whatIf, 'price')
  const hours = whatIfMove(whatIf, 'training-hours')
  const savings = whatIfMove(whatIf, 'benefit-amount')
  const { organisation, catalogue: own, scenarios } = input.model
  const model: Case = { ...input.model }

  if (users) {
    model.organisation = {
      ...organisation,
      groups: organisation.groups.map((group) => ({
        ...group,
        users: users(group.users),
        ...(group.usersByYear ? { usersByYear: Object.fromEntries(Object.entries(group.usersByYear).map(([year, count]) => [year, users(count)])) } : {}),
      })),
    }
  }
  if (price && own) {
    model.catalogue = {
      ...own,
      ...(own.products ? { products: own.products.map((p) => ({ ...p, pricing: { ...p.pricing, amount: price(p.pricing.amount) } })) } : {}),
      ...(own.overrides
        ? { overrides: Object.fromEntries(Object.entries(own.overrides).map(([id, override]) => [id, { ...override, amount: price(override.amount) }])) }
        : {}),
    }
  }
  if (lineUsers || hours || savings) {
    model.scenarios = scenarios.map((scenario) => ({
      ...scenario,
      licences: lineUsers ? scenario.licences.map((line) => (line.users === undefined ? line : { ...line, users: lineUsers(line.users) })) : scenario.licences,
      training: hours ? scenario.training.map((line) => ({ ...line, hoursPerUser: hours(line.hoursPerUser) })) : scenario.training,
      benefits: savings ? scenario.benefits.map((line) => (line.counted ? { ...line, amount: savings(line.amount) } : line)) : scenario.benefits,
    }))
  }
  const catalogue = price ? input.catalogue.map((p) => ({ ...p, pricing: { ...p.pricing, amount: price(p.pricing.amount) } })) : input.catalogue
  return { model, catalogue }
}
