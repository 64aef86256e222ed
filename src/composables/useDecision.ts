/**
 * The decision at a glance for the case being edited: the scenarios shown, the baseline (the case's
 * choice, else the first shown), the engine's ranking with coverage, exposure and risk registers,
 * and its words in the current language. Shared by the compare screen and the report.
 */
import { computed } from 'vue'
import { useI18n } from '~/i18n/runtime'
import { summaryText } from '~/composables/decisionText'
import type { TextTools } from '~/composables/decisionText'
import { useAnalysis } from '~/composables/useAnalysis'
import { formatPercent } from '~/composables/useFormat'
import { useLocalText } from '~/composables/useLocalText'
import { baselineScenarioId, decision, shownScenarioIds } from '~/engine'
import type { Result } from '~/engine'
import type { Locale } from '~/i18n'
import { useCaseStore } from '~/stores/case'

export function useDecision() {
  const store = useCaseStore()
  const analysis = useAnalysis()
  const { t, locale } = useI18n()
  const { lt } = useLocalText()

  /** The result with only the scenarios shown side by side, in the case's order. */
  const shown = computed<Result>(() => {
    const ids = shownScenarioIds(store.model)
    return { ...store.result, scenarios: store.result.scenarios.filter((s) => ids.includes(s.id)) }
  })
  const baselineId = computed(() => baselineScenarioId(store.model))
  const summary = computed(() =>
    decision({
      scenarios: shown.value.scenarios,
      discountRate: shown.value.discountRate,
      ...(baselineId.value !== undefined ? { baselineId: baselineId.value } : {}),
      coverage: analysis.coverage.value,
      exposure: analysis.exposure.value,
      registers: analysis.registers.value,
    }),
  )
  const tools = computed<TextTools>(() => ({
    t: (key, named, plural) => (plural === undefined ? t(key, named ?? {}) : t(key, named ?? {}, plural)),
    locale: locale.value as Locale,
    currency: store.model.settings.currency,
    scenarioName: analysis.scenarioName,
    featureName: analysis.featureName,
    productName: analysis.productName,
    classLabel: analysis.classLabel,
    missingLabel: (m) => lt(m.label),
    percent: (fraction) => formatPercent(fraction, locale.value as Locale),
  }))
  const text = computed(() => {
    const years = shown.value.years
    return summaryText(summary.value, { from: years[0] ?? 0, to: years[years.length - 1] ?? 0, discountRate: shown.value.discountRate }, tools.value)
  })
  /** Each shown scenario's difference to the baseline, by id. */
  const differences = computed(() => new Map(summary.value.paths.map((p) => [p.id, p.difference])))

  return { shown, baselineId, summary, text, tools, differences }
}
