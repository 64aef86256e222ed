/**
 * The words of the decision summary, made from the engine's facts (engine/assessment/decision.ts) in the
 * reader's language. Pure: the words come from the message catalogue through `t`, names and labels
 * through the functions passed in; components only render what these return.
 *
 * Rounding in sentences: millions with one decimal (88,1 mnkr); a lower bound is rounded down, never
 * up; the sum an unknown amount must stay below to change the answer is rounded up, so the sentence
 * stays true. Tables keep full kronor (`differenceCell`).
 */
import { formatMillions, formatMoney } from '~/composables/useFormat'
import type { Rounding } from '~/composables/useFormat'
import type { Case, Currency, DecisionSummary, Difference, Missing, PathSummary, ScenarioExposure } from '~/engine'
import { LOCALE_TAGS } from '~/i18n'
import type { Locale } from '~/i18n'

export type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

export interface TextTools {
  t: Translate
  locale: Locale
  currency: Currency
  scenarioName: (id: string) => string
  featureName: (id: string) => string
  productName: (id: string) => string
  /** "3 mycket känslig"; "okänt" for null. */
  classLabel: (level: number | null) => string
  /** The label of a missing amount in the reader's language. */
  missingLabel: (missing: Missing) => string
  /** A rate as the reader reads it ("3 %"). */
  percent: (fraction: number) => string
}

/** A sum for a sentence: "88,1 mnkr" from a tenth of a million up, whole currency units below. */
export function roundedAmount(value: number, rounding: Rounding, tools: Pick<TextTools, 't' | 'locale' | 'currency'>): string {
  const millions = formatMillions(value, tools.locale, rounding)
  return millions === null ? formatMoney(value, tools.locale, tools.currency) : tools.t(`decision.millions.${tools.currency}`, { amount: millions })
}

/**
 * "a, b och c" / "a, b and c"; items that hold the conjunction or a comma themselves ("stormöten
 * och större informationsmöten", "dokumenthantering och lagring") are joined by semicolons, so the
 * list still reads as its items: with commas, two such items read as three or four.
 */
export function listText(items: readonly string[], locale: Locale): string {
  const format = new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' })
  const conjunction = format.formatToParts(['a', 'b']).find((p) => p.type === 'literal')?.value.trim() ?? ''
  const isAmbiguous = items.some((item) => item.includes(',') || (conjunction !== '' && item.split(/\s+/).includes(conjunction)))
  return isAmbiguous ? items.join('; ') : format.format(items)
}

/** "2023–2027", kept on one line (a word joiner after the dash). */
export function periodText(from: number, to: number): string {
  return from === to ? String(from) : `${from}–\u2060${to}`
}

/** A label inside a sentence: "Stormöten" → "stormöten", but "E-legitimation" stays and "IT" stays. */
export function inSentence(text: string): string {
  const [first = '', second = ''] = text
  return second !== '' && second === second.toLowerCase() && second !== second.toUpperCase() ? first.toLowerCase() + text.slice(1) : text
}

/** "två" for 2 (up to ten as a word), else the digits. */
export function countWord(n: number, t: Translate): string {
  return n >= 1 && n <= 10 ? t(`decision.numberWords.${n}`) : String(n)
}

const MISSING_KEYS: Record<Missing['kind'], string> = {
  price: 'warning.missingPrice',
  amount: 'warning.missingAmount',
  users: 'warning.missingUsers',
  hours: 'warning.missingHours',
  'hourly-cost': 'warning.missingHourlyCost',
  'exchange-rate': 'warning.missingExchangeRate',
  product: 'warning.missingProduct',
  fte: 'warning.missingFte',
  'exit-plan': 'warning.missingExitPlan',
}

/** "pris okänt för Rocket.Chat, Jitsi Meet, Screen 9; belopp okänt för …": what a total leaves out, by kind. */
export function missingItems(missing: readonly Missing[], tools: Pick<TextTools, 't' | 'missingLabel'>): string {
  const byKind = new Map<Missing['kind'], string[]>()
  for (const m of missing) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), tools.missingLabel(m)])
  return [...byKind].map(([kind, names]) => tools.t(MISSING_KEYS[kind], { names: names.join(', ') })).join('; ')
}

