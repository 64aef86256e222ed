/**
 * Keeps the simulation of a case under a what-if current for the screen, in a Web Worker, with no
 * "run" step:
 *
 * - when the screen opens, a quick preview (`previewDraws`, 2 000) and then the full seeded run;
 * - while the case or the what-if changes (a what-if slider dragged, a range typed), a preview of
 *   every change the worker can keep up with: one preview at a time, and when it returns, one more of
 *   the case as it is then (changes in between are not queued, so the bands never lag behind the hand);
 * - when the changes stop for `settleMs`, the full run again, seeded and reproducible; a change during
 *   a full run ends it (the worker drops a run as soon as a newer request reaches it).
 *
 * The case goes to the worker only when it has changed, once before the next request; a what-if
 * slider's move sends the what-if alone (a few numbers), and the worker keeps the case compiled.
 *
 * `result` is the full run's while it describes the case as it is, `preview` the latest preview; the
 * screen shows the latest figures to come (FinanceSimulation).
 * `revision` counts the changes seen (of the case or the what-if), and each figure carries the
 * revision it describes, so the screen (and its browser test) can tell what a band stands for.
 */
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import type { CaseWithCatalogue, SimulationResult, WhatIf } from '~/engine'
import type { SimulationMessage, SimulationRequest } from '~/workers/simulate.worker'

