import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useCaseStore } from '~/stores/case'

const m365Licences2025 = (store: ReturnType<typeof useCaseStore>) =>
  store.result.scenarios.find((s) => s.id === 'm365')?.years.find((y) => y.year === 2025)?.categories.licences

describe('useCaseStore', () => {
  let store: ReturnType<typeof useCaseStore>
  let time = 0
  beforeEach(() => {
    setActivePinia(createPinia())
    store = useCaseStore()
    time = 0
    store.setClock(() => time)
  })

  it('derives the result from the case: the study’s 15 595 000, then 16 000 000 with 2 400 E3 users', () => {
    expect(m365Licences2025(store)).toBe(15_595_000)
    store.setGroupUsers('e3', 2400)
    expect(m365Licences2025(store)).toBe(16_000_000)
  })

  it('undoes and redoes edits, and a new edit clears redo', () => {
    store.setGroupUsers('e3', 2400)
    time += 5000
    store.setHourlyCost(400)
    store.undo()
    expect(store.model.organisation.hourlyCost).toBe(300)
    store.undo()
    expect(m365Licences2025(store)).toBe(15_595_000)
    expect(store.canUndo).toBe(false)
    store.redo()
    expect(m365Licences2025(store)).toBe(16_000_000)
    store.setYears(3)
    expect(store.canRedo).toBe(false)
  })

  it('joins quick typing in one field into one step of undo', () => {
    for (const users of [2, 24, 240, 2400]) {
      store.setGroupUsers('e3', users)
      time += 200
    }
    expect(store.past.length).toBe(1)
    store.undo()
    expect(store.model.organisation.groups[0]?.users).toBe(2300)
  })

  it('brings a deleted scenario back with undo, in its place', () => {
    const ids = store.model.scenarios.map((s) => s.id)
    store.deleteScenario('webex')
    expect(store.model.scenarios.map((s) => s.id)).not.toContain('webex')
    store.undo()
    expect(store.model.scenarios.map((s) => s.id)).toEqual(ids)
  })

  it('never deletes the last scenario', () => {
    for (const s of [...store.model.scenarios]) store.deleteScenario(s.id)
    expect(store.model.scenarios).toHaveLength(1)
  })

  it('duplicates, renames and reorders scenarios', () => {
    const id = store.duplicateScenario('m365', 'M365 kopia')
    expect(store.model.scenarios.map((s) => s.id).slice(0, 2)).toEqual(['m365', id])
    expect(store.result.scenarios[1]?.total).toBe(store.result.scenarios[0]?.total)
    store.renameScenario(id ?? '', 'Moln B')
    store.moveScenario(id ?? '', -1)
    expect(store.model.scenarios[0]?.name).toBe('Moln B')
  })

  it('restores a price to its source figure by removing the override', () => {
    store.setPrice('m365-a3', 468)
    const m365 = () => store.result.scenarios.find((s) => s.id === 'm365')
    expect(m365()?.licences.find((l) => l.productId === 'm365-a3')?.isPriceOverridden).toBe(true)
    // 4 900 × 468 = 2 293 200: now the lines add up to the study's stated 15 634 200.
    expect(m365()?.warnings.filter((w) => w.code === 'stated-total-mismatch')).toEqual([])
    store.setPrice('m365-a3', undefined)
    // No empty catalogue left behind: the case reads back as it was before the override.
    expect(store.model.catalogue).toBeUndefined()
    expect(m365()?.warnings.map((w) => w.code)).toContain('stated-total-mismatch')
  })

  it('applies several prices in one step and puts back a replaced one, or the source figure, the same way', () => {
    store.setPrice('m365-f3', 700)
    store.applyPrices({ 'm365-e3': { amount: 5078, asOf: '2026-09-26' }, 'm365-f3': { amount: 1200 } })
    expect(store.model.catalogue?.overrides).toEqual({ 'm365-e3': { amount: 5078, asOf: '2026-09-26' }, 'm365-f3': { amount: 1200 } })
    // Back to what each had before: E3 its source figure (no override), F3 the person's 700.
    store.applyPrices({ 'm365-e3': undefined, 'm365-f3': { amount: 700 } })
    expect(store.model.catalogue?.overrides).toEqual({ 'm365-f3': { amount: 700 } })
    store.applyPrices({ 'm365-f3': undefined })
    expect(store.model.catalogue).toBeUndefined()
  })

  it('drops the case’s reading of the horizon or the rate once the person sets it: the value is theirs (issue 21)', () => {
    expect(store.model.settings.horizonSource?.reading).toBeDefined()
    store.setStartYear(2023) // the same year: still the case's reading
    expect(store.model.settings.horizonSource).toBeDefined()
    store.setStartYear(2024)
    expect(store.model.settings.startYear).toBe(2024)
    expect(store.model.settings.horizonSource).toBeUndefined()
    store.undo()
    expect(store.model.settings.horizonSource?.reading).toBeDefined()
    time += 5000
    store.setYears(7)
    expect(store.model.settings.horizonSource).toBeUndefined()
    time += 5000
    store.setDiscountRate(0.03)
    expect(store.model.settings.discountRateSource).toBeUndefined()
    expect(store.model.settings.flatPricesSource).toBeDefined() // no escalation set: prices still held flat
  })
})
