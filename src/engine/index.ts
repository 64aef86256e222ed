/**
 * The engine's public face: it only re-exports. Outside the engine, import from here (`~/engine`);
 * inside it, import from the module that defines a name, never from this file.
 */
export { compute, horizonYears, productIndex } from './compute'
export type { ComputeOptions, LicenceSummary, Result, ScenarioResult, Warning, YearResult } from './compute'
export type { LineResult, Missing, ResultCategory } from './costs'
export type { CheckResult, CheckStatus } from './checks'
export { CHECK_IDS } from './checks'
export { RESULT_CATEGORIES } from './costs'
export { likelyValue, isUnknown, isRange } from './amount'
export { roundMoney, presentValue } from './finance'
export { LIMITS } from './limits'
export { shiftYears, removeGroup } from './edit'
export { emptyCase, emptyScenario, scenarioFromTemplate, uniqueId } from './templates'
export type { ScenarioTemplate } from './templates'
export * from './model'
export { formatPath, MAX_FILE_CHARS } from './fault'
export { isValidatorLoaded, loadValidator, parseCase, parseCaseText } from './validator'
export type { Fault, ParseResult } from './fault'
// Needs coverage, exposure to third-country law, risk register and exit plans.
export { NEED_LEVELS, NEED_WEIGHTS, LEVEL_VALUES, statusOf, productClaims, claimOf, bestLevel, needLevelOf, needIds, scenarioCoverage, coverageOf } from './coverage'
export type { NeedStatus, ProductClaim, NeedCoverage, MustSummary, ScenarioCoverage, ScenarioCost, CoverageOptions } from './coverage'
export { effectiveHosting, isThirdCountryExposed, thirdCountryStatus, informationLevels, scenarioExposure, exposureOf } from './exposure'
export type { ThirdCountryStatus, ServiceExposure, ScenarioExposure } from './exposure'
export { RISK_BANDS, RISK_SCALE, riskScore, riskLevel, matrixStep, assessRisks } from './risks'
export type { RiskLevel, AssessedRisk, RiskCell, RiskRegister } from './risks'
export { EXIT_STRATEGY_REQUIREMENT, exitPlanFlag } from './exit'
export type { ExitFlag } from './exit'

// Finance-grade figures: simulation, sensitivity, what-if and the inputs they share.
export { createSimulation, simulate, mulberry32, triangular, percentile } from './simulate'
export type { Band, DrawnInput, ScenarioBands, SimulateOptions, Simulation, SimulationResult, YearBand } from './simulate'
export { breakEven, tornado, DEFAULT_SPREAD, RATE_SPREAD } from './sensitivity'
export type { BreakEven, Measure, Tornado, TornadoOptions, TornadoRow } from './sensitivity'
export { applyWhatIf, isWhatIfActive } from './whatif'
export type { CaseWithCatalogue, WhatIf } from './whatif'
export { asRange, findSlot, inputKey, inputSlots, isWideRange, slotValue, usedProductIds, writeInput } from './inputs'
export type { InputKind, InputRef, InputSlot, InputValue } from './inputs'
