/** The case store's sovereignty settings (issue 24, decision 0020): each change one step of undo, nothing empty left behind, refused when invalid. */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useCaseStore } from '~/stores/case'

describe('useCaseStore: sovereignty settings', () => {
  let store: ReturnType<typeof useCaseStore>
  beforeEach(() => {
    setActivePinia(createPinia())
    store = useCaseStore()
    store.setClock(() => 0)
  })

  it('sets a minimum SEAL, an own answer with its evidence and adapted points, each undone one step at a time', () => {
    expect(store.model.sovereignty).toBeUndefined()
    store.setSovereignty((s) => (s.minimumSeal = { 'SOV-2': 2 }))
    store.setSovereignty((s) => (s.answers = [{ productId: 'webex', criterion: 'SOV-2.3', answer: 1, note: 'Avtalet, bilaga 4' }]))
    store.setSovereignty((s) => (s.values = { 'SOV-2.3': { '1': 20 } }))
    expect(store.model.sovereignty).toEqual({
      minimumSeal: { 'SOV-2': 2 },
      answers: [{ productId: 'webex', criterion: 'SOV-2.3', answer: 1, note: 'Avtalet, bilaga 4' }],
      values: { 'SOV-2.3': { '1': 20 } },
    })
    store.undo()
    expect(store.model.sovereignty?.values).toBeUndefined()
    store.undo()
    expect(store.model.sovereignty).toEqual({ minimumSeal: { 'SOV-2': 2 } })
    store.undo()
    expect(store.model.sovereignty).toBeUndefined()
    store.redo()
    expect(store.model.sovereignty).toEqual({ minimumSeal: { 'SOV-2': 2 } })
  })

  it('leaves no empty part: removing the last minimum, answer or adapted point removes the settings', () => {
    store.setSovereignty((s) => (s.minimumSeal = { 'SOV-1': 1 }))
    store.setSovereignty((s) => (s.minimumSeal = {}))
    expect(store.model.sovereignty).toBeUndefined()
    store.setSovereignty((s) => (s.values = { 'SOV-1.1': { '2': 10 } }))
    store.setSovereignty((s) => (s.values = { 'SOV-1.1': {} }))
    expect(store.model.sovereignty).toBeUndefined()
  })

  it('refuses a setting the case format cannot hold, and keeps the case as it was', () => {
    store.setSovereignty((s) => (s.minimumSeal = { 'SOV-2': 2 }))
    store.setSovereignty((s) => (s.minimumSeal = { 'SOV-2': 7 }))
    expect(store.model.sovereignty).toEqual({ minimumSeal: { 'SOV-2': 2 } })
    expect(store.refusal?.faults[0]?.path).toBe('sovereignty.minimumSeal["SOV-2"]')
  })
})
