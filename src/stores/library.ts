/**
 * The saved cases in the browser: several cases to switch between, every change saved as it
 * happens, and nothing lost or hidden (docs/decisions/0003 and 0010).
 *
 * - Each stored case is a model file, read through the same validation as any file, and never
 *   written unless it reads back: autosave cannot store what the validator refuses.
 * - A copy that cannot be read falls back to the last good copy; the unreadable text is kept aside
 *   and listed (`unreadable`) with a way to download and repair it.
 * - A damaged list of cases is rebuilt from the stored cases themselves, and the person is told.
 * - Several tabs share the cases: the list is merged on every write (never overwritten with a stale
 *   one), a change made in another tab is heard (`receiveStorageChange`, which reads what is stored
 *   now rather than trusting the event), and the open case is never overwritten with an older
 *   version: it is reloaded when this tab has nothing unsaved, otherwise the person chooses between
 *   the newer version and keeping theirs as a copy (`elsewhere`). Two edits written at the same
 *   moment (each tab writing before it heard of the other) are merged field by field and both kept;
 *   where both changed one field, the tab whose edit was not stored says so, shows what is stored and
 *   offers its version as a copy. No tab calls a version "newer" that is not the stored one.
 * - Full storage leaves the work in memory with a message; closing the tab then asks first, and the
 *   next visit says that newer edits were not saved (a note of fixed size that replaces a reservation
 *   of the same size, so it is written even when storage is full to the last byte) and offers them as
 *   a file where the tab still has them.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import { emptyCase, isValidatorLoaded, loadValidator, mergeConcurrent, parseCase, sameJson, SCHEMA_VERSION } from '~/engine'
import type { Case, Fault, LocalText } from '~/engine'
import { loadPreset, shippedCatalogue, shippedIds } from '~/io/shipped'
import { useCaseStore } from './case'

const PREFIX = 'vagval:'
const INDEX_KEY = `${PREFIX}index`
/** Edits that could not be saved: a small note in local storage, the text too in the tab's session storage. */
const UNSAVED_KEY = `${PREFIX}unsaved`
/**
 * Every value under UNSAVED_KEY in local storage has this length: a reservation while there is
 * nothing to say, replaced by a note of the same length when edits are lost. Replacing a value by one
 * no longer never needs more room, so the note is written even when storage is full to the last byte.
 */
const NOTE_LENGTH = 320
/** Pads a small JSON object to NOTE_LENGTH characters (undefined when it does not fit). */
function padded(value: Record<string, unknown>): string | undefined {
  const text = JSON.stringify({ ...value, pad: '' })
  return text.length > NOTE_LENGTH ? undefined : JSON.stringify({ ...value, pad: '-'.repeat(NOTE_LENGTH - text.length) })
}
const RESERVATION = padded({ reserved: true }) ?? ''
const caseKey = (id: string) => `${PREFIX}case:${id}`
/** The copy written before the latest one: restored if the latest cannot be read. */
const goodKey = (id: string) => `${PREFIX}case:${id}:good`
/** Where an unreadable copy is kept aside, so nothing the user had is thrown away. */
const keptKey = (id: string) => `${PREFIX}case:${id}:unreadable`
/**
 * Ids the library reads back from its list and from stored keys: one rule for both, so a key the list
 * cannot hold (`vagval:case:Mitt-Fall`, with capitals) is not found again and again as a case the
 * list lacks. The library makes lower-case ids; others are read as they are.
 */
const ID_PATTERN = '[A-Za-z0-9_-]{1,64}'
const ID = new RegExp(`^${ID_PATTERN}$`)
const CASE_KEY = new RegExp(`^vagval:case:(${ID_PATTERN})$`)
const KEPT_KEY = new RegExp(`^vagval:case:(${ID_PATTERN}):unreadable$`)

export interface SavedCase {
  id: string
  name: string
  /** ISO time of the last save; empty when not known (a list rebuilt from the stored cases). */
  savedAt: string
}

/** A stored text that cannot be read as a case: kept aside, listed, downloadable and repairable. */
export interface UnreadableCase {
  id: string
  name: string
  text: string
  faults: Fault[]
  /** Whether the listed case of this id has no readable copy left (repairing it then repairs that case). */
  isListedCaseLost: boolean
}

