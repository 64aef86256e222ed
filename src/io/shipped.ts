/** The data shipped with the app (catalogue, Eskilstuna preset), validated like any other entrance. */
import catalogueFile from '../../data/catalogue.json'
import presetFile from '../../data/presets/eskilstuna-2022.json'
import { catalogueFileSchema, parseCase } from '../engine'
import type { Case, LocalText, Product } from '../engine'

/** The shipped catalogue, validated at load (a broken data file fails the tests, not the user). */
export const shippedCatalogue: readonly Product[] = catalogueFileSchema.parse(catalogueFile).products

/** A fresh copy of the shipped Eskilstuna case, through the same validation as any file. */
export function loadPreset(): Case {
  const parsed = parseCase(presetFile, shippedCatalogue)
  if (!parsed.ok) throw new Error(`The shipped preset is invalid: ${parsed.faults.map((f) => `${f.path}: ${f.message}`).join('; ')}`)
  return parsed.value
}

const svText = (text: LocalText) => (typeof text === 'string' ? text : text.sv)

/**
 * Whether a case is the shipped one (perhaps changed), so that the shipped case's inputs are its
 * defaults: the same organisation or the same name (the rule of the assumptions screen).
 */
export function isFromPreset(model: Case, preset: Case): boolean {
  return model.organisation.name === preset.organisation.name || svText(model.name) === svText(preset.name)
}