/** The figure beside a path's name: "88,1 mnkr", "minst 205,6 mnkr" (rounded down), or "okänd" when nothing above 0 is known. */
export function figureText(path: Pick<PathSummary, 'figure' | 'complete'>, tools: Pick<TextTools, 't' | 'locale' | 'currency'>): string {
  if (path.complete) return roundedAmount(path.figure, 'nearest', tools)
  if (path.figure <= 0) return tools.t('decision.figure.unknown')
  return tools.t('decision.figure.atLeast', { amount: roundedAmount(path.figure, 'down', tools) })
}

/** A difference in a sentence: "0,3 mnkr mindre än Microsoft 365", "minst 117,6 mnkr mer än …", or that it is not known. */
export function differenceClause(d: Difference, base: string, tools: Pick<TextTools, 't' | 'locale' | 'currency'>): string {
  const { t } = tools
  switch (d.kind) {
    case 'baseline':
      return t('decision.sentence.baseline')
    case 'exact': {
      if (d.amount === 0) return t('decision.sentence.same', { base })
      const amount = roundedAmount(Math.abs(d.amount), 'nearest', tools)
      return t(d.amount > 0 ? 'decision.sentence.exactMore' : 'decision.sentence.exactLess', { amount, base })
    }
    case 'at-least':
      if (d.amount === 0) return t(d.direction === 'more' ? 'decision.sentence.atLeastSame' : 'decision.sentence.atMostSame', { base })
      return t(d.direction === 'more' ? 'decision.sentence.atLeastMore' : 'decision.sentence.atLeastLess', {
        amount: roundedAmount(d.amount, 'down', tools),
        base,
      })
    case 'not-known':
      return t('decision.sentence.notKnown', { base })
  }
}

/** A difference in a table, in full currency units: "+39 625 000 kr", "minst 117 600 000 kr mer", "okänt". */
export function differenceCell(d: Difference, tools: Pick<TextTools, 't' | 'locale' | 'currency'>): string {
  const { t } = tools
  const money = (v: number) => formatMoney(v, tools.locale, tools.currency)
  switch (d.kind) {
    case 'baseline':
      return t('decision.table.isBaseline')
    case 'exact':
      return t('decision.table.exact', { sign: d.amount > 0 ? '+' : '', amount: money(d.amount) })
    case 'at-least':
      if (d.amount === 0) return t(d.direction === 'more' ? 'decision.table.atLeastSame' : 'decision.table.atMostSame')
      return t(d.direction === 'more' ? 'decision.table.atLeastMore' : 'decision.table.atLeastLess', { amount: money(d.amount) })
    case 'not-known':
      return t('decision.table.notKnown')
  }
}

export interface PathMark {
  kind: 'incomplete' | 'may-rank-later' | 'must-missing' | 'must-unknown' | 'baseline' | 'unranked'
  text: string
}

export interface PathText {
  id: string
  /** Its place among the paths whose order is known; null when it cannot be ranked yet. */
  rank: number | null
  /** Why it cannot be ranked yet and what is missing, when `rank` is null. */
  unranked: string | undefined
  name: string
  /** The rounded figure beside the name. */
  figure: string
  /** Said next to the figure, so a path that is incomplete or misses a must-have is never read as simply the cheapest. */
  marks: PathMark[]
  /** One generated sentence: its cost, its difference to the baseline, the must-haves it misses. */
  sentence: string
  /** What would have to be known to decide the comparison with the baseline, when it is not known. */
  toDecide: string | undefined
  /** The information it may handle and whether it relies on services under third-country law. */
  protection: string
  /** Its risk register's highest risk, or that it has none. */
  risk: string | undefined
}

