/**
 * The inputs of a case as the workbook holds them: one row per input, each with a stable key (the
 * engine's `inputKey` form where the engine has one, e.g. `price:m365-e3`, `group-users:e3:2025`), its
 * value (null when unknown: an empty input cell), unit, source, and the defined name formulas read it
 * by. The scenario sheets' formulas refer to these rows by key (src/io/xlsx.ts). Pure.
 */
import { isRange, isUnknown, productIndex, usedProductIds } from '../engine'
import type { Amount, Case, Citation, Currency, Product, RateAmount } from '../engine'
import { citationText, listAssumptions, localise } from './assumptions'
import type { CitationText, TextLocale, Translate, ValueKind } from './assumptions'
import { workbookText as wt } from '../i18n/workbook-texts'

export interface WorkbookInputRow {
  /** What formulas read it by; absent for rows that are only shown (structure, other assumptions). */
  key?: string
  section: string
  label: string
  /** The figure used (a range's likely value); null when unknown (the cell is left empty). */
  value: number | string | null
  kind: ValueKind
  /** For money: the currency it is in (a price may be in another currency than the case). */
  currency?: Currency
  unit: string
  range?: { low: number; high: number }
  /** Why it is unknown, or another note (years of a line, a changed price). */
  note: string
  /** The citation in the workbook's language; its `reading` (the case's, not the source's) is also in `note`. */
  source?: CitationText
  /** Defined name of the value cell, e.g. `users_e3`, `price_m365_e3`. */
  name?: string
  /** Whether the cell is an input a person may change (unlocked) rather than shown only. */
  isEditable: boolean
}

/** A case id as part of a defined name: `-` becomes `_` (`on-prem` → `on_prem`). */
export function nameId(id: string): string {
  return id.replaceAll('-', '_')
}

export interface AmountParts {
  value: number | null
  range?: { low: number; high: number }
  reason?: string
}

export function amountParts(amount: Amount | RateAmount, locale: TextLocale): AmountParts {
  if (typeof amount === 'number') return { value: amount }
  // The reason is a data text: in the workbook's language where the data gives both.
  if (isUnknown(amount)) return { value: null, reason: localise(amount.reason, locale) }
  if (isRange(amount)) return { value: amount.likely, range: { low: amount.low, high: amount.high } }
  return { value: null }
}

/**
 * Every input of the case in the workbook's order: how the case is built (shown only), settings,
 * organisation, prices, each scenario's lines, then the assumptions that are not in the costs.
 */
