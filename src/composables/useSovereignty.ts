/**
 * Each path of the case being edited rated by the EU Cloud Sovereignty Framework (decision 0020),
 * with the case's own settings. The framework, the rating and their texts load on first use
 * (sovereigntyChunk.ts), so the first screen does not carry them: until then `ratings` is null and
 * nothing is shown in place of a SEAL (never a guess, never "none").
 */
import { computed, shallowRef } from 'vue'
import type { SovereigntySummaryText } from '~/composables/sovereigntyText'
import type { SovereigntyFile, SovereigntyRating } from '~/engine'
import type { Locale } from '~/i18n'
import { useI18n } from '~/i18n/runtime'
import { useCaseStore } from '~/stores/case'

type Chunk = typeof import('./sovereigntyChunk')
/** The loaded chunk, shared by every user of the composable. */
const chunk = shallowRef<Chunk | null>(null)
let loading: Promise<Chunk> | undefined

/** Loads the framework, the rating and their texts (once), and adds the texts to the app's i18n. */
function load(): void {
  const composer = useI18n()
  loading ??= import('./sovereigntyChunk')
  void loading.then((loaded) => {
    composer.mergeLocaleMessage('sv', loaded.messages.sv)
    composer.mergeLocaleMessage('en', loaded.messages.en)
    chunk.value = loaded
  })
}

export function useSovereignty() {
  const store = useCaseStore()
  load()
  const framework = computed<SovereigntyFile | null>(() => chunk.value?.framework ?? null)
  /** Each scenario's rating, by scenario id; null until the framework has loaded. */
  const ratings = computed<ReadonlyMap<string, SovereigntyRating> | null>(() => chunk.value?.ratingsOf(store.model) ?? null)
  /** The case's settings the framework cannot use (named by path), for the view to show. */
  const faults = computed(() => chunk.value?.sovereigntySettingsFaults(store.model.sovereignty, chunk.value.framework, new Set(store.products.keys())) ?? [])
  return { framework, ratings, faults }
}

/** The decision summary's sovereignty words per path (SEAL, score, "under kravnivå"), by scenario id; null until loaded. */
export function useSovereigntySummary() {
  const { ratings } = useSovereignty()
  const { locale } = useI18n()
  return computed<ReadonlyMap<string, SovereigntySummaryText> | null>(() => {
    const loaded = chunk.value
    if (!loaded || !ratings.value) return null
    return loaded.summaryTexts(ratings.value, locale.value as Locale)
  })
}
