/**
 * The shipped data is faithful to its documents: every `quote` in data/ is the document's own words
 * (whitespace, hyphenation and typography normalised; a table row rebuilt from its cells only where
 * it says so) and does what its sentence does (an omission never turns a question or a condition into
 * a statement), a plain-text locator is a heading of the document itself, the copies of the documents
 * in data/seeds/ are the project's source documents, and a public web page is recorded with its
 * address, the day it was read, whether it is the organisation's own page or the press, and its language.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isSecondarySource, sourcesFileSchema } from '~/engine'
import { ROOT, readJson } from '../fixtures/cases'
import { cutClauses, missingIn, missingParts, normalise } from '../fixtures/quotes'

const sources = sourcesFileSchema.parse(readJson('data/sources.json')).sources
const seedOf = new Map(sources.map((s) => [s.id, s.seed]))
const documentText = (seed: string) => readFileSync(`${ROOT}data/seeds/${seed}`, 'utf8')
const normalised = new Map<string, string>()
/** A seed document's words, normalised once. */
function wordsOf(seed: string): string {
  let words = normalised.get(seed)
  if (words === undefined) normalised.set(seed, (words = normalise(documentText(seed))))
  return words
}

/** Every JSON file of data/ except the generated schemas. */
function dataFiles(dir = 'data'): string[] {
  return readdirSync(`${ROOT}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return path === 'data/schema' || path === 'data/seeds' ? [] : dataFiles(path)
    return entry.name.endsWith('.json') ? [path] : []
  })
}

interface Found {
  where: string
  citation: { source: string; locator: unknown; quote?: string; quoteFromTable?: boolean }
}

/** Every citation (an object with a source id and a locator) anywhere in a JSON value. */
function citationsIn(value: unknown, where: string, out: Found[] = []): Found[] {
  if (Array.isArray(value)) value.forEach((v, i) => citationsIn(v, `${where}[${i}]`, out))
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record.source === 'string' && record.locator !== undefined) out.push({ where, citation: record as unknown as Found['citation'] })
    for (const [key, v] of Object.entries(record)) citationsIn(v, `${where}.${key}`, out)
  }
  return out
}

const citations = dataFiles().flatMap((file) => citationsIn(readJson(file), file))

describe('the documents in data/seeds', () => {
  it('holds a document for every shipped source that names one', () => {
    for (const s of sources) if (s.seed) expect(existsSync(`${ROOT}data/seeds/${s.seed}`), `${s.id}: data/seeds/${s.seed}`).toBe(true)
  })

  // The project's documents sit in ../shared beside the clone (../../shared from a worktree under wt/).
  const shared = [`${ROOT}../shared`, `${ROOT}../../shared`].find((dir) => existsSync(`${dir}/seeds`))
  it.runIf(shared !== undefined)('are byte for byte the project’s source documents (../shared/seeds, ../shared/design)', () => {
    const seeds = readdirSync(`${shared}/seeds`)
    expect(seeds.length).toBeGreaterThan(0)
    for (const name of seeds) expect(documentText(name), name).toBe(readFileSync(`${shared}/seeds/${name}`, 'utf8'))
    expect(documentText('REFERENCE-PRICES.md')).toBe(readFileSync(`${shared}/design/REFERENCE-PRICES.md`, 'utf8'))
  })
})

describe('quotes in data/', () => {
  it('finds the data’s citations (the walk is not empty)', () => {
    expect(citations.filter((c) => c.citation.quote).length).toBeGreaterThan(100)
  })

  it('are the words of their source document', () => {
    const faults: string[] = []
    for (const { where, citation } of citations) {
      if (!citation.quote) continue
      const seed = seedOf.get(citation.source)
      if (!seed) {
        faults.push(`${where}: source ${citation.source} has no document to check the quote against`)
        continue
      }
      const missing = missingIn(citation.quote, wordsOf(seed), citation.quoteFromTable === true)
      if (missing.length > 0) faults.push(`${where}: not in ${seed}: ${missing.map((m) => `"${m}"`).join(', ')}`)
    }
    expect(faults).toEqual([])
  })

  it('keep what their sentence does: no omission or cut start drops a question mark or the "huruvida"/"om" clause a part depends on', () => {
    const faults: string[] = []
    for (const { where, citation } of citations) {
      const seed = citation.quote ? seedOf.get(citation.source) : undefined
      if (!citation.quote || !seed) continue
      const cut = cutClauses(citation.quote, documentText(seed), citation.quoteFromTable === true)
      if (cut.length > 0) faults.push(`${where}: ${cut.join('; ')}`)
    }
    expect(faults).toEqual([])
  })

  it('refuses a quote that reads a question as a statement, and accepts one that keeps the question', () => {
    // Göteborg (003), the quote that was shown as a fact about M365 before issue 21.
    const doc = 'Det exempel som ofta lyfts fram är huruvida det är förenligt med \ndataskyddsförordningen att anlita en leverantör som lyder under amerikansk rätt.\nRöjer kommunen sekretessbelagda uppgifter när kommunen använder Office 365? Utredningen har analyserat.\nOm beslut tas bryter det mot beslutet.\nBeslut om Intraservice\nGodkänner förvaltningens användning.'
    expect(cutClauses('Microsoft. […] att anlita en leverantör som lyder under amerikansk rätt.', doc)).toHaveLength(1)
    expect(cutClauses('Det exempel som ofta lyfts fram är huruvida det är förenligt med dataskyddsförordningen att anlita en leverantör', doc)).toEqual([])
    expect(cutClauses('Röjer kommunen sekretessbelagda uppgifter när kommunen använder Office 365', doc)).toHaveLength(1)
    expect(cutClauses('Röjer kommunen sekretessbelagda uppgifter när kommunen använder Office 365?', doc)).toEqual([])
    expect(cutClauses('bryter det mot beslutet.', doc)).toHaveLength(1) // the condition "Om beslut tas" dropped
    // A heading line is a sentence of its own: "Beslut om Intraservice" is no "om" clause of the line after it.
    expect(cutClauses('Godkänner förvaltningens användning.', doc)).toEqual([])
  })

  it('refuses a quote whose words differ from the document, and accepts omissions and table rows only as marked', () => {
    const doc = 'Den bedömda kostnaden för införande av M365 i hela kommunen är 4,8 miljoner kronor.\nE3\t2300 st\t4050 kr'
    expect(missingParts('kostnaden för införande av M365 är 4,8 miljoner kronor', doc)).not.toEqual([])
    expect(missingParts('Den bedömda kostnaden […] är 4,8 miljoner kronor.', doc)).toEqual([])
    expect(missingParts('E3 | 2300 st | 4050 kr', doc)).not.toEqual([])
    expect(missingParts('E3 | 2300 st | 4050 kr', doc, true)).toEqual([])
    expect(missingParts('E3 | 2300 st | 4060 kr', doc, true)).toEqual(['4060 kr'])
    // A "<" in the text is not markup: nothing after it is lost.
    expect(missingParts('hanteras redan', 'elever/barn <18 år, så hanteras redan av kommunen. <i>Kommentar</i>')).toEqual([])
  })
})

describe('locators in data/', () => {
  it('are either in both languages or the document’s own heading words', () => {
    const faults: string[] = []
    for (const { where, citation } of citations) {
      const { locator } = citation
      if (typeof locator === 'object' && locator !== null) continue // { sv, en }
      const seed = seedOf.get(citation.source)
      const doc = seed ? wordsOf(seed) : ''
      const parts = String(locator).split(/[,;] /)
      const foreign = parts.filter((p) => !doc.includes(normalise(p)))
      if (foreign.length > 0) faults.push(`${where}: "${String(locator)}" is not the document's words (${foreign.join(', ')}); write it as { sv, en }`)
    }
    expect(faults).toEqual([])
  })
})

