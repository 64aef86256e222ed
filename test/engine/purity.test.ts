/**
 * ARCHITECTURE convention 2: the engine is pure. Nothing under src/engine/ imports anything outside
 * src/engine/ except zod: no Vue, Pinia, DOM helpers, storage, node: modules or other folders of ours.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../fixtures/cases'

const ENGINE = join(ROOT, 'src/engine')
const ALLOWED_PACKAGES = new Set(['zod'])

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|mts|cts|js|mjs|vue)$/.test(entry.name) ? [path] : []
  })
}

/** Every module specifier: static imports and re-exports (also `import type`), dynamic import(), require(). */
function specifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, // import … from 'x', export … from 'x'
    /\bimport\s*['"]([^'"]+)['"]/g, // import 'x' (side effects)
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]/g, // import('x')
    /\brequire\s*\(\s*['"`]([^'"`]+)['"`]/g, // require('x')
  ]
  return patterns.flatMap((pattern) => [...withoutComments.matchAll(pattern)].map((m) => m[1] ?? ''))
}

function isAllowed(file: string, specifier: string): boolean {
  if (specifier.startsWith('.')) {
    const target = relative(ENGINE, resolve(dirname(file), specifier))
    return !target.startsWith('..')
  }
  return ALLOWED_PACKAGES.has(specifier)
}

describe('src/engine imports nothing outside itself but zod', () => {
  const files = sourceFiles(ENGINE)

  it('finds the engine files and their imports', () => {
    expect(files.length).toBeGreaterThanOrEqual(8)
    // A sanity check of the scanner itself: it must see the zod import of model.ts.
    expect(specifiers(readFileSync(join(ENGINE, 'model/model.ts'), 'utf8'))).toContain('zod')
  })

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s', (_, file) => {
    const outside = specifiers(readFileSync(file, 'utf8')).filter((s) => !isAllowed(file, s))
    expect(outside).toEqual([])
  })

  it.each([
    ["import { ref } from 'vue'", false],
    ["import type { Store } from 'pinia'", false],
    ["import { readFileSync } from 'node:fs'", false],
    ["export { x } from '../io/result-export'", false],
    ["const m = await import('~/stores/case')", false],
    ["import catalogue from '../../data/catalogue.json'", false],
    ["import { z } from 'zod'", true],
    ["import type { Case } from './model'", true],
    ["export * from './model'", true],
  ] as const)('the scanner judges %s as allowed: %s', (source, allowed) => {
    const file = join(ENGINE, 'probe.ts')
    const found = specifiers(source)
    expect(found).toHaveLength(1)
    expect(found.every((s) => isAllowed(file, s))).toBe(allowed)
  })
})

/**
 * The engine's modules each file imports at run time (relative imports), by path from src/engine.
 * `import type` and `export type` are left out: they are erased, so they decide no loading order
 * (limits.ts names the type Case of model.ts, whose schemas use its limits).
 */
function engineImports(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const from = relative(ENGINE, file)
    const runtime = readFileSync(file, 'utf8').replace(/^\s*(?:import|export)\s+type\b[^;]*?\bfrom\s*['"][^'"]+['"]/gm, '')
    const targets = specifiers(runtime)
      .filter((s) => s.startsWith('.'))
      .map((s) => relative(ENGINE, resolve(dirname(file), s)).replace(/(\.ts)?$/, '.ts'))
    graph.set(from, targets)
  }
  return graph
}

/** One import circle of a graph, as the list of modules on it, or null when there is none. */
function findCircle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  function visit(node: string): string[] | null {
    if (state.get(node) === 'done') return null
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node]
    state.set(node, 'open')
    path.push(node)
    for (const next of graph.get(node) ?? []) {
      const circle = visit(next)
      if (circle) return circle
    }
    path.pop()
    state.set(node, 'done')
    return null
  }
  for (const node of graph.keys()) {
    const circle = visit(node)
    if (circle) return circle
  }
  return null
}

describe('the engine imports in one direction', () => {
  const files = sourceFiles(ENGINE)

  // Guards the untying of issue 14: compute lived in index.ts, which re-exported the modules that imported it.
  it('has no import circle among its modules', () => {
    expect(findCircle(engineImports(files))).toBeNull()
  })

  it('index.ts only re-exports, and no engine module imports it', () => {
    const index = readFileSync(join(ENGINE, 'index.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
    const statements = index.split('\n').filter((line) => line.trim() !== '' && !/^\s/.test(line))
    expect(statements.filter((line) => !/^export\b.*\bfrom\s*'\.\/[\w-]+\/[\w-]+'$/.test(line.trim()))).toEqual([])
    for (const [file, targets] of engineImports(files)) if (file !== 'index.ts') expect(targets, file).not.toContain('index.ts')
  })

  // Issue 20: the folder shows its parts, each with a README saying what belongs there.
  it('keeps its modules in its five parts, each with a README', () => {
    const parts = ['model', 'money', 'uncertainty', 'assessment', 'guidance']
    const loose = files.map((file) => relative(ENGINE, file)).filter((path) => !path.includes('/') && path !== 'index.ts')
    expect(loose).toEqual([])
    for (const part of parts) expect(readdirSync(join(ENGINE, part)), part).toContain('README.md')
    const used = new Set(files.map((file) => relative(ENGINE, file).split('/')[0]))
    expect([...used].filter((part) => part !== 'index.ts').sort()).toEqual([...parts].sort())
  })

  it('finds a circle where there is one (the check itself)', () => {
    expect(findCircle(new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']]]))).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts'])
    expect(findCircle(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toBeNull()
  })
})
