// @vitest-environment happy-dom
/**
 * Bars across (simulation totals, tornado) name every bar in lines that fit the chart: on a phone
 * Chart.js cut a long scenario name and skipped labels it thought crowded.
 */
import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import ChartRangeBars from '~/components/chart/ChartRangeBars.vue'
import type { RangeBarData } from '~/components/chart/financeChartData'

vi.mock('vue-chartjs', () => ({
  // Chart.js cannot draw in happy-dom: the stub keeps what the chart was given.
  Bar: defineComponent({ name: 'Bar', props: ['data', 'options'], setup: () => () => h('canvas') }),
}))

/** A ResizeObserver that reports the width a test gives it. */
let observed: ((width: number) => void) | undefined
class FakeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    observed = (width) => this.callback([{ contentRect: { width } } as ResizeObserverEntry], this as unknown as ResizeObserver)
  }
  disconnect() {}
}

const data: RangeBarData = {
  labels: [['Microsoft 365 i molnet'], ['EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet,', 'Screen 9'], 'Nextcloud som helhetslösning'],
  datasets: [],
}

function mountAt(width: number, indexAxis: 'x' | 'y' = 'y') {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  const wrapper = mount(ChartRangeBars, { props: { data, label: 'Band', formatMoney: String, indexAxis } })
  observed?.(width)
  return wrapper
}
const given = (wrapper: ReturnType<typeof mountAt>) => wrapper.findComponent({ name: 'Bar' }).props() as { data: RangeBarData; options: { scales: { y?: { ticks?: { autoSkip?: boolean } } } } }

describe('ChartRangeBars', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('breaks labels across into lines that fit a phone-wide chart, and draws every one', async () => {
    const wrapper = mountAt(351)
    await nextTick()
    const { data: shown, options } = given(wrapper)
    const lines = shown.labels.flat()
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(15)
    // No word lost: each label reads as before, only broken differently.
    expect(shown.labels.map((l) => (Array.isArray(l) ? l.join(' ') : l))).toEqual([
      'Microsoft 365 i molnet',
      'EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9',
      'Nextcloud som helhetslösning',
    ])
    expect(options.scales.y?.ticks?.autoSkip).toBe(false)
  })

  it('keeps lines of up to 40 characters on a wide chart, and leaves labels along the bottom as they are', async () => {
    const wide = mountAt(984)
    await nextTick()
    expect(given(wide).data.labels[1]).toEqual(['EU-hybrid: Nextcloud, Rocket.Chat, Jitsi', 'Meet, Screen 9'])
    const along = mountAt(351, 'x')
    await nextTick()
    expect(given(along).data).toBe(data)
  })
})
