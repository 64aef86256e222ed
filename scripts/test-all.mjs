#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure with its exit code.
//   1. type check          vue-tsc -b
//   2. unit + components   ensure-libreoffice (the workbook test recalculates with it), ensure-pdftotext
//                          (the printed workbook is read page by page), vitest run (vite.config.ts)
//   3. e2e                 ensure-chromium, vite build, bundle size (first screen ≤ 160 kB gz, validator included),
//                          vitest run --config vitest.e2e.config.ts
// Ends with one plain line "tests: N passed, N failed[, N skipped]" over both Vitest runs.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const reportDir = mkdtempSync(join(tmpdir(), 'vagval-test-'))
const totals = { passed: 0, failed: 0, skipped: 0, runs: 0 }

function heading(text) {
  console.log(`\n==== ${text} ====\n`)
}

function run(command, args) {
  return new Promise((resolveRun) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: process.env })
    child.on('error', (error) => {
      console.error(`test-all: could not start ${command}: ${error.message}` + (command.includes('node_modules') ? ' (run `npm ci` first)' : ''))
      resolveRun(127)
    })
    child.on('exit', (code, signal) => resolveRun(code ?? 1))
  })
}

function vitestArgs(name, extra = []) {
  // Keep the usual console output and also write a JSON report for the totals line.
  const file = join(reportDir, `${name}.json`)
  return { file, args: ['run', ...extra, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`] }
}

function addTotals(file) {
  if (!existsSync(file)) return
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'))
    totals.passed += report.numPassedTests ?? 0
    totals.failed += report.numFailedTests ?? 0
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
    totals.runs += 1
  } catch {
    // a broken report only costs the totals line
  }
}

function finish(code) {
  if (totals.runs > 0) {
    const skipped = totals.skipped ? `, ${totals.skipped} skipped` : ''
    console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed${skipped}`)
  }
  rmSync(reportDir, { recursive: true, force: true })
  if (code !== 0) console.error(`\ntest-all: FAILED (exit code ${code})`)
  else console.log('test-all: all steps passed')
  process.exit(code)
}

const unit = vitestArgs('unit')
const e2e = vitestArgs('e2e', ['--config', 'vitest.e2e.config.ts'])

// On a fresh clone `npm test` installs first, so the README's two commands work in either order.
const needsInstall = !existsSync(bin('vitest')) || !existsSync(bin('vue-tsc'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const steps = [
  ...(needsInstall ? [{ title: 'Install dependencies (npm ci)', command: npm, args: ['ci', '--no-audit', '--no-fund'] }] : []),
  { title: 'Type check (vue-tsc -b)', command: bin('vue-tsc'), args: ['-b'] },
  { title: 'Ensure LibreOffice (workbook recalculation test)', command: process.execPath, args: [join(root, 'scripts', 'ensure-libreoffice.mjs')] },
  { title: 'Ensure pdftotext (the workbook and report print tests read the PDF)', command: process.execPath, args: [join(root, 'scripts', 'ensure-pdftotext.mjs')] },
  { title: 'Unit and component tests (vitest run)', command: bin('vitest'), args: unit.args, report: unit.file },
  { title: 'E2E: ensure Chromium', command: process.execPath, args: [join(root, 'scripts', 'ensure-chromium.mjs')] },
  { title: 'E2E: production build (vite build)', command: bin('vite'), args: ['build'] },
  { title: 'Bundle size: first screen JavaScript (scripts/bundle-size.mjs)', command: process.execPath, args: [join(root, 'scripts', 'bundle-size.mjs')] },
  { title: 'E2E: browser tests (vitest run --config vitest.e2e.config.ts)', command: bin('vitest'), args: e2e.args, report: e2e.file },
]

for (const step of steps) {
  heading(step.title)
  const code = await run(step.command, step.args)
  if (step.report) addTotals(step.report)
  if (code !== 0) finish(code)
}
finish(0)
