/**
 * The data shipped with the app (catalogue, Eskilstuna preset). It is checked against the model's
 * schemas, the preset through the same parseCase as any file, when the app is built (vite.config.ts)
 * and by the tests (scripts/shipped-data.ts): a broken data file fails the build,
 * not the user. So the app reads it as it is, and the validator (zod and the schemas, a third of the
 * first screen's JavaScript) loads only when a file, a link or saved work needs it.
 */
import catalogueFile from '../../data/catalogue.json'
import featuresFile from '../../data/features.json'
import presetFile from '../../data/presets/eskilstuna-2022.json'
import sourcesFile from '../../data/sources.json'
import type { Case, KnownIds, LocalText, Product } from '../engine'

/** The shipped catalogue. */
export const shippedCatalogue: readonly Product[] = (catalogueFile as unknown as { products: Product[] }).products

/** The ids a case may cite or name: the shipped sources and the capability taxonomy (parseCase checks them). */
export const shippedIds: KnownIds = {
  sources: sourcesFile.sources.map((s) => s.id),
  capabilities: featuresFile.features.map((f) => f.id),
}

/** A fresh copy of the shipped Eskilstuna case. */
export function loadPreset(): Case {
  return structuredClone(presetFile) as unknown as Case
}

const svText = (text: LocalText) => (typeof text === 'string' ? text : text.sv)

/**
 * Whether a case is the shipped one (perhaps changed), so that the shipped case's inputs are its
 * defaults: the same organisation or the same name (the rule of the assumptions screen).
 */
export function isFromPreset(model: Case, preset: Case): boolean {
  return model.organisation.name === preset.organisation.name || svText(model.name) === svText(preset.name)
}
