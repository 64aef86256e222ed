/**
 * Texts of the precedents screen, in Swedish (source) and English. Loaded with the screen and merged
 * under `precedents` then (usePrecedentTexts), so the first screen does not carry them.
 */
import type { Widen } from './widen'

export const sv = {
  heading: 'Andra organisationers beslut',
  intro:
    'Vad jämförbara organisationer har beslutat om Microsoft 365, egen drift och EU-alternativ, och varför, ur deras egna dokument. Citaten är dokumentens egna ord. ”I Vägval” säger var fallet använder uppgiften.',
  organisations: 'Organisationer',
  entries: '{count} uppgifter',
  filter: 'Visa',
  all: 'Alla slag',
  quoteLabel: 'Dokumentets ord',
  inModel: 'I Vägval',
  bearsOn: 'Berör',
  date: 'Datum',
  none: 'Inga uppgifter av det slaget.',
  kind: {
    decision: 'Beslut',
    option: 'Alternativ',
    reason: 'Skäl',
    fact: 'Fakta',
    need: 'Behov',
    rule: 'Regel',
    risk: 'Risk',
    measure: 'Åtgärd',
    objection: 'Invändning',
    cost: 'Kostnad',
    date: 'Tidpunkt',
  },
} as const

export const en: Widen<typeof sv> = {
  heading: 'Precedents: what other organisations decided',
  intro:
    'What comparable organisations decided about Microsoft 365, their own servers and EU alternatives, and why, from their own documents. The quotes are the documents’ own words, in Swedish. “In Vägval” says where the case uses the fact.',
  organisations: 'Organisations',
  entries: '{count} entries',
  filter: 'Show',
  all: 'All kinds',
  quoteLabel: 'The document’s words (Swedish)',
  inModel: 'In Vägval',
  bearsOn: 'Bears on',
  date: 'Date',
  none: 'No entries of that kind.',
  kind: {
    decision: 'Decision',
    option: 'Option',
    reason: 'Reason',
    fact: 'Fact',
    need: 'Need',
    rule: 'Rule',
    risk: 'Risk',
    measure: 'Measure',
    objection: 'Objection',
    cost: 'Cost',
    date: 'Date',
  },
}

/** Both languages under `precedents`, for useLazyMessages. */
export const messages = { sv: { precedents: sv }, en: { precedents: en } }
