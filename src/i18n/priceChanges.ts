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
  summary: '{vendors} har ändrat priser {count} gånger inom fallets år',
  summaryOne: '{vendors} har ändrat priset 1 gång inom fallets år',
  summaryApplied: '{count} av dem används i fallet från sina datum',
  summaryAppliedOne: '1 av dem används i fallet från sitt datum',
  summaryAllApplied: 'fallet använder dem från sina datum',
  show: 'visa',
  hide: 'dölj',
  products: 'Produkter som ändringen ska gälla',
  apply: 'Använd från {date}',
  applyLabel: 'Använd {label} från {date} för {products}',
  likely: 'Ett intervall: fallet räknar med det troliga värdet {likely}.',
  applyAll: 'Använd alla ({count})',
  applyAllNote: 'Ändringar med villkor ingår inte i ”Använd alla”; använd dem en och en om villkoret gäller er.',
  applied: 'Använt: {label} från {date} för {products} i alla vägar som räknade med det äldre priset. Ångra med Ctrl+Z eller knappen Ångra.',
  appliedAll: 'Använt: {count} prisändringar från sina datum i alla vägar som räknade med de äldre priserna. Ångra med Ctrl+Z eller knappen Ångra.',
  inCase: 'I fallet från sina datum',
  inCaseIntro: 'Dagens uppgifter bredvid dokumentens priser: dokumentens priser står kvar, och ändringen räknas från sin dag (året den börjar gäller delvis, dag för dag).',
  inCaseItem: '{label}: {change} från {date}, för {products}',
  remove: 'Ta bort',
  removeLabel: 'Ta bort {label} från fallet',
  removed: 'Borttagen: {label}. Fallet räknar med dokumentens pris för den igen.',
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
  summary: '{vendors} changed prices {count} times within the case’s years',
  summaryOne: '{vendors} changed the price once within the case’s years',
  summaryApplied: '{count} of them are used in the case from their dates',
  summaryAppliedOne: '1 of them is used in the case from its date',
  summaryAllApplied: 'the case uses them from their dates',
  show: 'show',
  hide: 'hide',
  products: 'Products the change is to apply to',
  apply: 'Use from {date}',
  applyLabel: 'Use {label} from {date} for {products}',
  likely: 'A range: the case counts its likely value {likely}.',
  applyAll: 'Use all ({count})',
  applyAllNote: 'Changes with a condition are not in “Use all”; use them one by one if the condition holds for you.',
  applied: 'Used: {label} from {date} for {products} in every path that counted the earlier price. Undo with Ctrl+Z or the Undo button.',
  appliedAll: 'Used: {count} price changes from their dates in every path that counted the earlier prices. Undo with Ctrl+Z or the Undo button.',
  inCase: 'In the case from their dates',
  inCaseIntro: 'Today’s facts beside the documents’ prices: the documents’ prices stay, and the change counts from its day (the year it begins pays in part, day by day).',
  inCaseItem: '{label}: {change} from {date}, for {products}',
  remove: 'Remove',
  removeLabel: 'Remove {label} from the case',
  removed: 'Removed: {label}. The case counts the documents’ price for it again.',
}

/** Both languages under `priceChanges`, for useLazyMessages. */
export const messages = { sv: { priceChanges: sv }, en: { priceChanges: en } }
