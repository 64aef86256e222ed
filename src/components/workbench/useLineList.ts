/**
 * The editing of one list of a scenario's lines (costs, training, savings): the lines, a change to one
 * of them (quick changes of a field are one step of undo), its note in the current language, and adding
 * or removing a line with focus moved where a keyboard user expects it; and the setup every line editor
 * shares (texts, the language, an id for its fields, the horizon's years, the currency and its format).
 * Each editor still adds the workbench's texts itself (useLazyMessages), as every component that shows
 * their keys does (test/i18n/lazy-messages.test.ts).
 */
import { computed, nextTick, useId } from 'vue'
import type { ComputedRef } from 'vue'
import { useI18n } from '~/i18n/runtime'
import { useFormat } from '~/composables/useFormat'
import { useLocalText } from '~/composables/useLocalText'
import type { BenefitLine, CostLine, TrainingLine } from '~/engine'
import type { Locale } from '~/i18n'
import { useCaseStore } from '~/stores/case'
import { focusKey, withLocale } from './helpers'

interface Lists {
  costs: CostLine
  training: TrainingLine
  benefits: BenefitLine
}

/** `focus` names the list in focus keys: `${focus}-label:<scenario>:<index>` and `${focus}-add:<scenario>`. */
export function useLineList<K extends keyof Lists>(options: { scenarioId: () => string; list: K; focus: string }) {
  type Line = Lists[K]
  const store = useCaseStore()
  const { t, locale } = useI18n()
  const { lt } = useLocalText()
  const lang = computed(() => locale.value as Locale)
  const currency = computed(() => store.model.settings.currency)
  const format = useFormat({ locale: () => lang.value, currency: () => currency.value })
  const uid = useId()
  const horizon = computed(() => store.result.years)
  const lines = computed(() => (store.model.scenarios.find((s) => s.id === options.scenarioId())?.[options.list] ?? []) as Line[]) as ComputedRef<Line[]>
  const adders: { [L in keyof Lists]: (scenarioId: string, line: Lists[L]) => void } = {
    costs: store.addCost,
    training: store.addTraining,
    benefits: store.addBenefit,
  }

  function update(index: number, field: string, change: (line: Line) => void) {
    store.updateLine(options.scenarioId(), options.list, index, (line) => change(line as Line), field)
  }

  function setNote(index: number, note: string) {
    update(index, 'note', (l) => {
      if (note === '') delete l.note
      else l.note = withLocale(l.note, locale.value as Locale, note)
    })
  }

  async function add(line: Line) {
    adders[options.list](options.scenarioId(), line)
    await nextTick()
    focusKey(`${options.focus}-label:${options.scenarioId()}:${lines.value.length - 1}`)
  }

  async function remove(index: number) {
    store.removeLine(options.scenarioId(), options.list, index)
    await nextTick()
    if (lines.value.length === 0) focusKey(`${options.focus}-add:${options.scenarioId()}`)
    else focusKey(`${options.focus}-label:${options.scenarioId()}:${Math.min(index, lines.value.length - 1)}`)
  }

  return { store, t, lt, lang, uid, horizon, currency, format, lines, update, setNote, add, remove }
}
