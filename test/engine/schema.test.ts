/**
 * The published JSON Schemas (data/schema/, CONTRACT §1) are generated from the zod schemas of
 * src/engine/model/model.ts. These tests keep the committed files equal to a fresh generation (run
 * `npm run schema` after changing model.ts), and check the shipped data against them.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCase } from '~/engine'
import { schemaFiles } from '../../scripts/schema-files'
import { ROOT, loadCatalogue, presetJson, presetWith, readJson } from '../fixtures/cases'
import type { Edit } from '../fixtures/cases'
import { validateJsonSchema } from '../fixtures/json-schema'

const modelSchema = readJson('data/schema/model-v1.schema.json')
const catalogueSchema = readJson('data/schema/catalogue.schema.json')

describe('data/schema is up to date with src/engine/model/model.ts', () => {
  it.each(schemaFiles().map((f) => [f.path, f.text]))('%s equals a fresh generation (else run npm run schema)', (path, text) => {
    expect(readFileSync(`${ROOT}${path}`, 'utf8'), `${path} is out of date with src/engine/model/model.ts: run npm run schema`).toBe(text)
  })

  it('names itself', () => {
    expect(modelSchema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'urn:vagval:schema:model-v1',
      title: expect.stringContaining('schemaVersion 1') as string,
    })
  })
})

describe('the shipped data validates against the published schemas', () => {
  it('data/presets/eskilstuna-2022.json against model-v1.schema.json', () => {
    expect(validateJsonSchema(modelSchema, presetJson())).toEqual([])
  })

  it('data/catalogue.json against catalogue.schema.json', () => {
    expect(validateJsonSchema(catalogueSchema, readJson('data/catalogue.json'))).toEqual([])
  })
})

describe('the JSON Schema and the app refuse the same broken files', () => {
  // Each change breaks the preset in a way JSON Schema can express; both must refuse it. (Refinements
  // such as from ≤ to and the id cross-references are the app's alone: see scripts/schema-files.ts.)
  it.each<[string, Edit[], string]>([
    ['a negative user count', [['organisation.groups.0.users', -1]], '/organisation/groups/0/users'],
    ['a fractional user count', [['organisation.groups.0.users', 1.5]], '/organisation/groups/0/users'],
    ['eleven years', [['settings.years', 11]], '/settings/years'],
    ['an unknown key', [['extra', true]], '/extra'],
    ['a missing scenario list', [['scenarios', undefined]], ''],
    ['schemaVersion 2', [['schemaVersion', 2]], '/schemaVersion'],
    ['an unknown price without a reason', [['catalogue', { overrides: { 'm365-e3': { amount: { value: null } } } }]], '/catalogue/overrides/m365-e3/amount'],
    ['a product id with capitals', [['scenarios.0.licences.0.productId', 'M365']], '/scenarios/0/licences/0/productId'],
    ['a text over 500 characters', [['organisation.name', 'x'.repeat(501)]], '/organisation/name'],
  ])('%s', (_, edits, at) => {
    const json = presetWith(edits)
    expect(parseCase(json, loadCatalogue()).ok).toBe(false)
    expect(validateJsonSchema(modelSchema, json).map((e) => e.at)).toContain(at)
  })
})
