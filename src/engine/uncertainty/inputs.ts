/**
 * The inputs of a case that may be written as a range: every amount, count, hours, rate and exchange
 * rate, each with a stable reference. The simulation draws the ranged ones, the tornado moves each
 * one, and the interface edits them through the same references.
 *
 * An input is a *slot*: the object that holds the value and the name of its field, so an edit is a
 * plain write into the case, and the compiled plan (plan.ts) finds each input by its holder and field.
 */
import { isRange } from '../model/amount'
import type { AnyAmount } from '../model/amount'
import type { Case, Citation, Currency, LocalText, Product, Range, RateAmount, Unknown } from '../model/model'

/** Where an input sits in a case. Scenario lines are named by scenario id and index in their list. */
export type InputRef =
  | { kind: 'group-users'; groupId: string; year?: number }
  | { kind: 'hourly-cost' }
  /** The price the case uses: its own override, its own product, or the shipped catalogue's. */
  | { kind: 'price'; productId: string }
  | { kind: 'escalation-general' }
  | { kind: 'escalation-product'; productId: string }
  | { kind: 'exchange-rate'; currency: Currency }
  | { kind: 'licence-users'; scenarioId: string; index: number }
  | { kind: 'cost-amount'; scenarioId: string; index: number }
  | { kind: 'cost-fte'; scenarioId: string; index: number }
  | { kind: 'training-hours'; scenarioId: string; index: number }
  | { kind: 'training-hourly-cost'; scenarioId: string; index: number }
  | { kind: 'benefit-amount'; scenarioId: string; index: number }
  | { kind: 'exit-plan'; scenarioId: string }

export type InputKind = InputRef['kind']

/** A value an input may hold: a number, a range low/likely/high, or unknown (never drawn, never moved). */
export type InputValue = number | Range | Unknown

export interface InputSlot {
  ref: InputRef
  /** Stable text form of the reference, e.g. `price:m365-e3`, `cost-amount:on-prem:0`. */
  key: string
  /** What the input belongs to, as the data names it: a group, product, line or scenario. */
  subject?: LocalText
  /** The scenario whose line it is, for lines of a scenario. */
  scenarioId?: string
  /** Whether it is a rate (a fraction a year, may be negative) rather than an amount ≥ 0. */
  isRate: boolean
  /** The object that holds the value, and its field: the value is `holder[field]`. */
  holder: Record<string, unknown>
  field: string
  source?: Citation
}

/** The text form of a reference, the same for equal references. */
export function inputKey(ref: InputRef): string {
  switch (ref.kind) {
    case 'group-users':
      return ref.year === undefined ? `group-users:${ref.groupId}` : `group-users:${ref.groupId}:${ref.year}`
    case 'hourly-cost':
    case 'escalation-general':
      return ref.kind
    case 'price':
    case 'escalation-product':
      return `${ref.kind}:${ref.productId}`
    case 'exchange-rate':
      return `${ref.kind}:${ref.currency}`
    case 'exit-plan':
      return `${ref.kind}:${ref.scenarioId}`
    default:
      return `${ref.kind}:${ref.scenarioId}:${ref.index}`
  }
}

/** The value a slot holds now. */
export function slotValue(slot: InputSlot): InputValue {
  return slot.holder[slot.field] as InputValue
}

/** A value as low/likely/high, or null when unknown: a plain number is a range of zero width. */
export function asRange(value: InputValue | RateAmount): Range | null {
  if (typeof value === 'number') return { low: value, likely: value, high: value }
  if (isRange(value as AnyAmount)) {
    const r = value as Range
    return { low: r.low, likely: r.likely, high: r.high }
  }
  return null
}

/** Whether a value is a range whose ends differ (a range of zero width draws nothing). */
export function isWideRange(value: InputValue): boolean {
  const r = typeof value === 'object' && 'likely' in value ? value : null
  return r !== null && r.low !== r.high
}

/** Products licensed by some scenario of the case, in the order first met. */
export function usedProductIds(model: Case): string[] {
  return [...new Set(model.scenarios.flatMap((s) => s.licences.map((l) => l.productId)))]
}

/**
 * Every input slot of a case, in a fixed order (organisation, settings, prices, then each scenario's
 * lines), read from `model` and `catalogue` themselves: writing `holder[field]` changes them. Prices
 * are listed for the products some scenario licenses; savings only where they are counted.
 */