export type LibraryNotice =
  /**
   * The latest copy could not be read and the last good one is shown. `aside`: the unreadable text is
   * kept aside, there was none (the copy was missing), or there was no room to keep it (`text` is it, to download).
   */
  | { kind: 'restored'; name: string; faults: Fault[]; aside: 'kept' | 'missing' | 'not-kept'; text?: string }
  | { kind: 'migrated'; name: string; from: number }
  | { kind: 'unreadable'; name: string; faults: Fault[] }
  | { kind: 'storage-full' }
  /** The case is saved, but its good copy no longer fits: the next edit that grows it may not. */
  | { kind: 'storage-low' }
  | { kind: 'storage-unavailable' }
  /** The list of cases was damaged and has been rebuilt from the `count` stored cases. */
  | { kind: 'index-rebuilt'; count: number }
  /** Edits made at `at` could not be saved (storage was full); `text` is them, where this tab kept it. */
  | { kind: 'unsaved-earlier'; name: LocalText; at: string; text?: string }
  /** A case that would not read back was not written (a safety net: edits are checked before this). */
  | { kind: 'not-saved'; faults: Fault[] }
  /** A case to open was deleted in another tab. */
  | { kind: 'gone'; name: string }

/** The open case changed in another tab. */
export type ElsewhereChange =
  /**
   * This tab had nothing unsaved and now shows the stored version; `previous` is what it showed.
   * `isOwnLost`: this tab's edits were written at the same moment as the other tab's and are not in
   * the stored version (both changed the same field), so `previous` holds them.
   */
  | { kind: 'reloaded'; name: LocalText; previous: Case; isOwnLost?: boolean }
  /** Both tabs' edits, made at the same moment, are merged and stored; this tab shows the merged case. */
  | { kind: 'merged'; name: LocalText }
  /** This tab has edits the other tab's version lacks: nothing is written until the person chooses. */
  | { kind: 'conflict'; name: LocalText }
  /** Deleted in another tab: nothing is written until the person keeps or closes it. */
  | { kind: 'deleted'; name: LocalText }

interface StoredIndex {
  currentId?: string
  cases: SavedCase[]
}

/** The browser's storages, replaceable in tests (each store takes them when it is made); undefined when refused. */
let localOverride: Storage | undefined
let sessionOverride: Storage | undefined
export function setLibraryStorage(local: Storage | undefined, session?: Storage) {
  localOverride = local
  sessionOverride = session
}
function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return globalThis[kind]
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
const clone = <T>(value: T): T => structuredClone(toRaw(value))

/** The case's name in a stored text, if it has one. */
function nameIn(text: string | null): string | null {
  try {
    const name = (JSON.parse(text ?? '') as { name?: unknown }).name
    if (typeof name === 'string' && name.trim()) return name
    if (name && typeof name === 'object' && typeof (name as { sv?: unknown }).sv === 'string') return (name as { sv: string }).sv
  } catch {
    // no name to read
  }
  return null
}

function storedIds(store: Storage, pattern: RegExp): string[] {
  const ids: string[] = []
  for (let i = 0; i < store.length; i++) {
    const id = pattern.exec(store.key(i) ?? '')?.[1]
    if (id) ids.push(id)
  }
  return ids
}

/**
 * The list of cases as stored, checked entry by entry and completed from the stored cases: an entry
 * that is not an id and a name, a stored case the list lacks, or a current id it does not hold make
 * it `isDamaged` (the person is told it was rebuilt).
 */
