/**
 * A first visit shows the shipped case before the validator has loaded (src/main.ts): edits and the
 * first save wait for it, in order and checked, and a visit with saved work is told to wait for it.
 * Each test takes fresh modules, so the validator the test setup loaded is not there.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MemoryStorage } from '../fixtures/storage'

async function freshApp(storage: Storage) {
  vi.resetModules()
  const pinia = await import('pinia')
  const engine = await import('~/engine')
  const libraryModule = await import('~/stores/library')
  const caseModule = await import('~/stores/case')
  pinia.setActivePinia(pinia.createPinia())
  libraryModule.setLibraryStorage(storage)
  return { engine, library: libraryModule.useLibraryStore(), store: caseModule.useCaseStore() }
}

/** Lets the promise callbacks queued on the validator's loading run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

const storedCases = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').filter((key) => /^vagval:case:[^:]+$/.test(key))

describe('a first visit, before the validator has loaded', () => {
  afterEach(() => vi.resetModules())

  it('opens the shipped case at once, and edits and the first save wait for the validator, in order and checked', async () => {
    const storage = new MemoryStorage()
    const { engine, library, store } = await freshApp(storage)
    expect(library.hasSavedWork()).toBe(false)
    library.start()
    expect(engine.isValidatorLoaded()).toBe(false)
    expect(store.model.organisation.groups.find((g) => g.id === 'e3')?.users).toBe(2300)
    // Nothing is written that has not been checked.
    expect(storedCases(storage)).toEqual([])

    store.setGroupUsers('e3', 2400)
    store.setGroupUsers('e3', 2500)
    store.setGroupUsers('f3', -1)
    expect(store.model.organisation.groups.find((g) => g.id === 'e3')?.users).toBe(2300)

    await engine.loadValidator()
    await settle()
    expect(store.model.organisation.groups.find((g) => g.id === 'e3')?.users).toBe(2500)
    // The last edit would not validate: refused with its reason, the case as it was.
    expect(store.refusal?.faults[0]?.path).toMatch(/users/)
    expect(store.model.organisation.groups.find((g) => g.id === 'f3')?.users).toBeGreaterThan(0)
    store.undo()
    expect(store.model.organisation.groups.find((g) => g.id === 'e3')?.users).toBe(2300)
    store.redo()

    const [key] = storedCases(storage)
    expect(key).toBeDefined()
    expect(JSON.parse(storage.getItem(key as string) ?? 'null')).toEqual(JSON.parse(JSON.stringify(store.model)))
    expect(library.isUnsaved).toBe(false)
  })

  it('reloads what was saved, and a visit with saved work knows it must wait for the validator', async () => {
    const storage = new MemoryStorage()
    const first = await freshApp(storage)
    first.library.start()
    first.store.setGroupUsers('e3', 2600)
    await first.engine.loadValidator()
    await settle()

    const again = await freshApp(storage)
    expect(again.library.hasSavedWork()).toBe(true)
    // Reading saved work without the validator is refused outright, never done unchecked.
    expect(() => again.library.start()).toThrow(/await loadValidator\(\)/)
    await again.engine.loadValidator()
    again.library.start()
    expect(again.store.model.organisation.groups.find((g) => g.id === 'e3')?.users).toBe(2600)
  })
})
