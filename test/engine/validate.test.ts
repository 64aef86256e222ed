/**
 * Validation at the file entrance (CONTRACT §1): an invalid file is refused whole, with one fault per
 * problem named by its path, e.g. `scenarios[1].licences[0].users: must be a whole number ≥ 0`.
 */
import { describe, expect, it } from 'vitest'
import { MAX_FILE_CHARS, parseCase, parseCaseText } from '~/engine'
import type { Fault } from '~/engine'
import { loadCatalogue, presetJson, presetWith } from '../fixtures/cases'
import type { Edit } from '../fixtures/cases'

const catalogue = loadCatalogue()

function faultsAfter(...edits: Edit[]): Fault[] {
  const result = parseCase(presetWith(edits), catalogue)
  return result.ok ? [] : result.faults
}

const ownProduct = (id: string, amount: number) => ({ id, name: 'Egen', vendor: 'V', pricing: { unit: 'year', amount, currency: 'SEK' } })

describe('the shipped preset', () => {
  it('parses clean against the shipped catalogue', () => {
    const result = parseCase(presetJson(), catalogue)
    expect(result.ok ? [] : result.faults).toEqual([])
  })

  it('parses clean from its text', () => {
    expect(parseCaseText(JSON.stringify(presetJson()), catalogue).ok).toBe(true)
  })
})

