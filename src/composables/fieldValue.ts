/**
 * What a number field accepts once the text is read (readNumber): within its bounds, and 0 or at
 * least FIELD_SMALLEST in size. One rule for InputNumber and the property test that drives the case
 * store with the values fields accept.
 */
import { LIMITS } from '~/engine'

/**
 * Smallest non-zero size a field takes: the model's smallest number (below it JavaScript writes
 * exponent notation) in the field's terms, where a percentage field divides by 100.
 */
export const FIELD_SMALLEST = LIMITS.smallest * 100

export type FieldProblem = 'negative' | 'tooSmall' | 'tooLarge' | 'tooPrecise'

export function fieldProblem(value: number, bounds: { min: number; max: number }): FieldProblem | null {
  if (value < 0 && bounds.min >= 0) return 'negative'
  if (value < bounds.min) return 'tooSmall'
  if (value > bounds.max) return 'tooLarge'
  if (value !== 0 && Math.abs(value) < FIELD_SMALLEST) return 'tooPrecise'
  return null
}
