// Finds LibreOffice's `soffice` for the workbook recalculation test: $SOFFICE_PATH, /usr/bin/soffice, then `soffice` on $PATH.
// Shared by scripts/ensure-libreoffice.mjs and test/io/xlsx.test.ts.
import { findExecutable } from './find-executable.mjs'

export const DEFAULT_SOFFICE_PATH = '/usr/bin/soffice'

/** @returns {string | null} the path of a `soffice` executable, or null (SOFFICE_PATH wins when set). */
export function findSoffice(env = process.env) {
  return findExecutable({ envVar: 'SOFFICE_PATH', defaultPath: DEFAULT_SOFFICE_PATH, name: 'soffice' }, env)
}
