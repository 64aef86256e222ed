/**
 * Edits the case store refuses, told at the field that made them. The store refuses any change after
 * which the case would not validate (so autosave never meets a case it cannot write); a field runs
 * its change through `attempt` and, if the store refused it, shows why in its own message instead
 * of the general notice. Provided by App.vue; a field without a provider (a component test) simply
 * never sees a refusal.
 */
import { inject } from 'vue'
import type { InjectionKey } from 'vue'
import { formatNumber } from './useFormat'
import { LIMITS } from '~/engine'
import type { Fault } from '~/engine'
import type { Locale } from '~/i18n'

export interface EditRefusalSource {
  /** The last refusal, with a number that tells one refusal from the next. */
  last: () => { seq: number; faults: Fault[] } | null
  /** Says that a field has shown this refusal, so the notices do not repeat it. */
  markShown: (seq: number) => void
}

export const EDIT_REFUSAL: InjectionKey<EditRefusalSource> = Symbol('edit-refusal')

type Translate = (key: string, values: Record<string, unknown>) => string

/** The refusal in the interface's language: the figure bound in words, any other fault by its path. */
export function refusalMessage(faults: readonly Fault[], t: Translate, locale: Locale): string {
  const tooLarge = faults.find((f) => f.code === 'figure-too-large')
  if (tooLarge) {
    return t('safe.refusal.tooLarge', { figure: formatNumber(tooLarge.figure ?? 0, locale, 0), max: formatNumber(LIMITS.maxFigure, locale, 0) })
  }
  if (faults.every((f) => f.message === 'from must not be after to')) return t('safe.refusal.endBeforeStart', {})
  const reason = faults.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ')
  return t('safe.refusal.invalid', { reason })
}

export function useEditRefusal() {
  const source = inject(EDIT_REFUSAL, null)
  /** Runs `apply` (which passes a value on to the store) and returns the faults if the store refused it. */
  return function attempt(apply: () => void): Fault[] | null {
    const before = source?.last()?.seq
    apply()
    const after = source?.last()
    if (!source || !after || after.seq === before) return null
    source.markShown(after.seq)
    return after.faults
  }
}
