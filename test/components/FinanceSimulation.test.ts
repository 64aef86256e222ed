// @vitest-environment happy-dom
/** The simulation panel says so when no input is ranged, instead of showing certainty as a probability. */
import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import FinanceSimulation from '~/components/finance/FinanceSimulation.vue'
import type { WorkerLike } from '~/composables/useSimulation'
import { formatMoney } from '~/composables/useFormat'
import { applyWhatIf, createSimulation } from '~/engine'
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
})
