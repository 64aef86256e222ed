/**
 * Each path of the case being edited rated by the EU Cloud Sovereignty Framework (decision 0020),
 * with the case's own settings. The framework and the rating load on first use (sovereigntyChunk.ts),
 * so the first screen does not carry them: until then `ratings` is null and nothing is shown in place
 * of a SEAL (never a guess, never "none").
 */
import { computed, shallowRef } from 'vue'
import { sovereigntySummaryText } from '~/composables/sovereigntyText'
import type { SovereigntySummaryText } from '~/composables/sovereigntyText'
import type { SovereigntyFile, SovereigntyObjectiveCode, SovereigntyRating } from '~/engine'
import type { Locale } from '~/i18n'
import { useI18n } from '~/i18n/runtime'
import { shippedCatalogue, useCaseStore } from '~/stores/case'

type Chunk = typeof import('./sovereigntyChunk')
/** The loaded chunk, shared by every user of the composable. */
const chunk = shallowRef<Chunk | null>(null)
let loading: Promise<Chunk> | undefined

/** Loads the framework and the rating (once); resolves to them. */
export function loadSovereignty(): Promise<Chunk> {
  loading ??= import('./sovereigntyChunk').then((loaded) => (chunk.value = loaded))
  return loading
}

export function useSovereignty() {
  const store = useCaseStore()
  void loadSovereignty()
  const framework = computed<SovereigntyFile | null>(() => chunk.value?.framework ?? null)
  /** Each scenario's rating, by scenario id; null until the framework has loaded. */
  const ratings = computed<ReadonlyMap<string, SovereigntyRating> | null>(() => {
    const loaded = chunk.value
    if (!loaded) return null
    return new Map(loaded.sovereigntyOf({ model: store.model, catalogue: shippedCatalogue, framework: loaded.framework }).map((r) => [r.scenarioId, r]))
  })
  /** The case's settings the framework cannot use (named by path), for the view to show at their fields. */
  const faults = computed(() => {
    const loaded = chunk.value
    if (!loaded) return []
    return loaded.sovereigntySettingsFaults(store.model.sovereignty, loaded.framework, new Set(store.products.keys()))
  })
  return { framework, ratings, faults, costOfSovereignty: computed(() => chunk.value?.costOfSovereignty ?? null) }
}

/** The decision summary's sovereignty words per path (SEAL, score, "under kravnivå"), by scenario id; null until loaded. */
export function useSovereigntySummary() {
  const { ratings, framework } = useSovereignty()
  const { t, locale } = useI18n()
  return computed<ReadonlyMap<string, SovereigntySummaryText> | null>(() => {
    const all = ratings.value
    const file = framework.value
    if (!all || !file) return null
    const lang = locale.value as Locale
    const objectiveName = (code: SovereigntyObjectiveCode) => {
      const objective = file.objectives.find((o) => o.code === code)
      return objective ? `${code} ${objective.name[lang]}` : code
    }
    return new Map([...all].map(([id, rating]) => [id, sovereigntySummaryText(rating, (key, named) => t(key, named ?? {}), lang, objectiveName)]))
  })
}
