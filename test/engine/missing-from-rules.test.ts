/**
 * What a line misses is read from its rules (src/engine/money/costs.ts `missingOf`): a rule that reads a
 * new input which the case leaves unknown makes the line incomplete and names it, with the data's reason,
 * with no change to costs.ts. Here a fixture rule set multiplies a cost by an uplift the case does not know.
 */
import { describe, expect, it, vi } from 'vitest'
import type * as Rules from '~/engine/money/rules'

const UPLIFT = { value: null, reason: { sv: 'påslaget är inte beslutat', en: 'the uplift is not decided' } }

vi.mock('~/engine/money/rules', async (importOriginal) => {
  const actual = await importOriginal<typeof Rules>()
  const withUplift: Rules.RuleSet['costs'] = (ctx, scenario) =>
    actual.MONEY_RULES.costs(ctx, scenario).map((line) => ({
      ...line,
      years: line.years.map((rule) =>
        rule && rule.amount.op === 'round' ? { ...rule, amount: actual.round(actual.mul(rule.amount.x, actual.input('cost-uplift', UPLIFT))) } : rule,
      ),
    }))
  const fixture: Rules.RuleSet = { ...actual.MONEY_RULES, costs: withUplift }
  return { ...actual, scenarioRules: (ctx: Rules.RuleContext, scenario: Parameters<typeof actual.scenarioRules>[1]) => actual.scenarioRules(ctx, scenario, fixture) }
})

vi.resetModules()
const { compute, loadValidator } = await import('~/engine')
await loadValidator()
const { buildCase, parsed, scenario } = await import('../fixtures/cases')

const model = parsed(
  buildCase({
    settings: { years: 3 },
    scenarios: [
      scenario({
        id: 'only', name: 'Enda',
        costs: [{ label: 'Drift', category: 'operations', kind: 'recurring', amount: 10_000 }],
        benefits: [{ label: 'Besparing', amount: 4_000, from: 2024, counted: true }],
      }),
    ],
  }),
)

describe('a new unknown input in a rule is named as missing without a word in costs.ts', () => {
  const result = compute({ model, catalogue: [] })
  const only = result.scenarios[0]

  it('the cost line is unknown in every year and names the uplift once, with the data’s reason', () => {
    const line = only?.lines.find((l) => l.key === 'cost:0')
    expect(line?.amounts).toEqual([null, null, null])
    expect(line?.missing).toEqual([{ kind: 'amount', ref: 'cost:0', label: 'Drift', reason: UPLIFT.reason }])
  })

  it('the scenario is incomplete; the saving, which the rule leaves alone, stays known', () => {
    expect(only?.complete).toBe(false)
    expect(only?.lines.find((l) => l.key === 'benefit:0')?.amounts).toEqual([-4_000, -4_000, -4_000])
    expect(only?.missing.map((m) => m.ref)).toEqual(['cost:0'])
  })
})
