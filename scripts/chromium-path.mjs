// Finds a Chromium executable for the browser tests.
// Order: $CHROMIUM_PATH, /usr/bin/chromium, then `chromium` on $PATH.
// Shared by scripts/ensure-chromium.mjs and test/e2e/browser.ts.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

function isExecutableFile(path) {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * @returns {string | null} the absolute path of a Chromium executable, or null.
 * If CHROMIUM_PATH is set it wins; when it points at nothing usable, null is
 * returned (no silent fallback to another browser).
 */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH?.trim()
  if (fromEnv) return isExecutableFile(fromEnv) ? fromEnv : null
  if (isExecutableFile(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, 'chromium')
    if (isExecutableFile(candidate)) return candidate
  }
  return null
}
