// @vitest-environment happy-dom
/**
 * The simulation panel says so when no input is ranged, instead of showing certainty as a probability,
 * and keeps the latest figures shown while a what-if step's preview is made.
 */
import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import FinanceSimulation from '~/components/finance/FinanceSimulation.vue'
import type { WorkerLike } from '~/composables/useSimulation'
import { formatMoney } from '~/composables/useFormat'
import { applyWhatIf, createSimulation, simulate } from '~/engine'
import type { CaseWithCatalogue } from '~/engine'
import type { SimulationMessage, SimulationRequest } from '~/workers/simulate.worker'
import { createAppI18n } from '~/i18n'
import { fourPaths } from '../fixtures/builders'

/** A worker that runs the real engine at once, in this thread. */
class InstantWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  private case: CaseWithCatalogue | null = null
  postMessage(request: SimulationRequest) {
    if (request.type === 'case') this.case = request
    if (request.type === 'case' || request.type === 'cancel' || !this.case) return
    const simulation = createSimulation({ ...applyWhatIf(this.case, request.whatIf), draws: request.draws, seed: request.seed })
    simulation.run(request.draws)
    const data: SimulationMessage =
      request.type === 'preview'
        ? { type: 'preview', runId: request.runId, result: simulation.result(), ms: 0 }
        : { type: 'done', runId: request.runId, result: simulation.result() }
    queueMicrotask(() => this.onmessage?.({ data } as MessageEvent<SimulationMessage>))
  }
  terminate() {}
}

/** A worker that runs the real engine: full runs at once, previews when the test lets them go. */
class HoldingWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<SimulationMessage>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  private case: CaseWithCatalogue | null = null
  private held: SimulationMessage[] = []
  postMessage(request: SimulationRequest) {
    if (request.type === 'case') this.case = request
    if (request.type === 'case' || request.type === 'cancel' || !this.case) return
    const result = simulate({ ...applyWhatIf(this.case, request.whatIf), draws: request.draws, seed: request.seed })
    if (request.type === 'preview') this.held.push({ type: 'preview', runId: request.runId, result, ms: 0 })
    else queueMicrotask(() => this.onmessage?.({ data: { type: 'done', runId: request.runId, result } } as MessageEvent<SimulationMessage>))
  }
  /** Answers the previews asked for so far, oldest first. */
  answerPreviews() {
    for (const data of this.held.splice(0)) this.onmessage?.({ data } as MessageEvent<SimulationMessage>)
  }
  terminate() {}
}

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

async function runOn(model: ReturnType<typeof fourPaths>) {
  // Charts stubbed: Chart.js cannot draw in happy-dom; the tables beside them hold the same figures.
  const wrapper = mount(FinanceSimulation, {
    props: { source: { model, catalogue: [] }, formatMoney: (v: number) => formatMoney(v, 'sv', 'SEK'), createWorker: () => new InstantWorker() },
    global: { plugins: [createAppI18n('sv'), createTestingPinia({ stubActions: false, createSpy: vi.fn })], stubs: { ChartRangeBars: true } },
    attachTo: document.body,
  })
  await wrapper.findAll('button').find((b) => b.text() === 'Kör simuleringen')?.trigger('click')
  await new Promise((resolve) => setTimeout(resolve, 0))
  await wrapper.vm.$nextTick()
  return wrapper
}

describe('FinanceSimulation', () => {
  it('says “no uncertainty in the inputs” and shows no 100 % when nothing is ranged', async () => {
    const wrapper = await runOn(fourPaths())
    expect(text(wrapper.get('[data-test="no-uncertainty"]').text())).toContain('Ingen osäkerhet i indata')
    const cells = wrapper.findAll('.finance-probability td').map((c) => text(c.text()))
    expect(cells).not.toContain('100 %')
    // Känd against Dyrare: both complete and fixed, so not a probability.
    expect(cells).toContain('ingen osäkerhet')
  })

  it('gives a probability once an input that moves the pair is ranged', async () => {
    const model = fourPaths()
    const k = model.catalogue?.products?.find((p) => p.id === 'k')
    if (k) k.pricing.amount = { low: 800, likely: 1000, high: 1400 }
    const wrapper = await runOn(model)
    expect(wrapper.find('[data-test="no-uncertainty"]').exists()).toBe(false)
    // Känd (k at 800–1 400) against Dyrare (1 200): Känd costs less in most draws, a share below 100 %.
    const row = wrapper.findAll('.finance-probability tbody tr')[0]
    const cell = text(row?.findAll('td')[1]?.text() ?? '')
    expect(cell).toMatch(/^\d+(,\d)? %$/)
    expect(cell).not.toBe('100 %')
  })

  it('keeps the figures it shows while a what-if step\'s preview is made, never stepping back to an older preview', async () => {
    const model = fourPaths()
    const k = model.catalogue?.products?.find((p) => p.id === 'k')
    if (k) k.pricing.amount = { low: 800, likely: 1000, high: 1400 }
    const worker = new HoldingWorker()
    const wrapper = mount(FinanceSimulation, {
      props: { source: { model, catalogue: [] }, formatMoney: (v: number) => formatMoney(v, 'sv', 'SEK'), createWorker: () => worker },
      global: { plugins: [createAppI18n('sv'), createTestingPinia({ stubActions: false, createSpy: vi.fn })], stubs: { ChartRangeBars: true } },
      attachTo: document.body,
    })
    const section = () => wrapper.get('.finance-simulation')
    const knownP50 = () => text(wrapper.get('tr[data-scenario="known"] td:nth-of-type(2)').text())
    await new Promise((resolve) => setTimeout(resolve, 0))
    // The full run came before the opening preview: the preview of the same case does not replace it.
    worker.answerPreviews()
    await wrapper.vm.$nextTick()
    expect(wrapper.find('.finance-simulation__preview').exists()).toBe(false)
    const full = knownP50()
    // A what-if step: until its preview comes, the full run's figures stay (not the opening preview's).
    await wrapper.setProps({ whatIf: { usersPercent: 150 } })
    expect(section().attributes('data-revision')).toBe('1')
    expect(section().attributes('data-shown-revision')).toBe('0')
    expect(knownP50()).toBe(full)
    expect(wrapper.find('.finance-simulation__preview').exists()).toBe(false)
    worker.answerPreviews()
    await wrapper.vm.$nextTick()
    expect(section().attributes('data-shown-revision')).toBe('1')
    expect(text(wrapper.get('.finance-simulation__preview').text())).toBe('Förhandsvisning, 2 000 dragningar')
    expect(knownP50()).not.toBe(full)
  })
})

