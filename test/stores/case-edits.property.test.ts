/**
 * Issue 13's property: any sequence of field edits the interface accepts leaves a case that validates
 * and reloads identically. Edits go through the case store's actions, as the fields call them, with
 * values drawn within each field's own bounds (the same bounds the components give InputNumber:
 * LIMITS, startYearRange, yearsRange, percentages 0–100) and the same check of what a field takes
 * (fieldProblem). What it guards: a value a field accepts that moves the case outside what the
 * validator reads (start year 2100 moved lines past 2100), and anything autosave writes that does
 * not read back the same (undefined fields, -0, key order, numbers in exponent notation).
 */
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { fieldProblem } from '~/composables/readFigure'
import { LIMITS, parseCase, startYearRange, yearsRange } from '~/engine'
import type { Case, ScenarioTemplate } from '~/engine'
import { shippedCatalogue } from '~/io/shipped'
import { useCaseStore } from '~/stores/case'
import { setLibraryStorage, useLibraryStore } from '~/stores/library'
import { MemoryStorage } from '../fixtures/storage'

type Store = ReturnType<typeof useCaseStore>

/** A position in a range, drawn once and placed in the field's bounds when the edit is made (they move with the case). */
const at = fc.double({ min: 0, max: 1, noNaN: true })
const pick = <T>(list: readonly T[], u: number): T | undefined => list[Math.min(list.length - 1, Math.floor(u * list.length))]
/** A whole number within bounds. */
const whole = (u: number, min: number, max: number) => min + Math.round(u * (max - min))
/** A number as a person types it into a field: up to two decimals, within the bounds. */
const typed = (u: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round((min + u * (max - min)) * 100) / 100))

interface Edit {
  name: string
  apply: (store: Store) => void
}

const edit = (name: string, arb: fc.Arbitrary<(store: Store) => void>): fc.Arbitrary<Edit> => arb.map((apply) => ({ name, apply }))
const horizonOf = (m: Case) => Array.from({ length: m.settings.years }, (_, t) => m.settings.startYear + t)
const TEMPLATES: ScenarioTemplate[] = ['empty', 'm365', 'on-prem', 'eu-hybrid', 'single']

