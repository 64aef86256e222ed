/**
 * data/precedents.json: what comparable organisations decided and why. Every entry is valid, cites a
 * document of data/sources.json with its own words (checked against the document in sources.test.ts),
 * and names only parts of the model that exist; the decisions and facts the documents carry are there.
 */
import { describe, expect, it } from 'vitest'
import { CHECK_IDS, catalogueFileSchema, featuresFileSchema, sourcesFileSchema } from '~/engine'
import { precedentsFileSchema } from '~/engine/assessment/precedents'
import { loadPreset, readJson } from '../fixtures/cases'

const file = precedentsFileSchema.parse(readJson('data/precedents.json'))
const sources = new Map(sourcesFileSchema.parse(readJson('data/sources.json')).sources.map((s) => [s.id, s]))
const products = new Set(catalogueFileSchema.parse(readJson('data/catalogue.json')).products.map((p) => p.id))
const features = new Set(featuresFileSchema.parse(readJson('data/features.json')).features.map((f) => f.id))
const scenarios = new Set(loadPreset().scenarios.map((s) => s.id))
const byId = new Map(file.precedents.map((p) => [p.id, p]))

describe('data/precedents.json', () => {
  it('has unique ids, and every entry belongs to a listed organisation and cites a document', () => {
    expect(byId.size).toBe(file.precedents.length)
    const orgs = new Set(file.organisations.map((o) => o.id))
    for (const p of file.precedents) {
      expect(orgs.has(p.organisation), p.id).toBe(true)
      expect(sources.get(p.source.source)?.seed, `${p.id}: a source with a document`).toBeDefined()
    }
  })

  it('names only scenarios, checks, products and capabilities that exist', () => {
    for (const p of file.precedents) {
      for (const s of p.bears?.scenarios ?? []) expect(scenarios.has(s), `${p.id}: scenario ${s}`).toBe(true)
      for (const c of p.bears?.checks ?? []) expect(CHECK_IDS, `${p.id}: check ${c}`).toContain(c)
      for (const id of p.bears?.products ?? []) expect(products.has(id), `${p.id}: product ${id}`).toBe(true)
      for (const f of p.bears?.features ?? []) expect(features.has(f), `${p.id}: feature ${f}`).toBe(true)
    }
  })

  it('gives every organisation of the documents its decisions', () => {
    for (const org of ['stockholm', 'eskilstuna', 'goteborg', 'danderyd']) {
      expect(file.precedents.filter((p) => p.organisation === org && p.kind === 'decision').length, org).toBeGreaterThan(0)
    }
  })

  it.each([
    ['Stockholm’s proposed direction, items 1–5', ['stockholm-direction-1', 'stockholm-direction-2', 'stockholm-direction-3', 'stockholm-direction-4', 'stockholm-direction-5']],
    ['Stockholm’s options 1–4, the fourth with its extra cost', ['stockholm-option-1', 'stockholm-option-2', 'stockholm-option-3', 'stockholm-option-4']],
    ['Stockholm’s three reasons, Skype, training, IMY, mitigations, agreements, partners', ['stockholm-reason-guarantees', 'stockholm-reason-terms', 'stockholm-reason-users', 'stockholm-skype', 'stockholm-training-workshops', 'stockholm-imy', 'stockholm-mitigations', 'stockholm-licence-end', 'stockholm-partners']],
    ['Eskilstuna’s study, decision, DPO and DPIA', ['eskilstuna-double-cost', 'eskilstuna-osl', 'eskilstuna-hybrid', 'eskilstuna-security-licences', 'eskilstuna-dso-tia', 'eskilstuna-dso-risk-levels', 'eskilstuna-dso-children', 'eskilstuna-dso-not-consulted', 'eskilstuna-dso-kf', 'eskilstuna-dpia-measures', 'eskilstuna-teams-interim', 'eskilstuna-teams-study', 'eskilstuna-breach', 'eskilstuna-skatteverket']],
    ['Göteborg’s Intune, OSL, cloud rules and eSam', ['goteborg-intune', 'goteborg-trend', 'goteborg-osl-disclosure', 'goteborg-osl-rule', 'goteborg-eu-first', 'goteborg-non-secret', 'goteborg-no-new', 'goteborg-esam']],
    ['Danderyd’s continued use and its limits', ['danderyd-since-2017', 'danderyd-continue', 'danderyd-storage', 'danderyd-attacks', 'danderyd-own-servers', 'danderyd-terms']],
  ])('holds %s', (_what, ids) => {
    for (const id of ids) expect(byId.has(id), id).toBe(true)
  })

  it('dates entries as the documents do: IMY on 2 June 2021, the OSL rule proposed from 1 July 2023', () => {
    expect(byId.get('stockholm-imy')?.date).toBe('2021-06-02')
    expect(byId.get('goteborg-osl-rule')?.date).toBe('2023-07-01')
    expect(byId.get('stockholm-imy')?.source.quote).toContain('2 juni 2021')
  })

  it('cites the Göteborg 74 MSEK figure as press coverage, a secondary source, not as Göteborg’s document', () => {
    const press = byId.get('goteborg-press-74')
    const source = sources.get(press?.source.source ?? '')
    expect(source?.kind).toBe('secondary')
    expect(press?.source.quote).toContain('press coverage')
    expect(press?.text.sv).toContain('inte från Göteborgs egna dokument')
  })
})

describe('the Göteborg 74 MSEK figure', () => {
  it('is cited as press coverage wherever the interface states it, never as Göteborg’s document', async () => {
    const { sv, en } = await import('~/i18n/workbench')
    const texts = [JSON.stringify(sv), JSON.stringify(en)].flatMap((s) => s.split('","'))
    const stated = texts.filter((text) => /74 (miljoner|million)/.test(text))
    expect(stated.length).toBe(2)
    for (const text of stated) expect(text).toMatch(/pressuppgifter|press coverage/)
    // In the precedents, too, it cites the press coverage (as the reference compilation quotes it), not Göteborg's paper.
    expect(byId.get('goteborg-press-74')?.source.source).toBe('goteborg-press-2017')
  })
})