export interface SummaryText {
  /** What the case does not assess (needs, third-country policy), said first; undefined when both are set. */
  lead: string | undefined
  /** What the ranking is by, and the baseline. */
  basis: string
  paths: PathText[]
  /** What the figures show, without recommending. */
  conclusion: string[]
  /** What is not known, path by path. */
  unknowns: string[]
}

export interface Horizon {
  from: number
  to: number
  discountRate: number
}

function sentenceOf(path: PathSummary, byId: ReadonlyMap<string, PathSummary>, horizon: Horizon & { measure: DecisionSummary['measure'] }, tools: TextTools): string {
  const { t } = tools
  const name = tools.scenarioName(path.id)
  const span = { period: periodText(horizon.from, horizon.to) }
  const amount = figureText(path, tools)
  const isUnknown = !path.complete && path.figure <= 0
  const cost = isUnknown
    ? t('decision.sentence.costUnknown', { name, ...span })
    : t(horizon.measure === 'presentValue' ? 'decision.sentence.costPresentValue' : 'decision.sentence.costTotal', { name, amount, ...span })

  const parts = [cost]
  const baseline = [...byId.values()].find((p) => p.isBaseline)
  const d = path.difference
  // Nothing of its cost is known: no difference is said, so no figure is compared with an unknown.
  if (d && baseline && !isUnknown) {
    const clause = differenceClause(d, tools.scenarioName(baseline.id), tools)
    parts.push(d.kind === 'baseline' ? ` ${clause}` : `, ${clause}`)
  }
  const missing = path.must?.missing ?? []
  if (missing.length > 0) {
    const needs = listText(missing.map((id) => inSentence(tools.featureName(id))), tools.locale)
    const count = countWord(missing.length, t)
    const but = d?.kind === 'not-known' || isUnknown
    parts.push(`${but ? ' ' : ', '}${t(but ? 'decision.sentence.mustMissingAnd' : 'decision.sentence.mustMissingBut', { count, needs }, missing.length)}`)
  }
  let sentence = `${parts.join('')}.`
  const unknown = path.must?.unknown ?? []
  if (unknown.length > 0) sentence += ` ${t('decision.sentence.mustUnknown', { needs: listText(unknown.map((id) => inSentence(tools.featureName(id))), tools.locale) })}`
  return sentence
}

function toDecideOf(path: PathSummary, byId: ReadonlyMap<string, PathSummary>, tools: TextTools): string | undefined {
  const d = path.difference
  const baseline = [...byId.values()].find((p) => p.isBaseline)
  if (d?.kind !== 'not-known' || !baseline) return undefined
  const itemsOf = (id: string) => missingItems(byId.get(id)?.missing ?? [], tools)
  if (d.threshold !== undefined && d.decidedBy.length === 1) {
    const side = d.decidedBy[0] ?? ''
    const other = side === path.id ? baseline.id : path.id
    return tools.t('decision.sentence.decideOne', {
      side: tools.scenarioName(side),
      other: tools.scenarioName(other),
      items: itemsOf(side),
      threshold: roundedAmount(d.threshold, 'up', tools),
    })
  }
  return tools.t('decision.sentence.decideBoth', { items: d.decidedBy.map((id) => `${tools.scenarioName(id)}: ${itemsOf(id)}`).join('; ') })
}

function protectionOf(path: PathSummary, tools: TextTools): string {
  const { t } = tools
  const products = (ids: readonly string[]) => listText(ids.map(tools.productName), tools.locale)
  const cls =
    path.highestClass === null
      ? t(path.policy === 'not-set' && path.thirdCountry !== 'unknown' ? 'decision.protection.classesNotSet' : 'decision.protection.classUnknown')
      : t('decision.protection.classUpTo', { class: tools.classLabel(path.highestClass) }) +
        (path.exposedClassLimit !== null ? t('decision.protection.classLimit', { limit: tools.classLabel(path.exposedClassLimit) }) : '')
  const parts = [`${cls}.`]
  if (path.thirdCountry === 'exposed') {
    parts.push(t('decision.protection.exposed', { products: products(path.exposedProducts) }))
    if (path.unknownProducts.length > 0) parts.push(t('decision.protection.alsoUnknown', { products: products(path.unknownProducts) }))
  } else if (path.thirdCountry === 'unknown') {
    parts.push(t('decision.protection.unknown', { products: products(path.unknownProducts) }))
  } else if (path.thirdCountry === 'not-exposed') {
    parts.push(t('decision.protection.notExposed'))
  }
  if (path.policy === 'not-set') parts.push(t('decision.protection.policyNotSet'))
  else if (path.policy === 'breached') parts.push(t('decision.protection.policyBreached'))
  return parts.join(' ')
}

