/**
 * The result's `price-change-in-horizon` warnings gathered per change (one row per dated change, with
 * the products and scenarios that hold their price flat across it), for the compare screen, the
 * report and each scenario's card. The engine warns per product; a reader wants each change once.
 */
import type { LocalText, PriceChangeWarning, Result, ScenarioResult } from '~/engine'

export interface PriceChangeGroup {
  referenceId: string
  label: LocalText
  change: PriceChangeWarning['change']
  date: string
  condition?: LocalText
  source: PriceChangeWarning['source']
  /** The dates of the prices held flat across it (usually one). */
  asOf: string[]
  products: LocalText[]
  productIds: string[]
  scenarios: LocalText[]
}

export function priceChangeWarnings(scenario: Pick<ScenarioResult, 'warnings'>): PriceChangeWarning[] {
  return scenario.warnings.filter((w): w is PriceChangeWarning => w.code === 'price-change-in-horizon')
}

/**
 * A scenario's warnings as a reader counts them ("7 att se över"): every other warning one item each,
 * and the dated price changes it holds flat ONE item ("Priser ändrade under perioden (6)"), however many
 * changes and products: the engine warns per product and change (CONTRACT), a reader sees one matter.
 */
export function warningItems(scenario: Pick<ScenarioResult, 'warnings'>): number {
  const others = scenario.warnings.filter((w) => w.code !== 'price-change-in-horizon').length
  return others + (priceChangeWarnings(scenario).length > 0 ? 1 : 0)
}

/** Each dated change once, oldest first, with who holds a price flat across it. */
export function priceChangeGroups(result: Pick<Result, 'scenarios'>): PriceChangeGroup[] {
  const groups = new Map<string, PriceChangeGroup>()
  for (const scenario of result.scenarios) {
    for (const w of priceChangeWarnings(scenario)) {
      let group = groups.get(w.referenceId)
      if (!group) {
        group = {
          referenceId: w.referenceId, label: w.label, change: w.change, date: w.date, source: w.source,
          ...(w.condition ? { condition: w.condition } : {}), asOf: [], products: [], productIds: [], scenarios: [],
        }
        groups.set(w.referenceId, group)
      }
      if (!group.asOf.includes(w.priceAsOf)) group.asOf.push(w.priceAsOf)
      if (!group.productIds.includes(w.productId)) {
        group.productIds.push(w.productId)
        group.products.push(w.productName)
      }
      if (!group.scenarios.includes(scenario.name)) group.scenarios.push(scenario.name)
    }
  }
  return [...groups.values()].sort((a, b) => a.date.localeCompare(b.date) || a.referenceId.localeCompare(b.referenceId))
}