describe('texts in data/ that the screens show', () => {
  /** Keys whose text a screen shows as prose: these must be written in both languages. */
  const PROSE = new Set(['note', 'reason', 'description', 'label', 'name', 'title', 'organisation', 'dateNote', 'reading', 'text', 'summary', 'inModel'])
  /** Texts that are names or a document's own words, the same in both languages. */
  function isExempt(file: string, path: string[], key: string, parent: Record<string, unknown>): boolean {
    if (file === 'data/catalogue.json' && key === 'name' && path.at(-2) === 'products') return true // product names
    if (file.startsWith('data/presets/') && path.join('.') === 'organisation' && key === 'name') return true // the organisation's own name
    if (file === 'data/sources.json' && (key === 'title' || key === 'organisation')) return typeof parent.seed === 'string' && parent.kind !== 'secondary'
    if (file === 'data/precedents.json' && key === 'organisation' && path.at(-1) === '[]') return true // an organisation id
    return false
  }

  function plainProse(value: unknown, file: string, path: string[] = [], out: string[] = []): string[] {
    if (Array.isArray(value)) value.forEach((v) => plainProse(v, file, [...path, '[]'], out))
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>
      for (const [key, v] of Object.entries(record)) {
        if (typeof v === 'string' && PROSE.has(key) && !isExempt(file, path, key, record)) out.push(`${file} ${[...path, key].join('.')}: "${v}"`)
        else if (typeof v === 'object' && v !== null && 'sv' in v && 'en' in v) {
          const { sv, en } = v as { sv: unknown; en: unknown }
          if (typeof sv !== 'string' || typeof en !== 'string' || sv.trim() === '' || en.trim() === '') out.push(`${file} ${[...path, key].join('.')}: an empty language`)
        } else plainProse(v, file, [...path, key], out)
      }
    }
    return out
  }

  it('are written in Swedish and English (names and the documents’ own titles excepted)', () => {
    expect(dataFiles().flatMap((file) => plainProse(readJson(file), file))).toEqual([])
  })

  it('finds a text written in one language only', () => {
    expect(plainProse({ costs: [{ label: 'Införande', amount: { value: null, reason: 'no quote' } }] }, 'x.json')).toHaveLength(2)
  })
})

