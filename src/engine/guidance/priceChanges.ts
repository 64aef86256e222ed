/**
 * Dated price changes inside a case's years (issue 23, CONTRACT `price-change-in-horizon`).
 *
 * A `price-change` row of data/reference.json (Microsoft's SEK +15 % from 2023-04-01 …) concerns a
 * licence line when the line's product is among the row's products, the line is run in one of the
 * row's hostings (none named: any), and the row's currency is the price's (none named: a change
 * the vendor calls global, read as the same share in every currency).
 *
 * The line holds the price flat across the change when
 *   - the price's date is before the change's date (a price dated on or after it already includes it),
 *   - the change's year is not after the line's last year (it falls where the line is paid), and
 *   - no escalation is set for the product (neither its own rate nor a general one other than 0):
 *     a case that escalates the price already lets it move, so the change is not flagged again.
 * A price with no date is not flagged: whether it includes the change is not known.
 */
import { effectiveHosting } from '../assessment/exposure'
import { roundMoney } from '../money/finance'
import { usedPrice } from './prices'
import type { Case, Citation, LocalText, Product, RateAmount, ReferenceRow, Scenario } from '../model/model'

export interface PriceChangeWarning {
  code: 'price-change-in-horizon'
  message: string
  productId: string
  productName: LocalText
  /** The row of data/reference.json. */
  referenceId: string
  label: LocalText
  /** The change as a share of the price (0.15 for +15 %), or its range. */
  change: ReferenceRow['value']
  /** The day it takes effect. */
  date: string
  /** The first year of the case the change reaches (the case's start year when the change came before it). */
  year: number
  /** The currency whose prices changed; absent for a change the vendor calls global. */
  currency?: ReferenceRow['currency']
  /** For whom alone the change holds (billed monthly, a volume level), when it does not hold for every buyer. */
  condition?: LocalText
  /** The date of the price the case holds flat. */
  priceAsOf: string
  source: Citation
}

const likely = (rate: RateAmount | undefined): number => (rate === undefined ? 0 : typeof rate === 'number' ? rate : rate.likely)
const textOf = (text: LocalText): string => (typeof text === 'string' ? text : text.en)
const percent = (value: ReferenceRow['value']): string => {
  const p = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ''}${Number(Math.abs(n * 100).toFixed(2))} %`
  return typeof value === 'number' ? p(value) : `${p(value.low)} to ${p(value.high)}`
}

/** Whether the case escalates the product's price (its own rate, or a general one other than 0). */
export function isEscalated(model: Case, productId: string): boolean {
  const escalation = model.settings.escalation
  const own = escalation?.byProduct?.[productId]
  return own !== undefined ? likely(own) !== 0 : likely(escalation?.general) !== 0
}

/** The price-change rows of data/reference.json, oldest first. */
export function priceChangeRows(references: readonly ReferenceRow[]): ReferenceRow[] {
  return references.filter((r) => r.kind === 'price-change').sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}

/**
 * The dated price changes a scenario holds flat: one warning per product and change, whatever the
 * number of lines of the product. `applied` lists the reference ids the case has already put in
 * (so those are not flagged).
 */
export function priceChangesInHorizon(
  model: Case,
  products: ReadonlyMap<string, Product>,
  scenario: Scenario,
  references: readonly ReferenceRow[],
  applied: ReadonlySet<string> = new Set(),
): PriceChangeWarning[] {
  const endYear = model.settings.startYear + model.settings.years - 1
  const changes = priceChangeRows(references).filter((r) => !applied.has(r.id))
  const warnings: PriceChangeWarning[] = []
  const seen = new Set<string>()
  for (const line of scenario.licences) {
    const product = products.get(line.productId)
    if (!product || isEscalated(model, product.id)) continue
    const price = usedPrice(model, product)
    if (price.asOf === undefined) continue
    const hosting = effectiveHosting(product, line)
    const lastYear = Math.min(line.to ?? endYear, endYear)
    const firstYear = Math.max(line.from ?? model.settings.startYear, model.settings.startYear)
    if (firstYear > lastYear) continue
    for (const row of changes) {
      const key = `${product.id}:${row.id}`
      if (seen.has(key)) continue
      if (!row.appliesTo?.products?.includes(product.id)) continue
      if (row.appliesTo.hostings && (hosting === undefined || !row.appliesTo.hostings.includes(hosting))) continue
      if (row.currency !== undefined && row.currency !== price.currency) continue
      if (!(price.asOf < row.date)) continue
      const changeYear = Number(row.date.slice(0, 4))
      if (changeYear > lastYear) continue
      seen.add(key)
      const year = Math.max(changeYear, firstYear)
      warnings.push({
        code: 'price-change-in-horizon',
        message:
          `${textOf(row.label)}: ${percent(row.value)} from ${row.date}${row.condition ? ` (${textOf(row.condition)})` : ''}; ` +
          `the case holds the ${price.asOf} price of "${textOf(product.name)}" over ${firstYear}–${lastYear}.`,
        productId: product.id,
        productName: product.name,
        referenceId: row.id,
        label: row.label,
        change: row.value,
        date: row.date,
        year,
        ...(row.currency ? { currency: row.currency } : {}),
        ...(row.condition ? { condition: row.condition } : {}),
        priceAsOf: price.asOf,
        source: row.source,
      })
    }
  }
  return warnings
}

/** A dated change as a factor: takes effect from the first whole month on or after its date. */
interface DatedShare {
  date: string
  share: number
}

/**
 * The average factor on a start-of-horizon price over one year, month by month: each month carries the
 * product of (1 + share) of every change in effect by its first day (a change dated on a month's first
 * day counts from that month, a later day from the next), and the year's factor is the mean of its 12 months.
 */
export function yearFactor(changes: readonly DatedShare[], year: number): number {
  const effective = changes.map((c) => ({ from: firstWholeMonth(c.date), share: c.share }))
  let sum = 0
  for (let month = 1; month <= 12; month++) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`
    sum += effective.reduce((f, c) => (c.from <= first ? f * (1 + c.share) : f), 1)
  }
  return sum / 12
}

