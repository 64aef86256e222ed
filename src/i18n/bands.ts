/** Texts of the live simulation bands on the finance screen, in Swedish (source) and English, under `bands`; they load with the components that use them (useLazyMessages). */
import type { Widen } from './widen'

export const sv = {
  live: 'Banden följer fallet: drar du i ett reglage eller ändrar ett intervall visas en förhandsvisning av {draws} dragningar direkt, och när du slutar körs hela simuleringen med valt antal dragningar och frö.',
  starting: 'Simuleringen startar …',
  waiting: 'Förhandsvisning av {draws} dragningar medan du ändrar. Hela simuleringen körs när du slutar.',
  preview: 'Förhandsvisning, {draws} dragningar',
  cancelled: 'Avbruten. Ändra något eller välj antal dragningar för att köra igen.',
} as const

export const en: Widen<typeof sv> = {
  live: 'The bands follow the case: drag a slider or change a range and a preview of {draws} draws shows at once; when you stop, the whole simulation runs with the chosen draws and seed.',
  starting: 'The simulation is starting …',
  waiting: 'Preview of {draws} draws while you change things. The whole simulation runs when you stop.',
  preview: 'Preview, {draws} draws',
  cancelled: 'Cancelled. Change something or choose the number of draws to run again.',
}

/** Both languages under `bands`, for useLazyMessages. */
export const messages = { sv: { bands: sv }, en: { bands: en } }
