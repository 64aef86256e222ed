/**
 * Rules the code documents, each worked by hand in the comments and checked through the engine's
 * public face (`compute`, `simulate`): training share × turnover (rule S3, newcomers from turnover and
 * from growth), training escalation, escalation of savings, and ties in P(A < B). Each test fails
 * when its rule is broken: a rule applied twice, left out, or counted from the wrong year.
 */
import { describe, expect, it } from 'vitest'
import { compute, simulate } from '~/engine'
import type { Case, TrainingLine } from '~/engine'
import { buildCase, byYear, parsed, product, scenario } from '../fixtures/cases'

/** One group `staff` of 1 000 users, 400 kr an hour, 2024–2027 (buildCase), with one training line. */
function trained(line: Partial<TrainingLine>, change: (model: Case) => void = () => {}) {
  const model = buildCase({
    scenarios: [scenario({ training: [{ label: 'Utbildning', hoursPerUser: 2, year: 2024, share: 0.5, turnoverRate: 0.1, ...line }] })],
  })
  change(model)
  const result = compute({ model: parsed(model), catalogue: [] })
  return result.scenarios[0]!
}

describe('training: share × turnover (rule S3)', () => {
  it('trains share × users in its year and share × turnover × users in every later year', () => {
    // 2024: 1 000 × 0.5 × 2 h × 400 kr = 400 000.
    // 2025–2027: newcomers 0.1 × 1 000 = 100, of whom 0.5 → 50 × 2 h × 400 kr = 40 000 a year.
    const s = trained({})
    expect(byYear(s, 'training')).toEqual({ 2024: 400_000, 2025: 40_000, 2026: 40_000, 2027: 40_000 })
    expect(s.total).toBe(520_000)
  })

  it('trains the newcomers of a growing group too: turnover × users + growth, times the share', () => {
    // Users 1 000, 1 000, 1 200, 1 200.
    // 2026: 0.1 × 1 200 + (1 200 − 1 000) = 320 newcomers × 0.5 = 160 × 800 kr = 128 000.
    // 2027: 0.1 × 1 200 + 0 = 120 × 0.5 = 60 × 800 kr = 48 000.
    const s = trained({}, (m) => {
      m.organisation.groups[0]!.usersByYear = { '2026': 1200, '2027': 1200 }
    })
    expect(byYear(s, 'training')).toEqual({ 2024: 400_000, 2025: 40_000, 2026: 128_000, 2027: 48_000 })
  })

  it('costs nothing in a later year without turnover or growth, and the line is not active then', () => {
    const s = trained({ turnoverRate: 0 })
    expect(byYear(s, 'training')).toEqual({ 2024: 400_000, 2025: 0, 2026: 0, 2027: 0 })
    expect(s.lines[0]?.active).toEqual([true, false, false, false])
  })
})

describe('training escalation: at the general rate, from the start year', () => {
  it('grows each year’s training by (1 + r)^t, t counted from the start of the horizon', () => {
    // General escalation 5 %: 2024: 400 000 × 1 = 400 000; 2025: 40 000 × 1.05 = 42 000;
    // 2026: 40 000 × 1.1025 = 44 100; 2027: 40 000 × 1.157625 = 46 305. Total 532 405.
    const s = trained({}, (m) => {
      m.settings.escalation = { general: 0.05 }
    })
    expect(byYear(s, 'training')).toEqual({ 2024: 400_000, 2025: 42_000, 2026: 44_100, 2027: 46_305 })
    expect(s.total).toBe(532_405)
  })

  it('counts t from the start, not from the training’s own year', () => {
    // Training in 2025 at 5 %: 1 000 × 0.5 × 800 kr × 1.05^1 = 420 000 (not 400 000).
    const s = trained({ year: 2025, turnoverRate: 0 }, (m) => {
      m.settings.escalation = { general: 0.05 }
    })
    expect(byYear(s, 'training')[2025]).toBe(420_000)
  })

  it('ignores a product’s own rate (that is for its licence price)', () => {
    const s = trained({ turnoverRate: 0 }, (m) => {
      m.catalogue = { products: [product('p', 100)] }
      m.settings.escalation = { byProduct: { p: 0.5 } }
    })
    expect(byYear(s, 'training')[2024]).toBe(400_000)
  })
})

describe('escalation of savings: counted savings grow at the general rate', () => {
  function saving(counted: boolean) {
    const model = buildCase({
      settings: { escalation: { general: 0.05 } },
      scenarios: [scenario({ benefits: [{ label: 'Besparing', amount: 900_000, from: 2025, counted }] })],
    })
    return compute({ model: parsed(model), catalogue: [] }).scenarios[0]!
  }

  it('shows a saving from 2025 as negative benefits, grown by (1 + r)^t from the start', () => {
    // 2025: −900 000 × 1.05 = −945 000; 2026: × 1.1025 = −992 250;
    // 2027: × 1.157625 = −1 041 862.5, rounded half away from zero: −1 041 863. Total −2 979 113.
    const s = saving(true)
    expect(byYear(s, 'benefits')).toEqual({ 2024: 0, 2025: -945_000, 2026: -992_250, 2027: -1_041_863 })
    expect(s.total).toBe(-2_979_113)
  })

  it('leaves a saving recorded but not counted out of every total', () => {
    const s = saving(false)
    expect(byYear(s, 'benefits')).toEqual({ 2024: 0, 2025: 0, 2026: 0, 2027: 0 })
    expect(s.total).toBe(0)
  })
})

describe('ties in P(A < B): a draw where the two cost the same counts for neither', () => {
  // Users drawn from the triangle 1–1–2 and rounded to whole users (rule S6): P(draw < 1.5) =
  // 1 − (2 − 1.5)² / ((2 − 1)(2 − 1)) = 0.75, so 1 user in 75 % of draws and 2 in 25 %.
  // A pays 100 kr per user and year, B a flat 100 kr a year: a tie with 1 user, A dearer with 2.
  // So P(A < B) = 0 exactly (a tie is not "less"; counting ties half would give 0.375), and
  // P(B < A) ≈ 0.25.
  const model = parsed(
    buildCase({
      organisation: { groups: [{ id: 'staff', name: 'Personal', users: { low: 1, likely: 1, high: 2 } }] },
      settings: { years: 1 },
      products: [product('per-user', 100), product('flat', 100, { unit: 'year' })],
      scenarios: [
        scenario({ id: 'a', name: 'A', licences: [{ productId: 'per-user', groups: ['staff'] }] }),
        scenario({ id: 'b', name: 'B', licences: [{ productId: 'flat', groups: ['staff'] }] }),
      ],
    }),
  )
  const result = simulate({ model, catalogue: [], draws: 20_000, seed: 7 })

  it('does not count a tie as A below B', () => {
    expect(result.probabilityLess[0]?.[1]).toBe(0)
  })

  it('counts B below A only where A is dearer (about a quarter of the draws)', () => {
    expect(result.probabilityLess[1]?.[0]).toBeGreaterThan(0.24)
    expect(result.probabilityLess[1]?.[0]).toBeLessThan(0.26)
  })
})
