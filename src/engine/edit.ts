/** Pure changes to a case that are not money arithmetic: the store applies them to its draft. */
import type { Case } from './model'

/**
 * Moves every dated line of a case by `delta` years, so that changing the start year moves the
 * whole plan with it (implementation in the first year stays in the first year).
 */
export function shiftYears(model: Case, delta: number): Case {
  if (delta === 0) return model
  const at = (y: number | undefined) => (y === undefined ? undefined : y + delta)
  const without = <T extends object>(obj: T): T =>
    Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T
  return {
    ...model,
    settings: { ...model.settings, startYear: model.settings.startYear + delta },
    organisation: {
      ...model.organisation,
      groups: model.organisation.groups.map((g) =>
        g.usersByYear
          ? {
              ...g,
              usersByYear: Object.fromEntries(Object.entries(g.usersByYear).map(([y, n]) => [String(Number(y) + delta), n])),
            }
          : g,
      ),
    },
    scenarios: model.scenarios.map((s) => ({
      ...s,
      licences: s.licences.map((l) => without({ ...l, from: at(l.from), to: at(l.to) })),
      costs: s.costs.map((c) => without({ ...c, year: at(c.year), from: at(c.from), to: at(c.to) })),
      training: s.training.map((t) => ({ ...t, year: t.year + delta })),
      benefits: s.benefits.map((b) => without({ ...b, from: b.from + delta, to: at(b.to) })),
    })),
  }
}