function readIndex(store: Storage): StoredIndex & { isDamaged: boolean } {
  const raw = store.getItem(INDEX_KEY)
  let parsed: unknown = null
  let isDamaged = false
  try {
    parsed = JSON.parse(raw ?? 'null')
  } catch {
    isDamaged = true
  }
  const index = parsed && typeof parsed === 'object' ? (parsed as { currentId?: unknown; cases?: unknown }) : {}
  if (raw !== null && !Array.isArray(index.cases)) isDamaged = true
  const cases: SavedCase[] = []
  for (const entry of Array.isArray(index.cases) ? (index.cases as unknown[]) : []) {
    const { id, name, savedAt } = (entry ?? {}) as Record<string, unknown>
    if (typeof id !== 'string' || !ID.test(id) || typeof name !== 'string' || cases.some((c) => c.id === id)) {
      isDamaged = true
      continue
    }
    // An entry whose case is gone (deleted in another tab just now) has nothing left to list.
    if (store.getItem(caseKey(id)) === null && store.getItem(goodKey(id)) === null) continue
    cases.push({ id, name, savedAt: typeof savedAt === 'string' ? savedAt : '' })
  }
  for (const id of storedIds(store, CASE_KEY)) {
    if (cases.some((c) => c.id === id)) continue
    cases.push({ id, name: nameIn(store.getItem(caseKey(id))) ?? id, savedAt: '' })
    isDamaged = true
  }
  const currentId = typeof index.currentId === 'string' && cases.some((c) => c.id === index.currentId) ? index.currentId : undefined
  if (index.currentId !== undefined && currentId === undefined) isDamaged = true
  return { ...(currentId ? { currentId } : {}), cases, isDamaged }
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
  const parsed = parseCase(json, shippedCatalogue, shippedIds)
  if (!parsed.ok) return parsed
  const version = (json as { schemaVersion?: unknown }).schemaVersion
  return { ok: true, model: parsed.value, fromVersion: typeof version === 'number' ? version : SCHEMA_VERSION }
}

/** A case read from storage: the case, the text stored under its key, and the last text that reads. */
interface Opened {
  model: Case
  storedText: string | null
  goodText: string | null
  /** Whether storage should get the case as read (it came from a good copy or an older format). */
  isToWrite?: boolean
}

