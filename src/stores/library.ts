/**
 * The saved cases in the browser: several cases to switch between, every change saved as it
 * happens, and nothing lost. Storage that is corrupt falls back to the last good copy; storage written
 * by an older version is migrated; storage that is full leaves the work in memory (and exportable)
 * with a message. Each stored case is a model file, read through the same validation as any file.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef, toRaw, watch } from 'vue'
import { emptyCase, parseCase, SCHEMA_VERSION } from '~/engine'
import type { Case, Fault } from '~/engine'
import { loadPreset, shippedCatalogue } from '~/io/shipped'
import { useCaseStore } from './case'

const PREFIX = 'vagval:'
const INDEX_KEY = `${PREFIX}index`
const caseKey = (id: string) => `${PREFIX}case:${id}`
/** The copy written before the latest one: restored if the latest cannot be read. */
const goodKey = (id: string) => `${PREFIX}case:${id}:good`
/** Where an unreadable copy is kept aside, so nothing the user had is thrown away. */
const keptKey = (id: string) => `${PREFIX}case:${id}:unreadable`

export interface SavedCase {
  id: string
  name: string
  /** ISO time of the last save. */
  savedAt: string
}

export type LibraryNotice =
  | { kind: 'restored'; name: string; faults: Fault[] }
  | { kind: 'migrated'; name: string; from: number }
  | { kind: 'unreadable'; name: string; faults: Fault[] }
  | { kind: 'storage-full' }
  | { kind: 'storage-unavailable' }

interface StoredIndex {
  currentId?: string
  cases: SavedCase[]
}

