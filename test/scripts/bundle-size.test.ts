/** scripts/bundle-size.mjs: which files count as the first screen's JavaScript, and the budget check. */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BUDGET_KB, dynamicImports, entryOf, measure, staticImports } from '../../scripts/bundle-size.mjs'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A fake dist/: index.html → entry.js, which imports shared.js statically and lazy.js with import(). */
function fakeDist(entrySize: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'vagval-dist-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'assets'))
  writeFileSync(join(dir, 'index.html'), '<script type="module" crossorigin src="./assets/entry.js"></script><link rel="stylesheet" href="./assets/app.css">')
  // Random bytes in base64 hardly compress: the gzipped size stays near 3/4 of the raw size.
  const noise = randomBytes(Math.ceil((entrySize * 3) / 4)).toString('base64').slice(0, entrySize)
  writeFileSync(join(dir, 'assets', 'entry.js'), `import{a as b}from"./shared.js";const x="${noise}";const l=()=>import("./lazy.js");const v=()=>import(\`./validate-V1.js\`);`)
  // The validator is loaded with import() and awaited only when there is saved work: reported apart, with what it imports.
  writeFileSync(join(dir, 'assets', 'validate-V1.js'), 'import"./validator-Z.js";export const parse=1;')
  writeFileSync(join(dir, 'assets', 'validator-Z.js'), 'export const z=1;')
  writeFileSync(join(dir, 'assets', 'shared.js'), 'import"./deep.js";export const a=1;')
  writeFileSync(join(dir, 'assets', 'deep.js'), 'export const d=2;')
  writeFileSync(join(dir, 'assets', 'lazy.js'), `export const big="${'y'.repeat(1000)}";`)
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{margin:0}')
  return dir
}

describe('bundle size', () => {
  it('follows static imports, not import()', () => {
    expect(staticImports('import{a as b}from"./shared.js";import"./x.js";export*from"./y.js";const l=()=>import("./lazy.js")')).toEqual([
      './shared.js',
      './x.js',
      './y.js',
    ])
    expect(entryOf('<script type="module" crossorigin src="./assets/index-Ab1.js"></script>')).toBe('assets/index-Ab1.js')
  })

  it('counts the entry and its static imports; the validator apart, with what it imports; not other import()', () => {
    expect(dynamicImports('const a=()=>import(`./x.js`),b=()=>import("./y.js")')).toEqual(['./x.js', './y.js'])
    const report = measure(fakeDist(1000))
    expect(report.files.map((f) => f.file)).toEqual(['assets/entry.js', 'assets/shared.js', 'assets/deep.js'])
    expect(report.total).toBe(report.files.reduce((s, f) => s + f.gzip, 0))
    expect(report.validator.map((f) => f.file)).toEqual(['assets/validate-V1.js', 'assets/validator-Z.js'])
    expect(report.validatorTotal).toBe(report.validator.reduce((s, f) => s + f.gzip, 0))
    expect(report.css.map((c) => c.file)).toEqual(['./assets/app.css'])
  })

  it.each([
    [10_000, 0],
    [BUDGET_KB * 1000 * 1.5, 1],
  ])('an entry of %i characters of noise exits with %i', (size, code) => {
    const run = spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'bundle-size.mjs'), `--dist=${fakeDist(size)}`], { encoding: 'utf8' })
    expect(run.status, run.stdout + run.stderr).toBe(code)
    expect(run.stdout).toContain('first screen JavaScript')
  })
})
