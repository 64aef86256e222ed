/**
 * The simulation's fast path (src/engine/evaluate.ts) recomputes only the lines an input can move.
 * These tests hold it to `compute`: for every input of generated cases and of the shipped case,
 * changing that input alone gives the same yearly totals by both roads. A line the fast path wrongly
 * thought independent of an input would show here as a difference.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compute, inputSlots } from '~/engine'
import type { Case, Product } from '~/engine'
import { cloneJson, createEvaluator } from '~/engine/evaluate'
import { caseArb, START_YEAR } from '../fixtures/arbitraries'
import { loadCatalogue, loadPreset, product } from '../fixtures/cases'

/** Yearly totals by `compute` with slot i of a copy of the case set to `value`. */
function computedWith(model: Case, catalogue: readonly Product[], i: number, value: number): number[][] {
  const copy = cloneJson(model)
  const copyCatalogue = cloneJson(catalogue) as Product[]
  const slot = inputSlots(copy, copyCatalogue)[i]
  if (!slot) throw new Error(`no slot ${i}`)
  slot.holder[slot.field] = value
  return compute({ model: copy, catalogue: copyCatalogue }).scenarios.map((s) => s.years.map((y) => y.total))
}

/** Yearly totals by the fast path with only slot i changed. */
function evaluatedWith(model: Case, catalogue: readonly Product[], i: number, value: number): number[][] {
  const evaluator = createEvaluator(model, catalogue)
  const out = evaluator.scenarioIds.map(() => new Float64Array(evaluator.years.length))
  evaluator.set(i, value)
  evaluator.evaluate(evaluator.prepare([i]), out)
  return out.map((a) => [...a])
}

/** compute rounds each category of a year once: up to six half-units apart from the unrounded sum. */
function expectClose(actual: number[][], expected: number[][]) {
  expect(actual.length).toBe(expected.length)
  actual.forEach((years, s) => years.forEach((value, t) => expect(Math.abs(value - (expected[s]?.[t] ?? NaN))).toBeLessThanOrEqual(3)))
}

/** Generated cases with the finance settings in play: escalation, a EUR product, a legal change, FTE and per-user costs. */
const financeCaseArb = fc
  .record({
    model: caseArb(),
    general: fc.option(fc.double({ min: -0.1, max: 0.2, noNaN: true }), { nil: undefined }),
    productRate: fc.option(fc.double({ min: 0, max: 0.3, noNaN: true }), { nil: undefined }),
    eurPrice: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    fte: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    legalChange: fc.boolean(),
  })
  .map(({ model, general, productRate, eurPrice, fte, legalChange }): Case => {
    const next = cloneJson(model)
    const scenario = next.scenarios[0]
    if (!scenario) return next
    next.settings.escalation = {
      ...(general !== undefined ? { general } : {}),
      ...(productRate !== undefined ? { byProduct: { p0: productRate } } : {}),
    }
    if (eurPrice !== undefined) {
      next.catalogue = {
        ...next.catalogue,
        products: [...(next.catalogue?.products ?? []), { ...product('eu', eurPrice, { currency: 'EUR' }), hosting: ['us-cloud'], jurisdiction: { thirdCountryLaws: ['cloud-act'] } }],
      }
      next.settings.exchangeRates = { EUR: 11.5 }
      scenario.licences.push({ productId: 'eu', groups: ['g0'] })
    }
    if (fte !== undefined) {
      scenario.costs.push({ label: 'Drift', category: 'operations', kind: 'recurring', amount: 700_000, fte })
      scenario.costs.push({ label: 'Support per användare', category: 'operations', kind: 'recurring', amount: 50, perUserOf: ['g0'] })
    }
    if (legalChange) {
      next.settings.legalChangeYear = START_YEAR + next.settings.years - 1
      scenario.exitPlan = { amount: 1_000_000 }
    }
    return next
  })

