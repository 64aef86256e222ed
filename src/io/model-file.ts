/** The model file leaving and entering the app: the same format the command line reads. */
import { decodeModelBytes, MAX_FILE_BYTES, tooLargeFault } from './model-bytes'
import { shippedCatalogue, shippedIds } from './shipped'
import { parseCaseText } from '../engine'
import type { Case, ParseResult } from '../engine'

export { MAX_FILE_BYTES } from './model-bytes'

/** The case as the contract's model file: pretty JSON, one file per case. */
export function exportCaseText(model: Case): string {
  return `${JSON.stringify(model, null, 2)}\n`
}

/** Reads a model file; refused whole with faults by path, so the open case stays untouched. */
export function importCaseText(text: string): ParseResult<Case> {
  return parseCaseText(text.replace(/^\uFEFF/, ''), shippedCatalogue, shippedIds)
}

/** Reads a model file's bytes by the one rule for encodings (model-bytes.ts), then as importCaseText. */
export function importCaseBytes(bytes: Uint8Array): ParseResult<Case> {
  const decoded = decodeModelBytes(bytes)
  return decoded.ok ? importCaseText(decoded.text) : decoded
}

/** Reads a model file the person chose: one far beyond any real case is refused before it is read into memory. */
export async function importCaseFile(file: Blob): Promise<ParseResult<Case>> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, faults: [tooLargeFault(file.size)] }
  return importCaseBytes(new Uint8Array(await file.arrayBuffer()))
}

/** A file name from the case's name: `eskilstuna-kommun.vagval.json`. */
export function caseFileName(name: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${base || 'vagval'}.vagval.json`
}
