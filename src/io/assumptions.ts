/**
 * Every input of a case as one flat list (value, unit, source or "your assumption") and the sources
 * those inputs cite: the shared basis of the workbook's Assumptions and Sources sheets, their CSV
 * files and the report. Pure: texts come through the `t` and `locale` the caller passes in.
 */
import featuresFile from '../../data/features.json'
import { isRange, isSecondarySource, isUnknown, likelyValue, productIndex } from '../engine'
import { en as sourceTextsEn, sv as sourceTextsSv } from '../i18n/sources'
import type { Amount, Case, Citation, Feature, LocalText, Product, RateAmount, Scenario, Source } from '../engine'

/** Names of the capabilities of data/features.json (checked when the app is built and by the tests (scripts/shipped-data.ts)), by id (the needs are keyed by them). */
const featureNames = new Map((featuresFile as unknown as { features: Feature[] }).features.map((f) => [f.id, f.name]))

/** Translates an i18n key (the app passes its `t`, src/i18n/runtime.ts; tests pass the same function). */
export type Translate = (key: string, params?: Record<string, string | number>) => string
export type TextLocale = 'sv' | 'en'

export function localise(text: LocalText, locale: TextLocale): string {
  return typeof text === 'string' ? text : text[locale]
}

/** How an input's value is to be read: money in the case's currency, a count, a share (fraction), a rate (fraction), hours, a year or a text. */
export type ValueKind = 'money' | 'count' | 'share' | 'rate' | 'hours' | 'year' | 'text' | 'number'

export interface AssumptionRow {
  /** The group the input belongs to: settings, organisation, prices, or a scenario's name. */
  section: string
  label: string
  /** The figure used (a range's likely value); null when the input is unknown. */
  value: number | string | null
  kind: ValueKind
  unit: string
  /** A range's low and high, when the input is a range. */
  range?: { low: number; high: number }
  /** Why the value is unknown, or any other note (a changed price, a line's years). */
  note: string
  source?: CitationText
  /** Not a figure the costs are computed from (information classes, needs, risks): shown, never edited. */
  descriptive?: true
}

/** A citation with its texts in one language, for tables and exports. */
export interface CitationText {
  source: string
  locator: string
  quote?: string
  /** The case's reading of the source (an assumption, not the source's words). */
  reading?: string
}

export function citationText(citation: Citation, locale: TextLocale): CitationText {
  return {
    source: citation.source,
    locator: localise(citation.locator, locale),
    ...(citation.quote !== undefined ? { quote: citation.quote } : {}),
    ...(citation.reading !== undefined ? { reading: localise(citation.reading, locale) } : {}),
  }
}

/** A source's record with its texts in one language; `date` carries what the date is, or that the document is undated. */
export interface SourceText {
  id: string
  title: string
  organisation: string
  date: string
  url?: string
  note?: string
}

export function sourceText(source: Source, locale: TextLocale): SourceText {
  // The badge's own words (i18n/sources.ts), so a date read by the case is marked the same in the app, report, workbook and CSV.
  const badge = (locale === 'sv' ? sourceTextsSv : sourceTextsEn).badge
  const dateNote = [source.isDateOurReading ? badge.dateIsReading : '', source.dateNote ? localise(source.dateNote, locale) : ''].filter(Boolean).join('; ')
  const organisation = localise(source.organisation, locale)
  const read = source.kind === 'web-page' && source.readOn ? badge.readOn.replace('{date}', source.readOn) : ''
  return {
    id: source.id,
    title: localise(source.title, locale),
    organisation: isSecondarySource(source) ? `${organisation} (${badge.secondary.toLowerCase()})` : organisation,
    date: [source.date && dateNote ? `${source.date} (${dateNote})` : source.date ?? dateNote, read].filter(Boolean).join(', '),
    ...(source.url !== undefined ? { url: source.url } : {}),
    ...(source.note !== undefined ? { note: localise(source.note, locale) } : {}),
  }
}

