#!/usr/bin/env node
// Makes sure LibreOffice Calc is on this machine: the workbook test (test/io/xlsx.test.ts) has it
// recalculate the exported .xlsx and compares its totals with the app's.
// Present: prints its path and exits 0 (fast, no network).
// Missing, running as root: apt-get update + apt-get install -y --no-install-recommends libreoffice-calc
// (measured: about 1 minute with apt-get update on the 2-core machine, ~300 MB), then checks again.
// Missing, not root: exits 1 and says how to install it.
import { spawnSync } from 'node:child_process'
import { findSoffice } from './soffice-path.mjs'

function run(cmd, args, env = process.env) {
  console.log(`ensure-libreoffice: $ ${cmd} ${args.join(' ')}`)
  const result = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env })
  if (result.error) {
    console.error(`ensure-libreoffice: could not run ${cmd}: ${result.error.message}`)
    return false
  }
  if (result.status !== 0) {
    console.error(`ensure-libreoffice: ${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`)
    return false
  }
  return true
}

const found = findSoffice()
if (found) {
  console.log(`ensure-libreoffice: using ${found}`)
  process.exit(0)
}

if (process.env.SOFFICE_PATH?.trim()) {
  console.error(`ensure-libreoffice: SOFFICE_PATH is set to "${process.env.SOFFICE_PATH}", but that is not an executable file.`)
  process.exit(1)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!isRoot) {
  console.error(
    'ensure-libreoffice: LibreOffice (soffice) was not found. The workbook test needs it. Install it with:\n' +
      '    sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc\n' +
      'or point SOFFICE_PATH at an existing soffice executable.',
  )
  process.exit(1)
}

const started = Date.now()
console.log('ensure-libreoffice: soffice not found; installing Debian package libreoffice-calc with apt-get (running as root)')
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
if (!run('apt-get', ['update'], aptEnv)) process.exit(1)
if (!run('apt-get', ['install', '-y', '--no-install-recommends', 'libreoffice-calc'], aptEnv)) process.exit(1)

const installed = findSoffice()
if (!installed) {
  console.error('ensure-libreoffice: apt-get install finished, but soffice is still not found.')
  process.exit(1)
}
console.log(`ensure-libreoffice: installed ${installed} in ${Math.round((Date.now() - started) / 1000)} s`)