describe('the fast path recomputes every line an input can move', () => {
  it('on generated cases: each input changed alone gives the totals of compute', () => {
    fc.assert(
      fc.property(financeCaseArb, fc.double({ min: 0.5, max: 1.7, noNaN: true }), (model, factor) => {
        const slots = inputSlots(cloneJson(model), [])
        slots.forEach((slot, i) => {
          const current = slot.holder[slot.field]
          if (typeof current !== 'number') return
          const value = slot.isRate ? current + 0.05 * factor : Math.round(current * factor + 7)
          expectClose(evaluatedWith(model, [], i, value), computedWith(model, [], i, value))
        })
      }),
      { numRuns: 60 },
    )
  }, 30_000)

  it('on generated cases: all inputs changed at once (rates with the rest) give the totals of compute', () => {
    fc.assert(
      fc.property(financeCaseArb, fc.array(fc.double({ min: 0.5, max: 1.7, noNaN: true }), { minLength: 40, maxLength: 40 }), (model, factors) => {
        const evaluator = createEvaluator(model, [])
        const copy = cloneJson(model)
        const copySlots = inputSlots(copy, [])
        const changed: number[] = []
        evaluator.slots.forEach((slot, i) => {
          const current = evaluator.original[i]
          if (typeof current !== 'number') return
          const factor = factors[i % factors.length] ?? 1
          const value = slot.isRate ? current + 0.05 * factor : Math.round(current * factor + 3)
          evaluator.set(i, value)
          const target = copySlots[i]
          if (target) target.holder[target.field] = value
          changed.push(i)
        })
        const out = evaluator.scenarioIds.map(() => new Float64Array(evaluator.years.length))
        evaluator.evaluate(evaluator.prepare(changed), out)
        const expected = compute({ model: copy, catalogue: [] }).scenarios.map((s) => s.years.map((y) => y.total))
        expectClose(out.map((a) => [...a]), expected)
      }),
      { numRuns: 60 },
    )
  })

  it('on generated cases: a rate alone gives the totals of compute', () => {
    fc.assert(
      fc.property(financeCaseArb, fc.double({ min: -0.3, max: 0.5, noNaN: true }), (model, rate) => {
        const evaluator = createEvaluator(model, [])
        evaluator.slots.forEach((slot, i) => {
          if (!slot.isRate) return
          const copy = cloneJson(model)
          const target = inputSlots(copy, [])[i]
          if (target) target.holder[target.field] = rate
          const out = evaluator.scenarioIds.map(() => new Float64Array(evaluator.years.length))
          const plan = evaluator.prepare([i])
          evaluator.set(i, rate)
          evaluator.evaluate(plan, out)
          evaluator.reset(i)
          expectClose(out.map((a) => [...a]), compute({ model: copy, catalogue: [] }).scenarios.map((s) => s.years.map((y) => y.total)))
        })
      }),
      { numRuns: 60 },
    )
  })

  it('on the shipped case: each of its inputs changed alone gives the totals of compute', () => {
    const model = loadPreset()
    const catalogue = loadCatalogue()
    model.settings.escalation = { general: 0.02, byProduct: { 'm365-e3': 0.047 } }
    const slots = inputSlots(cloneJson(model), cloneJson(catalogue) as Product[])
    expect(slots.map((s) => s.key)).toEqual(
      expect.arrayContaining(['group-users:e3', 'hourly-cost', 'price:m365-e3', 'escalation-general', 'escalation-product:m365-e3', 'cost-amount:on-prem:0']),
    )
    slots.forEach((slot, i) => {
      const current = slot.holder[slot.field]
      const likely = typeof current === 'number' ? current : typeof current === 'object' && current !== null && 'likely' in current ? Number(current.likely) : null
      if (likely === null) return
      const value = slot.isRate ? likely + 0.03 : likely * 1.3 + 11
      expectClose(evaluatedWith(model, catalogue, i, value), computedWith(model, catalogue, i, value))
    })
  })

  it('leaves the case it was given untouched', () => {
    const model = loadPreset()
    const before = JSON.stringify(model)
    const evaluator = createEvaluator(model, loadCatalogue())
    evaluator.slots.forEach((_, i) => evaluator.set(i, 1))
    expect(JSON.stringify(model)).toBe(before)
  })
})
