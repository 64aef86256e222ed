/**
 * Starting points: scenario templates that fit the user groups, and a whole case from the guided
 * start's answers. Pure; ids are made unique against the case. The engine knows no locale, so every
 * text a template writes (names, labels, reasons) comes from the caller.
 */
import type { Case, GroupKind, LicenceLine, LocalText, Scenario, UserGroup } from '../model/model'

/**
 * The templates of a whole path, offered by the guided start and the scenario list alike: the shipped
 * paths, and today's beyond the documents (openDesk's two editions, Nextcloud Enterprise by tier with Talk).
 */
export const PATH_TEMPLATES = [
  'm365',
  'on-prem',
  'nextcloud',
  'webex',
  'eu-hybrid',
  'opendesk-ce',
  'opendesk-ee',
  'nextcloud-standard',
  'nextcloud-premium',
  'nextcloud-ultimate',
] as const
export type PathTemplate = (typeof PATH_TEMPLATES)[number]
export type ScenarioTemplate = 'empty' | PathTemplate | 'single'

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

const textOf = (text: LocalText) => (typeof text === 'string' ? text : text.sv)

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

export function emptyScenario(name: LocalText, takenIds: Iterable<string>): Scenario {
  return { id: uniqueId(textOf(name), takenIds), name, licences: [], costs: [], training: [], benefits: [] }
}

/**
 * The Microsoft 365 licence each kind of staff gets: E3 for office staff, F3 for frontline staff, A3
 * for education staff. Pupils and other groups have no licence of their own in the catalogue, so a
 * template asks about them rather than guess.
 */
export const SUITE_BY_KIND: Readonly<Partial<Record<GroupKind, string>>> = {
  office: 'm365-e3',
  frontline: 'm365-f3',
  education: 'm365-a3',
}

/** The suites SUITE_BY_KIND hands out, once each: what a group the templates cannot place may be given. */
export const SUITE_PRODUCT_IDS: readonly string[] = [...new Set(Object.values(SUITE_BY_KIND))].filter((id): id is string => id !== undefined)

/** The products of the single-product templates, licensed for every group. */
const SINGLE_PRODUCT: Readonly<Partial<Record<ScenarioTemplate, string>>> = { nextcloud: 'nextcloud', webex: 'webex' }
/** The EU hybrid's own tools, beside the Microsoft products that remain needed (as in the shipped case). */
const EU_HYBRID_TOOLS = ['nextcloud', 'rocket-chat', 'jitsi-meet', 'screen9'] as const

/** openDesk's seven components, each a product of the catalogue whose cost is on the edition's own line. */
export const OPENDESK_COMPONENTS = [
  'opendesk-open-xchange',
  'opendesk-nextcloud',
  'opendesk-collabora',
  'opendesk-element',
  'opendesk-jitsi',
  'opendesk-openproject',
  'opendesk-xwiki',
] as const
/** The products of the templates that license every group with a fixed set: openDesk's editions with their components, Nextcloud Enterprise's tiers with Talk. */
const WHOLE_SETS: Readonly<Partial<Record<ScenarioTemplate, readonly string[]>>> = {
  'opendesk-ce': ['opendesk-ce', ...OPENDESK_COMPONENTS],
  'opendesk-ee': ['opendesk-ee', ...OPENDESK_COMPONENTS],
  'nextcloud-standard': ['nextcloud-enterprise-standard', 'nextcloud-talk'],
  'nextcloud-premium': ['nextcloud-enterprise-premium', 'nextcloud-talk'],
  'nextcloud-ultimate': ['nextcloud-enterprise-ultimate', 'nextcloud-talk'],
}

/**
 * Nextcloud's lower list prices from a number of users up (nextcloud.com/pricing as compiled on
 * 2026-09-26): the guided start gives a case the lower price as its own, cited, when every year of the
 * horizon has at least that many users, since the catalogue's price is the first band's.
 */
const TIER_QUOTE = 'Nextcloud Enterprise Standard / Premium / Ultimate | €71.29 / €104.99 / €204.75 per user/year (100-user minimum; at 200+ users €53.17 / €81.99 / €183.75) | nextcloud.com/pricing, 2026-09-26'
const TALK_QUOTE = 'Nextcloud Talk add-on | €42 per user/year (€31.50 at 250+) | same page'
export const VOLUME_PRICES: Readonly<Record<string, { fromUsers: number; amount: number; quote: string }>> = {
  'nextcloud-enterprise-standard': { fromUsers: 200, amount: 53.17, quote: TIER_QUOTE },
  'nextcloud-enterprise-premium': { fromUsers: 200, amount: 81.99, quote: TIER_QUOTE },
  'nextcloud-enterprise-ultimate': { fromUsers: 200, amount: 183.75, quote: TIER_QUOTE },
  'nextcloud-talk': { fromUsers: 250, amount: 31.5, quote: TALK_QUOTE },
}

/** The product ids a template licenses whatever the groups (empty for the templates that place groups by kind, and for `empty`/`single`). */
export function templateProducts(template: ScenarioTemplate): readonly string[] {
  const single = SINGLE_PRODUCT[template]
  if (single) return [single]
  if (template === 'eu-hybrid') return EU_HYBRID_TOOLS
  return WHOLE_SETS[template] ?? []
}