describe('public web pages as sources (issue 23 adds them as data only)', () => {
  const page = {
    id: 'example-page',
    title: 'Ein Beispiel',
    organisation: 'Land Beispiel',
    kind: 'web-page',
    url: 'https://example.org/pressemitteilung',
    readOn: '2026-12-01',
    publisher: 'own',
    language: 'de',
    seed: 'web/example-page.txt',
  }
  const parse = (source: Record<string, unknown>) => sourcesFileSchema.safeParse({ sources: [source] })
  const faultPaths = (source: Record<string, unknown>) => parse(source).error?.issues.map((i) => i.path.slice(2).join('.')) ?? []

  it('accepts a page with its address, the day it was read, its publisher and its language', () => {
    expect(parse(page).success).toBe(true)
  })

  it.each([
    ['no address', { url: undefined }, 'url'],
    ['an address that is not a web address', { url: 'example.org' }, 'url'],
    ['no day it was read', { readOn: undefined }, 'readOn'],
    ['a day read written as a year', { readOn: '2026' }, 'readOn'],
    ['no publisher (own page or press)', { publisher: undefined }, 'publisher'],
    ['no language of its words', { language: undefined }, 'language'],
    ['a language that is no ISO 639-1 code', { language: 'deutsch' }, 'language'],
  ])('refuses a page with %s', (_what, change, path) => {
    expect(faultPaths({ ...page, ...change })).toContain(path)
  })

  it('refuses a publisher or a day read on a source that is not a web page', () => {
    expect(faultPaths({ ...page, kind: 'document' })).toContain('publisher')
    expect(faultPaths({ ...page, kind: 'document', publisher: undefined })).toContain('readOn')
  })

  it('marks the press as a secondary source, the organisation’s own page not', () => {
    expect(isSecondarySource({ kind: 'web-page', publisher: 'press' })).toBe(true)
    expect(isSecondarySource({ kind: 'web-page', publisher: 'own' })).toBe(false)
    expect(isSecondarySource({ kind: 'secondary' })).toBe(true)
    expect(isSecondarySource({})).toBe(false)
  })

  it('keeps a stored copy of every shipped web page under data/seeds/web/, so its quotes are checked like the seeds', () => {
    for (const s of sources.filter((x) => x.kind === 'web-page')) {
      expect(s.seed, s.id).toMatch(/^web\//)
      expect(existsSync(`${ROOT}data/seeds/${s.seed}`), s.id).toBe(true)
    }
  })
})
