/**
 * Validation at the file entrance (CONTRACT §1): an invalid file is refused whole, with one fault per
 * problem named by its path, e.g. `scenarios[1].licences[0].users: must be a whole number ≥ 0`.
 */
import { describe, expect, it } from 'vitest'
import { caseWarnings, LIMITS, MAX_FILE_CHARS, parseCase, parseCaseText, plainNumber } from '~/engine'
import type { Fault } from '~/engine'
import { loadCatalogue, presetJson, presetWith, readJson } from '../fixtures/cases'
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
    ['a saving from after to (as costs and licences)', [['scenarios.0.benefits.0.from', 2026], ['scenarios.0.benefits.0.to', 2025]],
      { path: 'scenarios[0].benefits[0].to', message: 'from must not be after to' }],
    ['a horizon past the last year allowed', [['settings.startYear', 2097], ['settings.years', 5]],
      { path: 'settings.years', message: 'must end by 2100, the last year allowed: fewer years or an earlier start year' }],
    ['a count for a year before the first allowed', [['organisation.groups.0.usersByYear', { '1999': 5 }]],
      { path: 'organisation.groups[0].usersByYear["1999"]', message: 'must be a year from 2000 to 2100' }],
    ['a count for a year after the last allowed', [['organisation.groups.0.usersByYear', { '2999': 5 }]],
      { path: 'organisation.groups[0].usersByYear["2999"]', message: 'must be a year from 2000 to 2100' }],
    ['an empty phase-in (rule S4)', [['scenarios.1.licences.0.shareByYear', {}]],
      { path: 'scenarios[1].licences[0].shareByYear', message: 'must name at least one year; leave it out for no phase-in' }],
    ['a share so small JavaScript writes it 1e-7', [['scenarios.1.licences.0.share', 1e-7]],
      { path: 'scenarios[1].licences[0].share', message: 'must be 0 or at least 0.000001' }],
    ['a stated total above the largest figure', [['scenarios.0.statedTotals.0.stated', 1e21]],
      { path: 'scenarios[0].statedTotals[0].stated', message: 'must be at most 1000000000000000' }],
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

describe('every figure stays exact (below 2^53) and plain (no exponent notation)', () => {
  // Worked by hand: E3 at the highest price 1 000 000 kr for 10 000 000 users is 10^13 kr a year; at
  // 100 % escalation a year over 10 years that is 10^13 × (2^10 − 1) = 1.023 × 10^16 kr, above 10^15.
  const atTheLimits: Edit[] = [
    ['settings.years', 10],
    ['settings.escalation', { general: 1 }],
    ['organisation.groups.0.users', LIMITS.maxUsers],
    ['catalogue', { overrides: { 'm365-e3': { amount: LIMITS.maxPrice } } }],
  ]

  it('refuses a case whose inputs could pass 10^15, naming the scenario and its largest line', () => {
    const faults = faultsAfter(...atTheLimits)
    expect(faults[0]).toMatchObject({ path: 'scenarios[0]', code: 'figure-too-large' })
    expect(faults[0]?.message).toContain('(most from licences[0])')
    // The figure in the message is written out in digits, not as 1.0e16.
    expect(faults[0]?.message).toMatch(/could reach \d{17} SEK/)
  })

  it('accepts the same case one step inside the bound, and its totals are whole and below 2^53', () => {
    // E3 at 4050 kr for 10 000 000 users, 10 years at 100 %: 4.05 × 10^10 × 1023 ≈ 4.1 × 10^13 kr.
    const edits = atTheLimits.slice(0, 3)
    const result = parseCase(presetWith(edits), catalogue)
    expect(result.ok ? [] : result.faults).toEqual([])
  })

  it('bounds a range by its high end', () => {
    // On-prem's recurring cost at 10^10 kr × 10 000 FTE at its high end = 10^14 kr a year; over 10
    // years at 10 % escalation (sum of 1.1^t = 15.94) that is 1.59 × 10^15 kr, above 10^15.
    const cost = 'scenarios.4.costs.0'
    const faults = faultsAfter(
      ['settings.years', 10],
      ['settings.escalation', { general: { low: 0, likely: 0, high: 0.1 } }],
      [`${cost}.amount`, { low: 1, likely: 1, high: LIMITS.maxAmount }],
      [`${cost}.fte`, LIMITS.maxFte],
    )
    expect(faults).toEqual([expect.objectContaining({ path: 'scenarios[4]', code: 'figure-too-large' })])
  })

  it.each([
    [1e21, '1000000000000000000000'],
    [4.999999999999999e22, '49999999999999990000000'],
    [-1.5e-7, '-0.00000015'],
    [1e-7, '0.0000001'],
    [123.25, '123.25'],
    [0, '0'],
  ])('plainNumber(%s) is %s', (value, text) => {
    expect(plainNumber(value)).toBe(text)
    expect(Number(text)).toBe(value)
  })
})

