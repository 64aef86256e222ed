// Finds a Chromium executable for the browser tests: $CHROMIUM_PATH, /usr/bin/chromium, then `chromium` on $PATH.
// Shared by scripts/ensure-chromium.mjs and test/e2e/browser.ts.
import { findExecutable } from './find-executable.mjs'

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/** @returns {string | null} the path of a Chromium executable, or null (CHROMIUM_PATH wins when set). */
export function findChromium(env = process.env) {
  return findExecutable({ envVar: 'CHROMIUM_PATH', defaultPath: DEFAULT_CHROMIUM_PATH, name: 'chromium' }, env)
}