function marksOf(path: PathSummary, tools: TextTools): PathMark[] {
  const { t } = tools
  const marks: PathMark[] = []
  if (path.isBaseline) marks.push({ kind: 'baseline', text: t('decision.mark.baseline') })
  if (path.rank === null) marks.push({ kind: 'unranked', text: t('decision.mark.unranked') })
  if (!path.complete) marks.push({ kind: 'incomplete', text: t('decision.mark.incomplete') })
  if (path.mayRankLater) marks.push({ kind: 'may-rank-later', text: t('decision.mark.mayRankLater') })
  const missing = path.must?.missing.length ?? 0
  if (missing > 0) marks.push({ kind: 'must-missing', text: t('decision.mark.mustMissing', { count: missing }, missing) })
  const unknown = path.must?.unknown.length ?? 0
  if (unknown > 0) marks.push({ kind: 'must-unknown', text: t('decision.mark.mustUnknown', { count: unknown }, unknown) })
  return marks
}

function riskOf(path: PathSummary, tools: TextTools): string | undefined {
  if (!path.risk) return undefined
  const top = path.risk.highest
  if (!path.risk.hasRegister || !top) return tools.t('decision.risk.notAssessed')
  const level = tools.t(`exports.report.riskLevel.${top.level === 'very-high' ? 'veryHigh' : top.level}`)
  return tools.t('decision.risk.highest', { score: top.score.toLocaleString(LOCALE_TAGS[tools.locale]), id: top.id, level })
}

/** Why a path is not ranked, with what is missing: "kan inte rangordnas ännu — saknar pris för …". */
function unrankedOf(path: PathSummary, tools: TextTools): string | undefined {
  if (path.rank !== null) return undefined
  const items = missingItems(path.missing, tools)
  if (path.unranked === 'after-complete') return tools.t('decision.unranked.afterComplete', { items })
  return tools.t('decision.unranked.missing', { items })
}

function conclusionOf(summary: DecisionSummary, tools: TextTools): string[] {
  const { t } = tools
  const lines: string[] = []
  const named = (id: string | undefined) => summary.paths.find((p) => p.id === id)
  const lowest = named(summary.lowestCompleteMeetingMusts)
  const cheapest = named(summary.lowestComplete)
  if (!summary.mustsAssessed) {
    // Nobody said what is a must: the cheapest known figure is a fact about cost, not about needs.
    lines.push(t('decision.conclusion.mustsNotAssessed'))
    if (cheapest) lines.push(t('decision.conclusion.lowestCost', { name: tools.scenarioName(cheapest.id), amount: figureText(cheapest, tools) }))
    else lines.push(t('decision.conclusion.noneComplete'))
  } else if (lowest && lowest.rank !== null) {
    const place = lowest.rank
    lines.push(t('decision.conclusion.lowest', { name: tools.scenarioName(lowest.id), amount: figureText(lowest, tools) }))
    // Each ranked path before it with what keeps it from being the answer (ranked before it means complete).
    for (const p of summary.paths.filter((x) => x.rank !== null && x.rank < place)) {
      const missing = p.must?.missing.length ?? 0
      const why = missing > 0 ? t('decision.conclusion.why.missing', { count: countWord(missing, t) }, missing) : t('decision.conclusion.why.mustUnknown')
      lines.push(t('decision.conclusion.before', { name: tools.scenarioName(p.id), why }))
    }
  } else {
    lines.push(t('decision.conclusion.noneMeets'))
  }
  const apart = summary.paths.filter((p) => p.rank === null)
  if (apart.length > 0) lines.push(t('decision.conclusion.apart', { names: listText(apart.map((p) => tools.scenarioName(p.id)), tools.locale) }))
  lines.push(t('decision.conclusion.noRecommendation'))
  return lines
}

