/**
 * Benchmarks of the engine (`npm run bench`; not part of `npm test`): the deterministic compute of the
 * shipped case, and 10 000 simulated draws of it over 10 years. Targets (issue 5): compute under
 * 1 ms; 10 000 draws under 300 ms. Two heavier variants show what a run costs when more inputs are
 * ranged. Figures measured on the project's machine are in docs/performance.md.
 */
import { bench, describe } from 'vitest'
import { compute, simulate, tornado } from '~/engine'
import type { Case, Range } from '~/engine'
import { loadCatalogue, loadPreset } from '../fixtures/cases'

const catalogue = loadCatalogue()
const shipped = loadPreset()

/** The shipped case over 10 years (its own ranges: on-prem's "över 10 miljoner"). */
function tenYears(): Case {
  const model = loadPreset()
  model.settings.years = 10
  return model
}

/** …with the cited escalation defaults on: the SaaS index as the general rate, Microsoft's list-price pace for E3, F3, A3. */
function withEscalation(): Case {
  const model = tenYears()
  const microsoft: Range = { low: 0.019, likely: 0.047, high: 0.062 }
  model.settings.escalation = {
    general: { low: 0.11, likely: 0.12, high: 0.13 },
    byProduct: { 'm365-e3': microsoft, 'm365-f3': microsoft, 'm365-a3': microsoft },
  }
  return model
}

/** …and every user count, the hourly cost and the training hours ranged ± 20 % too. */
function everythingRanged(): Case {
  const model = withEscalation()
  const spread = (v: number, isWhole = false): Range => ({
    low: isWhole ? Math.round(v * 0.8) : v * 0.8,
    likely: v,
    high: isWhole ? Math.round(v * 1.2) : v * 1.2,
  })
  for (const group of model.organisation.groups) group.users = spread(group.users as number, true)
  model.organisation.hourlyCost = spread(300)
  for (const s of model.scenarios) for (const line of s.training) line.hoursPerUser = spread(2)
  return model
}

describe('compute', () => {
  bench('compute: the shipped case (5 years, 5 scenarios)', () => {
    compute({ model: shipped, catalogue })
  })
})

describe('simulate: 10 000 draws over 10 years', () => {
  const options = { time: 1000, iterations: 5, warmupIterations: 2 }
  const asShipped = tenYears()
  const escalated = withEscalation()
  const ranged = everythingRanged()
  bench('the shipped case (its own range: 1 input)', () => {
    simulate({ model: asShipped, catalogue, draws: 10_000, seed: 1 })
  }, options)
  bench('with the cited escalation defaults on (5 inputs)', () => {
    simulate({ model: escalated, catalogue, draws: 10_000, seed: 1 })
  }, options)
  bench('with escalation and users, hourly cost and training hours ranged (13 inputs)', () => {
    simulate({ model: ranged, catalogue, draws: 10_000, seed: 1 })
  }, options)
})

describe('tornado', () => {
  bench('tornado: M365 against Nextcloud, the shipped case', () => {
    tornado({ model: shipped, catalogue, a: 'm365', b: 'nextcloud' })
  })
})
