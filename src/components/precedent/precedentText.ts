/**
 * How an entry of data/precedents.json names its voices and its date in the interface: who decided,
 * proposed or said it (and to whom), and the date with what it is, marked where it is our reading.
 * Pure: the texts come through the `t` and `lt` the screen passes in.
 */
import type { Precedent } from '~/engine'

type Translate = (key: string, params?: Record<string, string | number>) => string
type LocalText = (text: { sv: string; en: string }) => string

/** "Beslutat av …", "Föreslaget av … till …", "Från …": empty for an entry that names no voice. */
export function voiceText(p: Precedent, t: Translate, lt: LocalText): string {
  if (p.decidedBy) return t('precedents.decidedBy', { by: lt(p.decidedBy) })
  if (p.kind === 'proposal' && p.by && p.to) return t('precedents.proposedBy', { by: lt(p.by), to: lt(p.to) })
  if (p.by && p.to) return t('precedents.byTo', { by: lt(p.by), to: lt(p.to) })
  if (p.by) return t('precedents.by', { by: lt(p.by) })
  return ''
}

/** "2023 (datum enligt fallets läsning: …)", "2022-03-30 (sista dag för …)", or the date alone. */
export function dateText(p: Pick<Precedent, 'date' | 'isDateOurReading' | 'dateNote'>, t: Translate, lt: LocalText): string {
  if (!p.date) return ''
  const note = [p.isDateOurReading ? t('sources.badge.dateIsReading') : '', p.dateNote ? lt(p.dateNote) : ''].filter(Boolean).join(': ')
  return note ? `${p.date} (${note})` : p.date
}

/** A text that starts a line: its first letter in upper case ("kommunstyrelsen, …" → "Kommunstyrelsen, …"). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