describe('faults by path', () => {
  it.each<[string, Edit[], Fault]>([
    // Negative and fractional user counts (CONTRACT §1's own example).
    ['a negative user count on a licence line', [['scenarios.1.licences.0.users', -1]],
      { path: 'scenarios[1].licences[0].users', message: 'must be a whole number ≥ 0' }],
    ['a negative user count of a group', [['organisation.groups.0.users', -5]],
      { path: 'organisation.groups[0].users', message: 'must be a whole number ≥ 0' }],
    ['a fractional user count', [['organisation.groups.2.users', 2.5]],
      { path: 'organisation.groups[2].users', message: 'must be a whole number ≥ 0' }],
    ['a negative count in usersByYear', [['organisation.groups.0.usersByYear', { '2024': -5 }]],
      { path: 'organisation.groups[0].usersByYear["2024"]', message: 'must be a whole number ≥ 0' }],
    // Wrong types.
    ['users as text', [['organisation.groups.0.users', 'many']],
      { path: 'organisation.groups[0].users', message: 'must be a whole number ≥ 0' }],
    ['a discount rate as text', [['settings.discountRate', '3 %']], { path: 'settings.discountRate', message: 'must be a number' }],
    ['a name that is a number', [['name', 5]], { path: 'name', message: 'must be a text, or { sv, en } texts' }],
    ['a currency that is not SEK or EUR', [['settings.currency', 'USD']], { path: 'settings.currency', message: 'must be SEK or EUR' }],
    ['a start year as text', [['settings.startYear', '2023']], { path: 'settings.startYear', message: 'must be a year' }],
    // Bounds.
    ['a price over 1 000 000 (override)', [['catalogue', { overrides: { 'm365-e3': { amount: 1_000_001 } } }]],
      { path: 'catalogue.overrides["m365-e3"].amount', message: 'must be a price of at most 1000000' }],
    ['a price over 1 000 000 (own product)', [['catalogue', { products: [ownProduct('own', 1_000_001)] }]],
      { path: 'catalogue.products[0].pricing.amount', message: 'must be a price of at most 1000000' }],
    ['years 0', [['settings.years', 0]], { path: 'settings.years', message: 'must be 1 to 10 years' }],
    ['years 11', [['settings.years', 11]], { path: 'settings.years', message: 'must be 1 to 10 years' }],
    ['a range with low above likely', [['organisation.hourlyCost', { low: 500, likely: 300, high: 600 }]],
      { path: 'organisation.hourlyCost', message: 'must have low ≤ likely ≤ high' }],
    ['a licence line from after to', [['scenarios.1.licences.0.from', 2026], ['scenarios.1.licences.0.to', 2024]],
      { path: 'scenarios[1].licences[0].to', message: 'from must not be after to' }],
    ['an empty phase-in', [['scenarios.1.licences.0.shareByYear', {}]],
      { path: 'scenarios[1].licences[0].shareByYear', message: 'must name at least one year; leave it out for no phase-in' }],
    // References.
    ['an unknown product id', [['scenarios.1.licences.0.productId', 'no-such-product']],
      { path: 'scenarios[1].licences[0].productId', message: 'no product "no-such-product" in the catalogue' }],
    ['an override of an unknown product', [['catalogue', { overrides: { 'no-such-product': { amount: 1 } } }]],
      { path: 'catalogue.overrides["no-such-product"]', message: 'no product "no-such-product" in the catalogue' }],
    ['an unknown group id on a licence line', [['scenarios.1.licences.0.groups', ['e3', 'zz']]],
      { path: 'scenarios[1].licences[0].groups[1]', message: 'no user group "zz" in organisation.groups' }],
    ['an unknown group id on a training line', [['scenarios.0.training.0.groups', ['zz']]],
      { path: 'scenarios[0].training[0].groups[0]', message: 'no user group "zz" in organisation.groups' }],
    // Duplicate ids.
    ['a scenario id used twice', [['scenarios.1.id', 'm365']], { path: 'scenarios[1].id', message: '"m365" is used twice' }],
    ['a group id used twice', [['organisation.groups.1.id', 'e3']], { path: 'organisation.groups[1].id', message: '"e3" is used twice' }],
    ['an own product id used twice', [['catalogue', { products: [ownProduct('own', 1), ownProduct('own', 2)] }]],
      { path: 'catalogue.products[1].id', message: '"own" is used twice' }],
    ['an own product with a shipped id', [['catalogue', { products: [ownProduct('webex', 1)] }]],
      { path: 'catalogue.products[0].id', message: '"webex" is a shipped product; change its price under catalogue.overrides instead' }],
    // Versions.
    ['no schemaVersion', [['schemaVersion', undefined]], { path: 'schemaVersion', message: 'must be 1 (a Vägval model file names its version)' }],
    ['a newer schemaVersion', [['schemaVersion', 2]],
      { path: 'schemaVersion', message: '2 was written by a newer Vägval (this one reads up to 1)' }],
  ])('%s', (_, edits, fault) => {
    expect(faultsAfter(...edits)).toContainEqual(fault)
  })

  it('reports every fault of a file, not just the first', () => {
    const faults = faultsAfter(['settings.years', 11], ['scenarios.1.licences.0.users', -1])
    expect(faults.map((f) => f.path)).toEqual(['settings.years', 'scenarios[1].licences[0].users'])
  })

  it('refuses unknown keys (a typing slip is not silently ignored)', () => {
    expect(faultsAfter(['settings.discountrate', 0.03])).toContainEqual({
      path: 'settings.discountrate', message: 'is not a field of the model file (a typing slip?)',
    })
  })

  it('says a missing field is required, in plain words', () => {
    expect(faultsAfter(['settings', undefined], ['name', undefined])).toEqual(
      expect.arrayContaining([{ path: 'settings', message: 'is required' }, { path: 'name', message: 'is required' }]),
    )
  })
})

describe('the text of a file', () => {
  it.each([
    ['invalid JSON', '{ "schemaVersion": 1,', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    ['a JSON array', '[]', 'must be a JSON object'],
    ['a JSON number', '42', 'must be a JSON object'],
  ])('refuses %s as a fault of the whole file (empty path)', (_, text, message) => {
    const result = parseCaseText(text, catalogue)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.faults).toHaveLength(1)
      expect(result.faults[0]?.path).toBe('')
      expect(result.faults[0]?.message).toContain(message)
    }
  })

  it(`refuses a file over ${MAX_FILE_CHARS / 1e6} MB before parsing it`, () => {
    // Valid JSON in the middle, padded with spaces past the limit: the size alone refuses it.
    const text = JSON.stringify(presetJson()) + ' '.repeat(MAX_FILE_CHARS)
    const result = parseCaseText(text, catalogue)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.faults).toEqual([{ path: '', message: expect.stringContaining('at most 5 MB') as string }])
  })
})
