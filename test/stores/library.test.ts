import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useCaseStore } from '~/stores/case'
import { setLibraryStorage, useLibraryStore } from '~/stores/library'
import { MemoryStorage } from '../fixtures/storage'

/** A fresh app on the same storage: what a reload or a browser restart does. */
function reload(storage: Storage) {
  setActivePinia(createPinia())
  setLibraryStorage(storage)
  const library = useLibraryStore()
  library.start()
  return { library, store: useCaseStore() }
}

describe('useLibraryStore', () => {
  let storage: MemoryStorage
  beforeEach(() => {
    storage = new MemoryStorage()
  })
  afterEach(() => setLibraryStorage(undefined))

  it('opens the shipped case the first time and saves every change as it happens', () => {
    const first = reload(storage)
    expect(first.store.model.settings.startYear).toBe(2023)
    first.store.setGroupUsers('e3', 2400)
    const again = reload(storage)
    expect(again.store.model.organisation.groups[0]?.users).toBe(2400)
    expect(again.library.notice).toBeNull()
  })

  it('keeps several cases and switches between them', () => {
    const { library, store } = reload(storage)
    const firstId = library.currentId
    const id = library.newCase('empty', { name: 'Testkommun', groupName: 'Personal', scenarioName: 'Scenario 1' })
    expect(store.model.name).toBe('Testkommun')
    store.setGroupUsers('personal', 500)
    expect(library.cases.map((c) => c.name)).toEqual(['Eskilstuna kommun – digital arbetsplats 2023–2027', 'Testkommun'])
    library.openCase(firstId)
    expect(store.model.scenarios).toHaveLength(5)
    const again = reload(storage)
    expect(again.library.currentId).toBe(firstId)
    again.library.openCase(id)
    expect(again.store.model.organisation.groups[0]?.users).toBe(500)
  })

  it('restores the last good copy when the stored case is corrupt, keeps the broken one aside, and says so', () => {
    const first = reload(storage)
    first.store.setGroupUsers('e3', 2400)
    first.store.setGroupUsers('f3', 6000)
    const key = `vagval:case:${first.library.currentId}`
    const broken = '{"schemaVersion":1,"name":'
    storage.setItem(key, broken)
    const { library, store } = reload(storage)
    expect(library.notice?.kind).toBe('restored')
    // The good copy is the state before the last save: E3 changed, F3 not yet.
    expect(store.model.organisation.groups.map((g) => g.users)).toEqual([2400, 6100, 4900])
    expect(storage.getItem(`${key}:unreadable`)).toBe(broken)
  })

  it('opens the shipped case and keeps the data aside when nothing stored can be read', () => {
    const first = reload(storage)
    const key = `vagval:case:${first.library.currentId}`
    storage.setItem(key, 'not json')
    storage.removeItem(`${key}:good`)
    const { library, store } = reload(storage)
    expect(library.notice?.kind).toBe('unreadable')
    expect(store.model.scenarios).toHaveLength(5)
    expect(storage.getItem(`${key}:unreadable`)).toBe('not json')
  })

  it('refuses a stored case of a newer format rather than misreading it', () => {
    const first = reload(storage)
    const key = `vagval:case:${first.library.currentId}`
    storage.setItem(key, JSON.stringify({ ...first.store.model, schemaVersion: 99 }))
    storage.removeItem(`${key}:good`)
    expect(reload(storage).library.notice?.kind).toBe('unreadable')
  })

  it('rebuilds its index when the index itself is corrupt', () => {
    const first = reload(storage)
    first.store.setGroupUsers('e3', 2222)
    storage.setItem('vagval:index', '{oops')
    const { store } = reload(storage)
    expect(store.model.organisation.groups[0]?.users).toBe(2222)
  })

  it('keeps working in memory with a message when storage is full, and saves again once there is room', () => {
    const { library, store } = reload(storage)
    storage.limit = 0
    store.setGroupUsers('e3', 2400)
    expect(library.notice?.kind).toBe('storage-full')
    expect(library.isUnsaved).toBe(true)
    expect(store.model.organisation.groups[0]?.users).toBe(2400)
    storage.limit = Number.POSITIVE_INFINITY
    store.setGroupUsers('e3', 2500)
    expect(library.isUnsaved).toBe(false)
    expect(library.notice).toBeNull()
    expect(reload(storage).store.model.organisation.groups[0]?.users).toBe(2500)
  })

  it('deletes a case and opens another', () => {
    const { library } = reload(storage)
    const first = library.currentId
    library.newCase('preset', { name: '', groupName: '', scenarioName: '' })
    library.deleteCase(library.currentId)
    expect(library.currentId).toBe(first)
    expect(library.cases).toHaveLength(1)
  })
})
