/**
 * Checks the data shipped with the app against the model's schemas: the catalogue, the features, the
 * sources and the reference figures by their file schemas, the Eskilstuna preset by parseCase against
 * the catalogue, the sources and the taxonomy (as any file is read), the sovereignty framework and ratings by
 * their schema and against the catalogue's products. Validation must also change nothing, since the app reads these
 * files as they are (src/io/shipped.ts). Run when the app is built (vite.config.ts) and by
 * test/io/shipped.test.ts. Returns the faults, one line each; none when all is well.
 */
import { isDeepStrictEqual } from 'node:util'
import catalogueFile from '../data/catalogue.json'
import featuresFile from '../data/features.json'
import presetFile from '../data/presets/eskilstuna-2022.json'
import referenceFile from '../data/reference.json'
import sourcesFile from '../data/sources.json'
import sovereigntyFile from '../data/sovereignty.json'
import { catalogueFileSchema, featuresFileSchema, referenceFileSchema, sourcesFileSchema } from '../src/engine/model/model'
import { formatPath } from '../src/engine/model/fault'
import { parseCase } from '../src/engine/model/validate'
import { sovereigntyDataFaults, sovereigntyFileSchema } from '../src/engine/assessment/sovereigntyData'

interface Schema {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }
}

/** The shipped files, as the app imports them. */
export const SHIPPED = { catalogue: catalogueFile, features: featuresFile, sources: sourcesFile, reference: referenceFile, preset: presetFile, sovereignty: sovereigntyFile }

export function shippedDataFaults(files: Record<keyof typeof SHIPPED, unknown> = SHIPPED): string[] {
  const faults: string[] = []
  const check = (file: string, schema: Schema, data: unknown) => {
    const parsed = schema.safeParse(data)
    if (!parsed.success) for (const issue of parsed.error.issues) faults.push(`${file}: ${formatPath(issue.path)}: ${issue.message}`)
    else if (!isDeepStrictEqual(parsed.data, data)) faults.push(`${file}: validation changes the data, but the app reads it as it is`)
  }
  check('data/catalogue.json', catalogueFileSchema, files.catalogue)
  check('data/features.json', featuresFileSchema, files.features)
  check('data/sources.json', sourcesFileSchema, files.sources)
  check('data/reference.json', referenceFileSchema, files.reference)
  check('data/sovereignty.json', sovereigntyFileSchema, files.sovereignty)
  const catalogue = catalogueFileSchema.safeParse(files.catalogue)
  const sovereignty = sovereigntyFileSchema.safeParse(files.sovereignty)
  if (sovereignty.success) {
    const productIds = catalogue.success ? new Set(catalogue.data.products.map((p) => p.id)) : undefined
    for (const fault of sovereigntyDataFaults(sovereignty.data, productIds)) faults.push(`data/sovereignty.json: ${fault}`)
  }
  const sources = sourcesFileSchema.safeParse(files.sources)
  const features = featuresFileSchema.safeParse(files.features)
  if (catalogue.success && sources.success && features.success) {
    // As the app reads any case: its citations and capabilities against the shipped sources and taxonomy.
    const known = { sources: sources.data.sources.map((s) => s.id), capabilities: features.data.features.map((f) => f.id) }
    const preset = parseCase(files.preset, catalogue.data.products, known)
    if (!preset.ok) for (const fault of preset.faults) faults.push(`data/presets/eskilstuna-2022.json: ${fault.path}: ${fault.message}`)
    else if (!isDeepStrictEqual(preset.value, files.preset)) faults.push('data/presets/eskilstuna-2022.json: validation changes the data, but the app reads it as it is')
    // Key order too: a case reloaded from storage comes back in the validator's order, and saved work
    // is compared as text (an undo back to the shipped case would otherwise read as a change).
    else if (JSON.stringify(preset.value) !== JSON.stringify(files.preset)) faults.push('data/presets/eskilstuna-2022.json: keys not in the validator\'s order (write it as parseCase returns it)')
  }
  return faults
}
