#!/usr/bin/env node
// Makes sure a Chromium for the browser (e2e) tests is on this machine.
// Present: prints its path and exits 0 (fast, no network).
// Missing, running as root: apt-get update + apt-get install -y chromium (and fonts-liberation), then checks again.
// Missing, not root: exits 1 and says how to install it.
import { spawnSync } from 'node:child_process'
import { findChromium } from './chromium-path.mjs'

function report(path) {
  console.log(`ensure-chromium: using ${path}`)
}

function run(cmd, args, env = process.env) {
  console.log(`ensure-chromium: $ ${cmd} ${args.join(' ')}`)
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env })
  if (result.error) {
    console.error(`ensure-chromium: could not run ${cmd}: ${result.error.message}`)
    return false
  }
  if (result.status !== 0) {
    console.error(`ensure-chromium: ${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`)
    return false
  }
  return true
}

const found = findChromium()
if (found) {
  report(found)
  process.exit(0)
}

if (process.env.CHROMIUM_PATH?.trim()) {
  console.error(
    `ensure-chromium: CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but that is not an executable file.\n` +
      'Fix or unset CHROMIUM_PATH (unset, /usr/bin/chromium or `chromium` on PATH is used).',
  )
  process.exit(1)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!isRoot) {
  console.error(
    'ensure-chromium: Chromium was not found (checked $CHROMIUM_PATH, /usr/bin/chromium and `chromium` on PATH).\n' +
      'The browser tests need it. Install it with:\n' +
      '    sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium/Chrome executable, e.g.\n' +
      '    CHROMIUM_PATH=/path/to/chromium npm test',
  )
  process.exit(1)
}

console.log('ensure-chromium: Chromium not found; installing Debian packages chromium and fonts-liberation with apt-get (running as root)')
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
if (!run('apt-get', ['update'], aptEnv)) process.exit(1)
if (!run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-liberation'], aptEnv)) process.exit(1)

const installed = findChromium()
if (!installed) {
  console.error('ensure-chromium: apt-get install finished, but Chromium is still not found at /usr/bin/chromium or on PATH.')
  process.exit(1)
}
report(installed)
