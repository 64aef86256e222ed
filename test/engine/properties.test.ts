/** Invariants of compute() over generated cases (fast-check). Each property says what it guards. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compute } from '~/engine'
import type { Case, UserGroup } from '~/engine'
import { caseArb, START_YEAR, UNKNOWN_PRICE } from '../fixtures/arbitraries'
import { parsed, product, run } from '../fixtures/cases'

const RUNS = { numRuns: 200 }

function only(model: Case) {
  const [first] = run(model).scenarios
  if (!first) throw new Error('no scenario')
  return first
}

function doubleUsers(group: UserGroup): UserGroup {
  const double = (n: unknown) => (typeof n === 'number' ? n * 2 : n)
  return {
    ...group,
    users: double(group.users) as UserGroup['users'],
    ...(group.usersByYear
      ? { usersByYear: Object.fromEntries(Object.entries(group.usersByYear).map(([y, n]) => [y, double(n)])) as UserGroup['usersByYear'] }
      : {}),
  }
}

describe('properties of compute()', () => {
  // Guards: licence and training costs are price × users (× hours), with no fixed part hidden in them
  // and no group counted twice or missed. With whole inputs and per-user prices the doubling is exact.
  it('doubling every group\'s users doubles licence and training costs', () => {
    fc.assert(
      fc.property(caseArb({ isWhole: true, isPerUser: true }), (generated) => {
        // Other cost lines are fixed amounts (even those in the licences category, like on-prem's
        // "över 10 miljoner"), so they are left out here.
        const model: Case = { ...generated, scenarios: generated.scenarios.map((s) => ({ ...s, costs: [] })) }
        const doubled: Case = { ...model, organisation: { ...model.organisation, groups: model.organisation.groups.map(doubleUsers) } }
        const single = only(model)
        const twice = only(doubled)
        single.years.forEach((year, t) => {
          expect(twice.years[t]?.categories.licences).toBe(2 * year.categories.licences)
          expect(twice.years[t]?.categories.training).toBe(2 * year.categories.training)
        })
      }),
      RUNS,
    )
  })

  // Guards: discounting only ever shrinks later years (never inflates, never skips a year) and the
  // rounding of yearly totals cannot push the present value above the nominal total.
  it('present value ≤ nominal total for a positive rate when every yearly total is ≥ 0', () => {
    fc.assert(
      fc.property(caseArb({ isCostOnly: true, discountRate: fc.double({ min: 0.001, max: 0.5, noNaN: true }) }), (model) => {
        const result = only(model)
        expect(result.years.every((y) => y.total >= 0)).toBe(true)
        expect(result.presentValue).toBeLessThanOrEqual(result.total)
      }),
      RUNS,
    )
  })

  // Guards: "totals equal the sum of their shown parts" (ARCHITECTURE, year semantics), with fractions
  // from shares and half hours in play; and present value equals the total at 0 %.
  it('each year\'s total is the sum of its categories, the scenario total the sum of the years', () => {
    fc.assert(
      fc.property(caseArb(), (model) => {
        const result = only(model)
        for (const year of result.years) {
          expect(year.total).toBe(Object.values(year.categories).reduce((a, b) => a + b, 0))
          for (const amount of Object.values(year.categories)) expect(Number.isInteger(amount)).toBe(true)
        }
        expect(result.total).toBe(result.years.reduce((sum, y) => sum + y.total, 0))
        expect(result.presentValue).toBe(result.total) // the generated cases are at 0 %
      }),
      RUNS,
    )
  })

  // Guards: an unknown is never treated as 0 silently: the scenario says it is incomplete, and what is
  // known is summed exactly as it would be without the unknown line.
  it('an unknown price in a used licence line makes the scenario incomplete and leaves the known parts alone', () => {
    fc.assert(
      fc.property(
        caseArb(),
        fc.nat(),
        fc.integer({ min: 0, max: 5 }),
        (model, at, offset) => {
          const [scenario] = model.scenarios
          if (!scenario) return
          const year = START_YEAR + (offset % model.settings.years) // inside the horizon: the line is used
          const unknownLine = { productId: 'x-unknown', groups: ['g0'], from: year, to: year }
          const position = at % (scenario.licences.length + 1)
          const withUnknown: Case = {
            ...model,
            catalogue: { ...model.catalogue, products: [...(model.catalogue?.products ?? []), product('x-unknown', UNKNOWN_PRICE)] },
            scenarios: [{ ...scenario, licences: [...scenario.licences.slice(0, position), unknownLine, ...scenario.licences.slice(position)] }],
          }
          const without = only(model)
          const withIt = only(withUnknown)
          expect(withIt.complete).toBe(false)
          expect(withIt.missing).toContainEqual(expect.objectContaining({ kind: 'price', ref: 'x-unknown' }))
          const known = (r: typeof without) => r.years.map(({ year, total, categories }) => ({ year, total, categories }))
          expect(known(withIt)).toEqual(known(without))
          // The year of the unknown line says its licences are a lower bound.
          expect(withIt.years.find((y) => y.year === year)?.incomplete).toContain('licences')
          expect(withIt.total).toBe(without.total)
          expect(withIt.presentValue).toBe(without.presentValue)
        },
      ),
      RUNS,
    )
  })

  // Guards: compute is pure: no clock, randomness or hidden state; it does not change its input.
  it('is deterministic: the same input gives a deep-equal result, and the input is left unchanged', () => {
    fc.assert(
      fc.property(caseArb({ discountRate: fc.constantFrom(0, 0.03, 0.05) }), (model) => {
        const valid = parsed(model)
        const before = structuredClone(valid)
        const first = compute({ model: valid, catalogue: [] })
        const second = compute({ model: structuredClone(valid), catalogue: [] })
        expect(second).toEqual(first)
        expect(valid).toEqual(before)
      }),
      RUNS,
    )
  })
})
