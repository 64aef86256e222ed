/** Reading the three forms of an amount: a number, a range, or unknown. */
import type { Range, Unknown } from './model'

export type AnyAmount = number | Range | Unknown

export function isUnknown(amount: AnyAmount): amount is Unknown {
  return typeof amount === 'object' && 'value' in amount && amount.value === null
}

export function isRange(amount: AnyAmount): amount is Range {
  return typeof amount === 'object' && 'likely' in amount
}

/** The figure a deterministic computation uses: the number, a range's likely value, or null when unknown. */
export function likelyValue(amount: AnyAmount): number | null {
  if (typeof amount === 'number') return amount
  if (isRange(amount)) return amount.likely
  return null
}
