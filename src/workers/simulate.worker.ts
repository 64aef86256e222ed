/**
 * Runs simulations off the main thread, so the screen stays responsive.
 *
 * - A preview (a few thousand draws, while a slider is dragged or a range typed) is made at once and
 *   sent back with the time it took.
 * - A full run is made in slices of about `sliceMs`, reporting progress at most every `reportEveryMs`
 *   (the page redraws on each report, so not too often). Between slices the worker reads its messages:
 *   any newer request (a preview of a changed case, another run, a cancel) ends the run, so the page
 *   never has to end the worker and start a cold one.
 *
 * The worker may read the clock for this pacing; the engine itself never does.
 *
 *   page → worker: { type: 'run', runId, model, catalogue, draws, seed, chunk }
 *                  { type: 'preview', runId, model, catalogue, draws, seed }
 *                  { type: 'cancel', runId }
 *   worker → page: { type: 'progress', runId, done, total } … { type: 'done', runId, result }
 *                  { type: 'preview', runId, result, ms }
 *                  or { type: 'error', runId, message }
 */
import { createSimulation, simulate } from '~/engine'
import type { Case, Product, SimulationResult } from '~/engine'

interface CaseRequest {
  runId: number
  model: Case
  catalogue: Product[]
  draws: number
  seed: number
}

export type SimulationRequest =
  | (CaseRequest & {
      type: 'run'
      /** Draws between looks at the clock. */
      chunk: number
      /** Least time between progress reports, in milliseconds (default 100): few enough not to load the page. */
      reportEveryMs?: number
      /** Time drawn before the worker reads its messages again, in milliseconds (default 12). */
      sliceMs?: number
    })
  | (CaseRequest & { type: 'preview' })
  | { type: 'cancel'; runId: number }

export type SimulationMessage =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'done'; runId: number; result: SimulationResult }
  /** A preview's figures, and the milliseconds the worker took to make them (compiling included). */
  | { type: 'preview'; runId: number; result: SimulationResult; ms: number }
  | { type: 'error'; runId: number; message: string }

/** The part of a dedicated worker's global scope used here (the app's types are the DOM's, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null
  postMessage(message: SimulationMessage): void
}

const scope = self as unknown as WorkerScope

/** The newest request: a run that is no longer it stops at its next slice. */
let latest = 0

/** Lets the worker read its messages, then goes on (a message channel: no timer's minimum delay). */
const channel = new MessageChannel()
let resume: (() => void) | null = null
channel.port1.onmessage = () => resume?.()
function yieldThen(next: () => void) {
  resume = next
  channel.port2.postMessage(null)
}

function fail(runId: number, error: unknown) {
  scope.postMessage({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) })
}

function runInSlices(request: Extract<SimulationRequest, { type: 'run' }>) {
  const { runId } = request
  const simulation = createSimulation(request)
  const chunk = Math.max(1, Math.floor(request.chunk))
  const every = request.reportEveryMs ?? 100
  const sliceMs = request.sliceMs ?? 12
  let reportedAt = -Infinity
  const slice = () => {
    if (runId !== latest) return
    try {
      const end = performance.now() + sliceMs
      do {
        simulation.run(chunk)
      } while (simulation.done < simulation.total && performance.now() < end)
      const now = performance.now()
      if (now - reportedAt >= every || simulation.done === simulation.total) {
        reportedAt = now
        scope.postMessage({ type: 'progress', runId, done: simulation.done, total: simulation.total })
      }
      if (simulation.done === simulation.total) scope.postMessage({ type: 'done', runId, result: simulation.result() })
      else yieldThen(slice)
    } catch (error) {
      fail(runId, error)
    }
  }
  slice()
}

scope.onmessage = (event) => {
  const request = event.data
  latest = request.runId
  if (request.type === 'cancel') return
  if (request.type === 'preview') {
    try {
      const start = performance.now()
      const result = simulate(request)
      scope.postMessage({ type: 'preview', runId: request.runId, result, ms: performance.now() - start })
    } catch (error) {
      fail(request.runId, error)
    }
    return
  }
  try {
    runInSlices(request)
  } catch (error) {
    fail(request.runId, error)
  }
}
