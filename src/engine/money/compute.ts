/**
 * compute(options) → Result: every scenario's lines, yearly totals, present value, licences, warnings
 * and checks. Pure: no Vue, DOM, storage, network or clock. Every money figure of a Result is in whole
 * currency units (each line is rounded in costs.ts), and every total is the sum of its shown parts.
 */
import { forgottenCostChecks, licenceWarnings } from './checks'
import type { CheckResult, LicenceWarning } from './checks'
import { RESULT_CATEGORIES, scenarioLines, usersOf } from './costs'
import type { LineResult, Missing, ResultCategory } from './costs'
import { presentValue, roundMoney } from './finance'
import { priceChangesInHorizon } from '../guidance/priceChanges'
import type { PriceChangeWarning } from '../guidance/priceChanges'
import type { Case, Citation, LocalText, Product, ReferenceRow } from '../model/model'

export interface ComputeOptions {
  model: Case
  /** The shipped catalogue; the case's own products are added to it. */
  catalogue: readonly Product[]
  /** data/reference.json's rows: dated price changes a scenario holds flat are warned of (`price-change-in-horizon`). */
  references?: readonly ReferenceRow[]
}

export interface YearResult {
  year: number
  /** Sum of the year's categories (known parts only when the scenario is incomplete). */
  total: number
  categories: Record<ResultCategory, number>
  /** Categories whose figure this year leaves out an unknown amount (so it is a lower bound). */
  incomplete: ResultCategory[]
}

export interface LicenceSummary {
  productId: string
  name: LocalText
  /** Users paid for in the scenario's first full year (whole users). */
  users: number | null
  pricePerUser: number | null
  annual: number | null
  unit: 'user-year' | 'year'
  isPriceOverridden: boolean
  source?: Citation
}

export type Warning =
  | {
      code: 'stated-total-mismatch'
      message: string
      stated: number
      computed: number
      source: Citation
    }
  | { code: 'outside-horizon'; message: string; line: string; label: LocalText }
  | LicenceWarning
  | PriceChangeWarning

export interface ScenarioResult {
  id: string
  name: LocalText
  /** False when an amount the scenario needs is unknown; `missing` then names it. */
  complete: boolean
  missing: Missing[]
  years: YearResult[]
  /** Nominal sum of every category over all years. */
  total: number
  /** The yearly totals with year t from the start discounted by (1 + rate)^t; equals `total` at 0 %. */
  presentValue: number
  /** Total divided by the sum of the organisation's users over the years; null if a count is unknown or 0. */
  perUserYear: number | null
  /** The year the `licences` summary describes: the first year every licence line is paid. */
  licenceYear: number
  licences: LicenceSummary[]
  warnings: Warning[]
  /** Every line with its raw yearly amounts, for tables and sources. */
  lines: LineResult[]
  /** Forgotten-cost checks: met, answered by a line, marked zero, or flagged. */
  checks: CheckResult[]
  /** When the legal-change event hits this scenario: the year and the figures without it. */
  legalEvent?: { year: number; totalWithout: number; presentValueWithout: number }
}

export interface Result {
  currency: Case['settings']['currency']
  years: number[]
  discountRate: number
  scenarios: ScenarioResult[]
}

export function horizonYears(model: Case): number[] {
  return Array.from({ length: model.settings.years }, (_, t) => model.settings.startYear + t)
}

/** Products by id: the shipped catalogue, then the case's own products. */
export function productIndex(model: Case, catalogue: readonly Product[]): Map<string, Product> {
  const products = new Map(catalogue.map((p) => [p.id, p]))
  for (const own of model.catalogue?.products ?? []) products.set(own.id, own)
  return products
}

