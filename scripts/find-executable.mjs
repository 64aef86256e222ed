// Finds a program the test suite needs (Chromium, LibreOffice's soffice).
// Order: the environment variable that names it, the usual Debian path, then the name on $PATH.
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

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
 * @param {{ envVar: string, defaultPath: string, name: string }} program
 * @returns {string | null} the path of the executable, or null. When the environment variable is set
 * it wins; if it points at nothing usable, null is returned (no silent fallback to another program).
 */
export function findExecutable(program, env = process.env) {
  const fromEnv = env[program.envVar]?.trim()
  if (fromEnv) return isExecutableFile(fromEnv) ? fromEnv : null
  if (isExecutableFile(program.defaultPath)) return program.defaultPath
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue
    const candidate = join(dir, program.name)
    if (isExecutableFile(candidate)) return candidate
  }
  return null
}
