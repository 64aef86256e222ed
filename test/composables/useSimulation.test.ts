/**
 * useSimulation with a stand-in worker that runs the real engine when the test says: a preview at
 * once and the full run on opening; one preview at a time while the case changes, then one of the
 * case as it is; a what-if's move sent without the case; the full run when the changes stop; a
 * change of draws or seed; cancelling; and a browser that cannot start a worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, effectScope, nextTick, ref } from 'vue'
import { useSimulation } from '~/composables/useSimulation'
import type { WorkerLike } from '~/composables/useSimulation'
import { applyWhatIf, createSimulation, simulate } from '~/engine'
import type { Case, CaseWithCatalogue, WhatIf } from '~/engine'
import type { SimulationMessage, SimulationRequest } from '~/workers/simulate.worker'
import { loadCatalogue, loadPreset } from '../fixtures/cases'

type RunRequest = Extract<SimulationRequest, { type: 'run' }>
type PreviewRequest = Extract<SimulationRequest, { type: 'preview' }>

/**
 * A worker that answers when the test calls answerPreview() or step(), as the real one does: it keeps
 * the case last sent, and the newest request wins, so a run stops as soon as any later request has
 * reached it.
 */
class StepWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  requests: SimulationRequest[] = []
  isTerminated = false
  private latest = 0
  private case: CaseWithCatalogue | null = null
  private previews: { request: PreviewRequest; of: CaseWithCatalogue }[] = []
  private run: { request: RunRequest; simulation: ReturnType<typeof createSimulation> } | null = null
  postMessage(request: SimulationRequest) {
    this.requests.push(request)
    if (request.type === 'case') {
      this.case = request
      return
    }
    this.latest = request.runId
    if (request.type === 'cancel') return
    if (!this.case) throw new Error('a request before the case')
    const of = applyWhatIf(this.case, request.whatIf)
    if (request.type === 'preview') this.previews.push({ request, of })
    if (request.type === 'run') this.run = { request, simulation: createSimulation({ ...of, draws: request.draws, seed: request.seed }) }
  }
  terminate() {
    this.isTerminated = true
  }
  /** Every message the worker sent, in order. */
  sent: SimulationMessage[] = []
  private send(data: SimulationMessage) {
    this.sent.push(data)
    this.onmessage?.({ data } as MessageEvent<SimulationMessage>)
  }
  /** Answers the oldest preview asked for. */
  answerPreview() {
    const next = this.previews.shift()
    if (next) this.send({ type: 'preview', runId: next.request.runId, result: simulate({ ...next.of, draws: next.request.draws, seed: next.request.seed }), ms: 3 })
  }
  /** Runs one chunk of the full run, unless a newer request has come. */
  step() {
    if (!this.run || this.isTerminated || this.run.request.runId !== this.latest) return
    const { request, simulation } = this.run
    simulation.run(request.chunk)
    this.send({ type: 'progress', runId: request.runId, done: simulation.done, total: simulation.total })
    if (simulation.done === simulation.total) this.send({ type: 'done', runId: request.runId, result: simulation.result() })
  }
  ofType<T extends SimulationRequest['type']>(type: T) {
    return this.requests.filter((r): r is Extract<SimulationRequest, { type: T }> => r.type === type)
  }
  /** The case as the worker had it when it got request i. */
  caseAt(i: number) {
    return this.requests.slice(0, i).filter((r) => r.type === 'case').at(-1)
  }
}

