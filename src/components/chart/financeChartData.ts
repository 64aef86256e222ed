/**
 * Pure functions from simulation and tornado results to chart data for ChartRangeBars. Bands are
 * drawn as floating bars: P10→P50 and P50→P90 in two shades meeting at the median, so the median is
 * where the shade changes and the bar's ends are P10 and P90. Colours are from the Okabe–Ito palette;
 * each dataset is named in the legend, and every chart has a table with the same figures beside it.
 */
import type { ScenarioBands, SimulationResult, Tornado, TornadoRow } from '~/engine'

export interface RangeBarDataset {
  label: string
  /** One [from, to] pair per label. */
  data: [number, number][]
  backgroundColor: string
  borderColor: string
  borderWidth: number
  /** Both datasets share one bar slot per label (one bar made of two parts). */
  grouped: false
  /** A band of zero width still shows as a thin mark, in pixels. */
  minBarLength: number
}

export interface RangeBarData {
  /** One label per bar; a label of several lines is an array of them (Chart.js draws each on its own line). */
  labels: (string | string[])[]
  datasets: RangeBarDataset[]
}

export const BAND_COLOURS = { lower: '#56B4E9', upper: '#0072B2', edge: '#1f2328' } as const
export const TORNADO_COLOURS = { low: '#0072B2', high: '#E69F00', edge: '#1f2328' } as const

function dataset(label: string, data: [number, number][], colour: string, edge: string): RangeBarDataset {
  return { label, data, backgroundColor: colour, borderColor: edge, borderWidth: 1, grouped: false, minBarLength: 2 }
}

/** A scenario's yearly P10–P90 band with its median, one bar per year. */
export function toYearBandChartData(bands: ScenarioBands, labels: { lower: string; upper: string }): RangeBarData {
  return {
    labels: bands.years.map((y) => String(y.year)),
    datasets: [
      dataset(labels.lower, bands.years.map((y) => [y.p10, y.p50]), BAND_COLOURS.lower, BAND_COLOURS.edge),
      dataset(labels.upper, bands.years.map((y) => [y.p50, y.p90]), BAND_COLOURS.upper, BAND_COLOURS.edge),
    ],
  }
}

/** Each scenario's horizon band (nominal total or present value), one bar per scenario. */
export function toTotalBandChartData(
  result: SimulationResult,
  scenarioName: (s: ScenarioBands) => string,
  labels: { lower: string; upper: string },
  measure: 'total' | 'presentValue' = 'total',
): RangeBarData {
  const band = (s: ScenarioBands) => s[measure]
  return {
    labels: result.scenarios.map((s) => wrapLabel(scenarioName(s))),
    datasets: [
      dataset(labels.lower, result.scenarios.map((s) => [band(s).p10, band(s).p50]), BAND_COLOURS.lower, BAND_COLOURS.edge),
      dataset(labels.upper, result.scenarios.map((s) => [band(s).p50, band(s).p90]), BAND_COLOURS.upper, BAND_COLOURS.edge),
    ],
  }
}

/**
 * A long label in lines of at most `max` characters, broken between words and never cut: the whole
 * label stays readable, scenario name included. A word longer than `max` keeps a line of its own.
 */
export function wrapLabel(text: string, max = 40): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line)
      line = word
    } else {
      line = line === '' ? word : `${line} ${word}`
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/**
 * The tornado: for each input (largest swing first, at most `top`), a bar from the base difference
 * to the difference with the input at its low end, and one to it at its high end.
 */
export function toTornadoChartData(
  tornado: Tornado,
  inputLabel: (row: TornadoRow) => string,
  labels: { low: string; high: string },
  top = 10,
): RangeBarData {
  const rows = tornado.rows.slice(0, top)
  return {
    labels: rows.map((r) => wrapLabel(inputLabel(r))),
    datasets: [
      dataset(labels.low, rows.map((r) => [tornado.base, r.atLow]), TORNADO_COLOURS.low, TORNADO_COLOURS.edge),
      dataset(labels.high, rows.map((r) => [tornado.base, r.atHigh]), TORNADO_COLOURS.high, TORNADO_COLOURS.edge),
    ],
  }
}
