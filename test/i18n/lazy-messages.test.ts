/**
 * The texts that load with their screens rather than the first screen (each `messages` of src/i18n,
 * added by useLazyMessages): each key lives in one catalogue only, and no component can show a key
 * whose texts are not there. Read from the sources: every key a file names (`t('ns.key')`, a key in a
 * list such as `titleKey: 'nav.compare'`, or the start of a built one, `` t(`category.${c}`) ``) must be
 * in the texts the app starts with (index.ts `sv`) or in a catalogue the file adds itself with
 * useLazyMessages. A .ts module gets its `t` from the components that call it, so it may also use
 * what every component importing it adds. The runtime reports a key missing at run time with
 * console.error in the built app, which the browser tests fail on; this test finds it before that,
 * on paths the browser tests do not take.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sv } from '~/i18n'
import type { LazyMessages } from '~/i18n'
import { LAZY_MESSAGES } from '~/i18n/all'
import type { MessageTree } from '~/i18n/runtime'

const root = resolve(__dirname, '../..')
const src = join(root, 'src')

/** The catalogues that load on demand, by module path under src/ (e.g. `i18n/workbench.ts`). */
const modules = import.meta.glob<{ messages?: LazyMessages }>('/src/i18n/*.ts', { eager: true })
const lazy = new Map(
  Object.entries(modules)
    .filter(([, m]) => m.messages !== undefined)
    .map(([path, m]) => [path.replace(/^\/src\//, ''), m.messages as LazyMessages]),
)
const EAGER = 'the texts the app starts with'
const catalogues = new Map<string, MessageTree>([[EAGER, sv], ...[...lazy].map(([path, m]) => [path, m.sv] as const)])

/** Every key path of a message tree with its text. */
function entries(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => (typeof v === 'object' ? entries(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]))
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** Whether a key is in a tree: a text there, or (for the start of a built key) a subtree. */
function has(tree: MessageTree, key: string, isPrefix: boolean): boolean {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined
  return isPrefix ? node !== undefined : typeof node === 'string'
}

/** Every .ts and .vue file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

/** The file an import names, or undefined for a package or a file that is not source. */
function resolveImport(spec: string, from: string): string | undefined {
  const base = spec.startsWith('~/') ? join(src, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(from), spec) : undefined
  if (base === undefined) return undefined
  return [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')].find((p) => /\.(ts|vue)$/.test(p) && existsSync(p) && statSync(p).isFile())
}

interface SourceFile {
  /** Files it imports for their values (import type is left out), statically or with import(). */
  imports: string[]
  /** Catalogues it adds with useLazyMessages (module paths under src/); all of them when it imports i18n/all.ts. */
  adds: string[]
  /** Keys it names, with whether each is only the start of a built key. */
  keys: { key: string; isPrefix: boolean }[]
}

const namespaces = new Set([...catalogues.values()].flatMap((tree) => Object.keys(tree)))
// In quotes or backticks (a Vue template's double quotes hold code, not text).
const KEY = new RegExp(String.raw`(['\`])((?:${[...namespaces].join('|')})(?:\.[\w-]+)+)(\.\$\{|\1)`, 'g')

function read(path: string): SourceFile {
  const code = readFileSync(path, 'utf8')
  const imports: string[] = []
  const bindings = new Map<string, string>()
  for (const m of code.matchAll(/^import\s+(?!type\b)([^'"]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const file = resolveImport(m[2] ?? '', path)
    if (file === undefined) continue
    imports.push(file)
    const module = relative(src, file)
    for (const b of (m[1] ?? '').matchAll(/(?:\*\s+as\s+(\w+))|(?:\bmessages\s+as\s+(\w+))|(?:[{,]\s*(messages)\s*[,}])/g)) {
      const name = b[1] ?? b[2] ?? b[3]
      if (name !== undefined) bindings.set(b[1] !== undefined ? `${name}.messages` : name, module)
    }
  }
  for (const m of code.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const file = resolveImport(m[1] ?? '', path)
    if (file !== undefined) imports.push(file)
  }
  const adds = [...code.matchAll(/useLazyMessages\(([^)]*)\)/g)].flatMap((m) =>
    (m[1] ?? '').split(',').map((arg) => bindings.get(arg.trim()) ?? `unknown argument ${arg.trim()}`),
  )
  if (imports.includes(join(src, 'i18n', 'all.ts'))) adds.push(...lazy.keys())
  // Keys outside imports and comments (which name files and model paths such as `compare.shown`).
  const body = code
    .replace(/^import\s[^;]*?from\s*['"][^'"]+['"]/gm, '')
    .replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, '')
    .replace(/(^|\s)\/\/.*$/gm, '')
  const keys = [...body.matchAll(KEY)].map((m) => ({ key: m[2] ?? '', isPrefix: m[3] === '.${' }))
  return { imports, adds, keys }
}

// The engine and the worker never know a locale: their dotted names are model paths, not keys.
const notUI = ['i18n', 'engine', 'workers'].map((folder) => join(src, folder))
const files = new Map(sourceFiles(src).filter((p) => !notUI.some((folder) => p.startsWith(folder))).map((p) => [p, read(p)]))
const importers = new Map<string, string[]>()
for (const [path, file] of files) for (const target of file.imports) importers.set(target, [...(importers.get(target) ?? []), path])

/** The catalogues whose keys a file may use: see the top of this file. A file met again on an import cycle sets no limit. */
function available(path: string, visiting = new Set<string>()): Set<string> | undefined {
  if (visiting.has(path)) return undefined
  const file = files.get(path)
  const own = new Set([EAGER, ...(file?.adds ?? [])])
  if (!path.endsWith('.ts')) return own
  visiting.add(path)
  const fromImporters = (importers.get(path) ?? []).map((p) => available(p, visiting)).filter((s): s is Set<string> => s !== undefined)
  visiting.delete(path)
  const common = fromImporters.length === 0 ? new Set<string>() : fromImporters.reduce((a, b) => new Set([...a].filter((x) => b.has(x))))
  return new Set([...own, ...common])
}

describe('the catalogues that load with their screens', () => {
  it('are found: the screens’ texts are not in the first screen', () => {
    expect([...lazy.keys()].sort()).toEqual(
      ['bands', 'coverage', 'exports', 'finance', 'guided', 'precedents', 'priceAge', 'priceChanges', 'protection', 'sovereignty', 'workbench'].map((n) => `i18n/${n}.ts`),
    )
    for (const ns of ['workbench', 'finance', 'bands', 'guided', 'precedents', 'priceAge', 'priceChanges']) expect(Object.keys(sv)).not.toContain(ns)
    // The command line and the tests get every one of them from i18n/all.ts.
    expect(new Set(Object.values(LAZY_MESSAGES))).toEqual(new Set(lazy.values()))
  })

  it.each([...lazy])('%s: the same keys and placeholders in Swedish and English, and no empty text', (_, messages) => {
    const svEntries = new Map(entries(messages.sv))
    const enEntries = new Map(entries(messages.en))
    expect([...enEntries.keys()].sort()).toEqual([...svEntries.keys()].sort())
    const faults: string[] = []
    for (const [key, text] of svEntries) {
      const english = enEntries.get(key) ?? ''
      if (text.trim() === '' || english.trim() === '') faults.push(`${key}: empty`)
      if (placeholders(text).join() !== placeholders(english).join()) faults.push(`${key}: placeholders differ`)
    }
    expect(faults).toEqual([])
  })

  it('hold each key once: no text is both in the first screen’s texts and in a catalogue loaded later, or in two of those', () => {
    const where = new Map<string, string[]>()
    for (const [name, tree] of catalogues) for (const [key] of entries(tree)) where.set(key, [...(where.get(key) ?? []), name])
    expect([...where].filter(([, names]) => names.length > 1).map(([key, names]) => `${key}: ${names.join(', ')}`)).toEqual([])
  })

  it('are added by every component that shows their keys, so no key shows before its texts are there', () => {
    const problems: string[] = []
    let checked = 0
    for (const [path, file] of files) {
      const can = available(path) ?? new Set([EAGER])
      for (const name of file.adds) if (!catalogues.has(name)) problems.push(`${relative(root, path)}: useLazyMessages(${name}) is not a catalogue`)
      for (const { key, isPrefix } of file.keys) {
        checked++
        const found = [...catalogues].filter(([, tree]) => has(tree, key, isPrefix)).map(([name]) => name)
        if (found.length === 0) problems.push(`${relative(root, path)}: '${key}' is in no catalogue`)
        else if (!found.some((name) => can.has(name))) problems.push(`${relative(root, path)}: '${key}' is in ${found.join(', ')}, which it does not add with useLazyMessages`)
      }
    }
    // The scan finds the keys the app names (well over a thousand), not a handful.
    expect(checked).toBeGreaterThan(1000)
    expect(problems).toEqual([])
  })
})