function dedupeMissing(missing: Missing[]): Missing[] {
  const seen = new Set<string>()
  return missing.filter((m) => {
    const key = `${m.kind}:${m.ref}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function emptyCategories(): Record<ResultCategory, number> {
  return { licences: 0, training: 0, implementation: 0, operations: 0, exit: 0, benefits: 0 }
}

function textOf(text: LocalText): string {
  return typeof text === 'string' ? text : text.sv
}

/**
 * Years, total and present value of some lines: categories are sums of the lines' whole amounts,
 * totals sums of the categories, and the present value is taken over the shown yearly totals (as a
 * spreadsheet would).
 */
function summarise(counted: readonly LineResult[], years: readonly number[], rate: number) {
  const yearResults = years.map((year, t): YearResult => {
    const categories = emptyCategories()
    for (const line of counted) categories[line.category] += line.amounts[t] ?? 0
    const total = RESULT_CATEGORIES.reduce((sum, c) => sum + categories[c], 0)
    const incomplete = RESULT_CATEGORIES.filter((c) => counted.some((l) => l.category === c && l.amounts[t] === null))
    return { year, total, categories, incomplete }
  })
  return {
    years: yearResults,
    total: yearResults.reduce((sum, y) => sum + y.total, 0),
    presentValue: roundMoney(presentValue(yearResults.map((y) => y.total), rate)),
  }
}

function legalEventOf(model: Case, counted: readonly LineResult[], years: readonly number[]): Pick<ScenarioResult, 'legalEvent'> {
  const year = model.settings.legalChangeYear
  if (year === undefined || !counted.some((l) => l.kind === 'legal-exit')) return {}
  const without = summarise(counted.filter((l) => l.kind !== 'legal-exit'), years, model.settings.discountRate)
  return { legalEvent: { year, totalWithout: without.total, presentValueWithout: without.presentValue } }
}

export function compute(options: ComputeOptions): Result {
  const { model, catalogue } = options
  const years = horizonYears(model)
  const products = productIndex(model, catalogue)
  const ctx = { model, products, years }
  const orgUsers = years.map((year) => usersOf(model, undefined, year))

  const scenarios = model.scenarios.map((scenario): ScenarioResult => {
    const lines = scenarioLines(ctx, scenario)
    const counted = lines.filter((l) => l.isCounted)
    const missing = dedupeMissing(counted.flatMap((l) => l.missing))

    const summary = summarise(counted, years, model.settings.discountRate)
    const yearResults = summary.years
    const total = summary.total
    const userYears = orgUsers.every((u) => u !== null) ? orgUsers.reduce<number>((s, u) => s + (u ?? 0), 0) : 0

    const licenceLinesOnly = lines.filter((l) => l.kind === 'licence')
    const fullIndex = years.findIndex((_, t) => licenceLinesOnly.every((l) => l.active[t]))
    const licenceIndex = fullIndex === -1 ? 0 : fullIndex
    const licences = licenceLinesOnly.map((l): LicenceSummary => {
      const y = l.licenceYears?.[licenceIndex]
      const amount = l.amounts[licenceIndex] ?? null
      return {
        productId: l.productId ?? '',
        name: l.label,
        users: y?.users ?? null,
        pricePerUser: y?.unitPrice ?? null,
        annual: amount,
        unit: l.pricingUnit ?? 'user-year',
        isPriceOverridden: l.isPriceOverridden ?? false,
        ...(l.source ? { source: l.source } : {}),
      }
    })

    const warnings: Warning[] = []
    for (const stated of scenario.statedTotals ?? []) {
      const covered = stated.products ? licences.filter((l) => stated.products?.includes(l.productId)) : licences
      if (covered.some((l) => l.annual === null)) continue
      const computed = covered.reduce((sum, l) => sum + (l.annual ?? 0), 0)
      if (computed !== stated.stated) {
        warnings.push({
          code: 'stated-total-mismatch',
          message: `The source states ${stated.stated} a year for the licences of "${textOf(scenario.name)}", but its own lines add up to ${computed} (a difference of ${stated.stated - computed}).`,
          stated: stated.stated,
          computed,
          source: stated.source,
        })
      }
    }
    for (const line of lines) {
      if (!line.active.some(Boolean)) {
        warnings.push({
          code: 'outside-horizon',
          message: `"${textOf(line.label)}" falls outside ${years[0]}–${years[years.length - 1]} and is not counted.`,
          line: line.key,
          label: line.label,
        })
      }
    }

    const checks = forgottenCostChecks(ctx, scenario, lines)
    warnings.push(...licenceWarnings(ctx, scenario, checks))
    if (options.references) warnings.push(...priceChangesInHorizon(model, products, scenario, options.references))

    return {
      id: scenario.id,
      name: scenario.name,
      complete: missing.length === 0,
      missing,
      years: yearResults,
      total,
      // Discounts the shown (rounded) yearly totals, so that at 0 % it equals `total` and a spreadsheet
      // that discounts the shown years (first + NPV(rate; rest)) gets the same figure.
      presentValue: summary.presentValue,
      perUserYear: userYears > 0 ? roundMoney(total / userYears) : null,
      licenceYear: years[licenceIndex] ?? model.settings.startYear,
      licences,
      warnings,
      lines,
      checks,
      ...legalEventOf(model, counted, years),
    }
  })

  return { currency: model.settings.currency, years, discountRate: model.settings.discountRate, scenarios }
}
