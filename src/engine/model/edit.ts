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
  const shiftKeys = <V>(record: Record<string, V> | undefined) =>
    record === undefined ? undefined : Object.fromEntries(Object.entries(record).map(([y, v]) => [String(Number(y) + delta), v]))
  return {
    ...model,
    settings: without({
      ...model.settings,
      startYear: model.settings.startYear + delta,
      legalChangeYear: at(model.settings.legalChangeYear),
    }),
    organisation: {
      ...model.organisation,
      groups: model.organisation.groups.map((g) => without({ ...g, usersByYear: shiftKeys(g.usersByYear) })),
    },
    scenarios: model.scenarios.map((s) => ({
      ...s,
      licences: s.licences.map((l) => without({ ...l, from: at(l.from), to: at(l.to), shareByYear: shiftKeys(l.shareByYear) })),
      costs: s.costs.map((c) => without({ ...c, year: at(c.year), from: at(c.from), to: at(c.to) })),
      training: s.training.map((t) => ({ ...t, year: t.year + delta })),
      benefits: s.benefits.map((b) => without({ ...b, from: b.from + delta, to: at(b.to) })),
    })),
  }
}

/**
 * Removes a user group and every reference to it. A line that named only that group is removed too,
 * since an empty group list would otherwise mean every user.
 */
export function removeGroup(model: Case, groupId: string): Case {
  const drop = (ids: string[] | undefined) => ids?.filter((g) => g !== groupId)
  return {
    ...model,
    organisation: { ...model.organisation, groups: model.organisation.groups.filter((g) => g.id !== groupId) },
    scenarios: model.scenarios.map((s) => ({
      ...s,
      licences: s.licences
        .filter((l) => l.users !== undefined || (drop(l.groups)?.length ?? 0) > 0)
        .map((l) => (l.groups ? { ...l, groups: drop(l.groups) } : l)),
      training: s.training
        .filter((t) => t.groups === undefined || t.groups.length === 0 || (drop(t.groups)?.length ?? 0) > 0)
        .map((t) => (t.groups ? { ...t, groups: drop(t.groups) } : t)),
      costs: s.costs
        .filter((c) => c.perUserOf === undefined || c.perUserOf.length === 0 || (drop(c.perUserOf)?.length ?? 0) > 0)
        .map((c) => (c.perUserOf ? { ...c, perUserOf: drop(c.perUserOf) } : c)),
    })),
  }
}
