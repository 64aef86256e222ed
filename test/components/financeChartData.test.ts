/** Chart data of the finance screen (src/components/chart/financeChartData.ts): pure, from engine results. */
import { describe, expect, it } from 'vitest'
import { wrapLabel, toTornadoChartData, toTotalBandChartData, toYearBandChartData } from '~/components/chart/financeChartData'
import { simulate, tornado } from '~/engine'
import type { CostLine } from '~/engine'
import { buildCase, parsed, product, scenario } from '../fixtures/cases'

const labels = { lower: 'P10–P50', upper: 'P50–P90' }
const recurring = (amount: CostLine['amount']): CostLine => ({ label: 'Drift', category: 'operations', kind: 'recurring', amount })

/** Two scenarios over 2024–2027: A's operations ranged 100–300 a year, B's a flat 250. */
const model = parsed(
  buildCase({
    products: [product('p', { low: 500, likely: 1000, high: 2000 })],
    scenarios: [
      scenario({ id: 'a', name: 'A', costs: [recurring({ low: 100, likely: 200, high: 300 })] }),
      scenario({ id: 'b', name: 'B', costs: [recurring(250)], licences: [{ productId: 'p', groups: ['staff'] }] }),
    ],
  }),
)
const result = simulate({ model, catalogue: [], draws: 1000, seed: 4 })

describe('toYearBandChartData', () => {
  it('gives one two-part bar per year: P10→P50 and P50→P90 of the scenario', () => {
    const a = result.scenarios[0]!
    const data = toYearBandChartData(a, labels)
    expect(data.labels).toEqual(['2024', '2025', '2026', '2027'])
    expect(data.datasets.map((d) => d.label)).toEqual(['P10–P50', 'P50–P90'])
    expect(data.datasets[0]?.data).toEqual(a.years.map((y) => [y.p10, y.p50]))
    expect(data.datasets[1]?.data).toEqual(a.years.map((y) => [y.p50, y.p90]))
    expect(data.datasets.every((d) => d.grouped === false && d.minBarLength > 0)).toBe(true)
  })
})

describe('toTotalBandChartData', () => {
  it('gives one bar per scenario for the nominal total or the present value', () => {
    const data = toTotalBandChartData(result, (s) => String(s.name), labels)
    expect(data.labels).toEqual([['A'], ['B']])
    const b = result.scenarios[1]!
    expect(data.datasets[0]?.data[1]).toEqual([b.total.p10, b.total.p50])
    const pv = toTotalBandChartData(result, (s) => String(s.name), labels, 'presentValue')
    expect(pv.datasets[1]?.data[1]).toEqual([b.presentValue.p50, b.presentValue.p90])
  })
})

describe('toTornadoChartData', () => {
  const t = tornado({ model, catalogue: [], a: 'a', b: 'b' })

  it('draws each input from the base difference to the difference at its low and at its high end, largest first', () => {
    const data = toTornadoChartData(t, (r) => r.key, { low: 'low', high: 'high' })
    expect(data.labels).toEqual(t.rows.map((r) => [r.key]))
    expect(data.labels[0]).toEqual(['price:p'])
    expect(data.datasets[0]?.data[0]).toEqual([t.base, t.rows[0]?.atLow])
    expect(data.datasets[1]?.data[0]).toEqual([t.base, t.rows[0]?.atHigh])
  })

  it('keeps the top rows only, and wraps long labels whole, scenario name included', () => {
    const label = 'Utbildningstimmar per användare: Utbildning enligt utredningen (EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9)'
    const data = toTornadoChartData(t, () => label, { low: 'low', high: 'high' }, 1)
    const lines = data.labels[0] as string[]
    expect(lines.join(' ')).toBe(label)
    expect(lines.every((line) => line.length <= 40)).toBe(true)
    expect(lines.at(-1)).toContain('Screen 9)')
    expect(data.datasets[0]?.data).toHaveLength(1)
    expect(wrapLabel('kort')).toEqual(['kort'])
    expect(wrapLabel('x'.repeat(50))).toEqual(['x'.repeat(50)]) // a word is never cut
  })
})