export function inputSlots(model: Case, catalogue: readonly Product[]): InputSlot[] {
  const slots: InputSlot[] = []
  const add = (slot: Omit<InputSlot, 'key' | 'isRate'> & { isRate?: boolean }) => {
    if (slot.holder[slot.field] === undefined) return
    slots.push({ ...slot, key: inputKey(slot.ref), isRate: slot.isRate ?? false })
  }

  for (const group of model.organisation.groups) {
    add({ ref: { kind: 'group-users', groupId: group.id }, subject: group.name, holder: group, field: 'users', source: group.source })
    for (const year of Object.keys(group.usersByYear ?? {})) {
      add({
        ref: { kind: 'group-users', groupId: group.id, year: Number(year) },
        subject: group.name, holder: group.usersByYear as Record<string, unknown>, field: year, source: group.source,
      })
    }
  }
  add({
    ref: { kind: 'hourly-cost' }, holder: model.organisation, field: 'hourlyCost', source: model.organisation.hourlyCostSource,
  })

  const own = new Map((model.catalogue?.products ?? []).map((p) => [p.id, p]))
  const shipped = new Map(catalogue.map((p) => [p.id, p]))
  const nameOf = (productId: string): LocalText => (own.get(productId) ?? shipped.get(productId))?.name ?? productId

  const escalation = model.settings.escalation
  if (escalation) {
    add({ ref: { kind: 'escalation-general' }, holder: escalation, field: 'general', isRate: true, source: escalation.source })
    for (const productId of Object.keys(escalation.byProduct ?? {})) {
      add({
        ref: { kind: 'escalation-product', productId }, subject: nameOf(productId), holder: escalation.byProduct as Record<string, unknown>,
        field: productId, isRate: true, source: escalation.source,
      })
    }
  }
  for (const currency of Object.keys(model.settings.exchangeRates ?? {}) as Currency[]) {
    add({ ref: { kind: 'exchange-rate', currency }, holder: model.settings.exchangeRates as Record<string, unknown>, field: currency })
  }

  for (const productId of usedProductIds(model)) {
    const product = own.get(productId) ?? shipped.get(productId)
    if (!product) continue
    const override = model.catalogue?.overrides?.[productId]
    add({
      ref: { kind: 'price', productId }, subject: product.name,
      holder: override ?? product.pricing, field: 'amount', ...(override ? {} : { source: product.pricing.source }),
    })
  }

  for (const scenario of model.scenarios) {
    const scenarioId = scenario.id
    scenario.licences.forEach((line, index) => {
      add({ ref: { kind: 'licence-users', scenarioId, index }, scenarioId, subject: nameOf(line.productId), holder: line, field: 'users', source: line.source })
    })
    scenario.costs.forEach((line, index) => {
      add({ ref: { kind: 'cost-amount', scenarioId, index }, scenarioId, subject: line.label, holder: line, field: 'amount', source: line.source })
      add({ ref: { kind: 'cost-fte', scenarioId, index }, scenarioId, subject: line.label, holder: line, field: 'fte', source: line.source })
    })
    scenario.training.forEach((line, index) => {
      add({ ref: { kind: 'training-hours', scenarioId, index }, scenarioId, subject: line.label, holder: line, field: 'hoursPerUser', source: line.source })
      add({ ref: { kind: 'training-hourly-cost', scenarioId, index }, scenarioId, subject: line.label, holder: line, field: 'hourlyCost', source: line.source })
    })
    scenario.benefits.forEach((line, index) => {
      if (!line.counted) return
      add({ ref: { kind: 'benefit-amount', scenarioId, index }, scenarioId, subject: line.label, holder: line, field: 'amount', source: line.source })
    })
    if (scenario.exitPlan) {
      add({ ref: { kind: 'exit-plan', scenarioId }, scenarioId, subject: scenario.name, holder: scenario.exitPlan, field: 'amount', source: scenario.exitPlan.source })
    }
  }
  return slots
}

/** The slot of a reference in a case, if the case has it. */
export function findSlot(model: Case, catalogue: readonly Product[], ref: InputRef): InputSlot | undefined {
  const key = inputKey(ref)
  return inputSlots(model, catalogue).find((s) => s.key === key)
}

/**
 * Writes an input of a case in place (the store calls this on its draft). A price of a shipped
 * product is written as the case's override, so the shipped figure stays as the source gave it.
 * Returns false when the case has no such input.
 */
export function writeInput(model: Case, catalogue: readonly Product[], ref: InputRef, value: InputValue): boolean {
  if (ref.kind === 'price' && !(model.catalogue?.products ?? []).some((p) => p.id === ref.productId)) {
    if (!catalogue.some((p) => p.id === ref.productId)) return false
    const overrides = ((model.catalogue ??= {}).overrides ??= {})
    const existing = overrides[ref.productId]
    if (existing) existing.amount = value
    else overrides[ref.productId] = { amount: value }
    return true
  }
  const slot = findSlot(model, catalogue, ref)
  if (!slot) return false
  slot.holder[slot.field] = value
  return true
}
