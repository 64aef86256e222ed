/** What-if transforms (src/engine/uncertainty/whatif.ts) on the shipped case, with the figures worked by hand, and on generated cases. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyWhatIf, compute, inputSlots, isWhatIfActive, slotValue } from '~/engine'
import type { WhatIf } from '~/engine'
import { cloneJson } from '~/engine/model/json'
import { whatIfMove } from '~/engine/uncertainty/whatif'
import { rangedCaseArb, whatIfArb } from '../fixtures/arbitraries'
import { byYear, loadCatalogue, loadPreset, scenarioOf } from '../fixtures/cases'

const catalogue = loadCatalogue()

function computeWith(whatIf: WhatIf) {
  const applied = applyWhatIf({ model: loadPreset(), catalogue }, whatIf)
  return compute(applied)
}

describe('applyWhatIf', () => {
  it('returns the very same case and catalogue for an empty or neutral what-if (reset = not applying it)', () => {
    const input = { model: loadPreset(), catalogue }
    for (const neutral of [{}, { usersPercent: 100, priceChangePercent: 0, savingsRealisedPercent: 100 }]) {
      expect(isWhatIfActive(neutral)).toBe(false)
      const out = applyWhatIf(input, neutral)
      expect(out.model).toBe(input.model)
      expect(out.catalogue).toBe(input.catalogue)
    }
  })

  it('users 110 %: M365’s 2025 licences 2 530 × 4 050 + 6 710 × 660 + 5 390 × 460 = 17 154 500', () => {
    const result = computeWith({ usersPercent: 110 })
    expect(byYear(scenarioOf(result, 'm365'), 'licences')[2025]).toBe(17_154_500)
    // Training follows the users too: 14 630 × 2 h × 300 kr = 8 778 000.
    expect(byYear(scenarioOf(result, 'm365'), 'training')[2023]).toBe(8_778_000)
  })

  it('prices +10 %: Nextcloud 13 300 × 1 980 = 26 334 000 + Microsoft 15 595 000 × 1.1 = 17 154 500, 43 488 500 a year; implementation costs do not move', () => {
    const result = computeWith({ priceChangePercent: 10 })
    expect(byYear(scenarioOf(result, 'nextcloud'), 'licences')[2024]).toBe(43_488_500)
    expect(byYear(scenarioOf(result, 'm365'), 'implementation')[2023]).toBe(2_200_000)
    // An unknown price stays unknown.
    expect(scenarioOf(result, 'eu-hybrid').complete).toBe(false)
  })

  it('prices −20 % reach the case’s own overrides too: E3 overridden to 5 000 becomes 4 000', () => {
    const model = loadPreset()
    model.catalogue = { overrides: { 'm365-e3': { amount: 5000 } } }
    const result = compute(applyWhatIf({ model, catalogue }, { priceChangePercent: -20 }))
    expect(scenarioOf(result, 'm365').licences.find((l) => l.productId === 'm365-e3')?.pricePerUser).toBe(4000)
  })

  it('training 4 hours: 13 300 × 4 × 300 = 15 960 000 in 2023', () => {
    const result = computeWith({ trainingHours: 4 })
    for (const id of ['m365', 'nextcloud', 'webex', 'eu-hybrid']) expect(byYear(scenarioOf(result, id), 'training')[2023]).toBe(15_960_000)
  })

  it('savings realised 50 %: M365’s counted 900 000 becomes 450 000; the uncounted 5–10 MSEK stays out', () => {
    const result = computeWith({ savingsRealisedPercent: 50 })
    expect(byYear(scenarioOf(result, 'm365'), 'benefits')).toMatchObject({ 2023: 0, 2024: 0, 2025: -450_000, 2026: -450_000, 2027: -450_000 })
  })

  it('scales a range at each end and leaves the case it was given untouched', () => {
    const model = loadPreset()
    model.organisation.groups[0]!.users = { low: 2000, likely: 2300, high: 2600 }
    const snapshot = JSON.stringify(model)
    const out = applyWhatIf({ model, catalogue }, { usersPercent: 50 })
    expect(out.model.organisation.groups[0]?.users).toEqual({ low: 1000, likely: 1150, high: 1300 })
    expect(JSON.stringify(model)).toBe(snapshot)
    expect(catalogue.find((p) => p.id === 'nextcloud')?.pricing.amount).toBe(1800)
  })

  // Guards the one rule per kind of input (whatIfMove), which the live bands apply to a compiled plan
  // instead of to the case: applyWhatIf must move every input by it and nothing else, and share, not
  // change, what it does not move.
  it('on generated cases: moves every input by its kind\'s rule and leaves the case it was given as it was', () => {
    fc.assert(
      fc.property(rangedCaseArb, whatIfArb, (model, whatIf) => {
        const before = cloneJson(model)
        const out = applyWhatIf({ model, catalogue: [] }, whatIf)
        expect(model).toEqual(before)
        const given = inputSlots(model, [])
        const moved = inputSlots(out.model, out.catalogue)
        expect(moved.map((s) => s.key)).toEqual(given.map((s) => s.key))
        moved.forEach((slot, i) => {
          const value = slotValue(given[i]!)
          expect(slotValue(slot)).toEqual(whatIfMove(whatIf, slot.ref.kind)?.(value) ?? value)
        })
        // Besides its inputs and its products' prices (of products no scenario uses too), the case is the one given.
        const withoutInputs = (c: typeof model) => {
          const copy = cloneJson(c)
          for (const slot of inputSlots(copy, [])) slot.holder[slot.field] = 0
          for (const product of copy.catalogue?.products ?? []) product.pricing.amount = 0
          for (const override of Object.values(copy.catalogue?.overrides ?? {})) override.amount = 0
          return copy
        }
        expect(withoutInputs(out.model)).toEqual(withoutInputs(model))
      }),
      { numRuns: 200 },
    )
  })
})

