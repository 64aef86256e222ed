/**
 * Pure functions from an engine result to chart data; chart components only draw what they get.
 * Colours are the Okabe–Ito palette (safe for colour-blind readers); bars also differ by pattern-free
 * order and direct legend labels, and lines by point style, so colour is never the only cue.
 *
 * A figure that leaves out an unknown amount is a lower bound and is drawn as one: a dashed line with
 * hollow points, a bar with a heavy dark edge, "at least" in the legend (`labels.lowerBound`) and,
 * through `incomplete`, in the tooltip and the chart data's CSV. It is never drawn like a known figure.
 */
import { isWhollyUnknown, RESULT_CATEGORIES } from '~/engine'
import type { ResultCategory, Result, ScenarioResult } from '~/engine'

export const CATEGORY_COLOURS: Record<ResultCategory, string> = {
  licences: '#0072B2',
  training: '#E69F00',
  implementation: '#009E73',
  operations: '#56B4E9',
  exit: '#D55E00',
  benefits: '#CC79A7',
}

const SCENARIO_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']
const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'] as const

/** How a lower bound is named in a legend: "EU-hybrid (minst: okända belopp saknas)". */
export interface LowerBoundLabels {
  lowerBound: (name: string) => string
}

const asIs: LowerBoundLabels = { lowerBound: (name) => name }

export interface BarData {
  labels: string[]
  datasets: {
    /** The legend's label: the name, with "at least" for a lower bound. */
    label: string
    /** The plain name (the chart data's CSV marks completeness in a column of its own). */
    name: string
    data: number[]
    backgroundColor: string
    stack: string
    /** `incomplete[i]`: the figure of label i leaves out an unknown amount, a lower bound (also in the data's CSV). */
    incomplete: boolean[]
    /** A heavy dark edge on lower-bound bars, the category's colour on the rest. */
    borderColor: string[]
    borderWidth: number[]
  }[]
}

export interface LineData {
  labels: string[]
  datasets: {
    /** The legend's label: the name, with "at least" for a lower bound. */
    label: string
    /** The plain name (the chart data's CSV marks completeness in a column of its own). */
    name: string
    data: number[]
    borderColor: string
    backgroundColor: string
    pointStyle: (typeof POINT_STYLES)[number]
    pointRadius: number
    /** Hollow points for a lower bound. */
    pointBackgroundColor: string
    /** Dashed for a lower bound, solid for a known figure. */
    borderDash: number[]
    /** `incomplete[i]`: the running total up to label i leaves out an unknown amount, a lower bound (also in the data's CSV). */
    incomplete: boolean[]
  }[]
  /** The paths with nothing known (incomplete, at most 0 over the period), by name: not drawn, since a line at 0 would read as free. */
  notDrawn: string[]
}

/** The edge of a lower-bound bar. */
export const LOWER_BOUND_EDGE = '#1f2328'

/**
 * One scenario's cost per year, stacked by category. Categories with no amount are left out, unless an
 * amount of theirs is unknown: a category of unknown amounts is listed (as "at least"), never dropped.
 */
export function toCostChartData(
  scenario: ScenarioResult,
  categoryLabel: (category: ResultCategory) => string,
  labels: LowerBoundLabels = asIs,
): BarData {
  const isShown = (c: ResultCategory) => scenario.years.some((y) => y.categories[c] !== 0 || y.incomplete.includes(c))
  return {
    labels: scenario.years.map((y) => String(y.year)),
    // A category whose only amounts are unknown (an alternative's switching costs) is kept: absent would read as none.
    datasets: RESULT_CATEGORIES.filter(isShown).map((c) => {
      const incomplete = scenario.years.map((y) => y.incomplete.includes(c))
      return {
        label: incomplete.some(Boolean) ? labels.lowerBound(categoryLabel(c)) : categoryLabel(c),
        name: categoryLabel(c),
        data: scenario.years.map((y) => y.categories[c]),
        backgroundColor: CATEGORY_COLOURS[c],
        stack: 'cost',
        incomplete,
        borderColor: incomplete.map((lower) => (lower ? LOWER_BOUND_EDGE : CATEGORY_COLOURS[c])),
        borderWidth: incomplete.map((lower) => (lower ? 3 : 1)),
      }
    }),
  }
}

/** Running total of each scenario's net cost, year by year; a running total after an unknown amount is a lower bound. */
export function toCumulativeChartData(
  result: Result,
  scenarioName: (s: ScenarioResult) => string,
  labels: LowerBoundLabels = asIs,
): LineData {
  // The summary's rule (isWhollyUnknown), on the period's nominal total the chart draws.
  const isNotDrawn = (s: ScenarioResult) => isWhollyUnknown({ complete: s.complete, figure: s.total })
  return {
    labels: result.years.map(String),
    // Each path keeps its colour and point style by its place in the case, drawn or not.
    datasets: result.scenarios.flatMap((s, i) => {
      if (isNotDrawn(s)) return []
      let running = 0
      let isLower = false
      const colour = SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] ?? '#000000'
      const incomplete = s.years.map((y) => (isLower ||= y.incomplete.length > 0))
      return [{
        label: s.complete ? scenarioName(s) : labels.lowerBound(scenarioName(s)),
        name: scenarioName(s),
        data: s.years.map((y) => (running += y.total)),
        borderColor: colour,
        backgroundColor: colour,
        pointStyle: POINT_STYLES[i % POINT_STYLES.length] ?? 'circle',
        pointRadius: 5,
        pointBackgroundColor: s.complete ? colour : '#ffffff',
        borderDash: s.complete ? [] : [6, 4],
        incomplete,
      }]
    }),
    notDrawn: result.scenarios.filter(isNotDrawn).map(scenarioName),
  }
}

/** The highest yearly gross cost and lowest net saving over all scenarios: one scale for small multiples. */
export function sharedScale(result: Result): { min: number; max: number } {
  let min = 0
  let max = 0
  for (const s of result.scenarios) {
    for (const y of s.years) {
      const positive = RESULT_CATEGORIES.reduce((sum, c) => sum + Math.max(0, y.categories[c]), 0)
      const negative = RESULT_CATEGORIES.reduce((sum, c) => sum + Math.min(0, y.categories[c]), 0)
      max = Math.max(max, positive)
      min = Math.min(min, negative)
    }
  }
  return { min, max }
}

/** What a tooltip needs of Chart.js's item. */
interface TooltipItem {
  datasetIndex: number
  dataIndex: number
  raw: unknown
  dataset: { label?: string }
}

/** A tooltip line, "Licenser: 15 595 000 kr", with "minst" where the figure is a lower bound. */
export function tooltipLine(
  data: { datasets: readonly { incomplete: readonly boolean[] }[] },
  item: TooltipItem,
  formatMoney: (value: number) => string,
  atLeast?: (amount: string) => string,
): string {
  const amount = formatMoney(Number(item.raw))
  const isLowerBound = data.datasets[item.datasetIndex]?.incomplete[item.dataIndex] ?? false
  return `${item.dataset.label ?? ''}: ${isLowerBound && atLeast ? atLeast(amount) : amount}`
}

/** A chart's figures for its CSV download: plain names, each series' completeness beside its figures. */
export function toDownloadTable(data: BarData | LineData) {
  return { labels: data.labels, datasets: data.datasets.map((d) => ({ label: d.name, data: d.data, incomplete: d.incomplete })) }
}
