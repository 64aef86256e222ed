/**
 * Exit plans. Göteborg's guideline requires an exit strategy when IT is acquired, and finds that
 * Microsoft 365 lacks one; a scenario without an exit plan (scenario.exitPlan) is therefore flagged.
 */
import type { Amount, Citation, Scenario } from '../model/model'

/** Göteborgs Stad, Intraservice (2023), section Utträdesstrategi. */
export const EXIT_STRATEGY_REQUIREMENT: Citation = {
  source: 'goteborg-intraservice-2023',
  locator: 'Utträdesstrategi',
  quote:
    'I enlighet med Stadens riktlinjer för informationssäkerhet ska nämnder och bolag säkerställa att en avvecklings eller utträdesstrategi upprättas redan i samband med anskaffande av IT-stöd.',
}

export interface ExitFlag {
  scenarioId: string
  /** True when the scenario carries no exit plan. */
  isFlagged: boolean
  /** The exit plan's cost, when there is one (currency units; may be a range or unknown). */
  amount?: Amount
  /** The requirement the flag rests on. */
  requirement: Citation
}

export function exitPlanFlag(scenario: Scenario): ExitFlag {
  return {
    scenarioId: scenario.id,
    isFlagged: scenario.exitPlan === undefined,
    ...(scenario.exitPlan ? { amount: scenario.exitPlan.amount } : {}),
    requirement: EXIT_STRATEGY_REQUIREMENT,
  }
}
