// Finds LibreOffice's `soffice` for the workbook recalculation test (test/io/xlsx.test.ts).
// Order: $SOFFICE_PATH, /usr/bin/soffice, then `soffice` on $PATH.
// Shared by scripts/ensure-libreoffice.mjs and the test.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export const DEFAULT_SOFFICE_PATH = '/usr/bin/soffice'

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** @returns {string | null} the path of a `soffice` executable, or null (SOFFICE_PATH wins when set). */
export function findSoffice(env = process.env) {
  const fromEnv = env.SOFFICE_PATH?.trim()
  if (fromEnv) return isExecutableFile(fromEnv) ? fromEnv : null
  if (isExecutableFile(DEFAULT_SOFFICE_PATH)) return DEFAULT_SOFFICE_PATH
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, 'soffice')
    if (isExecutableFile(candidate)) return candidate
  }
  return null
}