export function workbookInputs(model: Case, catalogue: readonly Product[], t: Translate, locale: TextLocale): WorkbookInputRow[] {
  const rows: WorkbookInputRow[] = []
  const currency = model.settings.currency
  const products = productIndex(model, catalogue)
  const taken = new Set<string>()
  /** A unique defined name (names are case-insensitive in spreadsheets). */
  const unique = (wanted: string): string => {
    let name = wanted
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted}_${i}`
    taken.add(name.toLowerCase())
    return name
  }
  const unknownNote = (reason: string | undefined, note = '') =>
    [reason === undefined ? '' : wt(locale, 'unknownReason', { reason }), note].filter(Boolean).join('; ')

  const input = (
    section: string,
    key: string,
    label: string,
    amount: Amount | RateAmount,
    kind: ValueKind,
    unit: string,
    options: { source?: Citation; name?: string; note?: string; currency?: Currency } = {},
  ) => {
    const parts = amountParts(amount, locale)
    const source = options.source ? citationText(options.source, locale) : undefined
    // A reading the document does not state is marked as the case's where the figure is shown.
    const reading = source?.reading ? t('sources.badge.ourReading') + ': ' + source.reading : ''
    const note = [options.note ?? '', reading].filter(Boolean).join('; ')
    rows.push({
      key, section, label, value: parts.value, kind, unit,
      ...(parts.range ? { range: parts.range } : {}),
      note: parts.value === null ? unknownNote(parts.reason, note) : note,
      ...(source ? { source } : {}),
      ...(options.name ? { name: unique(options.name) } : {}),
      ...(kind === 'money' ? { currency: options.currency ?? currency } : {}),
      isEditable: true,
    })
  }
  const shown = (section: string, label: string, value: number | string, kind: ValueKind, note = '', citation?: Citation) => {
    const source = citation ? citationText(citation, locale) : undefined
    const reading = source?.reading ? t('sources.badge.ourReading') + ': ' + source.reading : ''
    rows.push({ section, label, value, kind, unit: '', note: [note, reading].filter(Boolean).join('; '), ...(source ? { source } : {}), isEditable: false })
  }
  const rateUnit = t('exports.unit.perYearRate')
  const usersUnit = t('exports.unit.users')
  const yearsText = (from: number | undefined, to: number | undefined) =>
    from !== undefined && to !== undefined
      ? t('exports.assumptions.yearsFromTo', { from, to })
      : from !== undefined
        ? t('exports.assumptions.yearsFrom', { from })
        : to !== undefined
          ? t('exports.assumptions.yearsTo', { to })
          : ''

  // How the case is built: shown, fixed in the workbook (the lines' years follow from them).
  const structure = wt(locale, 'structure')
  const fixed = wt(locale, 'fixedHere')
  shown(structure, t('exports.assumptions.startYear'), model.settings.startYear, 'year', fixed, model.settings.horizonSource)
  shown(structure, t('exports.assumptions.years'), model.settings.years, 'count', fixed, model.settings.horizonSource)
  shown(structure, t('exports.assumptions.currency'), currency, 'text', fixed)
  if (model.settings.legalChangeYear !== undefined) {
    shown(structure, t('exports.assumptions.legalChangeYear'), model.settings.legalChangeYear, 'year', fixed)
  }

  const settings = t('exports.assumptions.settings')
  input(settings, 'discount-rate', t('exports.assumptions.discountRate'), model.settings.discountRate, 'rate', rateUnit, {
    name: 'discount_rate', ...(model.settings.discountRateSource ? { source: model.settings.discountRateSource } : {}),
  })
  const escalation = model.settings.escalation
  // Always a cell for general escalation (0 when the case has none), so it can be switched on here;
  // with none, the source is why the case holds prices at their dated level.
  const escalationSource = escalation ? escalation.source : model.settings.flatPricesSource
  input(settings, 'escalation-general', t('exports.assumptions.escalationGeneral'), escalation?.general ?? 0, 'rate', rateUnit, {
    name: 'escalation', ...(escalationSource ? { source: escalationSource } : {}),
  })
  for (const [productId, rate] of Object.entries(escalation?.byProduct ?? {})) {
    const product = products.get(productId)
    input(settings, `escalation-product:${productId}`, t('exports.assumptions.escalationOf', { product: product ? localise(product.name, locale) : productId }), rate, 'rate', rateUnit, {
      name: `escalation_${nameId(productId)}`, ...(escalation?.source ? { source: escalation.source } : {}),
    })
  }
  for (const [other, rate] of Object.entries(model.settings.exchangeRates ?? {}) as [Currency, Amount][]) {
    input(settings, `exchange-rate:${other}`, t('exports.assumptions.exchangeRate', { from: other, to: currency }), rate, 'number', `${currency}/${other}`, {
      name: `fx_${other.toLowerCase()}`,
    })
  }

  const organisation = t('exports.assumptions.organisation')
  for (const group of model.organisation.groups) {
    const name = localise(group.name, locale)
    input(organisation, `group-users:${group.id}`, name, group.users, 'count', usersUnit, {
      name: `users_${nameId(group.id)}`, ...(group.source ? { source: group.source } : {}),
    })
    for (const [year, users] of Object.entries(group.usersByYear ?? {})) {
      input(organisation, `group-users:${group.id}:${year}`, `${name}, ${year}`, users, 'count', usersUnit, {
        name: `users_${nameId(group.id)}_${year}`, ...(group.source ? { source: group.source } : {}),
      })
    }
  }
  input(organisation, 'hourly-cost', t('exports.assumptions.hourlyCost'), model.organisation.hourlyCost, 'money', `${currency} ${t('exports.unit.perHour')}`, {
    name: 'hourly_cost', ...(model.organisation.hourlyCostSource ? { source: model.organisation.hourlyCostSource } : {}),
  })

  const prices = t('exports.assumptions.prices')
  const used = new Set(usedProductIds(model))
  for (const product of products.values()) {
    if (!used.has(product.id)) continue
    const override = model.catalogue?.overrides?.[product.id]
    const unit = `${product.pricing.currency} ${product.pricing.unit === 'year' ? t('exports.unit.perYear') : t('exports.unit.perUserYear')}`
    const shipped = amountParts(product.pricing.amount, locale).value
    const note = override
      ? [t('exports.assumptions.changedFrom', { value: shipped === null ? t('exports.xlsx.unknown') : String(shipped) }), override.note ?? ''].filter(Boolean).join('; ')
      : product.pricing.asOf
        ? t('exports.assumptions.asOf', { date: product.pricing.asOf })
        : ''
    input(prices, `price:${product.id}`, localise(product.name, locale), override?.amount ?? product.pricing.amount, 'money', unit, {
      name: `price_${nameId(product.id)}`, note, currency: product.pricing.currency,
      ...(!override && product.pricing.source ? { source: product.pricing.source } : {}),
    })
  }

  for (const scenario of model.scenarios) {
    const section = localise(scenario.name, locale)
    const s = scenario.id
    // Every input of a line has a defined name, so a formula reads `share_m365_m365_e3`, not `Indata!$C$31`.
    const n = nameId(s)
    const src = (source: Citation | undefined) => (source ? { source } : {})
    scenario.licences.forEach((line, i) => {
      const product = products.get(line.productId)
      const label = product ? localise(product.name, locale) : line.productId
      const years = yearsText(line.from, line.to)
      if (line.users !== undefined) {
        input(section, `licence-users:${s}:${i}`, wt(locale, 'licenceUsers', { label }), line.users, 'count', usersUnit, { ...src(line.source), note: years, name: `licence_users_${n}_${nameId(line.productId)}` })
      }
      const who = line.groups
        ? line.groups.map((id) => {
            const group = model.organisation.groups.find((g) => g.id === id)
            return group ? localise(group.name, locale) : id
          }).join(', ')
        : t('exports.assumptions.explicitUsers')
      input(section, `licence-share:${s}:${i}`, wt(locale, 'licenceShare', { label }), line.share ?? 1, 'share', wt(locale, 'share'), {
        ...src(line.source), name: `share_${n}_${nameId(line.productId)}`, note: [who, years, line.note ? localise(line.note, locale) : ''].filter(Boolean).join('; '),
      })
      for (const [year, share] of Object.entries(line.shareByYear ?? {})) {
        input(section, `licence-phase:${s}:${i}:${year}`, wt(locale, 'phaseIn', { year, label }), share, 'share', wt(locale, 'share'), { ...src(line.source), name: `phase_${n}_${nameId(line.productId)}_${year}` })
      }
    })
    scenario.costs.forEach((line, i) => {
      const label = localise(line.label, locale)
      const when = line.kind === 'one-off' ? t('exports.assumptions.inYear', { year: line.year ?? '' }) : yearsText(line.from, line.to) || t('exports.assumptions.everyYear')
      const per = line.fte !== undefined ? t('exports.unit.perFte') : line.perUserOf !== undefined ? t('exports.unit.perUser') : ''
      const unit = [currency, per, line.kind === 'recurring' ? t('exports.unit.perYear') : ''].filter(Boolean).join(' ')
      const note = [when, t(`category.${line.category}`), line.note ? localise(line.note, locale) : ''].filter(Boolean).join('; ')
      input(section, `cost-amount:${s}:${i}`, label, line.amount, 'money', unit, { ...src(line.source), note, name: `cost_${n}_${i + 1}` })
      if (line.fte !== undefined) {
        input(section, `cost-fte:${s}:${i}`, t('exports.assumptions.fteOf', { label }), line.fte, 'number', t('exports.unit.fte'), { ...src(line.source), name: `fte_${n}_${i + 1}` })
      }
    })
    scenario.training.forEach((line, i) => {
      const label = localise(line.label, locale)
      input(section, `training-hours:${s}:${i}`, label, line.hoursPerUser, 'hours', t('exports.unit.hoursPerUser'), {
        ...src(line.source), name: `training_hours_${n}_${i + 1}`, note: t('exports.assumptions.inYear', { year: line.year }),
      })
      if (line.hourlyCost !== undefined) {
        input(section, `training-hourly-cost:${s}:${i}`, t('exports.assumptions.hourlyCostOf', { label }), line.hourlyCost, 'money', `${currency} ${t('exports.unit.perHour')}`, { ...src(line.source), name: `training_hourly_cost_${n}_${i + 1}` })
      }
      if (line.share !== undefined) {
        input(section, `training-share:${s}:${i}`, wt(locale, 'trainingShare', { label }), line.share, 'share', wt(locale, 'share'), { ...src(line.source), name: `training_share_${n}_${i + 1}` })
      }
      if (line.turnoverRate !== undefined) {
        input(section, `training-turnover:${s}:${i}`, wt(locale, 'turnover', { label }), line.turnoverRate, 'share', rateUnit, { ...src(line.source), name: `turnover_${n}_${i + 1}` })
      }
    })
    scenario.benefits.forEach((line, i) => {
      const note = [
        yearsText(line.from, line.to) || t('exports.assumptions.yearsFrom', { from: line.from }),
        line.counted ? '' : t('exports.assumptions.notCounted'),
        line.note ? localise(line.note, locale) : '',
      ].filter(Boolean).join('; ')
      input(section, `benefit-amount:${s}:${i}`, localise(line.label, locale), line.amount, 'money', `${currency} ${t('exports.unit.perYear')}`, { ...src(line.source), note, name: `benefit_${n}_${i + 1}` })
    })
    if (scenario.exitPlan) {
      input(section, `exit-plan:${s}`, wt(locale, 'exitPlan', { label: section }), scenario.exitPlan.amount, 'money', currency, {
        ...src(scenario.exitPlan.source), name: `exit_${n}`, note: scenario.exitPlan.note ? localise(scenario.exitPlan.note, locale) : '',
      })
    }
  }

  // What the case records beside the costs: information classes, policy, needs, risks.
  const other = wt(locale, 'other')
  for (const a of listAssumptions(model, catalogue, t, locale)) {
    if (!a.descriptive || a.value === null) continue
    rows.push({ section: `${other}: ${a.section}`, label: a.label, value: a.value, kind: a.kind, unit: a.unit, note: a.note, ...(a.source ? { source: a.source } : {}), isEditable: false })
  }
  return rows
}

/** Whether two rows hold the same figure (value and range). */
export function sameValue(a: Pick<WorkbookInputRow, 'value' | 'range'>, b: Pick<WorkbookInputRow, 'value' | 'range'>): boolean {
  return a.value === b.value && a.range?.low === b.range?.low && a.range?.high === b.range?.high
}