/** The first day of the first whole month from a date (YYYY-MM-DD): the date itself on a 1st, else the next month's 1st. */
function firstWholeMonth(date: string): string {
  if (date.endsWith('-01')) return date
  const [y = 0, m = 1] = date.split('-').map(Number)
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

export interface PriceChangedScenario {
  id: string
  /** The scenario's total with the changes applied to its licence lines. */
  total: number
  /** The licence lines' yearly sums with the changes applied, and as the case has them. */
  licencesByYear: { year: number; applied: number; asCase: number }[]
  /** The reference ids applied somewhere in the scenario. */
  applied: string[]
}

/**
 * What a result comes to with dated price changes applied from their dates to the licence lines that
 * hold a price flat across them (the lines `price-change-in-horizon` names): each line-year × the
 * year's factor, rounded to whole units like every line, the rest of the scenario unchanged. `ids`
 * picks the changes (default: every change that holds for every buyer, none with a `condition`);
 * a range change counts with its likely value. A line whose amount is unknown stays unknown.
 */
export function withPriceChanges(
  model: Case,
  products: ReadonlyMap<string, Product>,
  result: { years: readonly number[]; scenarios: readonly { id: string; total: number; lines: readonly { key: string; kind: string; isCounted: boolean; amounts: readonly (number | null)[] }[] }[] },
  references: readonly ReferenceRow[],
  ids?: ReadonlySet<string>,
): PriceChangedScenario[] {
  const chosen = priceChangeRows(references).filter((r) => (ids ? ids.has(r.id) : r.condition === undefined))
  return result.scenarios.map((scenarioResult) => {
    const scenario = model.scenarios.find((s) => s.id === scenarioResult.id)
    const warned = scenario ? priceChangesInHorizon(model, products, { ...scenario, licences: scenario.licences }, chosen) : []
    const byYear = result.years.map((year) => ({ year, applied: 0, asCase: 0 }))
    let difference = 0
    for (const line of scenarioResult.lines) {
      if (line.kind !== 'licence' || !line.isCounted) continue
      const index = Number(line.key.split(':')[1])
      const productId = scenario?.licences[index]?.productId
      const own = scenario ? priceChangesInHorizon(model, products, { ...scenario, licences: [scenario.licences[index]!] }, chosen) : []
      const changes = own.filter((w) => w.productId === productId).map((w) => ({ date: w.date, share: typeof w.change === 'number' ? w.change : w.change.likely }))
      line.amounts.forEach((amount, t) => {
        if (amount === null) return
        const year = result.years[t] ?? 0
        const applied = roundMoney(amount * yearFactor(changes, year))
        byYear[t]!.applied += applied
        byYear[t]!.asCase += amount
        difference += applied - amount
      })
    }
    return { id: scenarioResult.id, total: scenarioResult.total + difference, licencesByYear: byYear, applied: [...new Set(warned.map((w) => w.referenceId))] }
  })
}
