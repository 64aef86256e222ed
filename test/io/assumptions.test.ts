/** Every input of a case as one list (src/io/assumptions.ts): the basis of the workbook, CSV, report and assumptions page. */
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '~/i18n'
import { messages as exportsMessages } from '~/i18n/exports'
import { citedSources, listAssumptions } from '~/io/assumptions'
import type { Translate } from '~/io/assumptions'
import { loadCatalogue, loadPreset, readJson } from '../fixtures/cases'

const catalogue = loadCatalogue()
const model = loadPreset()
const i18n = createAppI18n('sv', exportsMessages)
const t: Translate = (key, params) => i18n.global.t(key, params ?? {})
const rows = listAssumptions(model, catalogue, t, 'sv')
const find = (label: string) => rows.find((r) => r.label === label)

describe('listAssumptions', () => {
  it('gives settings, organisation, needs, prices and each scenario, in that order', () => {
    const sections = [...new Set(rows.map((r) => r.section))]
    expect(sections.slice(0, 4)).toEqual(['Period och ränta', 'Organisation', 'Behov', 'Priser'])
    expect(sections.slice(4)).toEqual(model.scenarios.map((s) => (typeof s.name === 'string' ? s.name : s.name.sv)))
  })

  it.each([
    ['Medarbetare med E3-licens', 2300, 'count', 'eskilstuna-utredning-2022'],
    ['Microsoft 365 E3', 4050, 'money', 'eskilstuna-utredning-2022'],
    ['Timkostnad för personal', 300, 'money', 'eskilstuna-utredning-2022'],
    ['Videomöten', 'måste', 'text', 'eskilstuna-utredning-2022'],
  ])('lists %s as %j (%s) from %s', (label, value, kind, source) => {
    expect(find(label)).toMatchObject({ value, kind, source: { source } })
  })

  it('marks inputs without a source as assumptions (no citation), never inventing one', () => {
    expect(find('Valuta')?.source).toBeUndefined()
    const own = listAssumptions({ ...model, settings: { startYear: 2023, years: 5, currency: 'SEK', discountRate: 0 } }, catalogue, t, 'sv')
    expect(own.find((r) => r.label === 'Startår')?.source).toBeUndefined()
    expect(own.find((r) => r.label === 'Diskonteringsränta')?.source).toBeUndefined()
  })

  it('cites the shipped case’s own readings of its documents: the horizon, the rate, prices and counts held (issue 21)', () => {
    expect(find('Startår')).toMatchObject({ value: 2023, source: { source: 'eskilstuna-ks-2022', reading: expect.stringContaining('perioden är fallets val') } })
    expect(find('Antal år')).toMatchObject({ value: 5, source: { reading: expect.stringContaining('2023–2027') } })
    expect(find('Diskonteringsränta')).toMatchObject({ value: 0, kind: 'rate', source: { reading: expect.stringContaining('diskonterar inte') } })
    expect(find('Prisuppräkning, allmän')).toMatchObject({ value: 0, source: { reading: expect.stringContaining('2022-11-07 års nivå') } })
    expect(find('Medarbetare med E3-licens')?.source?.reading).toContain('håller antalet lika')
    const operations = rows.find((r) => r.section === 'Microsoft på egna servrar' && r.label === 'Ökade driftkostnader och mer intern förvaltning')
    expect(operations?.source?.reading).toContain('från 2025')
  })

  it('marks a source date the document does not give as the case’s reading, in the sources list the report, workbook and CSV share', () => {
    const sources = (readJson('data/sources.json') as { sources: Parameters<typeof citedSources>[1] }).sources
    const cited = citedSources(rows, sources, 'sv')
    expect(cited.find((c) => c.id === 'eskilstuna-ks-2022')?.source?.date).toMatch(/^2023 \(datum enligt fallets läsning; /)
    expect(cited.find((c) => c.id === 'eskilstuna-dpia-2022')?.source?.date).toMatch(/^2023-05-03 \(datum enligt fallets läsning; DPIA:n anger inget eget datum/)
    expect(cited.find((c) => c.id === 'eskilstuna-utredning-2022')?.source?.date).toBe('2022-11-07')
  })

  it('keeps an unknown price unknown, with its reason, never 0', () => {
    const jitsi = find('Jitsi Meet')
    expect(jitsi?.value).toBeNull()
    expect(jitsi?.note.length).toBeGreaterThan(10)
  })

  it('lists each risk of a scenario as likelihood × consequence with its source', () => {
    const risk = rows.find((r) => r.label.startsWith('Risk R1:'))
    expect(risk).toMatchObject({ value: '1.5 × 2', unit: 'sannolikhet × konsekvens', source: { source: 'eskilstuna-dpia-2022' } })
  })

  it('cites each source once, with every place it is cited', () => {
    const sources = (readJson('data/sources.json') as { sources: Parameters<typeof citedSources>[1] }).sources
    const cited = citedSources(rows, sources)
    expect(new Set(cited.map((c) => c.id)).size).toBe(cited.length)
    const study = cited.find((c) => c.id === 'eskilstuna-utredning-2022')
    expect(study?.source?.title).toBe('Utredning digital samarbetsplattform')
    expect(study?.locators).toContain('Kostnadsförslag, MS Teams')
    expect(new Set(study?.locators).size).toBe(study?.locators.length)
  })
})
