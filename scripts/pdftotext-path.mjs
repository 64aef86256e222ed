// Finds poppler's `pdftotext` for the report's print test (the PDF's text page by page): $PDFTOTEXT_PATH,
// /usr/bin/pdftotext, then `pdftotext` on $PATH. Shared by scripts/ensure-pdftotext.mjs and test/e2e/report.e2e.ts.
import { findExecutable } from './find-executable.mjs'

export const DEFAULT_PDFTOTEXT_PATH = '/usr/bin/pdftotext'

/** @returns {string | null} the path of a `pdftotext` executable, or null (PDFTOTEXT_PATH wins when set). */
export function findPdftotext(env = process.env) {
  return findExecutable({ envVar: 'PDFTOTEXT_PATH', defaultPath: DEFAULT_PDFTOTEXT_PATH, name: 'pdftotext' }, env)
}
