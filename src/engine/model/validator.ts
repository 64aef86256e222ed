/**
 * The validator, on demand. Reading a model file (validate.ts: zod and the model's schemas) is a third
 * of the first screen's JavaScript, and the first screen of a first visit needs none of it: the
 * shipped case is checked when the app is built. So `parseCase` and `parseCaseText` here forward to
 * validate.ts once `loadValidator()` has brought it in; the app awaits that before it reads saved work
 * or a link, and loads it in the background otherwise (src/main.ts). Called before, they throw, so a
 * missed `await` shows at once rather than as unchecked input.
 */
import type { Case, Product } from './model'
import type { ParseResult } from './fault'
import type { KnownIds } from './validate'

type Validate = typeof import('./validate')

let validate: Validate | null = null
let loading: Promise<void> | null = null

/** Brings in the validator (once; later calls return at once). */
export function loadValidator(): Promise<void> {
  loading ??= import('./validate').then((module) => {
    validate = module
  })
  return loading
}

/** Whether `loadValidator()` has finished. */
export function isValidatorLoaded(): boolean {
  return validate !== null
}

function loaded(): Validate {
  if (validate === null) throw new Error('The validator is not loaded: await loadValidator() before reading a file, a link or saved work.')
  return validate
}

/** validate.ts parseCase: a parsed JSON value as a case (migrated first), or faults by path. */
export function parseCase(input: unknown, catalogue: readonly Product[], known?: KnownIds): ParseResult<Case> {
  return loaded().parseCase(input, catalogue, known)
}

/** validate.ts parseCaseText: the text of a model file (size, JSON syntax, then parseCase). */
export function parseCaseText(text: string, catalogue: readonly Product[], known?: KnownIds): ParseResult<Case> {
  return loaded().parseCaseText(text, catalogue, known)
}