export const useLibraryStore = defineStore('library', () => {
  const local = localOverride ?? browserStorage('localStorage')
  const session = sessionOverride ?? browserStorage('sessionStorage')

  /** The saved cases, in the order they were made. */
  const cases = ref<SavedCase[]>([])
  const currentId = ref<string>('')
  /** What the person must be told about their saved work, oldest first. */
  const notices = shallowRef<LibraryNotice[]>([])
  /** The latest notice, or null. */
  const notice = computed(() => notices.value.at(-1) ?? null)
  /** Whether the open case has edits that are not stored (the work is in memory only). */
  const isUnsaved = ref(false)
  /** The open case changed in another tab, or null. */
  const elsewhere = shallowRef<ElsewhereChange | null>(null)
  /** Stored texts that cannot be read as a case. */
  const unreadable = shallowRef<UnreadableCase[]>([])

  const caseStore = useCaseStore()
  /** The text stored under the open case's key as this tab last wrote or read it: a different one was written elsewhere. */
  let storedText: string | null = null
  /** The last text of the open case that reads: it becomes the good copy on the next write. */
  let lastGood: string | null = null
  /**
   * The open case as this tab wrote or read it, written out by this tab: an unchanged case is not
   * written again (a case read back may list its fields in another order than the text it came from).
   */
  let baseText: string | null = null
  /**
   * The stored text this tab's edits started from (read on opening or taken from another tab), and
   * the texts it has written since: what another tab's concurrent edit may have been built on.
   */
  let adoptedText: string | null = null
  let ownWrites: string[] = []
  /** How many of this tab's own writes are remembered for a merge (a tab hears another's write within moments). */
  const MAX_OWN_WRITES = 50
  function adopt(text: string | null) {
    adoptedText = text
    ownWrites = []
  }
  let stopAutosave: (() => void) | undefined
  let isListening = false

  function tell(next: LibraryNotice) {
    notices.value = [...notices.value.filter((n) => n.kind !== next.kind), next]
  }
  function forget(...kinds: LibraryNotice['kind'][]) {
    if (notices.value.some((n) => kinds.includes(n.kind))) notices.value = notices.value.filter((n) => !kinds.includes(n.kind))
  }
  function dismissNotice(kind?: LibraryNotice['kind']) {
    const dismissed = kind ?? notice.value?.kind
    if (dismissed === 'unsaved-earlier') clearUnsavedNote()
    notices.value = notices.value.filter((n) => n.kind !== dismissed)
  }

  /** Writes the list, merged with what other tabs have written since: `change` applies this tab's own change. */
  function writeIndex(store: Storage, change: (list: SavedCase[]) => SavedCase[] = (list) => list) {
    const list = change(readIndex(store).cases)
    store.setItem(INDEX_KEY, JSON.stringify({ currentId: currentId.value, cases: list } satisfies StoredIndex))
    cases.value = list
  }
  const upsert = (entry: SavedCase) => (list: SavedCase[]) =>
    list.some((c) => c.id === entry.id) ? list.map((c) => (c.id === entry.id ? entry : c)) : [...list, entry]

  // — Edits that could not be saved —

  /** Keeps room for the note of lost edits (done while storage has room: on every start). */
  function reserveNote() {
    try {
      if (local && local.getItem(UNSAVED_KEY) === null) local.setItem(UNSAVED_KEY, RESERVATION)
    } catch {
      // no room even now: the note falls back to the tab's session storage and the warning before closing
    }
  }
  function noteUnsaved(text: string) {
    const name = clone(caseStore.model.name)
    const note = { id: currentId.value, name, at: clock().toISOString() }
    try {
      session?.setItem(UNSAVED_KEY, JSON.stringify({ ...note, text }))
    } catch {
      // the tab's own storage is full too: the note below still fits
    }
    // The note in place of the reservation, of the same length; a long name is left out (the list has it by id).
    const small = padded(note) ?? padded({ id: note.id, at: note.at })
    try {
      if (small) local?.setItem(UNSAVED_KEY, small)
    } catch {
      // no reservation to replace (storage was full before this tab started): the session note and the warning before closing are left
    }
  }
  function clearUnsavedNote() {
    try {
      session?.removeItem(UNSAVED_KEY)
    } catch {
      // nothing to free
    }
    try {
      // Back to the reservation (the same length, so it always fits), keeping room for the next note.
      const note = local?.getItem(UNSAVED_KEY) ?? null
      if (note !== null && note !== RESERVATION) local?.setItem(UNSAVED_KEY, RESERVATION)
    } catch {
      local?.removeItem(UNSAVED_KEY)
    }
  }
  function readUnsavedNote(): LibraryNotice | undefined {
    const isText = (name: unknown) => typeof name === 'string' || (typeof name === 'object' && name !== null && typeof (name as { sv?: unknown }).sv === 'string')
    for (const store of [session, local]) {
      try {
        const note = JSON.parse(store?.getItem(UNSAVED_KEY) ?? 'null') as { id?: unknown; name?: unknown; at?: unknown; text?: unknown } | null
        if (!note || typeof note.at !== 'string') continue
        const listed = typeof note.id === 'string' ? cases.value.find((c) => c.id === note.id)?.name : undefined
        const name = isText(note.name) ? (note.name as LocalText) : (listed ?? (typeof note.id === 'string' ? note.id : '?'))
        return { kind: 'unsaved-earlier', name, at: note.at, ...(typeof note.text === 'string' ? { text: note.text } : {}) }
      } catch {
        // an unreadable note says nothing
      }
    }
    return undefined
  }

  // — Saving —

  /**
   * Saves the open case now. Returns false (with a notice) when it could not be stored; `'waiting'`
   * when the validator has not loaded yet (the first visit's shipped case, src/main.ts): it saves as
   * soon as it has, since nothing is stored that is not checked first.
   */
  function save(): boolean | 'waiting' {
    if (!isValidatorLoaded()) {
      void loadValidator().then(() => save())
      return 'waiting'
    }
    if (!local) {
      tell({ kind: 'storage-unavailable' })
      isUnsaved.value = true
      return false
    }
    const text = JSON.stringify(caseStore.model)
    if (elsewhere.value?.kind === 'conflict' || elsewhere.value?.kind === 'deleted') {
      // Changed or deleted in another tab: nothing is written until the person chooses.
      isUnsaved.value = elsewhere.value.kind === 'deleted' || text !== storedText
      return false
    }
    if (text === baseText) {
      isUnsaved.value = false
      return true
    }
    // Another tab may have written this case since this tab last read it (its event not heard yet):
    // never overwrite unseen work. Both edits are kept where they touch different fields.
    const stored = local.getItem(caseKey(currentId.value))
    if (storedText !== null && stored !== storedText) {
      const read = readCase(stored)
      if (stored !== null && read.ok) {
        const previous = clone(caseStore.model)
        const outcome = mergeStored(stored, read.model)
        if (outcome === 'contained') {
          take(stored, read.model)
          elsewhere.value = { kind: 'reloaded', name: read.model.name, previous }
        }
        if (outcome !== 'conflict') {
          isUnsaved.value = false
          return true
        }
      }
      elsewhere.value = { kind: stored === null ? 'deleted' : 'conflict', name: clone(caseStore.model.name) }
      isUnsaved.value = true
      return false
    }
    // Never store what would not read back: a refused case would be lost on the next visit.
    const check = readCase(text)
    if (!check.ok) {
      tell({ kind: 'not-saved', faults: check.faults })
      isUnsaved.value = true
      return false
    }
    try {
      local.setItem(caseKey(currentId.value), text)
    } catch {
      // QuotaExceededError (or a refusal): keep the work in memory, say so, keep trying on later edits.
      tell({ kind: 'storage-full' })
      isUnsaved.value = true
      noteUnsaved(text)
      return false
    }
    let isGoodCopyKept = true
    try {
      if (lastGood !== null && lastGood !== text) local.setItem(goodKey(currentId.value), lastGood)
      // No good copy known (a repaired case, say) while the stored one cannot be read: this text is the good copy now.
      else if (lastGood === null && local.getItem(goodKey(currentId.value)) !== null && !readCase(local.getItem(goodKey(currentId.value))).ok) {
        local.setItem(goodKey(currentId.value), text)
      }
    } catch {
      // No room for the good copy: the case itself is saved and an older good copy stays; say so.
      isGoodCopyKept = false
    }
    // A case this tab made has no other start than its first text here; later writes are edits on it.
    if (adoptedText === null) adopt(text)
    else ownWrites = [...ownWrites.slice(1 - MAX_OWN_WRITES), text]
    storedText = text
    lastGood = text
    baseText = text
    try {
      writeIndex(local, upsert({ id: currentId.value, name: nameOf(caseStore.model), savedAt: clock().toISOString() }))
    } catch {
      // the list can always be rebuilt from the stored cases
    }
    isUnsaved.value = false
    forget('storage-full', 'storage-unavailable', 'not-saved', ...(isGoodCopyKept ? (['storage-low'] as const) : []))
    if (!isGoodCopyKept) tell({ kind: 'storage-low' })
    clearUnsavedNote()
    return true
  }

  // — Reading —

  /** Reads a stored case, falling back to its good copy; tells the person what happened. */
  function load(id: string): Opened | undefined {
    if (!local) return undefined
    const name = cases.value.find((c) => c.id === id)?.name ?? id
    const main = local.getItem(caseKey(id))
    const read = readCase(main)
    if (read.ok) {
      const isMigrated = read.fromVersion < SCHEMA_VERSION
      if (isMigrated) tell({ kind: 'migrated', name, from: read.fromVersion })
      return { model: read.model, storedText: main, goodText: main, isToWrite: isMigrated }
    }
    const goodText = local.getItem(goodKey(id))
    const good = readCase(goodText)
    const isKept = keepAside(id, main)
    if (good.ok) {
      const aside = main === null ? 'missing' : isKept ? 'kept' : 'not-kept'
      tell({ kind: 'restored', name, faults: read.faults, aside, ...(aside === 'not-kept' && main !== null ? { text: main } : {}) })
      // With no room to keep the unreadable text aside, opening does not write the good copy over it:
      // it stays under the case's own key (and is offered as a file) until the person changes the case.
      return { model: good.model, storedText: main, goodText, isToWrite: aside !== 'not-kept' }
    }
    if (main === null && goodText === null) tell({ kind: 'gone', name })
    else tell({ kind: 'unreadable', name, faults: read.faults })
    return undefined
  }

  /** Keeps an unreadable text aside; false when there was nothing to keep or no room for it. */
  function keepAside(id: string, text: string | null): boolean {
    if (text === null || !local) return false
    try {
      local.setItem(keptKey(id), text)
      return true
    } catch {
      // no room to keep a second copy: the text is still under the case's own key until it is written over
      return false
    }
  }

  /** Reads a saved case without opening it (for comparing cases); undefined if it cannot be read. */
  function readSaved(id: string): Case | undefined {
    const read = readCase(local?.getItem(caseKey(id)) ?? null)
    if (read.ok) return read.model
    const good = readCase(local?.getItem(goodKey(id)) ?? null)
    return good.ok ? good.model : undefined
  }

  /** Finds every stored text that cannot be read (kept aside, or a listed case with no readable copy). */
  function scanUnreadable() {
    if (!local) return
    const found: UnreadableCase[] = []
    // The name the kept text itself gives, where it can be read: it may differ from the case listed under its id.
    const nameFor = (id: string, text: string) => nameIn(text) ?? cases.value.find((c) => c.id === id)?.name ?? id
    const lostIds = new Set(
      storedIds(local, CASE_KEY).filter((id) => !readCase(local.getItem(caseKey(id))).ok && !readCase(local.getItem(goodKey(id))).ok),
    )
    for (const id of lostIds) {
      if (local.getItem(keptKey(id)) === null) keepAside(id, local.getItem(caseKey(id)))
    }
    for (const id of storedIds(local, KEPT_KEY)) {
      const text = local.getItem(keptKey(id)) ?? ''
      const read = readCase(text)
      found.push({ id, name: nameFor(id, text), text, faults: read.ok ? [] : read.faults, isListedCaseLost: lostIds.has(id) })
    }
    unreadable.value = found
  }

  // — Opening —

  function open(id: string, opened: Opened | null, model: Case) {
    currentId.value = id
    storedText = opened?.storedText ?? null
    lastGood = opened?.goodText ?? null
    baseText = opened && !opened.isToWrite ? JSON.stringify(model) : null
    adopt(opened?.storedText ?? null)
    elsewhere.value = null
    caseStore.replaceCase(model)
    save()
    try {
      if (local) writeIndex(local)
    } catch {
      // the current id is a convenience: the list itself is intact
    }
  }

  /**
   * Whether this browser's storage holds anything of Vägval's (saved cases, their list, texts kept
   * aside): reading it needs the validator, so src/main.ts awaits it first. Without
   * any, the shipped case opens at once and is saved when the validator has loaded.
   */
  function hasSavedWork(): boolean {
    if (!local) return false
    for (let i = 0; i < local.length; i++) if (local.key(i)?.startsWith(PREFIX)) return true
    return false
  }

  /**
   * Starts the library: opens the last case (or the shipped one) and saves every change from then on.
   * Saved work is read through the validator: await `loadValidator()` first when `hasSavedWork()`.
   */
  function start() {
    if (local) {
      const index = readIndex(local)
      cases.value = index.cases
      if (index.isDamaged) tell({ kind: 'index-rebuilt', count: index.cases.length })
      // Read before opening: a case written on opening (a restored or migrated copy) clears the note.
      const earlier = readUnsavedNote()
      const id = index.currentId ?? [...index.cases].sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0]?.id
      const opened = id ? load(id) : undefined
      if (id && opened) open(id, opened, opened.model)
      else open(newId(), null, loadPreset())
      if (earlier) tell(earlier)
      reserveNote()
      scanUnreadable()
    } else {
      open(newId(), null, loadPreset())
    }
    stopAutosave?.()
    stopAutosave = watch(() => caseStore.model, () => save(), { flush: 'sync' })
    listen()
  }

  /** Hears other tabs (the browser's storage event) and warns before a tab with unsaved edits is closed. */
  function listen() {
    if (isListening || typeof window === 'undefined') return
    isListening = true
    window.addEventListener('storage', (event) => {
      if (event.storageArea === null || event.storageArea === local) receiveStorageChange(event.key, event.newValue)
    })
    window.addEventListener('beforeunload', (event) => {
      if (!isUnsaved.value) return
      event.preventDefault()
      // Older browsers ask only when returnValue is set.
      event.returnValue = ''
    })
  }

  /**
   * A change another tab made to the storage (`key` null: it was cleared). The list follows; the
   * open case is reloaded when this tab has nothing unsaved, otherwise the person chooses.
   */
  function receiveStorageChange(key: string | null, newValue: string | null) {
    if (!local) return
    if (!isValidatorLoaded()) {
      // Another tab wrote before this one's validator arrived: read the change once it has.
      void loadValidator().then(() => receiveStorageChange(key, newValue))
      return
    }
    if (key === null || key === INDEX_KEY || CASE_KEY.test(key)) cases.value = readIndex(local).cases
    // What is stored now, not the event's value: an event may tell of a write that a later one (this
    // tab's own, made before it heard) has already replaced, and that version is stored nowhere.
    if (key === null || key === caseKey(currentId.value)) changedElsewhere(local.getItem(caseKey(currentId.value)))
    if (key === null || KEPT_KEY.test(key) || CASE_KEY.test(key)) scanUnreadable()
  }

  function changedElsewhere(text: string | null) {
    if (text === storedText) return
    const name = clone(caseStore.model.name)
    if (text === null) {
      elsewhere.value = { kind: 'deleted', name }
      isUnsaved.value = true
      return
    }
    const isClean = !isUnsaved.value && JSON.stringify(caseStore.model) === baseText
    const read = readCase(text)
    if (!isClean || !read.ok) {
      elsewhere.value = { kind: 'conflict', name }
      isUnsaved.value = JSON.stringify(caseStore.model) !== text
      return
    }
    // Several changes in a row (typing in the other tab): what this tab showed before the first of them.
    const previous = elsewhere.value?.kind === 'reloaded' ? elsewhere.value.previous : clone(caseStore.model)
    // This tab wrote since it last took the stored version: the other tab may not have seen it.
    const outcome = ownWrites.length > 0 ? mergeStored(text, read.model) : 'contained'
    if (outcome === 'merged') return
    take(text, read.model)
    // 'conflict': both changed one field; the other tab's version is stored, and this tab's edits are not in it.
    elsewhere.value = { kind: 'reloaded', name: read.model.name, previous, ...(outcome === 'conflict' ? { isOwnLost: true } : {}) }
  }

  /**
   * Merges a version another tab stored with this tab's edits since it last took the stored one
   * (its case now, and the texts it wrote on the way): 'contained' when the stored version already
   * holds them; 'merged' when both are kept (the merged case is written, listed and shown here);
   * 'conflict' when both changed one field, or the merged case cannot be stored.
   */
  function mergeStored(text: string, stored: Case): 'contained' | 'merged' | 'conflict' {
    if (adoptedText === null || !local) return 'conflict'
    const merged = mergeConcurrent<unknown>(JSON.parse(adoptedText), clone(caseStore.model), JSON.parse(text), ownWrites.map((w) => JSON.parse(w) as unknown))
    const checked = merged.ok ? parseCase(merged.value, shippedCatalogue, shippedIds) : undefined
    if (!checked?.ok) return 'conflict'
    if (sameJson(checked.value, stored)) return 'contained'
    const mergedText = JSON.stringify(checked.value)
    try {
      local.setItem(caseKey(currentId.value), mergedText)
    } catch {
      return 'conflict'
    }
    take(mergedText, checked.value)
    elsewhere.value = { kind: 'merged', name: checked.value.name }
    try {
      writeIndex(local, upsert({ id: currentId.value, name: nameOf(checked.value), savedAt: clock().toISOString() }))
    } catch {
      // the list can always be rebuilt from the stored cases
    }
    return 'merged'
  }

  /** Shows a version as stored (written by another tab, or merged and written here). */
  function take(text: string, model: Case) {
    storedText = text
    lastGood = text
    baseText = JSON.stringify(model)
    adopt(text)
    caseStore.replaceCase(model)
  }

  /** Conflict: shows the version saved in the other tab (this tab's edits are dropped). */
  function loadNewer() {
    const text = local?.getItem(caseKey(currentId.value)) ?? null
    const read = readCase(text)
    if (!read.ok || text === null) return
    elsewhere.value = null
    take(text, read.model)
    isUnsaved.value = false
  }

  /** Conflict: keeps this tab's version as a case of its own (named by `rename`) and opens it; the other tab's version stays. */
  function keepMineAsCopy(rename: (name: LocalText) => LocalText): string {
    const model = clone(caseStore.model)
    return addCase({ ...model, name: rename(model.name) })
  }

  /** Reloaded: keeps the version this tab showed before (with its edits, where they were not stored) as a case of its own, without opening it. */
  function keepPreviousAsCopy(rename: (name: LocalText) => LocalText): string | undefined {
    const change = elsewhere.value
    if (change?.kind !== 'reloaded' || !local) return undefined
    const id = newId()
    const model = { ...change.previous, name: rename(change.previous.name) }
    try {
      local.setItem(caseKey(id), JSON.stringify(model))
      writeIndex(local, upsert({ id, name: nameOf(model), savedAt: clock().toISOString() }))
    } catch {
      tell({ kind: 'storage-full' })
      return undefined
    }
    elsewhere.value = null
    return id
  }

  /** Deleted elsewhere: keeps the case (stores it again under its id). */
  function keepDeleted() {
    storedText = null
    baseText = null
    elsewhere.value = null
    save()
  }

  /** Deleted elsewhere, or reloaded: lets it be. A deleted case gives way to another saved case. */
  function acceptElsewhere() {
    const change = elsewhere.value
    elsewhere.value = null
    if (change?.kind === 'deleted') openFirst()
  }

  function openFirst() {
    const next = cases.value.find((c) => c.id !== currentId.value)
    const opened = next ? load(next.id) : undefined
    if (next && opened) open(next.id, opened, opened.model)
    else open(newId(), null, loadPreset())
  }

  /** Opens another saved case. Returns false if it cannot be read (a notice says why). */
  function openCase(id: string): boolean {
    if (id === currentId.value) return true
    const opened = load(id)
    if (!opened) {
      if (local) cases.value = readIndex(local).cases
      scanUnreadable()
      return false
    }
    open(id, opened, opened.model)
    return true
  }

  /** Adds a case (new, imported or from a link) as a saved case of its own and opens it. */
  function addCase(model: Case): string {
    const id = newId()
    open(id, null, model)
    return id
  }

  function newCase(kind: 'empty' | 'preset', texts: { name: string; groupName: string; scenarioName: string; unknownReason?: string }): string {
    const model = kind === 'preset' ? loadPreset() : emptyCase({ ...texts, startYear: clock().getFullYear() })
    return addCase(model)
  }

  /** Deletes a saved case; the open one is replaced by another (or the shipped case). */
  function deleteCase(id: string) {
    try {
      local?.removeItem(caseKey(id))
      local?.removeItem(goodKey(id))
    } catch {
      // nothing to free
    }
    try {
      if (local) writeIndex(local, (list) => list.filter((c) => c.id !== id))
      else cases.value = cases.value.filter((c) => c.id !== id)
    } catch {
      cases.value = cases.value.filter((c) => c.id !== id)
    }
    if (id === currentId.value) openFirst()
  }

  /**
   * A saved case as it is stored, without opening it (to compare it with another): the open case as
   * it is now, or a saved one's latest readable copy; undefined when none can be read.
   */
  function peekCase(id: string): Case | undefined {
    return id === currentId.value ? caseStore.model : readSaved(id)
  }

  /**
   * Keeps a copy of the open case as it is now, as a saved case of its own under `name`, and stays
   * on the open case (a version to compare with later). Returns the copy's id, or undefined when
   * the browser's storage refused it.
   */
  function saveCopy(name: string): string | undefined {
    if (!local) return undefined
    const id = newId()
    const copy: Case = { ...clone(caseStore.model), name }
    try {
      local.setItem(caseKey(id), JSON.stringify(copy))
      writeIndex(local, upsert({ id, name, savedAt: clock().toISOString() }))
      return id
    } catch {
      tell({ kind: 'storage-full' })
      return undefined
    }
  }

  /**
   * Stores a repaired text: a listed case that had no readable copy gets it back under its own id;
   * any other kept text becomes a case of its own. Either is opened, and the kept text is removed.
   */
  function restoreRepaired(id: string, model: Case): string {
    const entry = unreadable.value.find((u) => u.id === id)
    const targetId = entry?.isListedCaseLost ? id : newId()
    open(targetId, entry?.isListedCaseLost ? { model, storedText: local?.getItem(caseKey(id)) ?? null, goodText: null, isToWrite: true } : null, model)
    if (!isUnsaved.value) discardUnreadable(id, { keepCase: true })
    return targetId
  }

  /** Removes a kept-aside text; a listed case that had nothing else readable goes with it. */
  function discardUnreadable(id: string, options: { keepCase?: boolean } = {}) {
    const entry = unreadable.value.find((u) => u.id === id)
    try {
      local?.removeItem(keptKey(id))
    } catch {
      // nothing to free
    }
    if (entry?.isListedCaseLost && !options.keepCase) deleteCase(id)
    scanUnreadable()
  }

  return {
    cases,
    currentId,
    notices,
    notice,
    isUnsaved,
    elsewhere,
    unreadable,
    start,
    hasSavedWork,
    save,
    readSaved,
    openCase,
    addCase,
    newCase,
    deleteCase,
    dismissNotice,
    receiveStorageChange,
    loadNewer,
    keepMineAsCopy,
    keepPreviousAsCopy,
    keepDeleted,
    acceptElsewhere,
    restoreRepaired,
    discardUnreadable,
    peekCase,
    saveCopy,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))
