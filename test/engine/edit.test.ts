import { describe, expect, it } from 'vitest'
import { compute, emptyCase, removeGroup, scenarioFromTemplate, shiftYears, uniqueId } from '~/engine'
import { buildCase, loadCatalogue, loadPreset, parsed, product, scenario } from '../fixtures/cases'

describe('shiftYears', () => {
  it('moves the horizon and every dated line, so the plan keeps its shape', () => {
    const preset = loadPreset()
    const shifted = shiftYears(preset, 2)
    const catalogue = loadCatalogue()
    const before = compute({ model: preset, catalogue }).scenarios.find((s) => s.id === 'm365')
    const after = compute({ model: parsed(shifted, catalogue), catalogue }).scenarios.find((s) => s.id === 'm365')
    expect(after?.years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028, 2029])
    // Same figures, two years later: implementation still in the first two years, savings from the third.
    expect(after?.years.map((y) => y.categories)).toEqual(before?.years.map((y) => y.categories))
    expect(after?.total).toBe(before?.total)
  })
})

describe('removeGroup', () => {
  it('removes the group and lines that named only it, keeping lines of other groups', () => {
    const model = buildCase({
      organisation: { groups: [{ id: 'a', name: 'A', users: 10 }, { id: 'b', name: 'B', users: 20 }] },
      products: [product('p', 100)],
      scenarios: [
        scenario({
          licences: [{ productId: 'p', groups: ['a'] }, { productId: 'p', groups: ['a', 'b'] }],
          training: [{ label: 'Kurs', hoursPerUser: 1, year: 2024, groups: ['a'] }],
        }),
      ],
    })
    const after = removeGroup(model, 'a')
    expect(after.organisation.groups.map((g) => g.id)).toEqual(['b'])
    expect(after.scenarios[0]?.licences).toEqual([{ productId: 'p', groups: ['b'] }])
    // A training line for group a only would otherwise fall back to every user.
    expect(after.scenarios[0]?.training).toEqual([])
  })
})

describe('templates', () => {
  it('makes unique ids from names', () => {
    expect(uniqueId('Nytt scenario', [])).toBe('nytt-scenario')
    expect(uniqueId('Nytt scenario', ['nytt-scenario'])).toBe('nytt-scenario-2')
    expect(uniqueId('Ökad drift', [])).toBe('okad-drift')
    expect(uniqueId('<img src=x>', [])).toBe('img-src-x')
  })

  it('gives an empty case that validates and computes as incomplete, never as free', () => {
    const model = parsed(emptyCase({ name: 'Ny kommun', groupName: 'Medarbetare', scenarioName: 'Scenario 1', startYear: 2026 }))
    // The group has no kind, so the Microsoft template licenses it only as the caller's answer says.
    expect(scenarioFromTemplate(model, 'm365', 'Moln').licences).toEqual([])
    const m365 = scenarioFromTemplate(model, 'm365', 'Moln', { placements: { medarbetare: 'm365-e3' } })
    const withScenario = parsed({ ...model, scenarios: [...model.scenarios, m365] }, loadCatalogue())
    expect(withScenario.scenarios.map((s) => s.id)).toEqual(['scenario-1', 'moln'])
    expect(m365.licences).toEqual([{ productId: 'm365-e3', groups: ['medarbetare'] }])
    const result = compute({ model: withScenario, catalogue: loadCatalogue() })
    expect(result.years).toEqual([2026, 2027, 2028, 2029, 2030])
    // 0 users × 4 050 kr = 0: known, so complete; the hourly cost is unknown but no training needs it.
    expect(result.scenarios[1]?.total).toBe(0)
  })
})