function setup(createWorker?: () => WorkerLike) {
  const model = ref<Case>(loadPreset())
  const catalogue = loadCatalogue()
  const source = computed(() => ({ model: model.value, catalogue }))
  const whatIf = ref<WhatIf>({})
  const settings = ref({ draws: 300, seed: 7 })
  const workers: StepWorker[] = []
  const scope = effectScope()
  const sim = scope.run(() =>
    useSimulation({
      source: () => source.value,
      whatIf: () => whatIf.value,
      settings: () => settings.value,
      createWorker:
        createWorker ??
        (() => {
          const worker = new StepWorker()
          workers.push(worker)
          return worker
        }),
      chunk: 100,
      previewDraws: 50,
      settleMs: 400,
    }),
  )
  if (!sim) throw new Error('no simulation')
  return { model, whatIf, settings, sim, workers, scope }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useSimulation', () => {
  it('opens with the case as plain data, a quick preview and then the full run', () => {
    const { sim, workers } = setup()
    sim.start()
    const worker = workers[0]!
    expect(worker.requests.map((r) => r.type)).toEqual(['case', 'preview', 'run'])
    expect(worker.ofType('preview')[0]).toMatchObject({ whatIf: {}, draws: 50, seed: 7 })
    expect(worker.ofType('run')[0]).toMatchObject({ whatIf: {}, draws: 300, seed: 7, chunk: 100 })
    const sent = worker.ofType('case')[0]
    expect(sent?.model).toEqual(loadPreset())
    expect(JSON.parse(JSON.stringify(sent))).toEqual(sent)
    worker.answerPreview()
    expect(sim.preview.value?.value.draws).toBe(50)
    expect(sim.preview.value?.revision).toBe(0)
    expect(sim.status.value).toBe('running')
    worker.step()
    expect([sim.done.value, sim.total.value]).toEqual([100, 300])
    worker.step()
    worker.step()
    expect(sim.status.value).toBe('done')
    expect(sim.result.value?.value).toMatchObject({ draws: 300, seed: 7 })
    expect(sim.result.value?.revision).toBe(0)
  })

  it('follows changes with one preview at a time, then the case as it is, and runs in full when they stop', async () => {
    const { model, sim, workers } = setup()
    sim.start()
    const worker = workers[0]!
    worker.answerPreview()
    worker.step()
    // Three changes in a row while the run is under way: the run is dropped, one preview is asked for.
    model.value.settings.discountRate = 0.01
    model.value.settings.discountRate = 0.02
    model.value.settings.discountRate = 0.03
    expect(sim.revision.value).toBe(3)
    expect(sim.status.value).toBe('waiting')
    expect(sim.result.value).toBeNull()
    expect(worker.ofType('preview')).toHaveLength(2)
    expect(worker.caseAt(worker.requests.indexOf(worker.ofType('preview')[1]!))?.model.settings.discountRate).toBe(0.01)
    worker.step() // the dropped run makes no more progress
    expect(sim.done.value).toBe(100)
    // Its answer describes the first of the three changes; the case as it is now is asked for next.
    worker.answerPreview()
    expect(sim.preview.value?.revision).toBe(1)
    expect(worker.ofType('preview')).toHaveLength(3)
    expect(worker.caseAt(worker.requests.indexOf(worker.ofType('preview')[2]!))?.model.settings.discountRate).toBe(0.03)
    // The case went once for each preview that needed it, not once for each change.
    expect(worker.ofType('case')).toHaveLength(3)
    worker.answerPreview()
    expect(sim.preview.value?.revision).toBe(3)
    expect(sim.preview.value?.value.discountRate).toBe(0.03)
    // Quiet for the settle time: the full run of the case as it is.
    vi.advanceTimersByTime(399)
    expect(worker.ofType('run')).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(worker.ofType('run')).toHaveLength(2)
    expect(sim.status.value).toBe('running')
    for (let i = 0; i < 3; i++) worker.step()
    expect(sim.status.value).toBe('done')
    expect(sim.result.value?.revision).toBe(3)
    expect(sim.result.value?.value.discountRate).toBe(0.03)
    // The same worker served it all: it stayed warm.
    expect(workers).toHaveLength(1)
    expect(worker.isTerminated).toBe(false)
    await nextTick()
  })

  it('sends a what-if slider\'s move without the case, and its bands are of the case under that what-if', () => {
    const { whatIf, sim, workers } = setup()
    sim.start()
    const worker = workers[0]!
    worker.answerPreview()
    const unmoved = sim.preview.value?.value
    worker.step()
    // A slider dragged over three steps while the first preview is made: no copy of the case goes.
    whatIf.value = { usersPercent: 105 }
    whatIf.value = { usersPercent: 110 }
    whatIf.value = { usersPercent: 115 }
    expect(sim.revision.value).toBe(3)
    expect(worker.ofType('case')).toHaveLength(1)
    expect(worker.ofType('preview').map((r) => r.whatIf)).toEqual([{}, { usersPercent: 105 }])
    worker.answerPreview()
    expect(worker.ofType('preview').at(-1)?.whatIf).toEqual({ usersPercent: 115 })
    worker.answerPreview()
    expect(sim.preview.value?.revision).toBe(3)
    // The bands shown are the worker's last answer as it sent it, and that answer is of more users: every
    // path's licences grow with the users, so each path's median total is above the unmoved one's.
    const shown = sim.preview.value?.value
    const answer = worker.sent.filter((m) => m.type === 'preview').at(-1)
    expect(shown).toEqual(answer?.type === 'preview' ? answer.result : undefined)
    expect(shown?.scenarios.length).toBe(unmoved?.scenarios.length)
    shown?.scenarios.forEach((s, i) => expect(s.total.p50, s.id).toBeGreaterThan(unmoved?.scenarios[i]?.total.p50 ?? Infinity))
    // The full run when the hand stops is of the same what-if.
    vi.advanceTimersByTime(400)
    expect(worker.ofType('run').at(-1)?.whatIf).toEqual({ usersPercent: 115 })
    expect(worker.ofType('case')).toHaveLength(1)
  })

  it('starts the full run again when the draws or the seed change', async () => {
    const { settings, sim, workers } = setup()
    sim.start()
    const worker = workers[0]!
    for (let i = 0; i < 3; i++) worker.step()
    expect(sim.status.value).toBe('done')
    settings.value = { draws: 200, seed: 8 }
    await nextTick()
    expect(sim.status.value).toBe('running')
    expect(worker.ofType('run').at(-1)).toMatchObject({ draws: 200, seed: 8 })
    // The last result still describes the case: it stays until the new run is done.
    expect(sim.result.value?.value).toMatchObject({ draws: 300, seed: 7 })
    worker.step()
    worker.step()
    expect(sim.result.value?.value).toMatchObject({ draws: 200, seed: 8 })
  })

  it('is cancelled by the person, and ends its worker when its scope ends', () => {
    const { sim, workers, scope } = setup()
    sim.start()
    const worker = workers[0]!
    worker.step()
    sim.cancel()
    expect(sim.status.value).toBe('cancelled')
    expect(worker.requests.at(-1)?.type).toBe('cancel')
    worker.step()
    expect(sim.done.value).toBe(100)
    scope.stop()
    expect(worker.isTerminated).toBe(true)
  })

  it('says so when the browser cannot start a worker', () => {
    const { sim } = setup(() => {
      throw new Error('Worker is not defined')
    })
    sim.start()
    expect(sim.status.value).toBe('failed')
    expect(sim.error.value).toBe('Worker is not defined')
  })
})
