import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Case, LocalText } from '~/engine'
import { useCaseStore } from '~/stores/case'
import { setLibraryStorage, useLibraryStore } from '~/stores/library'
import { MemoryStorage, RacingStorage, SharedStorage } from '../fixtures/storage'

/** Characters held (keys and values), as MemoryStorage counts them against its limit. */
function usedBy(storage: Storage): number {
  let used = 0
  for (let i = 0; i < storage.length; i++) used += (storage.key(i) ?? '').length + (storage.getItem(storage.key(i) ?? '') ?? '').length
  return used
}

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

  it('rebuilds its index when the index itself is corrupt, and says so', () => {
    const first = reload(storage)
    first.store.setGroupUsers('e3', 2222)
    storage.setItem('vagval:index', '{oops')
    const { store, library } = reload(storage)
    expect(store.model.organisation.groups[0]?.users).toBe(2222)
    expect(library.notice).toEqual({ kind: 'index-rebuilt', count: 1 })
  })

  it.each<[string, (index: { currentId?: unknown; cases: Record<string, unknown>[] }) => unknown]>([
    ['an unknown current id', (index) => ({ ...index, currentId: 'no-such-case' })],
    ['an entry with a non-text id', (index) => ({ ...index, cases: [...index.cases, { id: 42, name: 'x' }] })],
    ['an entry with a non-text name', (index) => ({ ...index, cases: index.cases.map((c) => ({ ...c, name: null })) })],
    ['a list that lost a stored case', (index) => ({ ...index, cases: index.cases.slice(0, 1) })],
  ])('rebuilds a list of cases with %s from the stored cases, opens the user’s case and says so', (_, damage) => {
    const { library, store } = reload(storage)
    library.newCase('empty', { name: 'Testkommun', groupName: 'Personal', scenarioName: 'Scenario 1' })
    store.setGroupUsers('personal', 777)
    const index = JSON.parse(storage.getItem('vagval:index') ?? '') as { currentId?: unknown; cases: Record<string, unknown>[] }
    storage.setItem('vagval:index', JSON.stringify(damage(index)))
    const again = reload(storage)
    expect(again.library.notices.map((n) => n.kind)).toContain('index-rebuilt')
    expect(again.library.cases.map((c) => c.name).sort()).toEqual(['Eskilstuna kommun – digital arbetsplats 2023–2027', 'Testkommun'])
    // Not the shipped case in the user's place: the case last saved opens.
    expect(again.store.model.name).toBe('Testkommun')
    expect(again.store.model.organisation.groups[0]?.users).toBe(777)
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

  it('saves the case when only its good copy no longer fits, and says storage is nearly full', () => {
    const { library, store } = reload(storage)
    const used = usedBy(storage)
    storage.limit = used + 100
    store.setGroupUsers('e3', 2400)
    expect(library.isUnsaved).toBe(false)
    expect(library.notice?.kind).toBe('storage-low')
    expect(reload(storage).store.model.organisation.groups[0]?.users).toBe(2400)
  })

  it('never stores a case the validator refuses: a start year of 2100 is refused and nothing is rolled back on reload', () => {
    // Issue 13: start year 2100 moved the dated lines past 2100; autosave stored it; the reload rolled the
    // last edit back and the next edit replaced the case by the Eskilstuna case.
    const { library, store } = reload(storage)
    store.setGroupUsers('e3', 2400)
    store.setStartYear(2100)
    expect(store.refusal?.faults[0]?.path).toMatch(/^(settings\.years|scenarios\[\d+\]\.)/)
    expect(store.model.settings.startYear).toBe(2023)
    expect(library.isUnsaved).toBe(false)
    const again = reload(storage)
    expect(again.library.notices).toEqual([])
    expect(again.store.model.organisation.groups[0]?.users).toBe(2400)
    expect(JSON.stringify(again.store.model)).toBe(JSON.stringify(store.model))
  })

  it('does not write a case that would not read back, and says so (the safety net behind the store)', () => {
    const { library, store } = reload(storage)
    const key = `vagval:case:${library.currentId}`
    const before = storage.getItem(key)
    const broken = JSON.parse(JSON.stringify(store.model)) as Case
    broken.settings.startYear = 2100
    store.replaceCase(broken)
    expect(storage.getItem(key)).toBe(before)
    expect(library.notice?.kind).toBe('not-saved')
    expect(library.isUnsaved).toBe(true)
  })

  it('lists a copy kept aside as unreadable, with its faults, and restores it once repaired', () => {
    const first = reload(storage)
    first.store.setGroupUsers('e3', 2400)
    const id = first.library.currentId
    storage.setItem(`vagval:case:${id}`, JSON.stringify({ ...first.store.model, settings: { ...first.store.model.settings, years: 40 } }))
    const { library, store } = reload(storage)
    expect(library.notice?.kind).toBe('restored')
    expect(library.unreadable).toEqual([
      expect.objectContaining({ id, isListedCaseLost: false, faults: [{ path: 'settings.years', message: 'must be 1 to 10 years' }] }),
    ])
    const repaired = JSON.parse(library.unreadable[0]?.text ?? '') as Case
    repaired.settings.years = 4
    const newId = library.restoreRepaired(id, repaired)
    expect(newId).not.toBe(id)
    expect(store.model.settings.years).toBe(4)
    expect(library.unreadable).toEqual([])
    expect(library.cases).toHaveLength(2)
  })

  it('lists a case with no readable copy left, and repairs it under its own id', () => {
    const { library } = reload(storage)
    const lostId = library.newCase('empty', { name: 'Förlorad', groupName: 'Personal', scenarioName: 'Scenario 1' })
    const text = storage.getItem(`vagval:case:${lostId}`) ?? ''
    storage.setItem(`vagval:case:${lostId}`, text.replace('"schemaVersion":1', '"schemaVersion":"one"'))
    storage.removeItem(`vagval:case:${lostId}:good`)
    const again = reload(storage)
    expect(again.library.unreadable.map((u) => [u.id, u.name, u.isListedCaseLost])).toEqual([[lostId, 'Förlorad', true]])
    expect(again.library.openCase(lostId)).toBe(false)
    again.library.restoreRepaired(lostId, JSON.parse(text) as Case)
    expect(again.library.currentId).toBe(lostId)
    expect(again.library.unreadable).toEqual([])
    expect(reload(storage).library.openCase(lostId)).toBe(true)
  })

  it('warns of edits that storage could not hold, and on the next visit says so and offers them', () => {
    const session = new MemoryStorage()
    setActivePinia(createPinia())
    setLibraryStorage(storage, session)
    const library = useLibraryStore()
    library.start()
    const store = useCaseStore()
    storage.limit = storage.getItem(`vagval:case:${library.currentId}`)?.length ?? 0
    store.setGroupUsers('e3', 2468)
    expect(library.isUnsaved).toBe(true)
    // A new visit in the same tab (a reload): the older case opens, and the person is told.
    setActivePinia(createPinia())
    setLibraryStorage(storage, session)
    const again = useLibraryStore()
    again.start()
    expect(useCaseStore().model.organisation.groups[0]?.users).toBe(2300)
    const earlier = again.notices.find((n) => n.kind === 'unsaved-earlier')
    expect(earlier).toMatchObject({ name: { sv: 'Eskilstuna kommun – digital arbetsplats 2023–2027', en: 'Eskilstuna municipality – digital workplace 2023–2027' } })
    const text = earlier?.kind === 'unsaved-earlier' ? earlier.text : undefined
    expect((JSON.parse(text ?? '{}') as Case).organisation.groups[0]?.users).toBe(2468)
    again.dismissNotice('unsaved-earlier')
    expect(session.getItem('vagval:unsaved')).toBeNull()
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

describe('two tabs on the same saved cases', () => {
  afterEach(() => setLibraryStorage(undefined))
  const copyName = (name: LocalText): LocalText => `${typeof name === 'string' ? name : name.sv} (kopia)`

  /** Two tabs of one browser: one storage, events delivered by `shared.deliver()`. */
  function twoTabs() {
    const shared = new SharedStorage()
    const open = () => {
      const view = shared.tab()
      const pinia = createPinia()
      setActivePinia(pinia)
      setLibraryStorage(view)
      const library = useLibraryStore()
      const store = useCaseStore()
      view.onEvent = (key, value) => library.receiveStorageChange(key, value)
      library.start()
      return { library, store }
    }
    const a = open()
    shared.deliver()
    const b = open()
    shared.deliver()
    return { shared, a, b }
  }

  it('a case made in one tab is listed in the other, and survives the other saving its older list', () => {
    const { shared, a, b } = twoTabs()
    a.library.newCase('empty', { name: 'Ny i A', groupName: 'Personal', scenarioName: 'Scenario 1' })
    // B saves before it has heard of the new case: its write merges, it does not overwrite.
    b.store.setGroupUsers('e3', 2500)
    shared.deliver()
    expect(b.library.cases.map((c) => c.name)).toContain('Ny i A')
    expect(a.library.cases.map((c) => c.name)).toContain('Ny i A')
  })

  it('a rename in one tab is kept when the other, having heard, edits the same case', () => {
    const { shared, a, b } = twoTabs()
    a.store.setCaseName('Omdöpt i A')
    shared.deliver()
    expect(b.library.elsewhere?.kind).toBe('reloaded')
    expect(b.store.model.name).toBe('Omdöpt i A')
    b.store.setGroupUsers('e3', 2500)
    shared.deliver()
    expect(a.store.model.name).toBe('Omdöpt i A')
    expect(a.store.model.organisation.groups[0]?.users).toBe(2500)
  })

  it('an edit made before hearing of the other tab’s change to another field keeps both', () => {
    const { shared, a, b } = twoTabs()
    a.store.setCaseName('Omdöpt i A')
    // B edits before the event arrives: its save sees a stored text it has not read, and merges.
    b.store.setGroupUsers('e3', 2500)
    expect(b.library.elsewhere?.kind).toBe('merged')
    expect(b.library.isUnsaved).toBe(false)
    shared.deliver()
    for (const tab of [a, b]) {
      expect(tab.store.model.name).toBe('Omdöpt i A')
      expect(tab.store.model.organisation.groups[0]?.users).toBe(2500)
    }
  })

  it('an edit of the same field made before hearing overwrites nothing: the person keeps theirs as a copy', () => {
    const { shared, a, b } = twoTabs()
    a.store.setCaseName('Omdöpt i A')
    b.store.setCaseName('Omdöpt i B')
    expect(b.library.elsewhere?.kind).toBe('conflict')
    expect(b.library.isUnsaved).toBe(true)
    shared.deliver()
    expect(b.library.elsewhere?.kind).toBe('conflict')
    b.library.keepMineAsCopy(copyName)
    shared.deliver()
    expect(a.library.cases.map((c) => c.name)).toEqual(['Omdöpt i A', 'Omdöpt i B (kopia)'])
    expect(a.store.model.name).toBe('Omdöpt i A')
  })

  it('or loads the newer version', () => {
    const { a, b } = twoTabs()
    a.store.setCaseName('Omdöpt i A')
    b.store.setCaseName('Omdöpt i B')
    b.library.loadNewer()
    expect(b.store.model.name).toBe('Omdöpt i A')
    expect(b.library.elsewhere).toBeNull()
    b.store.setGroupUsers('e3', 2600)
    expect(b.library.isUnsaved).toBe(false)
  })

  it('a case deleted in one tab does not come back from the other', () => {
    const { shared, a, b } = twoTabs()
    const id = a.library.newCase('empty', { name: 'Tillfälligt', groupName: 'Personal', scenarioName: 'Scenario 1' })
    shared.deliver()
    b.library.openCase(id)
    shared.deliver()
    a.library.deleteCase(id)
    shared.deliver()
    expect(b.library.elsewhere?.kind).toBe('deleted')
    b.store.setGroupUsers('personal', 5)
    shared.deliver()
    expect(a.library.cases.map((c) => c.id)).not.toContain(id)
    expect(shared.items.getItem(`vagval:case:${id}`)).toBeNull()
    // Unless the person keeps it.
    b.library.keepDeleted()
    shared.deliver()
    expect(a.library.cases.map((c) => c.id)).toContain(id)
  })

  it('a change elsewhere makes a finished simulation outdated in the tab that heard it (the case it shows changes)', () => {
    const { shared, a, b } = twoTabs()
    const before = b.store.model
    a.store.setGroupUsers('e3', 2500)
    shared.deliver()
    expect(b.store.model).not.toBe(before)
    expect(b.store.model.organisation.groups[0]?.users).toBe(2500)
  })
})

describe('two tabs writing at the same moment (issue 22): no tab shows a version that is not stored', () => {
  afterEach(() => setLibraryStorage(undefined))
  const copyName = (name: LocalText): LocalText => `${typeof name === 'string' ? name : name.sv} (kopia)`

  /** Two tabs on Chromium-like storage: each reads its own copy, and hears the other's writes on `deliver()`. */
  function racingTabs() {
    const shared = new RacingStorage()
    const open = () => {
      const view = shared.tab()
      setActivePinia(createPinia())
      setLibraryStorage(view)
      const library = useLibraryStore()
      const store = useCaseStore()
      view.onEvent = (key, value) => library.receiveStorageChange(key, value)
      library.start()
      return { library, store, view }
    }
    const a = open()
    shared.deliver()
    const b = open()
    shared.deliver()
    const stored = () => JSON.parse(shared.items.get(`vagval:case:${a.library.currentId}`) ?? 'null') as Case
    /** Delivers until nothing more is written. */
    const settle = () => {
      for (let i = 0; i < 5; i++) shared.deliver()
    }
    return { shared, a, b, stored, settle }
  }

  it('a rename in A and an edit in B written before either heard: both are kept, and both tabs show what is stored', () => {
    const { a, b, stored, settle } = racingTabs()
    a.store.setCaseName('Omdöpt i A')
    b.store.setGroupUsers('e3', 2600)
    // Both writes passed: each tab read the same text before writing. The store holds B's.
    expect(stored().organisation.groups[0]?.users).toBe(2600)
    expect(stored().name).not.toBe('Omdöpt i A')
    settle()
    expect(stored().name).toBe('Omdöpt i A')
    expect(stored().organisation.groups[0]?.users).toBe(2600)
    for (const tab of [a, b]) expect(JSON.stringify(tab.store.model)).toBe(JSON.stringify(stored()))
    // A merged them and says both are kept; B took the merged version, which is the stored one.
    expect(a.library.elsewhere?.kind).toBe('merged')
    expect(b.library.elsewhere?.kind).toBe('reloaded')
    expect(a.library.isUnsaved || b.library.isUnsaved).toBe(false)
    // Work goes on: the next edit in either tab is saved.
    a.store.setGroupUsers('e3', 2800)
    expect(a.library.isUnsaved).toBe(false)
    expect(stored().organisation.groups[0]?.users).toBe(2800)
  })

  it('hears a write the store no longer holds and does not show it as the newer version', () => {
    const { a, b, stored, settle } = racingTabs()
    a.store.setCaseName('Omdöpt i A')
    b.store.setGroupUsers('e3', 2600)
    settle()
    // B heard A's write of the rename alone after its own: it never showed that version as newer.
    expect(b.store.model.organisation.groups[0]?.users).toBe(2600)
    expect(JSON.stringify(b.store.model)).toBe(JSON.stringify(stored()))
  })

  it('where both changed the same field, the tab whose edit was not stored says so, shows what is stored, and keeps its version as a copy when asked', () => {
    const { a, b, stored, settle } = racingTabs()
    a.store.setCaseName('Namn från A')
    b.store.setCaseName('Namn från B')
    settle()
    expect(stored().name).toBe('Namn från B')
    for (const tab of [a, b]) expect(tab.store.model.name).toBe('Namn från B')
    expect(a.library.elsewhere).toMatchObject({ kind: 'reloaded', isOwnLost: true })
    expect(b.library.elsewhere).toBeNull()
    a.library.keepPreviousAsCopy(copyName)
    settle()
    expect(b.library.cases.map((c) => c.name)).toContain('Namn från A (kopia)')
  })

  it('merges with what the other tab built on: a rename typed key by key while the other tab edits', () => {
    const { shared, a, b, stored, settle } = racingTabs()
    a.store.setCaseName('Omd')
    shared.deliver()
    // B heard "Omd"; A types on and B edits before hearing of the rest.
    a.store.setCaseName('Omdöpt')
    a.store.setCaseName('Omdöpt i A')
    b.store.setGroupUsers('e3', 2700)
    settle()
    expect(stored().name).toBe('Omdöpt i A')
    expect(stored().organisation.groups[0]?.users).toBe(2700)
    for (const tab of [a, b]) expect(JSON.stringify(tab.store.model)).toBe(JSON.stringify(stored()))
  })
})

describe('the note of lost edits fits in a storage full to the last byte (issue 22)', () => {
  afterEach(() => setLibraryStorage(undefined))

  it('the next visit, in another tab, says that edits were lost', () => {
    const storage = new MemoryStorage()
    setActivePinia(createPinia())
    setLibraryStorage(storage, new MemoryStorage())
    const library = useLibraryStore()
    library.start()
    // Full to the last byte: nothing more fits, not even a one-letter key.
    const used = usedBy(storage)
    storage.limit = used
    useCaseStore().setGroupUsers('e3', 2_468_000)
    expect(library.isUnsaved).toBe(true)
    expect(() => storage.setItem('y', '')).toThrow()
    // Another tab later (its own session storage, empty): told, though the text is not there to offer.
    setActivePinia(createPinia())
    setLibraryStorage(storage, new MemoryStorage())
    const again = useLibraryStore()
    again.start()
    expect(useCaseStore().model.organisation.groups[0]?.users).toBe(2300)
    expect(again.notices.find((n) => n.kind === 'unsaved-earlier')).toMatchObject({
      kind: 'unsaved-earlier',
      name: { sv: 'Eskilstuna kommun – digital arbetsplats 2023–2027' },
    })
    // Dismissed, the reservation comes back (same size), ready for the next time.
    again.dismissNotice('unsaved-earlier')
    setActivePinia(createPinia())
    setLibraryStorage(storage, new MemoryStorage())
    const third = useLibraryStore()
    third.start()
    expect(third.notices.map((n) => n.kind)).not.toContain('unsaved-earlier')
  })
})

describe('smaller things of saved work (issue 22)', () => {
  afterEach(() => setLibraryStorage(undefined))

  it('a stored key with capitals is a case like any other, and the list is not called damaged on every visit', () => {
    const storage = new MemoryStorage()
    const first = reload(storage)
    storage.setItem('vagval:case:Mitt-Fall', storage.getItem(`vagval:case:${first.library.currentId}`) ?? '')
    const second = reload(storage)
    expect(second.library.notices.map((n) => n.kind)).toContain('index-rebuilt')
    const third = reload(storage)
    expect(third.library.notices.map((n) => n.kind)).not.toContain('index-rebuilt')
    expect(third.library.cases.map((c) => c.id)).toContain('Mitt-Fall')
    expect(third.library.openCase('Mitt-Fall')).toBe(true)
  })

  it('says the unreadable copy is kept aside only when it is: missing, or no room to keep it (offered as a file)', () => {
    const storage = new MemoryStorage()
    const first = reload(storage)
    first.store.setGroupUsers('e3', 2400)
    first.store.setGroupUsers('e3', 2500)
    const key = `vagval:case:${first.library.currentId}`
    storage.removeItem(key)
    expect(reload(storage).library.notices.find((n) => n.kind === 'restored')).toMatchObject({ aside: 'missing' })

    const again = reload(storage)
    again.store.setGroupUsers('e3', 2600)
    storage.setItem(key, '{"schemaVersion":1,"name":')
    const used = usedBy(storage)
    storage.limit = used
    const full = reload(storage)
    expect(full.library.notices.find((n) => n.kind === 'restored')).toMatchObject({ aside: 'not-kept', text: '{"schemaVersion":1,"name":' })
    expect(storage.getItem(`${key}:unreadable`)).toBeNull()
  })

  it('with no room to keep an unreadable copy aside, opening does not write the good copy over it', () => {
    const storage = new MemoryStorage()
    const first = reload(storage)
    first.store.setGroupUsers('e3', 2400)
    const key = `vagval:case:${first.library.currentId}`
    // Damaged near its end: as long as the good copy, so writing the good copy over it would fit, keeping it aside would not.
    const damaged = (storage.getItem(key) ?? '').slice(0, -1)
    storage.setItem(key, damaged)
    storage.limit = usedBy(storage) + 8
    const full = reload(storage)
    expect(full.library.notices.find((n) => n.kind === 'restored')).toMatchObject({ aside: 'not-kept', text: damaged })
    expect(storage.getItem(key)).toBe(damaged)
    // The person's own change is worth more than the offered copy: it is saved.
    full.store.setGroupUsers('e3', 2500)
    expect(storage.getItem(key)).not.toBe(damaged)
  })

  it('after a repair, the good copy is the repaired case at once (not the unreadable text until the next save)', () => {
    const storage = new MemoryStorage()
    const { library } = reload(storage)
    const lostId = library.newCase('empty', { name: 'Förlorad', groupName: 'Personal', scenarioName: 'Scenario 1' })
    const text = storage.getItem(`vagval:case:${lostId}`) ?? ''
    const broken = text.replace('"schemaVersion":1', '"schemaVersion":"one"')
    storage.setItem(`vagval:case:${lostId}`, broken)
    storage.setItem(`vagval:case:${lostId}:good`, broken)
    const again = reload(storage)
    again.library.restoreRepaired(lostId, JSON.parse(text) as Case)
    expect(JSON.parse(storage.getItem(`vagval:case:${lostId}:good`) ?? 'null')).toEqual(JSON.parse(text))
    // So a damage to the case right after the repair still finds a good copy.
    storage.setItem(`vagval:case:${lostId}`, '{')
    const later = reload(storage)
    expect(later.library.openCase(lostId)).toBe(true)
    expect(later.library.notices.find((n) => n.kind === 'restored')).toMatchObject({ aside: 'kept' })
  })
})
