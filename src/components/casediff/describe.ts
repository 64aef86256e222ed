/**
 * Reading an input change (engine/model/diff.ts) as a person would: where it is, in the case's own names
 * ("Scenario ”Nextcloud” › Cost 1 (Införande) › Amount"), and its values as text (an unknown amount
 * is "not known" with its reason, never empty or 0).
 */
import type { Case, InputChange, LocalText, PathKey } from '~/engine'

export interface DescribeContext {
  before: Case
  after: Case
  /** Translates a message key. */
  t: (key: string, values?: Record<string, unknown>) => string
  /** Has a message for the key. */
  te: (key: string) => boolean
  lt: (text: LocalText) => string
  /** A product's name by id (either case's catalogue or the shipped one). */
  productName: (id: string) => string
  formatNumber: (value: number) => string
  formatPercent: (fraction: number) => string
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isLocalText = (v: unknown): v is LocalText =>
  typeof v === 'string' || (isPlain(v) && typeof v.sv === 'string' && typeof v.en === 'string' && Object.keys(v).length === 2)

const LINE_LISTS = ['licences', 'costs', 'training', 'benefits'] as const
/** Keys whose number is a share or rate (shown as a percent), or a year (shown plain). */
const FRACTION_KEYS = new Set(['discountRate', 'share', 'turnoverRate', 'general'])
const YEAR_KEYS = new Set(['startYear', 'year', 'from', 'to', 'legalChangeYear'])

function find<T extends { id: string }>(id: string, a: readonly T[] | undefined, b: readonly T[] | undefined): T | undefined {
  return b?.find((x) => x.id === id) ?? a?.find((x) => x.id === id)
}

/** The steps of a change's place, each in words. */
export function describePlace(path: readonly PathKey[], ctx: DescribeContext): string[] {
  const { t, lt } = ctx
  const steps: string[] = []
  const field = (key: string) => (ctx.te(`caseDiff.field.${key}`) ? t(`caseDiff.field.${key}`) : key)
  if (path.length === 1 && path[0] === 'name') return [t('caseDiff.place.caseName')]
  let i = 0
  const next = () => path[i++]
  while (i < path.length) {
    const key = next()
    if (key === 'organisation' && path[i] === 'groups' && typeof path[i + 1] === 'string') {
      i++
      const id = String(next())
      const group = find(id, ctx.before.organisation.groups, ctx.after.organisation.groups)
      steps.push(t('caseDiff.place.group', { name: group ? lt(group.name) : id }))
    } else if (key === 'scenarios' && typeof path[i] === 'string') {
      const id = String(next())
      const scenario = find(id, ctx.before.scenarios, ctx.after.scenarios)
      steps.push(t('caseDiff.place.scenario', { name: scenario ? lt(scenario.name) : id }))
      if (typeof path[i] === 'string' && (LINE_LISTS as readonly string[]).includes(String(path[i])) && typeof path[i + 1] === 'number') {
        const list = String(next()) as (typeof LINE_LISTS)[number]
        const index = Number(next())
        const line = (ctx.after.scenarios.find((s) => s.id === id)?.[list][index] ?? ctx.before.scenarios.find((s) => s.id === id)?.[list][index]) as
          | { label?: LocalText; productId?: string }
          | undefined
        const what = line?.productId !== undefined ? ctx.productName(line.productId) : line?.label !== undefined ? lt(line.label) : ''
        steps.push(t(`caseDiff.place.${list}`, { n: index + 1, what }))
      }
    } else if (key === 'catalogue' && path[i] === 'overrides' && typeof path[i + 1] === 'string') {
      i++
      steps.push(t('caseDiff.place.price', { name: ctx.productName(String(next())) }))
    } else if (key === 'catalogue' && path[i] === 'products' && typeof path[i + 1] === 'string') {
      i++
      steps.push(t('caseDiff.place.product', { name: ctx.productName(String(next())) }))
    } else if (typeof key === 'number') {
      steps.push(t('caseDiff.place.item', { n: key + 1 }))
    } else if (key !== undefined) {
      steps.push(field(String(key)))
    }
  }
  return steps
}

/** A value as text; `key` is the field it belongs to (for percent, years and ids). */
export function describeValue(value: unknown, key: PathKey | undefined, ctx: DescribeContext): string {
  const { t, lt } = ctx
  if (value === undefined) return t('caseDiff.absent')
  if (value === null) return t('figures.notKnown')
  if (typeof value === 'boolean') return t(value ? 'caseDiff.yes' : 'caseDiff.no')
  if (typeof value === 'number') {
    if (typeof key === 'string' && YEAR_KEYS.has(key)) return String(value)
    if (typeof key === 'string' && FRACTION_KEYS.has(key)) return ctx.formatPercent(value)
    return ctx.formatNumber(value)
  }
  if (typeof value === 'string') {
    if (key === 'productId') return ctx.productName(value)
    if (key === 'category' && ctx.te(`category.${value}`)) return t(`category.${value}`)
    if (key === 'kind' && ctx.te(`guided.kind.${value}`)) return t(`guided.kind.${value}`)
    return value
  }
  if (Array.isArray(value)) {
    if (key === 'groups' || key === 'perUserOf') {
      return value
        .map((id) => {
          const group = find(String(id), ctx.before.organisation.groups, ctx.after.organisation.groups)
          return group ? lt(group.name) : String(id)
        })
        .join(', ')
    }
    return value.map((v) => describeValue(v, undefined, ctx)).join('; ')
  }
  if (isLocalText(value)) return lt(value)
  if (isPlain(value)) {
    if ('reason' in value && value.value === null) return t('caseDiff.unknown', { reason: String(value.reason) })
    if ('likely' in value) {
      return t('caseDiff.range', {
        low: describeValue(value.low, key, ctx),
        likely: describeValue(value.likely, key, ctx),
        high: describeValue(value.high, key, ctx),
      })
    }
    // A whole thing added or removed: its name, label or product says which.
    if (value.name !== undefined && isLocalText(value.name)) return lt(value.name)
    if (value.label !== undefined && isLocalText(value.label)) return lt(value.label)
    if (typeof value.productId === 'string') return ctx.productName(value.productId)
    if (value.amount !== undefined) return describeValue(value.amount, 'amount', ctx)
    return Object.entries(value)
      .map(([k, v]) => `${ctx.te(`caseDiff.field.${k}`) ? t(`caseDiff.field.${k}`) : k}: ${describeValue(v, k, ctx)}`)
      .join(', ')
  }
  return String(value)
}

/** A change in words: where, and its value in each case. */
export function describeChange(change: InputChange, ctx: DescribeContext): { place: string; before: string; after: string } {
  const key = change.path[change.path.length - 1]
  return {
    place: describePlace(change.path, ctx).join(' › ') || t0(ctx),
    before: change.kind === 'added' ? ctx.t('caseDiff.absent') : describeValue(change.before, key, ctx),
    after: change.kind === 'removed' ? ctx.t('caseDiff.absent') : describeValue(change.after, key, ctx),
  }
}
const t0 = (ctx: DescribeContext) => ctx.t('caseDiff.place.case')