/** The first sentence when the case leaves its needs or its third-country policy unassessed. */
function leadOf(summary: DecisionSummary, tools: TextTools): string | undefined {
  const needs = !summary.mustsAssessed
  const policy = summary.policySet === false
  if (needs && policy) return tools.t('decision.lead.neither')
  if (needs) return tools.t('decision.lead.needs')
  if (policy) return tools.t('decision.lead.policy')
  return undefined
}

function unknownsOf(summary: DecisionSummary, tools: TextTools): string[] {
  const { t } = tools
  const lines: string[] = []
  for (const p of summary.paths) {
    if (!p.complete) lines.push(t('decision.unknowns.amounts', { name: tools.scenarioName(p.id), items: missingItems(p.missing, tools) }))
  }
  for (const p of summary.paths) {
    const unknown = p.must?.unknown ?? []
    if (unknown.length > 0) {
      lines.push(t('decision.unknowns.must', { name: tools.scenarioName(p.id), needs: listText(unknown.map((id) => inSentence(tools.featureName(id))), tools.locale) }))
    }
  }
  // Each product of unknown status once, with the paths that rely on it; products relied on by the same paths together.
  const pathsOf = new Map<string, string[]>()
  for (const p of summary.paths) for (const id of p.unknownProducts) pathsOf.set(id, [...(pathsOf.get(id) ?? []), p.id])
  const byPaths = new Map<string, { products: string[]; paths: string[] }>()
  for (const [product, paths] of pathsOf) {
    const key = paths.join(' ')
    byPaths.set(key, { products: [...(byPaths.get(key)?.products ?? []), product], paths })
  }
  for (const { products, paths } of byPaths.values()) {
    const productsText = listText(products.map(tools.productName), tools.locale)
    const names = listText(paths.map(tools.scenarioName), tools.locale)
    // A path named after its one product (Webex) is not named twice.
    lines.push(names === productsText ? t('decision.unknowns.exposureSelf', { products: productsText }) : t('decision.unknowns.exposure', { products: productsText, names }))
  }
  if (!summary.mustsAssessed) lines.push(t('decision.unknowns.needs'))
  if (summary.policySet === false) lines.push(t('decision.unknowns.policy'))
  const noRegister = summary.paths.filter((p) => p.risk !== undefined && !p.risk.hasRegister)
  if (noRegister.length > 0) lines.push(t('decision.unknowns.risks', { names: listText(noRegister.map((p) => tools.scenarioName(p.id)), tools.locale) }))
  if (lines.length === 0) lines.push(t('decision.unknowns.nothing'))
  return lines
}

/** Every text of the decision summary. */
export function summaryText(summary: DecisionSummary, horizon: Horizon, tools: TextTools): SummaryText {
  const { t } = tools
  const span = { period: periodText(horizon.from, horizon.to) }
  const basis =
    summary.measure === 'presentValue'
      ? t('decision.basisPresentValue', { ...span, rate: tools.percent(horizon.discountRate) })
      : t('decision.basisTotal', span)
  const baselineNote = summary.baselineId === undefined ? '' : ` ${t('decision.baselineNote', { name: tools.scenarioName(summary.baselineId) })}`
  const byId = new Map(summary.paths.map((p) => [p.id, p]))
  return {
    lead: leadOf(summary, tools),
    basis: basis + baselineNote,
    paths: summary.paths.map((p) => ({
      id: p.id,
      rank: p.rank,
      unranked: unrankedOf(p, tools),
      name: tools.scenarioName(p.id),
      figure: figureText(p, tools),
      marks: marksOf(p, tools),
      sentence: sentenceOf(p, byId, { ...horizon, measure: summary.measure }, tools),
      toDecide: toDecideOf(p, byId, tools),
      protection: protectionOf(p, tools),
      risk: riskOf(p, tools),
    })),
    conclusion: conclusionOf(summary, tools),
    unknowns: unknownsOf(summary, tools),
  }
}

