/**
 * Runs simulations off the main thread, so the screen stays responsive.
 *
 * - The page sends the case once, and again only when it changes: the worker keeps it, compiled for
 *   live bands (engine/uncertainty/whatifSimulation.ts), so a what-if slider's move costs a message of a few
 *   numbers and 2 000 draws, not a copy of the case and a compilation (docs/decisions/0015).
 * - A preview (a few thousand draws of the case under a what-if, while a slider is dragged or a range
 *   typed) is made at once and sent back with the time it took.
 * - A full run is made in slices of about `sliceMs`, reporting progress at most every `reportEveryMs`
 *   (the page redraws on each report, so not too often). Between slices the worker reads its messages:
 *   any newer request (a preview of a changed case, another run, a cancel) ends the run, so the page
 *   never has to end the worker and start a cold one. It is the simulation of the case with the
 *   what-if applied, from scratch: a preview gives the same figures for the same draws and seed.
 *
 * The worker may read the clock for this pacing; the engine itself never does.
 *
 *   page → worker: { type: 'case', model, catalogue }   (kept for the requests after it)
 *                  { type: 'run', runId, whatIf, draws, seed, chunk }
 *                  { type: 'preview', runId, whatIf, draws, seed }
 *                  { type: 'cancel', runId }
 *   worker → page: { type: 'progress', runId, done, total } … { type: 'done', runId, result }
 *                  { type: 'preview', runId, result, ms }
 *                  or { type: 'error', runId, message }
 */
import { applyWhatIf, createSimulation, createWhatIfSimulation } from '~/engine'
import type { CaseWithCatalogue, SimulationResult, WhatIf, WhatIfSimulation } from '~/engine'

interface DrawRequest {
  runId: number
  /** The what-if applied to the case last sent ({} for none). */
  whatIf: WhatIf
  draws: number
  seed: number
}

export type SimulationRequest =
  | (CaseWithCatalogue & { type: 'case' })
  | (DrawRequest & {
      type: 'run'
      /** Draws between looks at the clock. */
      chunk: number
      /** Least time between progress reports, in milliseconds (default 100): few enough not to load the page. */
      reportEveryMs?: number
      /** Time drawn before the worker reads its messages again, in milliseconds (default 12). */
      sliceMs?: number
    })
  | (DrawRequest & { type: 'preview' })
  | { type: 'cancel'; runId: number }

export type SimulationMessage =
  | { type: 'progress'; runId: number; done: number; total: number }
  | { type: 'done'; runId: number; result: SimulationResult }
  /** A preview's figures, and the milliseconds the worker took to make them (compiling, when the case is new, included). */
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
/** The case last sent, and its live bands (compiled at the first preview). */
let current: CaseWithCatalogue | null = null
let live: WhatIfSimulation | null = null

function caseNow(): CaseWithCatalogue {
  if (!current) throw new Error('no case: the page sends one before its first request')
  return current
}

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
  const simulation = createSimulation({ ...applyWhatIf(caseNow(), request.whatIf), draws: request.draws, seed: request.seed })
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
  if (request.type === 'case') {
    current = { model: request.model, catalogue: request.catalogue }
    live = null
    return
  }
  latest = request.runId
  if (request.type === 'cancel') return
  if (request.type === 'preview') {
    try {
      const start = performance.now()
      live ??= createWhatIfSimulation(caseNow())
      const result = live.simulate(request.whatIf, request)
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
