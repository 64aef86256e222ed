/**
 * Runs a simulation off the main thread, so the screen stays responsive. It draws in chunks and
 * reports progress at most every `reportEveryMs` (the page redraws on each report, so not too often);
 * to stop a run, the page ends the worker (a new edit does that). The worker may read the clock for
 * this pacing; the engine itself never does.
 *
 *   page → worker: { type: 'run', runId, model, catalogue, draws, seed, chunk }
 *   worker → page: { type: 'progress', runId, done, total } … { type: 'done', runId, result }
 *                  or { type: 'error', runId, message }
 */
import { createSimulation } from '~/engine'
import type { Case, Product, SimulationResult } from '~/engine'

export interface SimulationRequest {
  type: 'run'
  runId: number
  model: Case
  catalogue: Product[]
  draws: number
  seed: number
  /** Draws between looks at the clock. */
  chunk: number
  /** Least time between progress reports, in milliseconds (default 100): few enough not to load the page. */
  reportEveryMs?: number
}

export type SimulationMessage =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'done'; runId: number; result: SimulationResult }
  | { type: 'error'; runId: number; message: string }

/** The part of a dedicated worker's global scope used here (the app's types are the DOM's, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<SimulationRequest>) => void) | null
  postMessage(message: SimulationMessage): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = (event) => {
  const request = event.data
  if (request.type !== 'run') return
  const { runId } = request
  try {
    const simulation = createSimulation(request)
    const chunk = Math.max(1, Math.floor(request.chunk))
    const every = request.reportEveryMs ?? 100
    let reportedAt = -Infinity
    while (simulation.done < simulation.total) {
      simulation.run(chunk)
      const now = performance.now()
      if (now - reportedAt >= every || simulation.done === simulation.total) {
        reportedAt = now
        scope.postMessage({ type: 'progress', runId, done: simulation.done, total: simulation.total })
      }
    }
    scope.postMessage({ type: 'done', runId, result: simulation.result() })
  } catch (error) {
    scope.postMessage({ type: 'error', runId, message: error instanceof Error ? error.message : String(error) })
  }
}
