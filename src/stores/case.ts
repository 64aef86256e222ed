/**
 * The case being edited. State is only what the user entered (the model file) and its edit
 * history; the result is derived from it by the engine and never stored. Every change goes through
 * `edit`, which records it for undo and redo; actions are small named changes.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'
import {
  applyPriceChanges as applyPriceChangesTo,
  compute,
  isValidatorLoaded,
  loadValidator,
  parseCase,
  productIndex,
  emptyScenario,
  removePriceChanges,
  inputKey,
  removeGroup as removeGroupFrom,
  scenarioFromTemplate,
  shiftYears,
  uniqueId,
  writeInput,
} from '~/engine'
import type {
  Amount,
  BenefitLine,
  Case,
  CheckId,
  CostLine,
  Currency,
  Fault,
  GroupKind,
  Hosting,
  InputRef,
  InputValue,
  LicenceLine,
  LocalText,
  NeedLevel,
  PriceChangeChoice,
  PriceOverride,
  Product,
  RateAmount,
  ReferenceRow,
  Risk,
  Scenario,
  SovereigntySettings,
  ScenarioTemplate,
  TemplateOptions,
  TrainingLine,
} from '~/engine'

import { loadPreset, shippedCatalogue, shippedIds } from '~/io/shipped'

export { loadPreset, shippedCatalogue }

/** Most steps kept for undo. */
const HISTORY_LIMIT = 200
/** Keystrokes in one field within this many milliseconds are one step of undo. */
const MERGE_WINDOW_MS = 1500

/**
 * Cases the validator has passed on their way into the store (edits), and copies of them (undo, redo):
 * the library stores such a case without checking it a second time (`isChecked`). Raw objects, held
 * weakly. The store never writes into a case it holds, so a case once checked stays valid.
 */
const checkedCases = new WeakSet<object>()
/** A deep copy of reactive state (structuredClone cannot copy Vue's proxies); a copy of a checked case is checked. */
const clone = <T>(value: T): T => {
  const raw = toRaw(value)
  const copy = structuredClone(raw)
  if (typeof raw === 'object' && raw !== null && checkedCases.has(raw) && typeof copy === 'object' && copy !== null) checkedCases.add(copy)
  return copy
}

/** An edit the store did not make because the case would no longer validate; `seq` tells one refusal from the next. */
export interface Refusal {
  seq: number
  faults: Fault[]
  /** Whether a field has shown it at the field; otherwise the notices show it. */
  isShownAtField: boolean
}

