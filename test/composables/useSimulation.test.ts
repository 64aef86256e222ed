/**
 * useSimulation with a stand-in worker that runs the real engine in steps the test controls: progress,
 * the result, cancelling by a change of the case, and a finished result cleared when the case changes.
 */
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useSimulation } from '~/composables/useSimulation'
import type { WorkerLike } from '~/composables/useSimulation'
import { createSimulation } from '~/engine'
import type { Case } from '~/engine'
import type { SimulationMessage, SimulationRequest } from '~/workers/simulate.worker'
import { loadCatalogue, loadPreset } from '../fixtures/cases'

/** A worker whose chunks run when the test calls step(); it records what it was sent and whether it was ended. */
class StepWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  requests: SimulationRequest[] = []
  isTerminated = false
  private simulation: ReturnType<typeof createSimulation> | null = null
  postMessage(request: SimulationRequest) {
    this.requests.push(request)
    this.simulation = createSimulation(request)
  }
  terminate() {
    this.isTerminated = true
  }
  /** Runs one chunk and reports, as the real worker does. */
  step() {
    const request = this.requests.at(-1)
    if (!request || !this.simulation || this.isTerminated) return
    const send = (data: SimulationMessage) => this.onmessage?.({ data } as MessageEvent<SimulationMessage>)
    this.simulation.run(request.chunk)
    send({ type: 'progress', runId: request.runId, done: this.simulation.done, total: this.simulation.total })
    if (this.simulation.done === this.simulation.total) send({ type: 'done', runId: request.runId, result: this.simulation.result() })
  }
}

function setup() {
  const model = ref<Case>(loadPreset())
  const catalogue = loadCatalogue()
  const workers: StepWorker[] = []
  const scope = effectScope()
  const sim = scope.run(() =>
    useSimulation({
      source: () => ({ model: model.value, catalogue }),
      createWorker: () => {
        const worker = new StepWorker()
        workers.push(worker)
        return worker
      },
      chunk: 100,
    }),
  )
  if (!sim) throw new Error('no simulation')
  return { model, sim, workers, scope }
}

describe('useSimulation', () => {
  it('sends the case as plain data, reports progress chunk by chunk, and gives the result', async () => {
    const { sim, workers } = setup()
    sim.run({ draws: 300, seed: 7 })
    const worker = workers[0]!
    expect(worker.requests[0]).toMatchObject({ type: 'run', draws: 300, seed: 7, chunk: 100 })
    expect(JSON.parse(JSON.stringify(worker.requests[0]?.model))).toEqual(worker.requests[0]?.model)
    expect(sim.status.value).toBe('running')
    worker.step()
    expect([sim.done.value, sim.total.value]).toEqual([100, 300])
    worker.step()
    worker.step()
    expect(sim.status.value).toBe('done')
    expect(sim.result.value?.draws).toBe(300)
    expect(sim.result.value?.seed).toBe(7)
  })

  it('cancels a run in progress when the case changes, ending the worker, and ignores its late messages', async () => {
    const { model, sim, workers } = setup()
    sim.run({ draws: 300, seed: 1 })
    workers[0]!.step()
    model.value.settings.discountRate = 0.03
    await nextTick()
    expect(sim.status.value).toBe('cancelled')
    expect(sim.cancelledBy.value).toBe('edit')
    expect(workers[0]!.isTerminated).toBe(true)
    expect(sim.result.value).toBeNull()
    // The next run gets a fresh worker.
    sim.run({ draws: 100, seed: 1 })
    expect(workers).toHaveLength(2)
    workers[1]!.step()
    expect(sim.status.value).toBe('done')
  })

  it('clears a finished result when the case changes, and runs again on the new case', async () => {
    const { model, sim, workers } = setup()
    sim.run({ draws: 100, seed: 1 })
    workers[0]!.step()
    expect(sim.status.value).toBe('done')
    model.value.settings.discountRate = 0.05
    await nextTick()
    expect(sim.status.value).toBe('outdated')
    expect(sim.result.value).toBeNull()
    sim.run({ draws: 100, seed: 1 })
    // The worker that finished is used again (it is warm); it gets the new case.
    expect(workers).toHaveLength(1)
    expect(workers[0]!.isTerminated).toBe(false)
    expect(workers[0]!.requests[1]?.model.settings.discountRate).toBe(0.05)
    workers[0]!.step()
    expect(sim.result.value?.discountRate).toBe(0.05)
  })

  it('is cancelled by the person, and ends its worker when its scope ends', () => {
    const { sim, workers, scope } = setup()
    sim.run({ draws: 300, seed: 1 })
    sim.cancel()
    expect(sim.status.value).toBe('cancelled')
    expect(sim.cancelledBy.value).toBe('person')
    expect(workers[0]!.isTerminated).toBe(true)
    sim.run({ draws: 300, seed: 1 })
    scope.stop()
    expect(workers[1]!.isTerminated).toBe(true)
  })
})