describe('warnings by path: valid, but not used as written', () => {
  it('says a per-year count outside the horizon is not used', () => {
    const model = parseCase(presetWith([['organisation.groups.1.usersByYear', { '2030': 10, '2025': 20 }]]), catalogue)
    expect(model.ok).toBe(true)
    if (model.ok) {
      expect(caseWarnings(model.value)).toEqual([
        { code: 'users-outside-horizon', path: 'organisation.groups[1].usersByYear["2030"]', year: 2030, groupId: 'f3', message: '2030 is outside the horizon 2023–2027: this count is not used' },
      ])
    }
  })

  it('says a legal-change year before the start counts no exit cost', () => {
    const model = parseCase(presetWith([['settings.legalChangeYear', 2020]]), catalogue)
    expect(model.ok && caseWarnings(model.value)).toEqual([
      expect.objectContaining({ code: 'legal-change-before-start', path: 'settings.legalChangeYear', year: 2020 }),
    ])
  })

  it('has nothing to say about the shipped case', () => {
    const model = parseCase(presetJson(), catalogue)
    expect(model.ok && caseWarnings(model.value)).toEqual([])
  })
})

describe('ids, dates, names and keys the validator refuses (issue 22), each by path', () => {
  const known = {
    sources: (readJson('data/sources.json') as { sources: { id: string }[] }).sources.map((s) => s.id),
    capabilities: (readJson('data/features.json') as { features: { id: string }[] }).features.map((f) => f.id),
  }
  const faultsWith = (...edits: Edit[]): Fault[] => {
    const result = parseCase(presetWith(edits), catalogue, known)
    return result.ok ? [] : result.faults
  }

  it('accepts the shipped preset with its citations and capabilities checked', () => {
    expect(faultsWith()).toEqual([])
  })

  it.each<[string, Edit[], Fault]>([
    ['a month 13 and a day 45', [['sources', [{ id: 'own', title: 'Offert', organisation: 'Leverantör', date: '2024-13-45' }]]],
      { path: 'sources[0].date', message: 'must be a date the calendar has (month 01–12, a day the month has)' }],
    ['29 February of a year that has none', [['sources', [{ id: 'own', title: 'Offert', organisation: 'Leverantör', date: '2023-02-29' }]]],
      { path: 'sources[0].date', message: 'must be a date the calendar has (month 01–12, a day the month has)' }],
    ['a month 00', [['sources', [{ id: 'own', title: 'Offert', organisation: 'Leverantör', date: '2024-00' }]]],
      { path: 'sources[0].date', message: 'must be a date the calendar has (month 01–12, a day the month has)' }],
    ['a citation of a source that exists nowhere', [['scenarios.0.source', { source: 'no-such-source', locator: 's. 3' }]],
      { path: 'scenarios[0].source.source', message: 'no source "no-such-source" in data/sources.json or the case\'s own sources' }],
    ['a case name of only spaces', [['name', '   ']], { path: 'name', message: 'must not be only spaces' }],
    ['a scenario name of only spaces', [['scenarios.1.name', { sv: ' \u00a0', en: 'Nextcloud' }]], { path: 'scenarios[1].name.sv', message: 'must not be only spaces' }],
    ['a need for a capability the taxonomy lacks', [['organisation.needs', { teleportation: { level: 'must' } }]],
      { path: 'organisation.needs.teleportation', message: 'no capability "teleportation" in data/features.json' }],
    ['a licence used for a capability the taxonomy lacks', [['scenarios.3.licences.0.usedFor', ['office-documents', 'teleportation']]],
      { path: 'scenarios[3].licences[0].usedFor[1]', message: 'no capability "teleportation" in data/features.json' }],
  ])('refuses %s', (_what, edits, fault) => {
    expect(faultsWith(...edits)).toContainEqual(fault)
  })

  it('accepts a leap day, a month alone, and a citation of the case’s own source', () => {
    expect(faultsWith(['sources', [{ id: 'own', title: 'Offert', organisation: 'Leverantör', date: '2024-02-29' }, { id: 'own2', title: 'Offert 2', organisation: 'Leverantör', date: '2024-12' }]], ['scenarios.0.source', { source: 'own', locator: 's. 3' }])).toEqual([])
  })

  it('refuses __proto__ and constructor keys wherever they are, rather than dropping them', () => {
    const text = JSON.stringify(presetJson())
      .replace('"id":"e3",', '"id":"e3","__proto__":{"polluted":true},')
      .replace('"needs":{', '"needs":{"constructor":{"level":"must"},')
    const result = parseCaseText(text, catalogue, known)
    expect(result.ok ? [] : result.faults.map((f) => f.path)).toEqual(['organisation.groups[0].__proto__', 'organisation.needs.constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('writes control characters of a JSON error as escapes, not raw onto a terminal', () => {
    const result = parseCaseText('{"name":\u0000}', catalogue)
    expect(result.ok ? '' : result.faults[0]?.message).toMatch(/^not valid JSON: .*\\u0000/)
    expect(result.ok ? '' : result.faults[0]?.message).not.toContain('\u0000')
  })
})
