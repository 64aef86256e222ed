/**
 * What each path gives and risks, beside its cost: the capability taxonomy (data/features.json), and
 * the engine's coverage, exposure, risk register and exit flag of every scenario of the case being
 * edited, as computed values. Labels for feature ids and information classes in the current language.
 */
import { computed } from 'vue'
import { useI18n } from '~/i18n/runtime'
import featuresFile from '../../data/features.json'
import { useLocalText } from '~/composables/useLocalText'
import { assessRisks, coverageOf, exitPlanFlag, scenarioExposure } from '~/engine'
import type { Feature, FeatureGroup, ScenarioCoverage, ScenarioExposure } from '~/engine'
import { shippedCatalogue, useCaseStore } from '~/stores/case'

const parsedFeatures = featuresFile as unknown as { groups: FeatureGroup[]; features: Feature[] }
/** The shipped capability taxonomy, checked when the app is built and by the tests (scripts/shipped-data.ts). */
export const shippedFeatures: readonly Feature[] = parsedFeatures.features
export const featureGroups: readonly FeatureGroup[] = parsedFeatures.groups
const featureById = new Map(shippedFeatures.map((f) => [f.id, f]))

export function useAnalysis() {
  const store = useCaseStore()
  const { t } = useI18n()
  const { lt } = useLocalText()

  /** Coverage by scenario id, with cost per covered need from the current result. */
  const coverage = computed(
    () =>
      new Map<string, ScenarioCoverage>(
        coverageOf({
          model: store.model,
          catalogue: shippedCatalogue,
          features: shippedFeatures,
          costs: store.result.scenarios,
        }).map((c) => [c.scenarioId, c]),
      ),
  )

  /** Exposure by scenario id; users are counted in the year the scenario's licence summary describes. */
  const exposure = computed(() => {
    const map = new Map<string, ScenarioExposure>()
    store.model.scenarios.forEach((scenario, i) => {
      const year = store.result.scenarios[i]?.licenceYear ?? store.model.settings.startYear
      map.set(scenario.id, scenarioExposure(scenario, { model: store.model, products: store.products, year }))
    })
    return map
  })

  const registers = computed(() => new Map(store.model.scenarios.map((s) => [s.id, assessRisks(s.risks)])))
  const exitFlags = computed(() => new Map(store.model.scenarios.map((s) => [s.id, exitPlanFlag(s)])))

  /** A feature's name in the current language; an id the taxonomy lacks is shown as it is. */
  function featureName(id: string): string {
    const feature = featureById.get(id)
    return feature ? lt(feature.name) : id
  }

  /** "1 intern"; "ingen klass" for −1; "okänt" for null. */
  function classLabel(level: number | null): string {
    if (level === null) return t('protection.classUnknown')
    if (level < 0) return t('protection.classNone')
    const found = store.model.organisation.informationClasses?.find((c) => c.level === level)
    return found ? t('protection.classLabel', { level, name: lt(found.name) }) : String(level)
  }

  function productName(id: string): string {
    const product = store.products.get(id)
    return product ? lt(product.name) : id
  }

  function scenarioName(id: string): string {
    const scenario = store.model.scenarios.find((s) => s.id === id)
    return scenario ? lt(scenario.name) : id
  }

  return { features: shippedFeatures, groups: featureGroups, coverage, exposure, registers, exitFlags, featureName, classLabel, productName, scenarioName }
}
