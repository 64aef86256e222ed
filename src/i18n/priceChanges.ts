/**
 * Texts of the dated price changes inside the case's years (components/price/PriceChanges.vue), in
 * Swedish (source) and English. Loaded with the panel and merged under `priceChanges`.
 */
import type { Widen } from './widen'

export const sv = {
  heading: 'Prisändringar under perioden',
  intro: 'Efter prisernas datum har leverantören ändrat priserna. Fallet räknar med samma pris hela perioden {from}–{to}, som dokumenten skrev det; ändringarna står här bredvid, med källa.',
  change: '{label}: {change} från {date}',
  heldFlat: 'Fallet räknar med priset från {asOf} hela perioden för {products} ({scenarios}).',
  condition: 'Gäller {condition}.',
  checked: 'Senast kontrollerad {date}',
  secondary: 'Sekundär källa (inte leverantörens eget dokument).',
  and: 'och',
} as const

export const en: Widen<typeof sv> = {
  heading: 'Price changes within the period',
  intro: 'After the prices’ dates the vendor changed its prices. The case uses the same price over the whole period {from}–{to}, as the documents wrote it; the changes are shown here beside it, with their sources.',
  change: '{label}: {change} from {date}',
  heldFlat: 'The case uses the price of {asOf} over the whole period for {products} ({scenarios}).',
  condition: 'Holds {condition}.',
  checked: 'Last checked {date}',
  secondary: 'Secondary source (not the vendor’s own document).',
  and: 'and',
}

/** Both languages under `priceChanges`, for useLazyMessages. */
export const messages = { sv: { priceChanges: sv }, en: { priceChanges: en } }
