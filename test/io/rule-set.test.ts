/**
 * One rule set for money (src/engine/money/rules.ts, docs/decisions/0016): the figures (compute), the
 * compiled plan of the simulation and the workbook's formulas all read the same rules. Here one rule of a
 * fixture rule set is edited — savings are counted at half their amount — and all three follow, with no
 * other change: compute's figures, a draw of the plan, and the workbook as LibreOffice recalculates it.
 */
import { describe, expect, it, vi } from 'vitest'
import type * as Rules from '~/engine/money/rules'

/** The edit: a counted saving counts half its escalated amount (round(−amount × ½ × (1 + e)^t)). */
vi.mock('~/engine/money/rules', async (importOriginal) => {
  const actual = await importOriginal<typeof Rules>()
  const halfSavings: Rules.RuleSet['benefits'] = (ctx, scenario) =>
    actual.MONEY_RULES.benefits(ctx, scenario).map((line) => ({
      ...line,
      years: line.years.map((rule) =>
        rule && rule.amount.op === 'round' ? { ...rule, amount: actual.round(actual.mul(rule.amount.x, actual.constant(0.5))) } : rule,
      ),
    }))
  const fixture: Rules.RuleSet = { ...actual.MONEY_RULES, benefits: halfSavings }
  return { ...actual, scenarioRules: (ctx: Rules.RuleContext, scenario: Parameters<typeof actual.scenarioRules>[1]) => actual.scenarioRules(ctx, scenario, fixture) }
})

// The test set-up has loaded the engine with the app's rules already: load it anew, with the fixture's.
vi.resetModules()
const { compute, loadValidator } = await import('~/engine')
await loadValidator()
const { compilePlan } = await import('~/engine/money/plan')
const { buildWorkbook, toXlsx } = await import('~/io/xlsx')
const { createAppI18n } = await import('~/i18n')
const { messages: exportsMessages } = await import('~/i18n/exports')
const { messages: workbenchMessages } = await import('~/i18n/workbench')
const { buildCase, parsed, scenario } = await import('../fixtures/cases')
const { recalculate, requireSoffice } = await import('./spreadsheet')

// 100 staff, 2024–2026 at 0 % escalation. Licences none; a recurring cost of 10 000 a year; a counted
// saving of 40 000 a year (a range 20 000 … 60 000, so the simulation draws it).
//   As the app counts it:       10 000 − 40 000 = −30 000 a year, −90 000 in all.
//   With the edited rule (½):   10 000 − 20 000 = −10 000 a year, −30 000 in all.
const model = parsed(
  buildCase({
    settings: { years: 3 },
    scenarios: [
      scenario({
        id: 'only', name: 'Enda',
        costs: [{ label: 'Drift', category: 'operations', kind: 'recurring', amount: 10_000 }],
        benefits: [{ label: 'Besparing', amount: { low: 20_000, likely: 40_000, high: 60_000 }, from: 2024, counted: true }],
      }),
    ],
  }),
)

describe('an edited rule in a fixture rule set reaches the figures, the plan and the workbook together', () => {
  const result = compute({ model, catalogue: [] })

  it('the figures: −10 000 a year, −30 000 in all', () => {
    expect(result.scenarios[0]?.years.map((y) => y.total)).toEqual([-10_000, -10_000, -10_000])
    expect(result.scenarios[0]?.total).toBe(-30_000)
  })

  it('the plan: a draw of the saving at 60 000 gives 10 000 − 30 000 = −20 000 a year', () => {
    const plan = compilePlan(model, [], (slot) => slot.key.startsWith('benefit-amount'))
    expect(plan.variables).toHaveLength(1)
    const out = plan.scenarioIds.map(() => plan.years.map(() => new Float64Array(2)))
    plan.evaluate([Float64Array.of(40_000, 60_000)], 2, out)
    expect(out[0]?.map((year) => year[0])).toEqual([-10_000, -10_000, -10_000])
    expect(out[0]?.map((year) => year[1])).toEqual([-20_000, -20_000, -20_000])
  })

  it('the workbook: LibreOffice recalculates −30 000 from the formulas', async () => {
    requireSoffice()
    const i18n = createAppI18n('sv', exportsMessages, workbenchMessages)
    const input = {
      model, result, catalogue: [], sources: [], t: (key: string, params?: Record<string, unknown>) => i18n.global.t(key, params ?? {}),
      locale: 'sv' as const, now: new Date('2026-03-04T09:30:00Z'), appVersion: '0.0.0', cachedResults: false,
    }
    const { layout } = await buildWorkbook(input)
    const sheets = await recalculate(await toXlsx(input))
    const place = layout.names.get('total_only')
    const match = /^([A-Z]+)(\d+)$/.exec(place?.cell ?? '')
    const col = (match?.[1] ?? 'A').charCodeAt(0) - 64
    expect(Number(sheets.get(place?.sheet ?? '')?.[Number(match?.[2]) - 1]?.[col - 1])).toBe(-30_000)
  }, 120_000)
})