const edits: fc.Arbitrary<Edit> = fc.oneof(
  edit('start year', at.map((u) => (s: Store) => {
    const { min, max } = startYearRange(s.model)
    s.setStartYear(whole(u, min, max))
  })),
  edit('years', at.map((u) => (s: Store) => {
    const { min, max } = yearsRange(s.model)
    s.setYears(whole(u, min, max))
  })),
  edit('group users', fc.tuple(at, at).map(([g, u]) => (s: Store) => {
    const group = pick(s.model.organisation.groups, g)
    if (group) s.setGroupUsers(group.id, whole(u, 0, LIMITS.maxUsers))
  })),
  edit('group users in a year', fc.tuple(at, at, fc.option(at)).map(([g, y, u]) => (s: Store) => {
    const group = pick(s.model.organisation.groups, g)
    const year = pick(horizonOf(s.model), y)
    if (group && year !== undefined) s.setGroupUsersInYear(group.id, year, u === null ? undefined : whole(u, 0, LIMITS.maxUsers))
  })),
  edit('hourly cost', at.map((u) => (s: Store) => s.setHourlyCost(typed(u, 0, LIMITS.maxPrice)))),
  edit('discount rate', at.map((u) => (s: Store) => s.setDiscountRate(typed(u, 0, 50) / 100))),
  edit('price', fc.tuple(at, fc.option(at)).map(([p, u]) => (s: Store) => {
    const product = pick(s.usedProducts, p)
    if (product) s.setPrice(product.id, u === null ? undefined : typed(u, 0, LIMITS.maxPrice))
  })),
  edit('escalation', fc.option(at).map((u) => (s: Store) => s.setEscalationGeneral(u === null ? undefined : typed(u, -50, 100) / 100))),
  edit('training hours', fc.tuple(at, at).map(([sc, u]) => (s: Store) => {
    const scenario = pick(s.model.scenarios.filter((x) => x.training.length > 0), sc)
    if (scenario) s.setTrainingHours(scenario.id, 0, typed(u, 0, LIMITS.maxHours))
  })),
  edit('licence share', fc.tuple(at, at).map(([sc, u]) => (s: Store) => {
    const scenario = pick(s.model.scenarios.filter((x) => x.licences.length > 0), sc)
    const percent = typed(u, 0, 100)
    if (scenario) s.updateLine(scenario.id, 'licences', 0, (l) => {
      if (percent >= 100) delete l.share
      else l.share = percent / 100
    }, 'share')
  })),
  edit('saving', fc.tuple(at, at).map(([sc, u]) => (s: Store) => {
    const scenario = pick(s.model.scenarios.filter((x) => x.benefits.length > 0), sc)
    if (scenario) s.updateLine(scenario.id, 'benefits', 0, (l) => (l.amount = typed(u, 0, LIMITS.maxAmount)), 'amount')
  })),
  edit('case name', fc.string({ minLength: 1, maxLength: LIMITS.textLength }).filter((t) => t.trim() !== '').map((name) => (s: Store) => s.setCaseName(name.trim()))),
  edit('add scenario', fc.tuple(fc.constantFrom(...TEMPLATES), fc.string({ minLength: 1, maxLength: 40 })).map(([template, name]) => (s: Store) => {
    if (s.model.scenarios.length < LIMITS.maxScenarios && name.trim()) s.addScenario(template, name.trim())
  })),
  edit('delete scenario', at.map((u) => (s: Store) => {
    const scenario = pick(s.model.scenarios, u)
    if (scenario) s.deleteScenario(scenario.id)
  })),
  edit('add group', fc.string({ minLength: 1, maxLength: 40 }).map((name) => (s: Store) => {
    if (s.model.organisation.groups.length < LIMITS.maxGroups && name.trim()) s.addGroup(name.trim())
  })),
  edit('remove group', at.map((u) => (s: Store) => {
    const group = pick(s.model.organisation.groups, u)
    if (group) s.removeGroup(group.id)
  })),
  edit('undo', fc.constant((s: Store) => s.undo())),
  edit('redo', fc.constant((s: Store) => s.redo())),
)

describe('any sequence of field edits leaves a case that validates and reloads identically', () => {
  afterEach(() => setLibraryStorage(undefined))

  it('through the case store, with autosave on', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fc.array(edits, { minLength: 1, maxLength: 25 }), (sequence) => {
        const storage = new MemoryStorage()
        setActivePinia(createPinia())
        setLibraryStorage(storage)
        const library = useLibraryStore()
        library.start()
        const store = useCaseStore()
        for (const step of sequence) {
          step.apply(store)
          // The only edits a field passes on that the store refuses are those whose figures could
          // pass 10^15 (the bound of exactness); every other value a field accepts is taken.
          if (store.refusal) expect(store.refusal.faults.map((f) => f.code), step.name).toEqual(store.refusal.faults.map(() => 'figure-too-large'))
          const checked = parseCase(JSON.parse(JSON.stringify(store.model)), shippedCatalogue)
          expect(checked.ok ? [] : checked.faults, step.name).toEqual([])
          expect(library.isUnsaved, step.name).toBe(false)
        }
        const saved = JSON.stringify(store.model)
        setActivePinia(createPinia())
        setLibraryStorage(storage)
        const again = useLibraryStore()
        again.start()
        expect(again.notices).toEqual([])
        expect(JSON.stringify(useCaseStore().model)).toBe(saved)
      }),
      { numRuns: 40 },
    )
  })

  it('draws only values the fields themselves accept', () => {
    // The helpers above stay inside what fieldProblem lets through, at the fields' bounds.
    for (const [u, min, max] of [[0, 0, LIMITS.maxPrice], [1, -50, 100], [0.5, 0, 100], [1e-9, 0, 100]] as const) {
      expect(fieldProblem(typed(u, min, max), { min, max })).toBeNull()
    }
  })
})
