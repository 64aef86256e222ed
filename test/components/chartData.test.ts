/** Chart data (src/components/chart/chartData.ts): a lower bound is drawn as one, never like a known figure. */
import { describe, expect, it } from 'vitest'
import { toCostChartData, toCumulativeChartData, tooltipLine } from '~/components/chart/chartData'
import { compute } from '~/engine'
import { fourPaths } from '../fixtures/builders'

const result = compute({ model: fourPaths(), catalogue: [] })
const labels = { lowerBound: (name: string) => `${name} (minst)` }

describe('toCumulativeChartData', () => {
  const data = toCumulativeChartData(result, (s) => String(s.name), labels)
  const byId = (id: string) => data.datasets[result.scenarios.findIndex((s) => s.id === id)]

  it('draws a complete path solid, with filled points and its plain name', () => {
    // Känd: 1 000 000 a year, summed.
    expect(byId('known')).toMatchObject({ label: 'Känd', borderDash: [], data: [1_000_000, 2_000_000, 3_000_000, 4_000_000] })
    expect(byId('known')?.incomplete).toEqual([false, false, false, false])
    expect(byId('known')?.pointBackgroundColor).toBe(byId('known')?.borderColor)
  })

  it('draws an incomplete path dashed and hollow, "at least" in its name and in every year from the first unknown', () => {
    const partial = byId('partial')
    expect(partial).toMatchObject({ label: 'Delvis (minst)', borderDash: [6, 4], pointBackgroundColor: '#ffffff' })
    expect(partial?.incomplete).toEqual([true, true, true, true])
  })
})

describe('toCumulativeChartData with a path of nothing known', () => {
  it('does not draw it as a line at 0 but names it as not drawn, and the others keep their colours', () => {
    const model = fourPaths()
    // A fifth path of one licence whose price is unknown: nothing of its cost is known.
    model.scenarios.push({ ...structuredClone(model.scenarios[2]!), id: 'unknown', name: 'Okänd', licences: [{ ...structuredClone(model.scenarios[2]!.licences[1]!) }] })
    const withUnknown = compute({ model, catalogue: [] })
    expect(withUnknown.scenarios.find((s) => s.id === 'unknown')).toMatchObject({ complete: false, total: 0 })
    const data = toCumulativeChartData(withUnknown, (s) => String(s.name), labels)
    expect(data.datasets.map((d) => d.name)).not.toContain('Okänd')
    expect(data.notDrawn).toEqual(['Okänd'])
    expect(data.datasets.map((d) => d.borderColor)).toEqual(toCumulativeChartData(result, (s) => String(s.name), labels).datasets.map((d) => d.borderColor))
  })
})

describe('toCostChartData', () => {
  it('keeps a category whose only amounts are unknown, marked, instead of dropping it as if it were 0', () => {
    // Billig del: implementation 3 000 000 in 2024, licences of u (price unknown) every year: 0 known.
    const cheap = result.scenarios.find((s) => s.id === 'cheap-part')
    if (!cheap) throw new Error('no cheap-part')
    const data = toCostChartData(cheap, (c) => c, labels)
    const licences = data.datasets.find((d) => d.label.startsWith('licences'))
    expect(licences).toMatchObject({ label: 'licences (minst)', data: [0, 0, 0, 0], incomplete: [true, true, true, true] })
    expect(licences?.borderWidth).toEqual([3, 3, 3, 3])
    const implementation = data.datasets.find((d) => d.label.startsWith('implementation'))
    expect(implementation).toMatchObject({ label: 'implementation', data: [3_000_000, 0, 0, 0], borderWidth: [1, 1, 1, 1] })
  })
})

describe('tooltipLine', () => {
  it('says "at least" in the tooltip of a lower-bound point only', () => {
    const data = toCumulativeChartData(result, (s) => String(s.name), labels)
    const partial = result.scenarios.findIndex((s) => s.id === 'partial')
    const known = result.scenarios.findIndex((s) => s.id === 'known')
    const money = (v: number) => `${v} kr`
    const atLeast = (amount: string) => `minst ${amount}`
    expect(tooltipLine(data, { datasetIndex: partial, dataIndex: 1, raw: 2_000_000, dataset: { label: 'Delvis (minst)' } }, money, atLeast)).toBe('Delvis (minst): minst 2000000 kr')
    expect(tooltipLine(data, { datasetIndex: known, dataIndex: 1, raw: 2_000_000, dataset: { label: 'Känd' } }, money, atLeast)).toBe('Känd: 2000000 kr')
  })
})
