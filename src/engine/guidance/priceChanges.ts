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
 *     a case that escalates the price already lets it move, so the change is not flagged again, and
 *   - the line has not put the change in (an entry of its `priceChanges` names the row): applied, the
 *     change is modelled by the money rule and no longer warned of.
 * A price with no date is not flagged: whether it includes the change is not known.
 *
 * `applyPriceChanges` puts chosen rows in as the lines' `priceChanges` (the compare screen's "Använd",
 * the closing figure of test/engine/closing-figure.test.ts): one function for the screen and the tests.
 */
import { effectiveHosting } from '../assessment/exposure'
import { usedPrice } from './prices'
import type { Case, Citation, LicenceLine, LocalText, Product, RateAmount, ReferenceRow, Scenario } from '../model/model'

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
 * Whether a licence line holds its price flat across a dated change (the rules in this file's head):
 * the line's product, hosting and currency fit the row, the price is dated before it, the change
 * falls in a year the line is paid, and the line has not put the change in already (`reference`).
 * Returns the first year of the case the change reaches, or undefined when it does not concern the line.
 */
function yearHeldFlat(model: Case, product: Product, line: LicenceLine, row: ReferenceRow): number | undefined {
  if (isEscalated(model, product.id)) return undefined
  const price = usedPrice(model, product)
  if (price.asOf === undefined || !(price.asOf < row.date)) return undefined
  if (!row.appliesTo?.products?.includes(product.id)) return undefined
  const hosting = effectiveHosting(product, line)
  if (row.appliesTo.hostings && (hosting === undefined || !row.appliesTo.hostings.includes(hosting))) return undefined
  if (row.currency !== undefined && row.currency !== price.currency) return undefined
  if (line.priceChanges?.some((c) => c.reference === row.id)) return undefined
  const endYear = model.settings.startYear + model.settings.years - 1
  const lastYear = Math.min(line.to ?? endYear, endYear)
  const firstYear = Math.max(line.from ?? model.settings.startYear, model.settings.startYear)
  const changeYear = Number(row.date.slice(0, 4))
  if (firstYear > lastYear || changeYear > lastYear) return undefined
  return Math.max(changeYear, firstYear)
}

/**
 * The dated price changes a scenario holds flat: one warning per product and change, whatever the
 * number of lines of the product (a change some line of the product holds flat is warned of).
 */
export function priceChangesInHorizon(
  model: Case,
  products: ReadonlyMap<string, Product>,
  scenario: Scenario,
  references: readonly ReferenceRow[],
): PriceChangeWarning[] {
  const endYear = model.settings.startYear + model.settings.years - 1
  const changes = priceChangeRows(references)
  const warnings: PriceChangeWarning[] = []
  const seen = new Set<string>()
  for (const line of scenario.licences) {
    const product = products.get(line.productId)
    if (!product) continue
    const price = usedPrice(model, product)
    for (const row of changes) {
      const key = `${product.id}:${row.id}`
      if (seen.has(key)) continue
      const year = yearHeldFlat(model, product, line, row)
      if (year === undefined || price.asOf === undefined) continue
      seen.add(key)
      const lastYear = Math.min(line.to ?? endYear, endYear)
      const firstYear = Math.max(line.from ?? model.settings.startYear, model.settings.startYear)
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

/** A change to put in the case: a price-change row, for one product or (no product named) every product it concerns. */
export interface PriceChangeChoice {
  referenceId: string
  productId?: string
}

/** The line's entry for a price-change row: from its day, 1 + its share (the likely value of a range), cited to the row. */
export function priceChangeEntry(row: ReferenceRow): NonNullable<LicenceLine['priceChanges']>[number] {
  const share = typeof row.value === 'number' ? row.value : row.value.likely
  return { from: row.date, factor: 1 + share, reference: row.id, source: structuredClone(row.source) }
}

/**
 * The case with chosen dated price changes put in: each chosen row becomes a `priceChanges` entry on
 * every licence line, in every scenario, that holds its price flat across it (exactly the lines
 * `price-change-in-horizon` names), so the money rule (rules.ts `priceFactor`) counts it from its
 * day and the warning for it goes. The product's price stays as the document gave it. A new case is
 * returned; the one given is not changed. Rows that are not price changes, or concern no line, change nothing.
 */
export function applyPriceChanges(
  model: Case,
  products: ReadonlyMap<string, Product>,
  references: readonly ReferenceRow[],
  choices: readonly PriceChangeChoice[],
): Case {
  const rows = new Map(priceChangeRows(references).map((r) => [r.id, r]))
  const next = structuredClone(model)
  for (const scenario of next.scenarios) {
    for (const line of scenario.licences) {
      const product = products.get(line.productId)
      if (!product) continue
      for (const choice of choices) {
        const row = rows.get(choice.referenceId)
        if (!row || (choice.productId !== undefined && choice.productId !== product.id)) continue
        if (yearHeldFlat(model, product, line, row) === undefined) continue
        const entries = [...(line.priceChanges ?? []), priceChangeEntry(row)]
        line.priceChanges = entries.sort((a, b) => a.from.localeCompare(b.from))
      }
    }
  }
  return next
}

/**
 * The case with a price-change row's entries taken out of its lines again (for one product, or all),
 * the lines' other dated changes kept. Undo takes an apply back exactly; this is for later, after other edits.
 */
export function removePriceChanges(model: Case, referenceId: string, productId?: string): Case {
  const next = structuredClone(model)
  for (const scenario of next.scenarios) {
    for (const line of scenario.licences) {
      if (!line.priceChanges || (productId !== undefined && line.productId !== productId)) continue
      const kept = line.priceChanges.filter((c) => c.reference !== referenceId)
      if (kept.length > 0) line.priceChanges = kept
      else delete line.priceChanges
    }
  }
  return next
}

/** The changes from data/reference.json a case has put in, per row, with the products that carry it. */
export function appliedPriceChanges(model: Case): { referenceId: string; from: string; factor: number; productIds: string[] }[] {
  const found = new Map<string, { referenceId: string; from: string; factor: number; productIds: string[] }>()
  for (const scenario of model.scenarios) {
    for (const line of scenario.licences) {
      for (const c of line.priceChanges ?? []) {
        if (c.reference === undefined) continue
        const entry = found.get(c.reference) ?? { referenceId: c.reference, from: c.from, factor: c.factor, productIds: [] }
        if (!entry.productIds.includes(line.productId)) entry.productIds.push(line.productId)
        found.set(c.reference, entry)
      }
    }
  }
  return [...found.values()].sort((a, b) => a.from.localeCompare(b.from) || a.referenceId.localeCompare(b.referenceId))
}
