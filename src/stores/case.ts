/**
 * The case being edited. State is only what the user entered (the model file); the result is
 * derived from it by the engine and never stored. Actions are small named changes.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import catalogueFile from '../../data/catalogue.json'
import presetFile from '../../data/presets/eskilstuna-2022.json'
import { catalogueFileSchema, compute, parseCase, shiftYears } from '~/engine'
import type { Amount, Case, Product } from '~/engine'

/** The shipped catalogue, validated at load. */
export const shippedCatalogue: readonly Product[] = catalogueFileSchema.parse(catalogueFile).products

/** The shipped Eskilstuna case, through the same validation as any file. */
export function loadPreset(): Case {
  const parsed = parseCase(presetFile, shippedCatalogue)
  if (!parsed.ok) throw new Error(`The shipped preset is invalid: ${parsed.faults.map((f) => `${f.path}: ${f.message}`).join('; ')}`)
  return parsed.value
}

export const useCaseStore = defineStore('case', () => {
  /** The whole case, in the model-file format. */
  const model = ref<Case>(loadPreset())
  /** The untouched shipped case, to show what changed and to restore source figures. */
  const shipped = loadPreset()

  const products = computed(() => {
    const map = new Map(shippedCatalogue.map((p) => [p.id, p]))
    for (const own of model.value.catalogue?.products ?? []) map.set(own.id, own)
    return map
  })
  const result = computed(() => compute({ model: model.value, catalogue: shippedCatalogue }))

  /** Products that some scenario licenses, in catalogue order. */
  const usedProducts = computed(() => {
    const used = new Set(model.value.scenarios.flatMap((s) => s.licences.map((l) => l.productId)))
    return [...products.value.values()].filter((p) => used.has(p.id))
  })

  function setGroupUsers(groupId: string, users: number) {
    const group = model.value.organisation.groups.find((g) => g.id === groupId)
    if (group) group.users = users
  }

  /** Sets a product's price for this case; `undefined` restores the shipped source figure. */
  function setPrice(productId: string, amount: Amount | undefined) {
    const catalogue = (model.value.catalogue ??= {})
    const overrides = (catalogue.overrides ??= {})
    if (amount === undefined) delete overrides[productId]
    else overrides[productId] = { amount }
  }

  function setHourlyCost(cost: number) {
    model.value.organisation.hourlyCost = cost
  }

  function setTrainingHours(scenarioId: string, index: number, hours: number) {
    const line = model.value.scenarios.find((s) => s.id === scenarioId)?.training[index]
    if (line) line.hoursPerUser = hours
  }

  /** Moves the horizon and every dated line with it. */
  function setStartYear(year: number) {
    model.value = shiftYears(model.value, year - model.value.settings.startYear)
  }

  function setYears(years: number) {
    model.value.settings.years = years
  }

  function setDiscountRate(rate: number) {
    model.value.settings.discountRate = rate
  }

  function resetToPreset() {
    model.value = loadPreset()
  }

  return {
    model,
    shipped,
    products,
    result,
    usedProducts,
    setGroupUsers,
    setPrice,
    setHourlyCost,
    setTrainingHours,
    setStartYear,
    setYears,
    setDiscountRate,
    resetToPreset,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCaseStore, import.meta.hot))