function amountParts(amount: Amount | RateAmount): Pick<AssumptionRow, 'value' | 'range'> & { reason?: LocalText } {
  if (typeof amount === 'number') return { value: amount }
  if (isUnknown(amount)) return { value: null, reason: amount.reason }
  if (isRange(amount)) return { value: amount.likely, range: { low: amount.low, high: amount.high } }
  return { value: likelyValue(amount) }
}

/** The row builder of one language: unknown reasons, locators and readings come out in `locale`. */
function rowIn(locale: TextLocale) {
  return function row(
    section: string,
    label: string,
    amount: Amount | RateAmount | string,
    kind: ValueKind,
    unit: string,
    citation: Citation | undefined,
    note = '',
  ): AssumptionRow {
    const source = citation ? { source: citationText(citation, locale) } : {}
    if (typeof amount === 'string') return { section, label, value: amount, kind, unit, note, ...source }
    const { reason, ...parts } = amountParts(amount)
    const notes = [reason === undefined ? '' : localise(reason, locale), note].filter(Boolean).join('; ')
    return { section, label, ...parts, kind, unit, note: notes, ...source }
  }
}

const descriptive = (r: AssumptionRow): AssumptionRow => ({ ...r, descriptive: true })

function yearsText(t: Translate, from: number | undefined, to: number | undefined): string {
  if (from !== undefined && to !== undefined) return t('exports.assumptions.yearsFromTo', { from, to })
  if (from !== undefined) return t('exports.assumptions.yearsFrom', { from })
  if (to !== undefined) return t('exports.assumptions.yearsTo', { to })
  return ''
}

function scenarioRows(model: Case, scenario: Scenario, products: Map<string, Product>, t: Translate, locale: TextLocale): AssumptionRow[] {
  const row = rowIn(locale)
  const section = localise(scenario.name, locale)
  const currency = model.settings.currency
  const groupName = (id: string) => {
    const group = model.organisation.groups.find((g) => g.id === id)
    return group ? localise(group.name, locale) : id
  }
  const rows: AssumptionRow[] = []
  for (const line of scenario.licences) {
    const product = products.get(line.productId)
    const name = product ? localise(product.name, locale) : line.productId
    const who = line.groups ? line.groups.map(groupName).join(', ') : t('exports.assumptions.explicitUsers')
    const phase = Object.entries(line.shareByYear ?? {})
      .map(([year, share]) => `${year}: ${Math.round(share * 100)} %`)
      .join(', ')
    const note = [yearsText(t, line.from, line.to), phase ? t('exports.assumptions.phaseIn', { phase }) : '', line.note ? localise(line.note, locale) : '']
      .filter(Boolean)
      .join('; ')
    const label = t('exports.assumptions.licence', { product: name, who })
    if (line.users !== undefined) rows.push(row(section, label, line.users, 'count', t('exports.unit.users'), line.source, note))
    else rows.push(row(section, label, line.share ?? 1, 'share', t('exports.unit.shareOfGroups'), line.source, note))
  }
  for (const cost of scenario.costs) {
    const when = cost.kind === 'one-off' ? t('exports.assumptions.inYear', { year: cost.year ?? '' }) : yearsText(t, cost.from, cost.to) || t('exports.assumptions.everyYear')
    const per = cost.fte !== undefined ? t('exports.unit.perFte') : cost.perUserOf !== undefined ? t('exports.unit.perUser') : ''
    const unit = [currency, per, cost.kind === 'recurring' ? t('exports.unit.perYear') : ''].filter(Boolean).join(' ')
    const note = [when, t(`category.${cost.category}`), cost.note ? localise(cost.note, locale) : ''].filter(Boolean).join('; ')
    rows.push(row(section, localise(cost.label, locale), cost.amount, 'money', unit, cost.source, note))
    if (cost.fte !== undefined) {
      rows.push(row(section, t('exports.assumptions.fteOf', { label: localise(cost.label, locale) }), cost.fte, 'number', t('exports.unit.fte'), cost.source))
    }
  }
  for (const line of scenario.training) {
    const who = line.groups && line.groups.length > 0 ? line.groups.map(groupName).join(', ') : t('exports.assumptions.allUsers')
    const note = [
      t('exports.assumptions.inYear', { year: line.year }),
      who,
      line.share !== undefined ? `${Math.round(line.share * 100)} %` : '',
      line.turnoverRate !== undefined ? t('exports.assumptions.turnover', { rate: `${Math.round(line.turnoverRate * 1000) / 10} %` }) : '',
    ]
      .filter(Boolean)
      .join('; ')
    rows.push(row(section, localise(line.label, locale), line.hoursPerUser, 'hours', t('exports.unit.hoursPerUser'), line.source, note))
    if (line.hourlyCost !== undefined) {
      rows.push(row(section, t('exports.assumptions.hourlyCostOf', { label: localise(line.label, locale) }), line.hourlyCost, 'money', `${currency} ${t('exports.unit.perHour')}`, line.source))
    }
  }
  for (const benefit of scenario.benefits) {
    const note = [
      yearsText(t, benefit.from, benefit.to) || t('exports.assumptions.yearsFrom', { from: benefit.from }),
      benefit.counted ? '' : t('exports.assumptions.notCounted'),
      benefit.note ? localise(benefit.note, locale) : '',
    ]
      .filter(Boolean)
      .join('; ')
    rows.push(row(section, localise(benefit.label, locale), benefit.amount, 'money', `${currency} ${t('exports.unit.perYear')}`, benefit.source, note))
  }
  for (const risk of scenario.risks ?? []) {
    rows.push(
      descriptive(row(
        section,
        t('exports.assumptions.risk', { id: risk.id, label: localise(risk.label, locale) }),
        `${risk.likelihood} × ${risk.consequence}`,
        'text',
        t('exports.unit.likelihoodTimesConsequence'),
        risk.source,
        risk.note ? localise(risk.note, locale) : '',
      )),
    )
  }
  if (scenario.exitPlan) {
    rows.push(row(section, t('exports.assumptions.exitPlan'), scenario.exitPlan.amount, 'money', currency, scenario.exitPlan.source, scenario.exitPlan.note ? localise(scenario.exitPlan.note, locale) : ''))
  }
  return rows
}

