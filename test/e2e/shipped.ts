// The shipped case as the engine computes it, for browser tests that check what the screens say
// against the engine's own figures instead of hard-coding today's totals (which change with the data).
import { readFileSync } from 'node:fs'
import {
  assessRisks,
  catalogueFileSchema,
  compute,
  coverageOf,
  exposureOf,
  featuresFileSchema,
  loadValidator,
  parseCase,
} from '../../src/engine/index'
import type { Case, LocalText, Product, Result } from '../../src/engine/index'

// The validator loads on demand (src/engine/model/validator.ts), as in the app.
await loadValidator()

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))

export interface Shipped {
  model: Case
  catalogue: Product[]
  result: Result
  /** Must-haves missing and not known, by scenario id. */
  must: Map<string, { missing: string[]; unknown: string[] }>
  exposure: ReturnType<typeof exposureOf>
  /** Scenario ids without a risk register. */
  withoutRegister: string[]
  /** A feature's name, by id, in a language. */
  featureName: (id: string, locale: 'sv' | 'en') => string
  /** A product's name, by id, in a language. */
  productName: (id: string, locale: 'sv' | 'en') => string
  /** A scenario's name, by id, in a language. */
  scenarioName: (id: string, locale: 'sv' | 'en') => string
}

export const textIn = (text: LocalText, locale: 'sv' | 'en') => (typeof text === 'string' ? text : text[locale])

/** The shipped Eskilstuna case and catalogue, validated and computed; `change` edits the case first. */
export function loadShipped(change?: (model: Case) => void): Shipped {
  const catalogue = catalogueFileSchema.parse(read('data/catalogue.json')).products
  const features = featuresFileSchema.parse(read('data/features.json')).features
  const parsed = parseCase(read('data/presets/eskilstuna-2022.json'), catalogue)
  if (!parsed.ok) throw new Error(`the shipped case does not validate: ${parsed.faults.map((f) => f.path).join(', ')}`)
  const model = parsed.value
  change?.(model)
  const result = compute({ model, catalogue })
  const must = new Map(coverageOf({ model, catalogue, features }).map((c) => [c.scenarioId, { missing: c.must.missing, unknown: c.must.unknown }]))
  const products = new Map([...catalogue, ...(model.catalogue?.products ?? [])].map((p) => [p.id, p]))
  return {
    model,
    catalogue,
    result,
    must,
    exposure: exposureOf({ model, catalogue }),
    withoutRegister: model.scenarios.filter((s) => !assessRisks(s.risks).hasRegister).map((s) => s.id),
    featureName: (id, locale) => textIn(features.find((f) => f.id === id)?.name ?? id, locale),
    productName: (id, locale) => textIn(products.get(id)?.name ?? id, locale),
    scenarioName: (id, locale) => textIn(model.scenarios.find((s) => s.id === id)?.name ?? id, locale),
  }
}
