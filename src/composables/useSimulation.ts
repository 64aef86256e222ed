/**
 * Runs the simulation of a case in a Web Worker and keeps its state for the screen: progress while
 * it runs, the result when done. A change of the case cancels a run in progress (the worker is
 * ended at once) and clears a finished result, which no longer describes the case.
 */
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import type { CaseWithCatalogue, SimulationResult } from '~/engine'
import type { SimulationMessage, SimulationRequest } from '~/workers/simulate.worker'

/** The part of a Worker used here, so a test can pass its own. */
export interface WorkerLike {
  postMessage(message: SimulationRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export type SimulationStatus =
  /** Never run. */
  | 'idle'
  | 'running'
  | 'done'
  /** Stopped by the person, or because the case changed while it ran. */
  | 'cancelled'
  /** A finished result was cleared because the case changed. */
  | 'outdated'
  | 'failed'

export interface UseSimulationOptions {
  /** The case to simulate (read when a run starts; watched, so a change cancels a run). */
  source: () => CaseWithCatalogue
  /** Makes the worker; defaults to the app's simulation worker. */
  createWorker?: () => WorkerLike
  /** Draws between the worker's looks at the clock (default 500); it reports at most every 100 ms. */
  chunk?: number
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('../workers/simulate.worker.ts', import.meta.url), { type: 'module' })
}

/** Plain data for postMessage (Vue's proxies cannot be cloned). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export function useSimulation(options: UseSimulationOptions) {
  const createWorker = options.createWorker ?? defaultWorker
  const chunk = options.chunk ?? 500
  const status = ref<SimulationStatus>('idle')
  /** Draws made and planned in the current (or last) run. */
  const done = ref(0)
  const total = ref(0)
  const error = ref('')
  /** Why the last run stopped early: the person asked, or the case changed. */
  const cancelledBy = ref<'person' | 'edit' | null>(null)
  const result = shallowRef<SimulationResult | null>(null)
  let worker: WorkerLike | null = null
  let runId = 0

  function stopWorker() {
    worker?.terminate()
    worker = null
  }

  function onMessage(message: SimulationMessage) {
    if (message.runId !== runId || status.value !== 'running') return
    if (message.type === 'progress') {
      done.value = message.done
      total.value = message.total
    } else if (message.type === 'done') {
      result.value = message.result
      done.value = message.result.draws
      status.value = 'done'
    } else {
      error.value = message.message
      status.value = 'failed'
      stopWorker()
    }
  }

  /** Starts a run (ending one in progress). A worker that finished its run is used again: it is warm. */
  function run(settings: { draws: number; seed: number }) {
    if (status.value === 'running') stopWorker()
    runId += 1
    const { model, catalogue } = options.source()
    if (!worker) {
      worker = createWorker()
      worker.onmessage = (event) => onMessage(event.data)
      worker.onerror = (event) => {
        error.value = event.message || 'worker error'
        status.value = 'failed'
        stopWorker()
      }
    }
    result.value = null
    error.value = ''
    cancelledBy.value = null
    done.value = 0
    total.value = settings.draws
    status.value = 'running'
    worker.postMessage({ type: 'run', runId, model: plain(model), catalogue: plain([...catalogue]), draws: settings.draws, seed: settings.seed, chunk })
  }

  function cancel(by: 'person' | 'edit' = 'person') {
    if (status.value !== 'running') return
    stopWorker()
    runId += 1
    cancelledBy.value = by
    status.value = 'cancelled'
  }

  // Any change of the case: a run in progress is cancelled, a finished result no longer applies.
  watch(
    options.source,
    () => {
      if (status.value === 'running') cancel('edit')
      else if (status.value === 'done') {
        result.value = null
        status.value = 'outdated'
      }
    },
    { deep: true },
  )

  onScopeDispose(stopWorker)

  return { status, done, total, error, cancelledBy, result, run, cancel }
}