/** Every input of the case, in the order settings, organisation, prices, then each scenario's lines. */
export function listAssumptions(model: Case, catalogue: readonly Product[], t: Translate, locale: TextLocale): AssumptionRow[] {
  const { settings, organisation } = model
  const currency = settings.currency
  const products = productIndex(model, catalogue)
  const rows: AssumptionRow[] = []
  const row = rowIn(locale)

  const s = t('exports.assumptions.settings')
  rows.push(row(s, t('exports.assumptions.startYear'), settings.startYear, 'year', '', settings.horizonSource))
  rows.push(row(s, t('exports.assumptions.years'), settings.years, 'count', t('exports.unit.years'), settings.horizonSource))
  rows.push(row(s, t('exports.assumptions.currency'), settings.currency, 'text', '', undefined))
  rows.push(row(s, t('exports.assumptions.discountRate'), settings.discountRate, 'rate', t('exports.unit.perYearRate'), settings.discountRateSource))
  const escalation = settings.escalation
  if (escalation?.general !== undefined) {
    rows.push(row(s, t('exports.assumptions.escalationGeneral'), escalation.general, 'rate', t('exports.unit.perYearRate'), escalation.source))
  } else if (escalation === undefined) {
    // Prices held at their dated level: an assumption of every case without escalation, cited where the case reads it.
    rows.push(row(s, t('exports.assumptions.escalationGeneral'), 0, 'rate', t('exports.unit.perYearRate'), settings.flatPricesSource))
  }
  for (const [id, rate] of Object.entries(escalation?.byProduct ?? {})) {
    const product = products.get(id)
    rows.push(row(s, t('exports.assumptions.escalationOf', { product: product ? localise(product.name, locale) : id }), rate, 'rate', t('exports.unit.perYearRate'), escalation?.source))
  }
  for (const [other, rate] of Object.entries(settings.exchangeRates ?? {})) {
    rows.push(row(s, t('exports.assumptions.exchangeRate', { from: other, to: currency }), rate, 'number', `${currency}/${other}`, undefined))
  }
  if (settings.legalChangeYear !== undefined) {
    rows.push(row(s, t('exports.assumptions.legalChangeYear'), settings.legalChangeYear, 'year', '', undefined))
  }

  const o = t('exports.assumptions.organisation')
  for (const group of organisation.groups) {
    rows.push(row(o, localise(group.name, locale), group.users, 'count', t('exports.unit.users'), group.source))
    for (const [year, users] of Object.entries(group.usersByYear ?? {})) {
      rows.push(row(o, `${localise(group.name, locale)}, ${year}`, users, 'count', t('exports.unit.users'), group.source))
    }
  }
  rows.push(row(o, t('exports.assumptions.hourlyCost'), organisation.hourlyCost, 'money', `${currency} ${t('exports.unit.perHour')}`, organisation.hourlyCostSource))
  for (const c of organisation.informationClasses ?? []) {
    rows.push(descriptive(row(o, t('exports.assumptions.informationClass', { level: c.level }), localise(c.name, locale), 'text', '', c.source)))
  }
  if (organisation.thirdCountryMaxClass !== undefined) {
    rows.push(descriptive(row(o, t('exports.assumptions.thirdCountryMaxClass'), organisation.thirdCountryMaxClass, 'number', '', organisation.thirdCountryPolicySource)))
  }
  const n = t('exports.assumptions.needs')
  for (const [id, need] of Object.entries(organisation.needs ?? {})) {
    const name = featureNames.get(id)
    rows.push(descriptive(row(n, name ? localise(name, locale) : id, t(`exports.need.${need.level}`), 'text', '', need.source)))
  }

  const p = t('exports.assumptions.prices')
  const used = new Set(model.scenarios.flatMap((sc) => sc.licences.map((l) => l.productId)))
  for (const product of products.values()) {
    if (!used.has(product.id)) continue
    const unit = `${product.pricing.currency} ${product.pricing.unit === 'year' ? t('exports.unit.perYear') : t('exports.unit.perUserYear')}`
    const override = model.catalogue?.overrides?.[product.id]
    const asOf = product.pricing.asOf ? t('exports.assumptions.asOf', { date: product.pricing.asOf }) : ''
    if (override) {
      const was = likelyValue(product.pricing.amount)
      const overrideAsOf = override.asOf ? t('exports.assumptions.asOf', { date: override.asOf }) : ''
      const note = [t('exports.assumptions.changedFrom', { value: was === null ? '?' : String(was) }), overrideAsOf, override.note ? localise(override.note, locale) : '']
        .filter(Boolean)
        .join('; ')
      rows.push(row(p, localise(product.name, locale), override.amount, 'money', unit, override.source, note))
    } else {
      rows.push(row(p, localise(product.name, locale), product.pricing.amount, 'money', unit, product.pricing.source, asOf))
    }
  }

  for (const scenario of model.scenarios) rows.push(...scenarioRows(model, scenario, products, t, locale))
  return rows
}

export interface SourceRow {
  id: string
  /** The source's record in the rows' language, when the id is known (shipped bibliography or the case's own). */
  source?: SourceText
  /** The places in it that the case cites, without repeats. */
  locators: string[]
}

/** The sources cited by the given rows (in first-cited order), with the places each is cited at. */
export function citedSources(rows: readonly { source?: CitationText }[], known: readonly Source[], locale: TextLocale = 'sv'): SourceRow[] {
  const byId = new Map<string, SourceRow>()
  for (const r of rows) {
    if (!r.source) continue
    let entry = byId.get(r.source.source)
    if (!entry) {
      const source = known.find((s) => s.id === r.source?.source)
      entry = { id: r.source.source, ...(source ? { source: sourceText(source, locale) } : {}), locators: [] }
      byId.set(entry.id, entry)
    }
    if (!entry.locators.includes(r.source.locator)) entry.locators.push(r.source.locator)
  }
  return [...byId.values()]
}