/** The part of a Worker used here, so a test can pass its own. */
export interface WorkerLike {
  postMessage(message: SimulationRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export type SimulationStatus =
  /** Not started. */
  | 'idle'
  /** The case changed: previews follow it, the full run starts when the changes stop. */
  | 'waiting'
  | 'running'
  | 'done'
  /** Stopped by the person. */
  | 'cancelled'
  | 'failed'

export interface SimulationSettings {
  draws: number
  seed: number
}

export interface UseSimulationOptions {
  /**
   * The case to simulate, without the what-if (watched deeply: every change brings a preview and,
   * later, a full run). Give the same object while the case is the same: a new one counts as a change.
   */
  source: () => CaseWithCatalogue
  /** The what-if applied to it (undefined: none; watched: a new value is a change, as a case's is). */
  whatIf?: () => WhatIf | undefined
  /** Draws and seed of the full run (watched: a change starts the full run again). */
  settings: () => SimulationSettings
  /** Makes the worker; defaults to the app's simulation worker. */
  createWorker?: () => WorkerLike
  /** Draws between the worker's looks at the clock (default 500). */
  chunk?: number
  /** Draws of a preview (default 2 000). */
  previewDraws?: number
  /** Quiet time after the last change before the full run starts, in milliseconds (default 400). */
  settleMs?: number
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../workers/simulate.worker.ts', import.meta.url), { type: 'module' })
}

/** Plain data for postMessage (Vue's proxies cannot be cloned). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

/** A figure and the revision of the case it describes. */
export interface Revised<T> {
  value: T
  revision: number
}

export function useSimulation(options: UseSimulationOptions) {
  const createWorker = options.createWorker ?? defaultWorker
  const chunk = options.chunk ?? 500
  const previewDraws = options.previewDraws ?? 2_000
  const settleMs = options.settleMs ?? 400

  const status = ref<SimulationStatus>('idle')
  /** Draws made and planned in the current (or last) full run. */
  const done = ref(0)
  const total = ref(0)
  const error = ref('')
  /** Changes of the case or the what-if seen so far. */
  const revision = ref(0)
  /** The last full run's result, while it describes the case as it is (a new run with other draws or seed replaces it when done). */
  const result = shallowRef<Revised<SimulationResult> | null>(null)
  /** The latest preview, and the worker's time for it in milliseconds. */
  const preview = shallowRef<(Revised<SimulationResult> & { ms: number }) | null>(null)

  let worker: WorkerLike | null = null
  let requestId = 0
  /** The full run in progress: its request id and the revision it describes. */
  let running: { id: number; revision: number } | null = null
  /** The preview the worker is making, and whether the case changed again since it was asked for. */
  let previewing: { id: number; revision: number } | null = null
  let isPreviewStale = false
  /** Whether the worker has the case as it is. */
  let hasCase = false
  let settleTimer: ReturnType<typeof setTimeout> | null = null

  function clearTimer() {
    if (settleTimer !== null) clearTimeout(settleTimer)
    settleTimer = null
  }

  function stopWorker() {
    worker?.terminate()
    worker = null
    hasCase = false
    running = null
    previewing = null
  }

  /** The worker, started if need be; null (and the status failed) where the browser cannot start one. */
  function ensureWorker(): WorkerLike | null {
    if (worker) return worker
    let made: WorkerLike
    try {
      made = createWorker()
    } catch (failure) {
      error.value = failure instanceof Error ? failure.message : String(failure)
      status.value = 'failed'
      return null
    }
    made.onmessage = (event) => onMessage(event.data)
    made.onerror = (event) => {
      error.value = event.message || 'worker error'
      status.value = 'failed'
      stopWorker()
    }
    worker = made
    return made
  }

  /** Sends the case if the worker does not have it as it is, then what every request carries. */
  function drawRequest(target: WorkerLike, draws: number) {
    if (!hasCase) {
      const { model, catalogue } = options.source()
      target.postMessage({ type: 'case', model: plain(model), catalogue: plain([...catalogue]) })
      hasCase = true
    }
    const whatIf = options.whatIf?.() ?? {}
    return { whatIf: plain(whatIf), draws, seed: options.settings().seed }
  }

  function onMessage(message: SimulationMessage) {
    if (message.type === 'preview') {
      if (message.runId !== previewing?.id) return
      preview.value = { value: message.result, revision: previewing.revision, ms: message.ms }
      previewing = null
      // The case changed while this preview was made: show it as it is now (unless a full run took over).
      if (isPreviewStale && running === null) requestPreview()
      return
    }
    if (message.runId !== running?.id) {
      if (message.type === 'error' && message.runId === previewing?.id) {
        error.value = message.message
        status.value = 'failed'
        previewing = null
      }
      return
    }
    if (message.type === 'progress') {
      done.value = message.done
      total.value = message.total
    } else if (message.type === 'done') {
      result.value = { value: message.result, revision: running.revision }
      done.value = message.result.draws
      status.value = 'done'
      running = null
    } else {
      error.value = message.message
      status.value = 'failed'
      running = null
    }
  }

  function requestPreview() {
    const target = ensureWorker()
    if (!target) return
    isPreviewStale = false
    requestId += 1
    previewing = { id: requestId, revision: revision.value }
    target.postMessage({ type: 'preview', runId: requestId, ...drawRequest(target, previewDraws) })
  }

  /** Starts the full run on the case as it is (a run in progress is dropped by the worker). */
  function run() {
    clearTimer()
    const target = ensureWorker()
    if (!target) return
    const { draws } = options.settings()
    requestId += 1
    running = { id: requestId, revision: revision.value }
    isPreviewStale = false
    // A result of the case as it is (other draws or seed) stays shown until the new one comes.
    if (result.value?.revision !== revision.value) result.value = null
    error.value = ''
    done.value = 0
    total.value = draws
    status.value = 'running'
    target.postMessage({ type: 'run', runId: requestId, ...drawRequest(target, draws), chunk })
  }

  /** The first figures: a preview at once, then the full run. */
  function start() {
    if (status.value !== 'idle' || !ensureWorker()) return
    requestPreview()
    run()
  }

  function cancel() {
    clearTimer()
    if (status.value !== 'running' && status.value !== 'waiting') return
    requestId += 1
    running = null
    worker?.postMessage({ type: 'cancel', runId: requestId })
    status.value = 'cancelled'
  }

  function onChange() {
    revision.value += 1
    if (status.value === 'idle') return
    result.value = null
    running = null
    status.value = 'waiting'
    if (previewing) isPreviewStale = true
    else requestPreview()
    clearTimer()
    settleTimer = setTimeout(run, settleMs)
  }

  // Synchronous: every change is counted (a slider's every step), and a preview is asked for at once.
  watch(
    options.source,
    () => {
      hasCase = false
      onChange()
    },
    { deep: true, flush: 'sync' },
  )
  watch(() => options.whatIf?.(), onChange, { flush: 'sync' })
  watch(
    () => ({ ...options.settings() }),
    (next, before) => {
      if (status.value !== 'idle' && (next.draws !== before.draws || next.seed !== before.seed)) run()
    },
  )

  onScopeDispose(() => {
    clearTimer()
    stopWorker()
  })

  return { status, done, total, error, revision, result, preview, start, run, cancel }
}