export const useCaseStore = defineStore('case', () => {
  /** The whole case, in the model-file format. */
  const model = ref<Case>(loadPreset())
  /** The last edit refused (the case stays as it was), for the field or the notices to explain. */
  const refusal = shallowRef<Refusal | null>(null)
  let refusals = 0
  /** Earlier states for undo (oldest first) and undone states for redo. */
  const past = shallowRef<Case[]>([])
  const future = shallowRef<Case[]>([])
  /** The last edit's merge key and time, so typing in one field is one step of undo. */
  let lastEdit: { key: string; at: number } | undefined
  /** The clock, injectable for tests. */
  let now = () => Date.now()

  const products = computed(() => productIndex(model.value, shippedCatalogue))
  // data/reference.json loads after the first screen (it is not small), then the result warns of the
  // dated price changes a scenario holds flat (`price-change-in-horizon`).
  const references = shallowRef<readonly ReferenceRow[] | undefined>(undefined)
  void import('~/composables/useReferences').then((m) => (references.value = m.references))
  const result = computed(() => compute({ model: model.value, catalogue: shippedCatalogue, ...(references.value ? { references: references.value } : {}) }))

  /** Products that some scenario licenses, in catalogue order. */
  const usedProducts = computed(() => {
    const used = new Set(model.value.scenarios.flatMap((s) => s.licences.map((l) => l.productId)))
    return [...products.value.values()].filter((p) => used.has(p.id))
  })
  const canUndo = computed(() => past.value.length > 0)
  const canRedo = computed(() => future.value.length > 0)

  /**
   * Applies one change, unless the changed case would not validate: then the case stays as it was
   * and `refusal` says why, so no edit can leave a case that cannot be saved and read back.
   * `mergeKey` joins quick successive changes of the same thing (typing in a field) into one step of
   * undo. Returns whether the change was made; `'waiting'` when the validator has not loaded yet (a
   * first visit shows the shipped case before it, src/main.ts): the change is then made, or refused,
   * as soon as it has, in the order the changes came, so that none goes unchecked.
   */
  function edit(change: (draft: Case) => Case | void, mergeKey?: string): boolean | 'waiting' {
    if (!isValidatorLoaded()) {
      void loadValidator().then(() => edit(change, mergeKey))
      return 'waiting'
    }
    const draft = clone(model.value)
    const next = change(draft) ?? draft
    const checked = parseCase(next, shippedCatalogue, shippedIds)
    if (!checked.ok) {
      refusals += 1
      refusal.value = { seq: refusals, faults: checked.faults, isShownAtField: false }
      return false
    }
    const at = now()
    const isMerged = mergeKey !== undefined && lastEdit?.key === mergeKey && at - lastEdit.at < MERGE_WINDOW_MS
    if (!isMerged) past.value = [...past.value, clone(model.value)].slice(-HISTORY_LIMIT)
    future.value = []
    lastEdit = mergeKey === undefined ? undefined : { key: mergeKey, at }
    // The case as the validator gives it back: fields in the model file's order, as a reload reads it.
    checkedCases.add(checked.value)
    model.value = checked.value
    refusal.value = null
    return true
  }

  /** A field showed the last refusal at itself: the notices need not repeat it. */
  function markRefusalShown(seq: number) {
    if (refusal.value?.seq === seq) refusal.value = { ...refusal.value, isShownAtField: true }
  }
  function dismissRefusal() {
    refusal.value = null
  }

  function undo() {
    const previous = past.value.at(-1)
    if (!previous) return
    past.value = past.value.slice(0, -1)
    future.value = [...future.value, clone(model.value)]
    model.value = previous
    lastEdit = undefined
  }

  function redo() {
    const next = future.value.at(-1)
    if (!next) return
    future.value = future.value.slice(0, -1)
    past.value = [...past.value, clone(model.value)]
    model.value = next
    lastEdit = undefined
  }

  /** Replaces the whole case (a loaded, imported or new one); history starts afresh. */
  function replaceCase(next: Case) {
    model.value = next
    past.value = []
    future.value = []
    lastEdit = undefined
  }

  /** Whether the case as it is now was checked by the validator on its way in (an edit, or undo/redo of one). */
  function isChecked(): boolean {
    return checkedCases.has(toRaw(model.value))
  }

  function setClock(clock: () => number) {
    now = clock
  }

  const scenarioIn = (draft: Case, scenarioId: string) => draft.scenarios.find((s) => s.id === scenarioId)

  // — Organisation and settings —

  function setCaseName(name: LocalText) {
    edit((d) => {
      d.name = name
      d.organisation.name = typeof name === 'string' ? name : name.sv
    }, 'case-name')
  }
  function setCurrency(currency: Currency) {
    edit((d) => {
      d.settings.currency = currency
    })
  }
  function addGroup(name: string) {
    edit((d) => {
      d.organisation.groups.push({ id: uniqueId(name, d.organisation.groups.map((g) => g.id)), name, users: 0 })
    })
  }
  function renameGroup(groupId: string, name: LocalText) {
    edit((d) => {
      const group = d.organisation.groups.find((g) => g.id === groupId)
      if (group) group.name = name
    }, `group-name:${groupId}`)
  }
  function removeGroup(groupId: string) {
    edit((d) => (d.organisation.groups.length > 1 ? removeGroupFrom(d, groupId) : d))
  }
  /** The kind of staff a group is (templates license by it); `undefined` forgets it. */
  function setGroupKind(groupId: string, kind: GroupKind | undefined) {
    edit((d) => {
      const group = d.organisation.groups.find((g) => g.id === groupId)
      if (!group) return
      if (kind === undefined) delete group.kind
      else group.kind = kind
    })
  }
  function setGroupUsers(groupId: string, users: number) {
    edit((d) => {
      const group = d.organisation.groups.find((g) => g.id === groupId)
      if (group) group.users = users
    }, `group-users:${groupId}`)
  }
  /** Users of a group in one year; `undefined` returns the year to the group's usual count. */
  function setGroupUsersInYear(groupId: string, year: number, users: number | undefined) {
    edit((d) => {
      const group = d.organisation.groups.find((g) => g.id === groupId)
      if (!group) return
      const byYear = { ...group.usersByYear }
      if (users === undefined) delete byYear[String(year)]
      else byYear[String(year)] = users
      if (Object.keys(byYear).length > 0) group.usersByYear = byYear
      else delete group.usersByYear
    }, `group-users:${groupId}:${year}`)
  }
  function setHourlyCost(cost: Amount) {
    edit((d) => {
      d.organisation.hourlyCost = cost
    }, 'hourly-cost')
  }
  /** Moves the horizon and every dated line with it. */
  // A horizon or rate the person sets is theirs: the case's reading of the documents no longer describes it.
  function setStartYear(year: number) {
    edit((d) => {
      if (year !== d.settings.startYear) delete d.settings.horizonSource
      return shiftYears(d, year - d.settings.startYear)
    }, 'start-year')
  }
  function setYears(years: number) {
    edit((d) => {
      if (years !== d.settings.years) delete d.settings.horizonSource
      d.settings.years = years
    }, 'years')
  }
  function setDiscountRate(rate: number) {
    edit((d) => {
      if (rate !== d.settings.discountRate) delete d.settings.discountRateSource
      d.settings.discountRate = rate
    }, 'discount-rate')
  }

  // — Prices and the catalogue —

  /** Sets a product's price for this case; `undefined` restores the shipped source figure. */
  function setPrice(productId: string, amount: Amount | undefined) {
    edit((d) => {
      const overrides = { ...d.catalogue?.overrides }
      if (amount === undefined) delete overrides[productId]
      else overrides[productId] = { amount }
      const { overrides: _, ...rest } = d.catalogue ?? {}
      const catalogue = Object.keys(overrides).length > 0 ? { ...rest, overrides } : rest
      if (Object.keys(catalogue).length > 0) d.catalogue = catalogue
      else delete d.catalogue
    }, `price:${productId}`)
  }
  /**
   * Puts dated prices in the case (e.g. today's list prices), all in one step of undo; a product given
   * `undefined` goes back to its shipped source figure (how the price box puts back what it replaced).
   */
  function applyPrices(prices: Readonly<Record<string, PriceOverride | undefined>>) {
    edit((d) => {
      const overrides = { ...d.catalogue?.overrides }
      for (const [id, price] of Object.entries(prices)) {
        if (price === undefined) delete overrides[id]
        else overrides[id] = structuredClone(price)
      }
      const { overrides: _, ...rest } = d.catalogue ?? {}
      const catalogue = Object.keys(overrides).length > 0 ? { ...rest, overrides } : rest
      if (Object.keys(catalogue).length > 0) d.catalogue = catalogue
      else delete d.catalogue
    })
  }
  /**
   * Puts dated price changes of data/reference.json in the case from their dates, per product or for
   * every product a change concerns (engine `applyPriceChanges`), all in one step of undo. The
   * products' prices stay as the documents gave them; the changes sit on the licence lines beside them.
   */
  function applyPriceChanges(choices: readonly PriceChangeChoice[]): boolean | 'waiting' {
    const rows = references.value
    if (rows === undefined || choices.length === 0) return false
    return edit((d) => applyPriceChangesTo(d, productIndex(d, shippedCatalogue), rows, choices))
  }
  /** Takes an applied price change out of the case again (for one product, or all), one step of undo. */
  function removePriceChange(referenceId: string, productId?: string) {
    edit((d) => removePriceChanges(d, referenceId, productId))
  }
  /** Adds the organisation's own product (or quote); its id is made unique. Returns the id. */
  function addProduct(product: Omit<Product, 'id'> & { id?: string }): string {
    const taken = [...products.value.keys()]
    const id = uniqueId(product.id ?? (typeof product.name === 'string' ? product.name : product.name.sv), taken)
    edit((d) => {
      d.catalogue = { ...d.catalogue, products: [...(d.catalogue?.products ?? []), { ...product, id }] }
    })
    return id
  }
  function updateProduct(productId: string, change: (product: Product) => void) {
    edit((d) => {
      const product = d.catalogue?.products?.find((p) => p.id === productId)
      if (product) change(product)
    }, `product:${productId}`)
  }
  /** Removes an own product; refused (false) while a scenario still licenses it. */
  function removeProduct(productId: string): boolean {
    if (model.value.scenarios.some((s) => s.licences.some((l) => l.productId === productId))) return false
    edit((d) => {
      if (d.catalogue?.products) d.catalogue.products = d.catalogue.products.filter((p) => p.id !== productId)
    })
    return true
  }

  // — Scenarios —

  /** Adds a scenario from a template and returns its id. */
  function addScenario(template: ScenarioTemplate, name: LocalText, options: TemplateOptions = {}): string {
    const scenario = scenarioFromTemplate(model.value, template, name, options)
    edit((d) => {
      d.scenarios.push(scenario)
    })
    return scenario.id
  }
  function duplicateScenario(scenarioId: string, name: string): string | undefined {
    const source = model.value.scenarios.find((s) => s.id === scenarioId)
    if (!source) return undefined
    const fresh = emptyScenario(name, model.value.scenarios.map((s) => s.id))
    const copy: Scenario = { ...clone(source), id: fresh.id, name: fresh.name }
    edit((d) => {
      d.scenarios.splice(d.scenarios.findIndex((s) => s.id === scenarioId) + 1, 0, copy)
    })
    return copy.id
  }
  function renameScenario(scenarioId: string, name: LocalText) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      if (s) s.name = name
    }, `scenario-name:${scenarioId}`)
  }
  /** Moves a scenario up (−1) or down (+1) in the order. */
  function moveScenario(scenarioId: string, delta: -1 | 1) {
    edit((d) => {
      const i = d.scenarios.findIndex((s) => s.id === scenarioId)
      const j = i + delta
      if (i < 0 || j < 0 || j >= d.scenarios.length) return
      const [moved] = d.scenarios.splice(i, 1)
      if (moved) d.scenarios.splice(j, 0, moved)
    })
  }
  /** Deletes a scenario (undo brings it back); the last one cannot be deleted. */
  function deleteScenario(scenarioId: string) {
    edit((d) => {
      if (d.scenarios.length <= 1) return
      d.scenarios = d.scenarios.filter((s) => s.id !== scenarioId)
      if (d.compare?.baseline === scenarioId) delete d.compare.baseline
      if (d.compare?.shown) d.compare.shown = d.compare.shown.filter((id) => id !== scenarioId)
    })
  }
  function setBaseline(scenarioId: string | undefined) {
    edit((d) => {
      d.compare = { ...d.compare }
      if (scenarioId === undefined) delete d.compare.baseline
      else d.compare.baseline = scenarioId
    })
  }
  /** The scenarios shown side by side (2–6); `undefined` shows all. */
  function setShown(scenarioIds: string[] | undefined) {
    edit((d) => {
      d.compare = { ...d.compare }
      if (scenarioIds === undefined) delete d.compare.shown
      else d.compare.shown = scenarioIds.slice(0, 6)
    })
  }

  // — Lines of a scenario —

  type LineList = 'licences' | 'costs' | 'training' | 'benefits'
  type LineOf<K extends LineList> = Scenario[K][number]

  function addLine<K extends LineList>(scenarioId: string, list: K, line: LineOf<K>) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      if (s) (s[list] as LineOf<K>[]).push(line)
    })
  }
  /** Changes one line; quick successive changes of the same field are one step of undo. */
  function updateLine<K extends LineList>(scenarioId: string, list: K, index: number, change: (line: LineOf<K>) => void, field = '') {
    edit((d) => {
      const line = scenarioIn(d, scenarioId)?.[list][index] as LineOf<K> | undefined
      if (line) change(line)
    }, `line:${scenarioId}:${list}:${index}:${field}`)
  }
  function removeLine(scenarioId: string, list: LineList, index: number) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      if (s) s[list].splice(index, 1)
    })
  }
  const addLicence = (scenarioId: string, line: LicenceLine) => addLine(scenarioId, 'licences', line)
  const addCost = (scenarioId: string, line: CostLine) => addLine(scenarioId, 'costs', line)
  const addTraining = (scenarioId: string, line: TrainingLine) => addLine(scenarioId, 'training', line)
  const addBenefit = (scenarioId: string, line: BenefitLine) => addLine(scenarioId, 'benefits', line)

  /**
   * Takes a group off a licence line (a fix of a double licence). A line left with no group is
   * removed, since a line needs at least one. One step of undo.
   */
  function removeGroupFromLicence(scenarioId: string, index: number, groupId: string) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      const line = s?.licences[index]
      if (!s || !line?.groups) return
      const rest = line.groups.filter((g) => g !== groupId)
      if (rest.length > 0) line.groups = rest
      else s.licences.splice(index, 1)
    })
  }
  /** Adds a group to a licence line that names groups (a fix of an unlicensed group). */
  function addGroupToLicence(scenarioId: string, index: number, groupId: string) {
    edit((d) => {
      const line = scenarioIn(d, scenarioId)?.licences[index]
      if (!line?.groups || line.groups.includes(groupId)) return
      const wanted = new Set([...line.groups, groupId])
      line.groups = d.organisation.groups.map((g) => g.id).filter((id) => wanted.has(id))
    })
  }

  function setTrainingHours(scenarioId: string, index: number, hours: number) {
    updateLine(scenarioId, 'training', index, (line) => {
      line.hoursPerUser = hours
    }, 'hours')
  }

  // — Forgotten-cost checks —

  /** Marks a check deliberately zero, with the reason; an empty reason clears the mark. */
  function setCheckZero(scenarioId: string, checkId: CheckId, reason: string) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      if (!s) return
      const checks = { ...s.checks }
      if (reason.trim() === '') delete checks[checkId]
      else checks[checkId] = { reason }
      if (Object.keys(checks).length > 0) s.checks = checks
      else delete s.checks
    }, `check:${scenarioId}:${checkId}`)
  }

  function resetToPreset() {
    replaceCase(loadPreset())
  }

  /**
   * Dual running: the old licence line is paid up to and including `year`, the new one from `year`,
   * so both are paid in the switch year. One step of undo.
   */
  function setDualRunning(scenarioId: string, oldIndex: number, newIndex: number, year: number) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      const old = s?.licences[oldIndex]
      const next = s?.licences[newIndex]
      if (!old || !next || oldIndex === newIndex) return
      old.to = year
      if (old.from !== undefined && old.from > year) old.from = year
      next.from = year
      if (next.to !== undefined && next.to < year) next.to = year
    })
  }

  // — Needs, information classes, hosting, risks and exit plans —

  /** Sets how much a capability is needed; the level becomes the organisation's own (its source is dropped). */
  function setNeed(featureId: string, level: NeedLevel) {
    edit((d) => {
      d.organisation.needs = { ...d.organisation.needs, [featureId]: { level } }
    })
  }
  /** Restores a need to the shipped case's level and source (removes it if the shipped case has none). */
  function restoreNeed(featureId: string) {
    const shippedNeed = loadPreset().organisation.needs?.[featureId]
    edit((d) => {
      const needs = { ...d.organisation.needs }
      if (shippedNeed) needs[featureId] = shippedNeed
      else delete needs[featureId]
      d.organisation.needs = needs
    })
  }
  /** Takes a need back to "not assessed" (the case no longer lists it). */
  function clearNeed(featureId: string) {
    edit((d) => {
      const needs = { ...d.organisation.needs }
      delete needs[featureId]
      d.organisation.needs = needs
    })
  }
  /** Every need the shipped case's sources give, at their level and with their source, in one change (one undo). */
  function restoreAllNeeds() {
    const shipped = loadPreset().organisation.needs ?? {}
    edit((d) => {
      d.organisation.needs = { ...d.organisation.needs, ...shipped }
    })
  }
  /** Highest information class a service under third-country law may handle (−1: none); `undefined`: no policy. */
  function setThirdCountryMaxClass(level: number | undefined) {
    edit((d) => {
      if (level === undefined) delete d.organisation.thirdCountryMaxClass
      else d.organisation.thirdCountryMaxClass = level
      delete d.organisation.thirdCountryPolicySource
    })
  }
  /** Restores the shipped case's policy and its source. */
  function restoreThirdCountryPolicy() {
    const { thirdCountryMaxClass, thirdCountryPolicySource, informationClasses } = loadPreset().organisation
    edit((d) => {
      // The source's limit names the source's classes: a case without classes takes them too.
      if ((d.organisation.informationClasses ?? []).length === 0 && informationClasses) d.organisation.informationClasses = informationClasses
      if (thirdCountryMaxClass === undefined) delete d.organisation.thirdCountryMaxClass
      else d.organisation.thirdCountryMaxClass = thirdCountryMaxClass
      if (thirdCountryPolicySource === undefined) delete d.organisation.thirdCountryPolicySource
      else d.organisation.thirdCountryPolicySource = thirdCountryPolicySource
    })
  }
  /** Renames an information class (the name becomes the organisation's own). */
  function setInformationClassName(level: number, name: LocalText) {
    edit((d) => {
      const found = d.organisation.informationClasses?.find((c) => c.level === level)
      if (!found) return
      found.name = name
      delete found.source
      delete found.note
    }, `class-name:${level}`)
  }
  /** How a licence line's product is run in the scenario; `undefined`: the product's first option. */
  function setLineHosting(scenarioId: string, index: number, hosting: Hosting | undefined) {
    edit((d) => {
      const line = scenarioIn(d, scenarioId)?.licences[index]
      if (!line) return
      if (hosting === undefined) delete line.hosting
      else line.hosting = hosting
    })
  }
  /** Changes one risk of a scenario's register. */
  function setRisk(scenarioId: string, riskId: string, change: Partial<Pick<Risk, 'label' | 'likelihood' | 'consequence'>>) {
    edit((d) => {
      const risk = scenarioIn(d, scenarioId)?.risks?.find((r) => r.id === riskId)
      if (risk) Object.assign(risk, change)
    }, `risk:${scenarioId}:${riskId}:${Object.keys(change).join(',')}`)
  }
  /** Adds a risk (likelihood 1, consequence 1) with the next free id R1, R2, …; returns the id. */
  function addRisk(scenarioId: string, label: LocalText): string | undefined {
    const scenario = model.value.scenarios.find((s) => s.id === scenarioId)
    if (!scenario) return undefined
    const taken = new Set((scenario.risks ?? []).map((r) => r.id))
    let n = 1
    while (taken.has(`R${n}`)) n++
    const id = `R${n}`
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      if (s) s.risks = [...(s.risks ?? []), { id, label, likelihood: 1, consequence: 1 }]
    })
    return id
  }
  function removeRisk(scenarioId: string, riskId: string) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      if (!s?.risks) return
      s.risks = s.risks.filter((r) => r.id !== riskId)
      if (s.risks.length === 0) delete s.risks
    })
  }
  /** The cost of leaving a scenario's path; `undefined` removes the exit plan (the scenario is then flagged). */
  /**
   * Changes the case's own sovereignty settings (answers with evidence, adapted points, weights,
   * minimum SEALs; decision 0020) as one step of undo; parts left empty are removed, so a case that
   * sets nothing carries no `sovereignty` at all.
   */
  function setSovereignty(change: (settings: SovereigntySettings) => void) {
    edit((d) => {
      const settings: SovereigntySettings = d.sovereignty ?? {}
      change(settings)
      if (settings.answers?.length === 0) delete settings.answers
      for (const [id, values] of Object.entries(settings.values ?? {})) if (Object.keys(values).length === 0) delete settings.values?.[id]
      if (settings.values && Object.keys(settings.values).length === 0) delete settings.values
      if (settings.minimumSeal && Object.keys(settings.minimumSeal).length === 0) delete settings.minimumSeal
      if (Object.keys(settings).length === 0) delete d.sovereignty
      else d.sovereignty = settings
    })
  }
  function setExitPlan(scenarioId: string, amount: Amount | undefined) {
    edit((d) => {
      const s = scenarioIn(d, scenarioId)
      if (!s) return
      if (amount === undefined) delete s.exitPlan
      else s.exitPlan = { amount }
    }, `exit-plan:${scenarioId}`)
  }

  // — Escalation, exchange rates and ranged inputs —

  /** General price escalation a year; `undefined` switches it off. */
  function setEscalationGeneral(rate: RateAmount | undefined) {
    edit((d) => {
      const escalation = { ...d.settings.escalation }
      if (rate === undefined) delete escalation.general
      else escalation.general = rate
      setEscalation(d, escalation)
    }, 'escalation-general')
  }
  /** A product's own escalation a year (over the general one); `undefined` removes it. */
  function setEscalationProduct(productId: string, rate: RateAmount | undefined) {
    edit((d) => {
      const byProduct = { ...d.settings.escalation?.byProduct }
      if (rate === undefined) delete byProduct[productId]
      else byProduct[productId] = rate
      const escalation: NonNullable<Case['settings']['escalation']> = { ...d.settings.escalation, byProduct }
      if (Object.keys(byProduct).length === 0) delete escalation.byProduct
      setEscalation(d, escalation)
    }, `escalation-product:${productId}`)
  }
  /** Escalation with neither a general nor a product rate is off: the field goes. */
  function setEscalation(d: Case, escalation: NonNullable<Case['settings']['escalation']>) {
    if (escalation.general === undefined && escalation.byProduct === undefined) delete d.settings.escalation
    else d.settings.escalation = escalation
  }
  /** Units of the case's currency for one unit of `currency`; `undefined` removes the rate (prices in it become unknown). */
  function setExchangeRate(currency: Currency, rate: Amount | undefined) {
    edit((d) => {
      const rates = { ...d.settings.exchangeRates }
      if (rate === undefined) delete rates[currency]
      else rates[currency] = rate
      if (Object.keys(rates).length > 0) d.settings.exchangeRates = rates
      else delete d.settings.exchangeRates
    }, `exchange-rate:${currency}`)
  }
  /** Sets any input the finance screen edits (a number or a range low/likely/high), by its reference. */
  function setInputAmount(ref: InputRef, value: InputValue) {
    edit((d) => {
      writeInput(d, shippedCatalogue, ref, value)
    }, `input:${inputKey(ref)}`)
  }

  return {
    isChecked,
    model,
    refusal,
    markRefusalShown,
    dismissRefusal,
    past,
    future,
    products,
    result,
    usedProducts,
    canUndo,
    canRedo,
    undo,
    redo,
    replaceCase,
    setClock,
    setCaseName,
    setCurrency,
    addGroup,
    renameGroup,
    removeGroup,
    setGroupKind,
    setGroupUsers,
    setGroupUsersInYear,
    setHourlyCost,
    setStartYear,
    setYears,
    setDiscountRate,
    setPrice,
    applyPrices,
    applyPriceChanges,
    removePriceChange,
    addProduct,
    updateProduct,
    removeProduct,
    addScenario,
    duplicateScenario,
    renameScenario,
    moveScenario,
    deleteScenario,
    setBaseline,
    setSovereignty,
    setShown,
    addLicence,
    addCost,
    addTraining,
    addBenefit,
    updateLine,
    removeLine,
    setTrainingHours,
    removeGroupFromLicence,
    addGroupToLicence,
    setCheckZero,
    resetToPreset,
    setDualRunning,
    // needs, classes, hosting, risks, exit plans
    setNeed,
    clearNeed,
    restoreNeed,
    restoreAllNeeds,
    setThirdCountryMaxClass,
    restoreThirdCountryPolicy,
    setInformationClassName,
    setLineHosting,
    setRisk,
    addRisk,
    removeRisk,
    setExitPlan,
    // escalation, exchange rates, ranged inputs
    setEscalationGeneral,
    setEscalationProduct,
    setExchangeRate,
    setInputAmount,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useCaseStore, import.meta.hot))
