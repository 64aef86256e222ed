#!/usr/bin/env node
// Makes sure poppler's pdftotext is on this machine: the report's print test (test/e2e/report.e2e.ts)
// reads the printed PDF page by page to find tables split into a header-only fragment.
// Present: prints its path and exits 0 (fast, no network).
// Missing, running as root: apt-get update + apt-get install -y --no-install-recommends poppler-utils
// (measured: about 20 s with apt-get update on the 2-core machine, a few MB), then checks again.
// Missing, not root: exits 1 and says how to install it.
import { spawnSync } from 'node:child_process'
import { findPdftotext } from './pdftotext-path.mjs'

const found = findPdftotext()
if (found) {
  console.log(`ensure-pdftotext: using ${found}`)
  process.exit(0)
}
if (process.env.PDFTOTEXT_PATH?.trim()) {
  console.error(`ensure-pdftotext: PDFTOTEXT_PATH is set to "${process.env.PDFTOTEXT_PATH}", but that is not an executable file.`)
  process.exit(1)
}
if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
  console.error(
    'ensure-pdftotext: pdftotext was not found. The report print test needs it. Install it with:\n' +
      '    sudo apt-get update && sudo apt-get install -y --no-install-recommends poppler-utils\n' +
      'or point PDFTOTEXT_PATH at an existing pdftotext executable.',
  )
  process.exit(1)
}

console.log('ensure-pdftotext: pdftotext not found; installing Debian package poppler-utils with apt-get (running as root)')
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'poppler-utils']]) {
  console.log(`ensure-pdftotext: $ apt-get ${args.join(' ')}`)
  const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env })
  if (run.error || run.status !== 0) {
    console.error(`ensure-pdftotext: apt-get ${args.join(' ')} failed: ${run.error?.message ?? `exit ${run.status ?? run.signal}`}`)
    process.exit(1)
  }
}
const installed = findPdftotext()
if (!installed) {
  console.error('ensure-pdftotext: apt-get install finished, but pdftotext is still not found.')
  process.exit(1)
}
console.log(`ensure-pdftotext: installed ${installed}`)
