/** The DPIA risk register (src/engine/assessment/risks.ts) and the exit-plan flag (src/engine/assessment/exit.ts). */
import { describe, expect, it } from 'vitest'
import { assessRisks, EXIT_STRATEGY_REQUIREMENT, exitPlanFlag, riskLevel, riskScore, sourcesFileSchema } from '~/engine'
import type { RiskLevel } from '~/engine'
import { loadPreset, readJson, scenario } from '../fixtures/cases'

const m365 = loadPreset().scenarios.find((s) => s.id === 'm365')

describe('Eskilstuna’s DPIA register on the M365 scenario (5.3.2 Riskdokumentation)', () => {
  const register = assessRisks(m365?.risks ?? [])

  it('reproduces the risk values R1–R9: 1.5×2, 1×1, 1×1, 1×3, 1×1, 1×1, 1×3, 1×2, 1×2', () => {
    expect(register.risks.map((r) => [r.risk.id, r.score])).toEqual([
      ['R1', 3], ['R2', 1], ['R3', 1], ['R4', 3], ['R5', 1], ['R6', 1], ['R7', 3], ['R8', 2], ['R9', 2],
    ])
  })

  it('finds every risk low, as the DPIA finds no remaining high risk; the highest is R1 (first of the 3s)', () => {
    expect(new Set(register.risks.map((r) => r.level))).toEqual(new Set(['low']))
    expect(register.highest?.risk.id).toBe('R1')
  })

  it('draws the matrix with likelihood 4 on top and R1’s 1.5 in row 2', () => {
    const cell = (l: number, c: number) => register.matrix.flat().find((x) => x.likelihood === l && x.consequence === c)?.riskIds
    expect(register.matrix.map((row) => row[0]?.likelihood)).toEqual([4, 3, 2, 1])
    expect(register.matrix[0]?.map((c) => c.consequence)).toEqual([1, 2, 3, 4])
    expect(cell(2, 2)).toEqual(['R1'])
    // Drawn in the cell of 2 × 2 = 4 (medium), R1 keeps its own level: 1.5 × 2 = 3, low.
    expect(register.matrix.flat().find((x) => x.likelihood === 2 && x.consequence === 2)).toMatchObject({ level: 'medium', risksLevel: 'low' })
    expect(cell(1, 1)).toEqual(['R2', 'R3', 'R5', 'R6'])
    expect(cell(1, 2)).toEqual(['R8', 'R9'])
    expect(cell(1, 3)).toEqual(['R4', 'R7'])
    expect(register.matrix.flat().reduce((n, c) => n + c.riskIds.length, 0)).toBe(9)
  })
})

describe('risk levels', () => {
  it.each<[number, RiskLevel]>([
    [1, 'low'], [3, 'low'], [3.99, 'low'], [4, 'medium'], [7.5, 'medium'], [8, 'high'], [9, 'high'], [12, 'very-high'], [16, 'very-high'],
  ])('a score of %s is %s', (score, level) => {
    expect(riskLevel(score)).toBe(level)
  })

  it('scores likelihood × consequence', () => {
    expect(riskScore({ likelihood: 4, consequence: 3 })).toBe(12)
    expect(assessRisks([{ id: 'X', label: 'x', likelihood: 4, consequence: 4 }]).matrix[0]?.[3]).toMatchObject({ riskIds: ['X'], level: 'very-high' })
  })

  it('has an empty register for a scenario without risks, and says there is none (not "no risk")', () => {
    for (const none of [assessRisks([]), assessRisks(undefined)]) {
      expect(none.hasRegister).toBe(false)
      expect(none.highest).toBeUndefined()
      expect(none.matrix.flat()).toHaveLength(16)
    }
    expect(assessRisks([{ id: 'X', label: 'x', likelihood: 1, consequence: 1 }]).hasRegister).toBe(true)
  })
})

describe('the exit-plan flag', () => {
  it('flags every shipped scenario, since no source gives an exit-plan cost', () => {
    expect(loadPreset().scenarios.map((s) => exitPlanFlag(s).isFlagged)).toEqual([true, true, true, true, true])
  })

  it('does not flag a scenario with an exit plan, and cites Göteborg’s requirement', () => {
    const flag = exitPlanFlag(scenario({ exitPlan: { amount: 2_000_000 } }))
    expect(flag).toMatchObject({ isFlagged: false, amount: 2_000_000 })
    expect(flag.requirement.quote).toContain('utträdesstrategi upprättas redan i samband med anskaffande av IT-stöd')
    const sources = sourcesFileSchema.parse(readJson('data/sources.json')).sources
    expect(sources.map((s) => s.id)).toContain(EXIT_STRATEGY_REQUIREMENT.source)
  })
})