/** What the exposure cells need: words, and names of products, classes and groups. */
export interface ExposureTools {
  t: Translate
  /** "Microsoft 365 E3, Microsoft 365 F3" for product ids. */
  products: (ids: readonly string[]) => string
  classLabel: (level: number | null) => string
  /** A whole count as the reader reads it ("13 300"). */
  count: (n: number) => string
  groupName: (id: string) => string
}

/** Services under third-country law: their names, "none" only when every service is known not to be, else "not known: …". */
export function exposedServicesText(e: ScenarioExposure, tools: ExposureTools): string {
  if (e.thirdCountry === 'unknown') return tools.t('decision.exposure.exposedNotKnown', { products: tools.products(e.unknownProducts) })
  if (e.exposedProducts.length === 0) return tools.t('protection.noneExposed')
  const exposed = tools.products(e.exposedProducts)
  return e.unknownProducts.length > 0 ? `${exposed}; ${tools.t('protection.card.unknown', { products: tools.products(e.unknownProducts) })}` : exposed
}

/** Whose data go to a third-country provider; a service of unknown status makes it "not known" or "at least", never 0. */
export function exposedUsersText(e: ScenarioExposure, tools: ExposureTools, withGroups = true): string {
  const { t } = tools
  if (e.thirdCountry === 'unknown') return t('decision.exposure.usersNotKnown', { products: tools.products(e.unknownProducts) })
  if (e.exposedProducts.length === 0) return tools.count(0)
  const groups = e.exposedGroups.map(tools.groupName).join(', ')
  if (e.exposedUsers === null || (e.isExposedUsersLowerBound && e.isExposedUsersUpperBound)) return t('protection.usersUnknown', { groups })
  const users = tools.count(Math.round(e.exposedUsers))
  if (e.isExposedUsersLowerBound) return t('decision.exposure.usersAtLeast', { users, groups, products: tools.products(e.unknownProducts) })
  if (!withGroups) return e.isExposedUsersUpperBound ? t('exports.report.atMost', { count: users }) : users
  return e.isExposedUsersUpperBound ? t('protection.usersUpperBound', { users, groups }) : t('protection.usersValue', { users, groups })
}

/**
 * Classes the policy forbids in the services under third-country law: "nothing" only when that is
 * known; when a service's status is unknown, which classes it would forbid there if it is exposed.
 */
export function forbiddenClassesText(e: ScenarioExposure, classesAboveLimit: readonly number[], tools: ExposureTools): string {
  const { t } = tools
  if (e.thirdCountry === 'unknown' && classesAboveLimit.length > 0) {
    return t('decision.exposure.forbiddenNotKnown', { products: tools.products(e.unknownProducts), classes: classesAboveLimit.map(tools.classLabel).join(', ') })
  }
  // No limit set is not "forbids nothing": nobody said what may go there.
  if (e.policyMaxClass === undefined) return t('protection.policyNotSet')
  if (e.forbiddenClasses.length === 0) return t('protection.forbiddenNothing')
  return t('protection.forbiddenText', { classes: e.forbiddenClasses.map(tools.classLabel).join(', '), products: tools.products(e.exposedProducts) })
}

/** The classes above the policy's limit for services under third-country law (none without a policy). */
export function classesAboveLimit(model: Pick<Case, 'organisation'>): number[] {
  const limit = model.organisation.thirdCountryMaxClass
  if (limit === undefined) return []
  return [...new Set((model.organisation.informationClasses ?? []).map((c) => c.level))].filter((l) => l > limit).sort((a, b) => a - b)
}
