/** The case store's finance actions (issue 5): escalation, exchange rates and ranged inputs, each one step of undo. */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useCaseStore } from '~/stores/case'

describe('useCaseStore: finance actions', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
  })

  it('switches general escalation on and off; with no rate left the field goes, so the case is as shipped', () => {
    const store = useCaseStore()
    store.setEscalationGeneral({ low: 0.11, likely: 0.12, high: 0.13 })
    expect(store.model.settings.escalation).toEqual({ general: { low: 0.11, likely: 0.12, high: 0.13 } })
    store.setEscalationGeneral(undefined)
    expect(store.model.settings.escalation).toBeUndefined()
  })

  it('sets and removes a product’s own rate beside the general one', () => {
    const store = useCaseStore()
    store.setEscalationGeneral(0.02)
    store.setEscalationProduct('m365-e3', 0.047)
    expect(store.model.settings.escalation).toEqual({ general: 0.02, byProduct: { 'm365-e3': 0.047 } })
    store.setEscalationProduct('m365-e3', undefined)
    expect(store.model.settings.escalation).toEqual({ general: 0.02 })
    // M365's licences in 2024 at the general 2 %: 15 595 000 × 1.02 = 15 906 900
    const m365 = store.result.scenarios.find((s) => s.id === 'm365')
    expect(m365?.years[1]?.categories.licences).toBe(15_906_900)
  })

  it('sets an exchange rate and removes it; undo brings the rate back', () => {
    const store = useCaseStore()
    let now = 0
    store.setClock(() => now)
    store.setExchangeRate('EUR', { low: 10.8, likely: 11.2, high: 11.9 })
    expect(store.model.settings.exchangeRates).toEqual({ EUR: { low: 10.8, likely: 11.2, high: 11.9 } })
    now += 10_000 // later than the typing window, so a step of its own
    store.setExchangeRate('EUR', undefined)
    expect(store.model.settings.exchangeRates).toBeUndefined()
    store.undo()
    expect(store.model.settings.exchangeRates?.EUR).toEqual({ low: 10.8, likely: 11.2, high: 11.9 })
  })

  it('writes a ranged input by its reference: a shipped price as the case’s override, a line’s amount in place', () => {
    const store = useCaseStore()
    store.setInputAmount({ kind: 'price', productId: 'webex' }, { low: 1000, likely: 1200, high: 1500 })
    expect(store.model.catalogue?.overrides?.webex).toEqual({ amount: { low: 1000, likely: 1200, high: 1500 } })
    store.setInputAmount({ kind: 'cost-amount', scenarioId: 'm365', index: 0 }, { low: 2_000_000, likely: 2_200_000, high: 3_000_000 })
    expect(store.model.scenarios[0]?.costs[0]?.amount).toEqual({ low: 2_000_000, likely: 2_200_000, high: 3_000_000 })
    store.setInputAmount({ kind: 'group-users', groupId: 'a3' }, 5000)
    expect(store.model.organisation.groups[2]?.users).toBe(5000)
    store.undo()
    expect(store.model.organisation.groups[2]?.users).toBe(4900)
  })
})
