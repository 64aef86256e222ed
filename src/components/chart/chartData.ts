/**
 * Pure functions from an engine result to chart data; chart components only draw what they get.
 * Colours are the Okabe–Ito palette (safe for colour-blind readers); bars also differ by pattern-free
 * order and direct legend labels, and lines by point style, so colour is never the only cue.
 */
import { RESULT_CATEGORIES } from '~/engine'
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

export interface BarData {
  labels: string[]
  /** `incomplete[i]`: the figure of label i leaves out an unknown amount (for the data's CSV). */
  datasets: { label: string; data: number[]; backgroundColor: string; stack: string; incomplete: boolean[] }[]
}

export interface LineData {
  labels: string[]
  datasets: {
    label: string
    data: number[]
    borderColor: string
    backgroundColor: string
    pointStyle: (typeof POINT_STYLES)[number]
    pointRadius: number
    borderDash: number[]
    /** `incomplete[i]`: the running total up to label i leaves out an unknown amount (for the data's CSV). */
    incomplete: boolean[]
  }[]
}

/** One scenario's cost per year, stacked by category (categories with no amount are left out). */
export function toCostChartData(
  scenario: ScenarioResult,
  categoryLabel: (category: ResultCategory) => string,
): BarData {
  return {
    labels: scenario.years.map((y) => String(y.year)),
    datasets: RESULT_CATEGORIES.filter((c) => scenario.years.some((y) => y.categories[c] !== 0)).map((c) => ({
      label: categoryLabel(c),
      data: scenario.years.map((y) => y.categories[c]),
      backgroundColor: CATEGORY_COLOURS[c],
      stack: 'cost',
      incomplete: scenario.years.map((y) => y.incomplete.includes(c)),
    })),
  }
}

/** Running total of each scenario's net cost, year by year. */
export function toCumulativeChartData(result: Result, scenarioName: (s: ScenarioResult) => string): LineData {
  return {
    labels: result.years.map(String),
    datasets: result.scenarios.map((s, i) => {
      let running = 0
      let isIncomplete = false
      const colour = SCENARIO_COLOURS[i % SCENARIO_COLOURS.length] ?? '#000000'
      return {
        label: scenarioName(s),
        data: s.years.map((y) => (running += y.total)),
        borderColor: colour,
        backgroundColor: colour,
        pointStyle: POINT_STYLES[i % POINT_STYLES.length] ?? 'circle',
        pointRadius: 5,
        borderDash: i % 2 === 1 ? [6, 4] : [],
        incomplete: s.years.map((y) => (isIncomplete ||= y.incomplete.length > 0)),
      }
    }),
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
