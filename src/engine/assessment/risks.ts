/**
 * The DPIA risk register of a scenario, in the form of Eskilstuna's DPIA (5.3.2 Riskdokumentation,
 * Bilaga C): each risk has a likelihood and a consequence from 1 (negligible) to 4 (very serious);
 * its score is likelihood × consequence, 1 to 16.
 *
 * Levels are bands of the score. The DPIA names no bands, so these are Vägval's choice, made so that
 * every cell of the 4 × 4 matrix has one level and the level rises with both axes:
 *
 *     low 1–3.99 · medium 4–7.99 · high 8–11.99 · very high 12–16
 *
 * Eskilstuna's nine risks (highest score 3) are all low, as its DPIA finds no remaining high risk.
 */
import type { Risk } from '../model/model'

export type RiskLevel = 'low' | 'medium' | 'high' | 'very-high'

/** The lowest score of each level, lowest level first. */
export const RISK_BANDS: readonly { level: RiskLevel; from: number }[] = [
  { level: 'low', from: 1 },
  { level: 'medium', from: 4 },
  { level: 'high', from: 8 },
  { level: 'very-high', from: 12 },
]

/** The scale of both axes: 1 negligible, 2 moderate/limited, 3 significant, 4 very serious/maximal. */
export const RISK_SCALE = [1, 2, 3, 4] as const

/** Score of a risk: likelihood × consequence (1–16; a likelihood of 1.5 gives halves). */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'consequence'>): number {
  return risk.likelihood * risk.consequence
}

export function riskLevel(score: number): RiskLevel {
  let level: RiskLevel = 'low'
  for (const band of RISK_BANDS) if (score >= band.from) level = band.level
  return level
}

/** The matrix cell a value falls in: a value between two steps goes to the higher one (1.5 → 2), to err on the safe side. */
export function matrixStep(value: number): number {
  return Math.min(4, Math.max(1, Math.ceil(value)))
}

export interface AssessedRisk {
  risk: Risk
  score: number
  level: RiskLevel
  /** The matrix cell it is drawn in. */
  row: number
  column: number
}

export interface RiskCell {
  likelihood: number
  consequence: number
  /** Level of the cell's own score (likelihood × consequence). */
  level: RiskLevel
  /** Ids of the risks drawn in this cell. */
  riskIds: string[]
  /**
   * The highest level of the risks drawn here, which is what the cell shows when it holds risks: a
   * risk drawn in a higher step (1.5 → 2) keeps its own, lower level.
   */
  risksLevel: RiskLevel | undefined
}

export interface RiskRegister {
  /**
   * False when the scenario has no risk register (no risks recorded): then nothing is known of its
   * risks, which is not the same as "no risk", and `highest` is undefined.
   */
  hasRegister: boolean
  risks: AssessedRisk[]
  /** The risk with the highest score (the first of equals); undefined for an empty register. */
  highest: AssessedRisk | undefined
  /** Rows by likelihood from 4 (top) to 1, columns by consequence from 1 to 4. */
  matrix: RiskCell[][]
}

/** The register of a scenario's risks; `undefined` (no register) and an empty list both have `hasRegister` false. */
export function assessRisks(risks: readonly Risk[] | undefined): RiskRegister {
  const assessed = (risks ?? []).map((risk): AssessedRisk => {
    const score = riskScore(risk)
    return { risk, score, level: riskLevel(score), row: matrixStep(risk.likelihood), column: matrixStep(risk.consequence) }
  })
  const highest = assessed.reduce<AssessedRisk | undefined>((top, r) => (top === undefined || r.score > top.score ? r : top), undefined)
  const matrix = [...RISK_SCALE].reverse().map((likelihood) =>
    RISK_SCALE.map((consequence): RiskCell => {
      const here = assessed.filter((r) => r.row === likelihood && r.column === consequence)
      const top = here.reduce<number | undefined>((max, r) => (max === undefined || r.score > max ? r.score : max), undefined)
      return {
        likelihood,
        consequence,
        level: riskLevel(likelihood * consequence),
        riskIds: here.map((r) => r.risk.id),
        risksLevel: top === undefined ? undefined : riskLevel(top),
      }
    }),
  )
  return { hasRegister: assessed.length > 0, risks: assessed, highest, matrix }
}
