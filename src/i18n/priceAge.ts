/**
 * Texts of the stale-price notice (components/price/PriceAge.vue), in Swedish (source) and English.
 * Loaded with the notice and merged under `priceAge` then, so the first screen does not carry them.
 */
import type { Widen } from './widen'

export const sv = {
  heading: 'Priserna är äldre än fallet',
  intro: 'Fallet börjar {start}, men {count} av priserna det räknar med är daterade mer än ett år tidigare. Dagens listpriser kan ligga högre eller lägre; de är listpriser utan moms, inte offerter.',
  inCase: 'I fallet',
  today: 'Dagens listpris',
  none: 'inget publicerat listpris i referenssiffrorna',
  perUserYear: '{amount} per användare och år',
  perUserMonth: '{amount} per användare och månad',
  converted: '= {amount} per användare och år',
  needsRate: 'ange växelkursen för {currency}',
  rate: 'Växelkurs: {target} för 1 {currency}',
  rateHelp: 'Din kurs, till exempel Riksbankens; den skrivs i prisets anteckning.',
  apply: 'Använd dagens listpris för {product}',
  applyShort: 'Använd',
  applyAll: 'Använd dagens listpriser för alla ({count})',
  applied: 'Dagens listpris används nu för {products}.',
  undo: 'Ångra',
  undone: 'Priserna från före ”Använd” gäller igen för {products}.',
  undonePartly: 'Priserna från före ”Använd” gäller igen för {restored}. {kept} har ändrats sedan dess och lämnas som de är.',
  cannotUndo: 'Kan inte ångra: {products} har ändrats sedan dagens pris användes (här eller i en annan flik). Ändra priset under Antaganden och källor, eller ångra stegvis med Ctrl+Z.',
} as const

export const en: Widen<typeof sv> = {
  heading: 'The prices are older than the case',
  intro: 'The case starts in {start}, but {count} of the prices it uses are dated more than a year earlier. Today’s list prices may be higher or lower; they are list prices excluding VAT, not quotes.',
  inCase: 'In the case',
  today: 'Today’s list price',
  none: 'no published list price in the reference figures',
  perUserYear: '{amount} per user and year',
  perUserMonth: '{amount} per user and month',
  converted: '= {amount} per user and year',
  needsRate: 'enter the exchange rate for {currency}',
  rate: 'Exchange rate: {target} for 1 {currency}',
  rateHelp: 'Your rate, for example the Riksbank’s; it is written in the price’s note.',
  apply: 'Use today’s list price for {product}',
  applyShort: 'Use',
  applyAll: 'Use today’s list prices for all ({count})',
  applied: 'Today’s list price is now used for {products}.',
  undo: 'Undo',
  undone: 'The prices from before “Use” apply again for {products}.',
  undonePartly: 'The prices from before “Use” apply again for {restored}. {kept} changed since and are left as they are.',
  cannotUndo: 'Cannot undo: {products} changed since today’s price was used (here or in another tab). Change the price under Assumptions and sources, or undo step by step with Ctrl+Z.',
}

/** Both languages under `priceAge`, for useLazyMessages. */
export const messages = { sv: { priceAge: sv }, en: { priceAge: en } }
