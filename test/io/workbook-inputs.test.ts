/**
 * The workbook's inputs (src/io/workbook-inputs.ts) carry the case's own readings of its documents in
 * their notes, marked as the case's: the horizon, the discount rate, prices held flat, counts held and
 * the own-servers operating costs from 2025 (issue 21). The formulas that read these rows are tested in xlsx.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '~/i18n'
import { messages as exportsMessages } from '~/i18n/exports'
import type { Translate } from '~/io/assumptions'
import { workbookInputs } from '~/io/workbook-inputs'
import { loadCatalogue, loadPreset } from '../fixtures/cases'

const catalogue = loadCatalogue()

function rowsIn(locale: 'sv' | 'en') {
  const i18n = createAppI18n(locale, exportsMessages)
  const t: Translate = (key, params) => i18n.global.t(key, params ?? {})
  return workbookInputs(loadPreset(), catalogue, t, locale)
}

describe('the workbook’s inputs', () => {
  const rows = rowsIn('sv')
  const note = (label: string, section?: string) => rows.find((r) => r.label === label && (section === undefined || r.section === section))?.note ?? ''

  it.each([
    ['Startår', 'perioden är fallets val'],
    ['Antal år', '2023–2027'],
    ['Diskonteringsränta', 'diskonterar inte'],
    ['Prisuppräkning, allmän', 'på 2022-11-07 års nivå'],
    ['Medarbetare med E3-licens', 'håller antalet lika'],
  ])('marks the reading of "%s" as the case’s assumption', (label, words) => {
    expect(note(label)).toMatch(/^(.*; )?Fallets antagande: /)
    expect(note(label)).toContain(words)
  })

  it('marks the own-servers path’s operating costs from 2025 as the case’s reading', () => {
    const operations = rows.find((r) => r.section === 'Microsoft på egna servrar' && r.label === 'Ökade driftkostnader och mer intern förvaltning')
    expect(operations?.note).toContain('Fallets antagande: Underlaget anger varken belopp eller år')
  })

  it('says it in English in an English workbook', () => {
    const en = rowsIn('en')
    expect(en.find((r) => r.label === 'Start year')?.note).toContain('The case’s assumption: The documents give no period')
  })
})
