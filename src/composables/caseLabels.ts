/**
 * How saved cases are named wherever they are listed (the saved cases, the pickers of "Jämför två
 * fall"): by their name, and where two listed cases share a name, by the time each was last saved
 * too, so "Nytt fall" and "Nytt fall" can be told apart. `caseLabels` is pure; `useCaseLabels` gives
 * it the words of the interface's language.
 */
import { computed } from 'vue'
import type { ComputedRef } from 'vue'
import { useI18n } from '~/i18n/runtime'

export interface ListedCase {
  id: string
  /** The name as it is shown (the caller's language for the open case). */
  name: string
  /** ISO time of the last save; empty when not known (a list rebuilt from the stored cases). */
  savedAt: string
}

/**
 * A saved time as local "YYYY-MM-DD HH:MM", the way a new case's name writes its day; '' when the
 * time is not known or cannot be read.
 */
export function savedTime(iso: string): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  const two = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`
}

/** What tells a case apart from others of its name: its saved time ('' when not known), and a number where even that is shared. */
export interface Distinction {
  time: string
  /** 1, 2, … in list order among the cases of one name and one saved time (or none known); absent when the time alone tells them apart. */
  n?: number
}

/**
 * Each listed case's label by id: the name alone where it is the only case of that name, otherwise
 * `label(name, distinction)`. Cases sharing a name and a saved minute (or with no saved time) are
 * numbered in list order, so no two labels are ever the same.
 */
export function caseLabels(cases: readonly ListedCase[], label: (name: string, distinction: Distinction) => string): Map<string, string> {
  const sameName = (c: ListedCase) => cases.filter((o) => o.name === c.name)
  const labels = new Map<string, string>()
  for (const c of cases) {
    const namesakes = sameName(c)
    if (namesakes.length === 1) {
      labels.set(c.id, c.name)
      continue
    }
    const time = savedTime(c.savedAt)
    const tied = namesakes.filter((o) => savedTime(o.savedAt) === time)
    labels.set(c.id, label(c.name, tied.length === 1 && time ? { time } : { time, n: tied.indexOf(c) + 1 }))
  }
  return labels
}

/** The labels of `cases()` in the interface's language (the workbench messages must be loaded). */
export function useCaseLabels(cases: () => readonly ListedCase[]): ComputedRef<Map<string, string>> {
  const { t } = useI18n()
  return computed(() =>
    caseLabels(cases(), (name, { time, n }) =>
      n === undefined
        ? t('workbench.cases.dated', { name, time })
        : time
          ? t('workbench.cases.datedNumbered', { name, time, n })
          : t('workbench.cases.undatedNumbered', { name, n }),
    ),
  )
}