/** The browser storage, replaceable in tests; undefined when the browser refuses access. */
let storageOverride: Storage | undefined
export function setLibraryStorage(storage: Storage | undefined) {
  storageOverride = storage
}
function storage(): Storage | undefined {
  if (storageOverride) return storageOverride
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** The clock, replaceable in tests. */
let clock = () => new Date()
export function setLibraryClock(now: () => Date) {
  clock = now
}

const nameOf = (model: Case) => (typeof model.name === 'string' ? model.name : model.name.sv)
const newId = () => `${clock().getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

function readIndex(store: Storage): StoredIndex {
  try {
    const parsed: unknown = JSON.parse(store.getItem(INDEX_KEY) ?? 'null')
    if (parsed && typeof parsed === 'object' && Array.isArray((parsed as StoredIndex).cases)) {
      const index = parsed as StoredIndex
      return { ...index, cases: index.cases.filter((c) => typeof c?.id === 'string' && typeof c?.name === 'string') }
    }
  } catch {
    // fall through: rebuild from the stored cases themselves
  }
  const cases: SavedCase[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i) ?? ''
    const match = /^vagval:case:([^:]+)$/.exec(key)
    if (match?.[1]) cases.push({ id: match[1], name: match[1], savedAt: '' })
  }
  return { cases }
}

type Loaded = { ok: true; model: Case; fromVersion: number } | { ok: false; faults: Fault[] }

function readCase(text: string | null): Loaded {
  if (text === null) return { ok: false, faults: [{ path: '', message: 'nothing is stored' }] }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return { ok: false, faults: [{ path: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] }
  }
  const parsed = parseCase(json, shippedCatalogue)
  if (!parsed.ok) return parsed
  const version = (json as { schemaVersion?: unknown }).schemaVersion
  return { ok: true, model: parsed.value, fromVersion: typeof version === 'number' ? version : SCHEMA_VERSION }
}

export const useLibraryStore = defineStore('library', () => {
  /** The saved cases, newest first as the user left them. */
  const cases = ref<SavedCase[]>([])
  const currentId = ref<string>('')
  /** What the user must be told about storage, or null. */
  const notice = shallowRef<LibraryNotice | null>(null)
  /** Whether the last change could not be saved (the work is in memory only). */
  const isUnsaved = ref(false)

  const caseStore = useCaseStore()
  /** The text last written for the current case: it becomes the good copy on the next write. */
  let lastWritten: string | null = null
  let stopAutosave: (() => void) | undefined

  function writeIndex(store: Storage) {
    store.setItem(INDEX_KEY, JSON.stringify({ currentId: currentId.value, cases: cases.value } satisfies StoredIndex))
  }

  /** Saves the open case now. Returns false (with a notice) when the browser's storage is full or refused. */
  function save(): boolean {
    const store = storage()
    if (!store) {
      notice.value = { kind: 'storage-unavailable' }
      isUnsaved.value = true
      return false
    }
    const text = JSON.stringify(caseStore.model)
    const savedAt = clock().toISOString()
    try {
      if (lastWritten !== null && lastWritten !== text) store.setItem(goodKey(currentId.value), lastWritten)
      store.setItem(caseKey(currentId.value), text)
      lastWritten = text
      const entry = { id: currentId.value, name: nameOf(caseStore.model), savedAt }
      const at = cases.value.findIndex((c) => c.id === currentId.value)
      cases.value = at === -1 ? [...cases.value, entry] : cases.value.map((c, i) => (i === at ? entry : c))
      writeIndex(store)
      isUnsaved.value = false
      if (notice.value?.kind === 'storage-full' || notice.value?.kind === 'storage-unavailable') notice.value = null
      return true
    } catch {
      // QuotaExceededError (or a refusal): keep the work in memory, say so, keep trying on later edits.
      notice.value = { kind: 'storage-full' }
      isUnsaved.value = true
      return false
    }
  }

  /** Reads a stored case, falling back to its good copy; tells the user what happened. */
  function load(id: string): Case | undefined {
    const store = storage()
    if (!store) return undefined
    const name = cases.value.find((c) => c.id === id)?.name ?? id
    const main = readCase(store.getItem(caseKey(id)))
    if (main.ok) {
      if (main.fromVersion < SCHEMA_VERSION) notice.value = { kind: 'migrated', name, from: main.fromVersion }
      return main.model
    }
    const good = readCase(store.getItem(goodKey(id)))
    const broken = store.getItem(caseKey(id))
    try {
      if (broken !== null) store.setItem(keptKey(id), broken)
    } catch {
      // no room to keep it aside: the good copy still comes back
    }
    if (good.ok) {
      notice.value = { kind: 'restored', name, faults: main.faults }
      return good.model
    }
    notice.value = { kind: 'unreadable', name, faults: main.faults }
    return undefined
  }

  function open(id: string, model: Case) {
    currentId.value = id
    lastWritten = null
    caseStore.replaceCase(model)
    save()
  }

  /** Starts the library: opens the last case (or the shipped one) and saves every change from then on. */
  function start() {
    const store = storage()
    const index = store ? readIndex(store) : { cases: [] }
    cases.value = index.cases
    const id = index.currentId && index.cases.some((c) => c.id === index.currentId) ? index.currentId : index.cases[0]?.id
    const model = id ? load(id) : undefined
    if (id && model) open(id, model)
    else open(newId(), loadPreset())
    stopAutosave?.()
    stopAutosave = watch(() => caseStore.model, () => save(), { flush: 'sync' })
  }

  /** Opens another saved case. Returns false if it cannot be read (a notice says why). */
  function openCase(id: string): boolean {
    if (id === currentId.value) return true
    const model = load(id)
    if (!model) return false
    open(id, model)
    return true
  }

  /** Adds a case (new, imported or from a link) as a saved case of its own and opens it. */
  function addCase(model: Case): string {
    const id = newId()
    open(id, model)
    return id
  }

  function newCase(kind: 'empty' | 'preset', texts: { name: string; groupName: string; scenarioName: string; unknownReason?: string }): string {
    const model = kind === 'preset' ? loadPreset() : emptyCase({ ...texts, startYear: clock().getFullYear() })
    return addCase(model)
  }

  /** Deletes a saved case; the open one is replaced by another (or the shipped case). */
  function deleteCase(id: string) {
    const store = storage()
    try {
      store?.removeItem(caseKey(id))
      store?.removeItem(goodKey(id))
    } catch {
      // nothing to free
    }
    cases.value = cases.value.filter((c) => c.id !== id)
    if (id === currentId.value) {
      const next = cases.value[0]
      const model = next ? load(next.id) : undefined
      if (next && model) open(next.id, model)
      else open(newId(), loadPreset())
    } else if (store) {
      writeIndex(store)
    }
  }

  /**
   * A saved case as it is stored, without opening it (to compare it with another): its latest copy,
   * else its last good one; undefined when neither can be read. Tells the user nothing and moves
   * nothing aside: opening the case does that.
   */
  function peekCase(id: string): Case | undefined {
    if (id === currentId.value) return caseStore.model
    const store = storage()
    if (!store) return undefined
    const main = readCase(store.getItem(caseKey(id)))
    if (main.ok) return main.model
    const good = readCase(store.getItem(goodKey(id)))
    return good.ok ? good.model : undefined
  }

  /**
   * Keeps a copy of the open case as it is now, as a saved case of its own under `name`, and stays
   * on the open case (a version to compare with later). Returns the copy's id, or undefined when
   * the browser's storage refused it.
   */
  function saveCopy(name: string): string | undefined {
    const store = storage()
    if (!store) return undefined
    const id = newId()
    const copy: Case = { ...structuredClone(toRaw(caseStore.model)), name }
    try {
      store.setItem(caseKey(id), JSON.stringify(copy))
      cases.value = [...cases.value, { id, name, savedAt: clock().toISOString() }]
      writeIndex(store)
      return id
    } catch {
      notice.value = { kind: 'storage-full' }
      return undefined
    }
  }

  function dismissNotice() {
    notice.value = null
  }

  return { cases, currentId, notice, isUnsaved, start, save, openCase, addCase, newCase, deleteCase, peekCase, saveCopy, dismissNotice }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
