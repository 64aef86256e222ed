/**
 * data/sovereignty.json: the EU Cloud Sovereignty Framework as the transcriptions give it (48 criteria
 * in eight objectives, both weight sets, the disputed SEALs kept as both readings, every source dated
 * and marked primary or secondary) and the shipped products' answers, each cited to a seed document
 * whose words it quotes or to a public page read in a stored copy, or left unknown.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { answerSeal, catalogueFileSchema, frameworkCriteria, sourcesFileSchema } from '~/engine'
import type { Citation, PageCitation } from '~/engine'
import { sovereigntyDataFaults, sovereigntyFileSchema } from '~/engine/assessment/sovereigntyData'
import { ROOT, readJson } from '../fixtures/cases'
import { missingIn, normalise } from '../fixtures/quotes'

const file = sovereigntyFileSchema.parse(readJson('data/sovereignty.json'))
const products = catalogueFileSchema.parse(readJson('data/catalogue.json')).products
const sources = new Map(sourcesFileSchema.parse(readJson('data/sources.json')).sources.map((s) => [s.id, s]))
const criteria = frameworkCriteria(file)
const READ = '2026-12-04'

describe('the framework in data/sovereignty.json', () => {
  it('is valid, and its parts refer to each other and to the catalogue’s products', () => {
    expect(sovereigntyDataFaults(file, new Set(products.map((p) => p.id)))).toEqual([])
  })

  it('has eight objectives with 8, 6, 5, 6, 7, 5, 7 and 4 criteria: 48, with 235 answers (233 labelled, two blank rows of SOV-1.6)', () => {
    expect(file.objectives.map((o) => o.criteria.length)).toEqual([8, 6, 5, 6, 7, 5, 7, 4])
    const answers = criteria.flatMap((c) => c.answers)
    expect(answers).toHaveLength(235)
    expect(answers.filter((a) => a.quote === null)).toHaveLength(2)
    expect(criteria.find((c) => c.id === 'SOV-1.6')?.answers.map((a) => a.quote === null)).toEqual([false, true, false, true, false])
  })

  it('weighs as the 2026 calculator (20 10 10 15 10 15 15 5 %) and as v1.2.1 (15 10 10 15 20 15 10 5 %)', () => {
    expect(file.objectives.map((o) => Math.round(o.weight * 100))).toEqual([20, 10, 10, 15, 10, 15, 15, 5])
    expect(file.objectives.map((o) => Math.round(o.weight2025 * 100))).toEqual([15, 10, 10, 15, 20, 15, 10, 5])
    expect(file.weightSets.map((w) => w.id)).toEqual(['2026', '2025'])
  })

  it('keeps the 21 disputed SEALs as both readings with each transcription’s, and settles none', () => {
    const disputed = criteria.flatMap((c) => c.answers.flatMap((a, i) => (Array.isArray(a.seal) ? [`${c.id} answer ${i + 1}`] : [])))
    expect(disputed).toHaveLength(21)
    for (const c of criteria) {
      for (const a of c.answers) {
        if (!Array.isArray(a.seal)) continue
        expect(Object.keys(a.sealBySource ?? {}).sort(), c.id).toEqual(['flavienbwk-questions', 'mattpltn-calculator', 'suse-workbook'])
        expect(a.sealBySource?.['suse-workbook'], c.id).toBe(a.seal[1])
        expect(a.note?.en, c.id).toContain('neither is chosen')
      }
    }
  })

  // The engine's "at most" rests on this: an open criterion can always reach SEAL-4.
  it('has SEAL-4 at the top of every ladder; SOV-2.3 has SEAL-1 for every answer in which non-EU authorities can compel access', () => {
    for (const c of criteria) expect(answerSeal(c.answers[c.answers.length - 1] ?? c.answers[0]!, 'lower'), c.id).toBe(4)
    const access = criteria.find((c) => c.id === 'SOV-2.3')
    expect(access?.answers.map((a) => a.seal)).toEqual([1, 1, 1, 1, 4])
    expect(access?.answers[4]?.quote).toContain('always rejected')
  })

  it('quotes the criteria as a transcription, says so, and dates and ranks every source', () => {
    const byId = new Map(file.sources.map((s) => [s.id, s]))
    for (const c of criteria) expect(byId.get(c.quoteFrom)?.primary, c.id).toBe(false)
    expect(file.framework.status.en).toMatch(/transcriptions \(secondary sources\)/)
    expect(file.framework.status.en).toContain('no Commission copy')
    for (const s of file.sources) {
      expect(s.dateRead, s.id).toBe(READ)
      expect(s.primary, s.id).toBe(s.url.startsWith('https://commission.europa.eu/'))
    }
    // What was not read is said where the source is listed.
    for (const id of ['ec-framework-v121', 'ec-guidance-2026', 'ec-calculator-2026']) expect(byId.get(id)?.note?.en, id).toMatch(/not stored|in no stored copy/)
  })

  it('gives the rules the score and the SEAL follow, with their words and sources', () => {
    const rules = new Map(file.rules.map((r) => [r.id, r]))
    expect(rules.get('overall-seal')?.quote).toContain('lowest SEAL')
    expect(rules.get('score-v121')?.quote).toContain('Max. Score(SOVn)')
    expect(rules.get('minimum-seal')?.quote).toContain('minimum SEAL for every sovereignty objective')
    expect(file.seals.map((s) => s.quotedName)).toEqual(['No Sovereignty', 'Jurisdictional Sovereignty', 'Data Sovereignty', 'Digital Resilience', 'Full Digital Sovereignty'])
  })
})

describe('the shipped products’ answers', () => {
  const isPage = (c: Citation | PageCitation): c is PageCitation => 'url' in c
  const seedText = new Map<string, string>()
  /** A seed document's words, normalised once. */
  const wordsOf = (seed: string) => seedText.get(seed) ?? seedText.set(seed, normalise(readFileSync(`${ROOT}data/seeds/${seed}`, 'utf8'))).get(seed) ?? ''

  it('are given for every product of the catalogue: answers, another product’s, or none with what was searched', () => {
    for (const p of products) {
      const rating = file.ratings[p.id]
      expect(rating, p.id).toBeDefined()
      if (rating?.rated?.length === 0) expect(rating.note, `${p.id}: say what was not found`).toBeDefined()
    }
  })

  it('cite every answer to a seed document in its own words, or to a public page with its address and date read', () => {
    let seedQuotes = 0
    let pages = 0
    for (const [productId, rating] of Object.entries(file.ratings)) {
      for (const entry of rating.rated ?? []) {
        const at = `${productId} ${entry.criterion}`
        expect(entry.sources.length, at).toBeGreaterThan(0)
        expect(entry.reading.sv.length * entry.reading.en.length, `${at}: the reading is ours, in both languages`).toBeGreaterThan(0)
        for (const citation of entry.sources) {
          if (isPage(citation)) {
            pages++
            expect(citation.url, at).toMatch(/^https:\/\//)
            expect(citation.dateRead, at).toBe(READ)
            expect(typeof citation.secondary, at).toBe('boolean')
            expect(citation.quote.length, at).toBeGreaterThan(0)
          } else {
            seedQuotes++
            const seed = sources.get(citation.source)?.seed
            expect(seed, `${at}: ${citation.source} has a document`).toBeDefined()
            expect(citation.quote, at).toBeDefined()
            expect(missingIn(citation.quote ?? '', wordsOf(seed ?? ''), citation.quoteFromTable === true), `${at}: quote not in ${seed}`).toEqual([])
          }
        }
      }
    }
    expect(seedQuotes).toBeGreaterThan(10)
    expect(pages).toBeGreaterThan(3)
  })

  it('mark a wiki mirror or press as secondary and a project’s own repository as not', () => {
    const pages = Object.values(file.ratings).flatMap((r) => (r.rated ?? []).flatMap((e) => e.sources.filter(isPage)))
    for (const p of pages) expect(p.secondary, p.url).toBe(!p.url.startsWith('https://github.com/'))
  })

  // The seeds' CLOUD Act and FISA 702 passages: a vendor under third-country law, running the service
  // in its own (US) cloud, is answered on data access with answers that are all SEAL-1.
  it('answer data access (SOV-2.3) in the US cloud for every product whose vendor the catalogue puts under third-country law', () => {
    const access = criteria.find((c) => c.id === 'SOV-2.3')
    const exposed = products.filter((p) => (p.jurisdiction?.thirdCountryLaws.length ?? 0) > 0 && p.hosting?.includes('us-cloud'))
    expect(exposed.map((p) => p.id)).toEqual(['m365-e3', 'm365-f3', 'm365-a3', 'jitsi-meet'])
    for (const p of exposed) {
      let rating = file.ratings[p.id]
      if (rating?.sameAs) rating = file.ratings[rating.sameAs]
      const entry = rating?.rated?.find((e) => e.criterion === 'SOV-2.3' && e.hosting?.includes('us-cloud'))
      expect(entry, p.id).toBeDefined()
      for (const n of entry?.answers ?? []) expect(access?.answers[n - 1]?.seal, `${p.id} answer ${n}`).toBe(1)
    }
  })
})
