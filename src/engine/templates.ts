/** Starting points: an empty case and scenario templates. Pure; ids are made unique against the case. */
import type { Case, LicenceLine, Scenario } from './model'

export type ScenarioTemplate = 'empty' | 'm365' | 'on-prem' | 'eu-hybrid' | 'single'

/** A lower-case id from a name, unique among `taken` (`nytt-scenario`, `nytt-scenario-2`, …). */
export function uniqueId(name: string, taken: Iterable<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'id'
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

/** A case to build from: one user group and one empty scenario, starting `startYear`, in SEK. */
export function emptyCase(options: {
  name: string
  groupName: string
  scenarioName: string
  startYear: number
  /** Why the hourly cost is unknown, in the user's language (the engine knows no locale). */
  unknownReason?: string
}): Case {
  return {
    schemaVersion: 1,
    name: options.name,
    organisation: {
      name: options.name,
      groups: [{ id: uniqueId(options.groupName, []), name: options.groupName, users: 0 }],
      hourlyCost: { value: null, reason: options.unknownReason ?? 'not yet entered' },
    },
    settings: { startYear: options.startYear, years: 5, currency: 'SEK', discountRate: 0 },
    scenarios: [emptyScenario(options.scenarioName, [])],
  }
}

export function emptyScenario(name: string, takenIds: Iterable<string>): Scenario {
  return { id: uniqueId(name, takenIds), name, licences: [], costs: [], training: [], benefits: [] }
}

const allGroups = (model: Case) => model.organisation.groups.map((g) => g.id)

/**
 * A scenario from a template. `productId` names the product of a single-product scenario. The
 * templates assign products to every user group; the user refines the mix afterwards.
 */
export function scenarioFromTemplate(model: Case, template: ScenarioTemplate, name: string, productId?: string): Scenario {
  const scenario = emptyScenario(name, model.scenarios.map((s) => s.id))
  const groups = allGroups(model)
  const line = (id: string, extra: Partial<LicenceLine> = {}): LicenceLine => ({ productId: id, groups, ...extra })
  switch (template) {
    case 'empty':
      return scenario
    case 'm365':
      return { ...scenario, licences: [line('m365-e3')] }
    case 'on-prem':
      return { ...scenario, licences: [line('m365-e3', { hosting: 'own-servers' })] }
    case 'eu-hybrid':
      return {
        ...scenario,
        licences: [line('nextcloud'), line('rocket-chat'), line('jitsi-meet'), line('screen9')],
      }
    case 'single':
      return { ...scenario, licences: productId ? [line(productId)] : [] }
  }
}
