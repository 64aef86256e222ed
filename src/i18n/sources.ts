/** Texts about sources, readings, precedents and dated prices, in Swedish (source) and English; merged under `sources` in index.ts. */
import type { Widen } from './widen'

export const sv = {
  badge: {
    ourReading: 'Fallets antagande',
    assumptionMark: 'antagande',
    showForWithReading: 'Källa och fallets antagande för {what}',
    ourReadingNote: 'Källan säger inte detta; så läser fallet den.',
    undated: 'odaterad',
    dateIsReading: 'datum enligt fallets läsning',
    secondary: 'Andrahandskälla',
    tableRow: 'Tabellrad återgiven cell för cell',
    readOn: 'webbsida, läst {date}',
  },
  prices: {
    asOf: 'pris per {date}',
    asOfStale: 'pris per {date}, {age} år före start',
    noDate: 'prisets datum okänt',
  },

} as const

export const en: Widen<typeof sv> = {
  badge: {
    ourReading: 'The case’s assumption',
    assumptionMark: 'assumption',
    showForWithReading: 'Source and the case’s assumption for {what}',
    ourReadingNote: 'The source does not say this; it is how the case reads it.',
    undated: 'undated',
    dateIsReading: 'date as the case reads it',
    secondary: 'Secondary source',
    tableRow: 'Table row given cell by cell',
    readOn: 'web page, read on {date}',
  },
  prices: {
    asOf: 'price as of {date}',
    asOfStale: 'price as of {date}, {age} years before the start',
    noDate: 'date of the price not known',
  },

}