/** Whether a template licenses each group by its kind (and so asks about groups it cannot place). */
export function isByKind(template: ScenarioTemplate): boolean {
  return template === 'm365' || template === 'on-prem' || template === 'eu-hybrid'
}

/** The groups a template cannot place by their kind; the caller asks which product each one gets. */
export function unplacedGroups(groups: readonly UserGroup[], template: ScenarioTemplate): UserGroup[] {
  if (!isByKind(template)) return []
  return groups.filter((g) => SUITE_BY_KIND[g.kind ?? 'other'] === undefined)
}

export interface TemplateOptions {
  /** The product of a single-product scenario (`single`). */
  productId?: string
  /**
   * Answers for the groups the template cannot place, by group id: a product id, or null to leave
   * the group unlicensed (the unlicensed-group check then says so). A group without an answer is
   * left unlicensed too.
   */
  placements?: Readonly<Record<string, string | null>>
  /** Texts of the lines a template writes, in the caller's language. */
  texts?: TemplateTexts
}

export interface TemplateTexts {
  /** Label of on-prem's line for the higher cost of licences on own servers. */
  onPremIncrease: LocalText
  /** Why that amount is unknown. */
  onPremIncreaseReason: string
  /** Label of openDesk Community Edition's line for running it oneself (absent: the caller writes no such line). */
  selfOperation?: LocalText
  /** Why that amount is unknown. */
  selfOperationReason?: string
}

/** One licence line per product, each naming the groups that get it, in the order of the groups. */
function linesByKind(groups: readonly UserGroup[], placements: Readonly<Record<string, string | null>>, extra: Partial<LicenceLine>): LicenceLine[] {
  const byProduct = new Map<string, string[]>()
  for (const g of groups) {
    const productId = SUITE_BY_KIND[g.kind ?? 'other'] ?? placements[g.id] ?? null
    if (productId === null) continue
    byProduct.set(productId, [...(byProduct.get(productId) ?? []), g.id])
  }
  const order = [...Object.values(SUITE_BY_KIND)]
  const products = [...byProduct.keys()].sort((a, b) => rank(order, a) - rank(order, b))
  return products.map((productId) => ({ productId, groups: byProduct.get(productId) ?? [], ...extra }))
}
const rank = (order: readonly (string | undefined)[], id: string) => (order.includes(id) ? order.indexOf(id) : order.length)

/**
 * A scenario from a template. Microsoft templates license each group by its kind (E3 office, F3
 * frontline, A3 education) and other groups as `placements` answer; Nextcloud and Webex license
 * every group; the EU hybrid adds its four tools for every group beside the Microsoft licences.
 */
export function scenarioFromTemplate(model: Case, template: ScenarioTemplate, name: LocalText, options: TemplateOptions = {}): Scenario {
  const scenario = emptyScenario(name, model.scenarios.map((s) => s.id))
  const groups = model.organisation.groups
  const all = groups.map((g) => g.id)
  const placements = options.placements ?? {}
  const single = (productId: string): LicenceLine => ({ productId, groups: all })
  switch (template) {
    case 'empty':
      return scenario
    case 'm365':
      return { ...scenario, licences: linesByKind(groups, placements, {}) }
    case 'on-prem': {
      const increase = options.texts
        ? [
            {
              label: options.texts.onPremIncrease,
              category: 'licences' as const,
              kind: 'recurring' as const,
              amount: { value: null, reason: options.texts.onPremIncreaseReason },
              source: { source: 'eskilstuna-ks-2022', locator: 'Finansiering' },
            },
          ]
        : []
      return { ...scenario, licences: linesByKind(groups, placements, { hosting: 'own-servers' }), costs: increase }
    }
    case 'nextcloud':
    case 'webex':
      return { ...scenario, licences: [single(SINGLE_PRODUCT[template] ?? template)] }
    case 'eu-hybrid':
      return { ...scenario, licences: [...linesByKind(groups, placements, {}), ...EU_HYBRID_TOOLS.map(single)] }
    case 'opendesk-ce': {
      // The licence is free; running it oneself is not, and no source gives the amount: an unknown line, never 0.
      const texts = options.texts
      const operations =
        texts?.selfOperation && texts.selfOperationReason
          ? [
              {
                label: texts.selfOperation,
                category: 'operations' as const,
                kind: 'recurring' as const,
                amount: { value: null, reason: texts.selfOperationReason },
                source: { source: 'opendesk-pricing-gnulinux', locator: { sv: 'openDesks FAQ, återgiven', en: 'openDesk’s FAQ, as quoted' }, quote: 'kann eigenverantwortlich betrieben werden; Support erfolgt durch die Community.' },
              },
            ]
          : []
      return { ...scenario, licences: templateProducts(template).map((id) => ({ ...single(id), hosting: 'own-servers' as const })), costs: operations }
    }
    case 'opendesk-ee':
      // As the SaaS the FAQ offers public bodies over 500 users (run by a German provider); own servers is the other way.
      return { ...scenario, licences: templateProducts(template).map((id) => ({ ...single(id), hosting: 'eu-provider' as const })) }
    case 'nextcloud-standard':
    case 'nextcloud-premium':
    case 'nextcloud-ultimate':
      return { ...scenario, licences: templateProducts(template).map(single) }
    case 'single':
      return { ...scenario, licences: options.productId ? [single(options.productId)] : [] }
  }
}
