/**
 * How old the prices of a case are, and today's dated list prices beside them (data/reference.json).
 *
 * A price is stale when the case starts more than a year after the price's date: start year − the
 * year of its as-of date > 1 (the study's prices of 2022-11-07 are stale for a case that starts in 2024
 * or later, not for the shipped case starting 2023). A price with no date is not called stale: its age
 * is not known, and the screens say so beside it.
 *
 * A list price offer is the newest `list-price` row of data/reference.json for a product, as a price
 * per user and year in the row's currency (per user and month × 12). Applying one needs an exchange
 * rate to the case's currency, given by the person (or a cited one); the result is a dated, cited
 * override of the product's price, so removing it restores the source's figure.
 */
import { likelyValue } from '../model/amount'
import { roundMoney } from '../money/finance'
import { usedProductIds } from '../uncertainty/inputs'
import type { Case, Citation, LocalText, PriceOverride, Product, ReferenceRow } from '../model/model'

/** The price a case uses for a product: the override's, else the catalogue's, with its date and source. */
export interface UsedPrice {
  productId: string
  /** Per user and year, or per year; null when unknown. */
  amount: number | null
  currency: Product['pricing']['currency']
  /** The date the price is as of (YYYY, YYYY-MM or YYYY-MM-DD); undefined when not known. */
  asOf?: string
  source?: Citation
  isOverridden: boolean
}

export function usedPrice(model: Case, product: Product): UsedPrice {
  const override = model.catalogue?.overrides?.[product.id]
  if (override) {
    return {
      productId: product.id,
      amount: likelyValue(override.amount),
      currency: product.pricing.currency,
      ...(override.asOf ? { asOf: override.asOf } : {}),
      ...(override.source ? { source: override.source } : {}),
      isOverridden: true,
    }
  }
  return {
    productId: product.id,
    amount: likelyValue(product.pricing.amount),
    currency: product.pricing.currency,
    ...(product.pricing.asOf ? { asOf: product.pricing.asOf } : {}),
    ...(product.pricing.source ? { source: product.pricing.source } : {}),
    isOverridden: false,
  }
}

/** Whole years from a price's date to the start year (start year − the date's year). */
export function priceAge(asOf: string, startYear: number): number {
  return startYear - Number(asOf.slice(0, 4))
}

export function isStale(asOf: string | undefined, startYear: number): boolean {
  return asOf !== undefined && priceAge(asOf, startYear) > 1
}

export interface StalePrice extends UsedPrice {
  asOf: string
  /** Start year − the year of the price's date. */
  age: number
}

/** The known prices of the products the case licenses that are dated more than a year before its start. */
export function stalePrices(model: Case, products: ReadonlyMap<string, Product>): StalePrice[] {
  const stale: StalePrice[] = []
  for (const id of usedProductIds(model)) {
    const product = products.get(id)
    if (!product) continue
    const price = usedPrice(model, product)
    if (price.amount === null || price.asOf === undefined || !isStale(price.asOf, model.settings.startYear)) continue
    stale.push({ ...price, asOf: price.asOf, age: priceAge(price.asOf, model.settings.startYear) })
  }
  return stale
}

/** Today's list price of a product, from data/reference.json. */
export interface ListPriceOffer {
  productId: string
  row: ReferenceRow
  /** Per user and year in the row's currency (a range when the row gives one). */
  perUserYear: number | { low: number; likely: number; high: number }
  currency: NonNullable<ReferenceRow['currency']>
  date: string
}

const MONTHS_A_YEAR = 12

function perYear(row: ReferenceRow): ListPriceOffer['perUserYear'] {
  const scale = row.unit === 'per-user-month' ? MONTHS_A_YEAR : 1
  const v = row.value
  return typeof v === 'number' ? v * scale : { low: v.low * scale, likely: v.likely * scale, high: v.high * scale }
}

/** For each product id, the newest dated list price that data/reference.json gives for it. */
export function listPriceOffers(references: readonly ReferenceRow[], productIds: Iterable<string>): ListPriceOffer[] {
  const offers: ListPriceOffer[] = []
  for (const productId of productIds) {
    const rows = references
      .filter((r) => r.kind === 'list-price' && (r.unit === 'per-user-month' || r.unit === 'per-user-year') && r.currency !== undefined)
      .filter((r) => r.appliesTo?.products?.includes(productId))
      .sort((a, b) => b.date.localeCompare(a.date))
    const row = rows[0]
    if (!row || row.currency === undefined) continue
    offers.push({ productId, row, perUserYear: perYear(row), currency: row.currency, date: row.date })
  }
  return offers
}

/** An exchange rate: units of the case's currency for one unit of the list price's, with where it comes from. */
export interface ExchangeRate {
  rate: number
  /** Set by the person (no source), or cited with its date. */
  source?: Citation
  date?: string
}

/**
 * The override that puts an offer's list price in the case: per user and year in the case's currency,
 * in whole units as the sources' prices are (so users × price = line holds on screen), dated as the
 * list price, citing it, and saying how it was converted (the exact figures are in the note).
 * Returns undefined when no conversion is needed but the currencies differ without a rate.
 */
export function overrideFromOffer(offer: ListPriceOffer, caseCurrency: string, rate: ExchangeRate | undefined): PriceOverride | undefined {
  const same = offer.currency === caseCurrency
  if (!same && (rate === undefined || !(rate.rate > 0))) return undefined
  const factor = same ? 1 : (rate?.rate ?? 1)
  const v = offer.perUserYear
  const amount =
    typeof v === 'number'
      ? roundMoney(v * factor)
      : { low: roundMoney(v.low * factor), likely: roundMoney(v.likely * factor), high: roundMoney(v.high * factor) }
  const monthly = offer.row.unit === 'per-user-month'
  const value = offer.row.value
  const listed = typeof value === 'number' ? String(value) : `${value.low}–${value.high}`
  const rateText: LocalText = same
    ? { sv: '', en: '' }
    : rate?.source
      ? { sv: ` × ${rate.rate} ${caseCurrency}/${offer.currency} (citerad kurs${rate.date ? ` ${rate.date}` : ''})`, en: ` × ${rate.rate} ${caseCurrency}/${offer.currency} (cited rate${rate.date ? ` of ${rate.date}` : ''})` }
      : { sv: ` × ${rate?.rate} ${caseCurrency}/${offer.currency} (växelkurs angiven av användaren)`, en: ` × ${rate?.rate} ${caseCurrency}/${offer.currency} (exchange rate set by the user)` }
  const note: LocalText = {
    sv: `Listpris ${listed} ${offer.currency} per användare och ${monthly ? 'månad × 12' : 'år'}${rateText.sv}, per ${offer.date}, avrundat till hela ${caseCurrency === 'SEK' ? 'kronor' : 'euro'}. Ett listpris utan moms, inte en offert.`,
    en: `List price ${listed} ${offer.currency} per user and ${monthly ? 'month × 12' : 'year'}${rateText.en}, as of ${offer.date}, rounded to whole ${caseCurrency === 'SEK' ? 'kronor' : 'euro'}. A list price excluding VAT, not a quote.`,
  }
  return { amount, note, asOf: offer.date, source: offer.row.source }
}
