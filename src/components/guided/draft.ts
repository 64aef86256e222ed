/**
 * The guided start's answers while they are being given: kept for the session (leaving the screen
 * and coming back finds them), turned into a case by the engine's `guidedCase` only when asked.
 */
import { reactive } from 'vue'
import { GUIDED_TEMPLATES } from '~/engine'
import type { Case, GroupKind, GuidedGroup, GuidedInput, GuidedPath, GuidedTemplate, LocalText, NeedLevel } from '~/engine'

/** Skip (leaves it not assessed), take the sources' suggestion as it is, or set it oneself. */
export type StepChoice = 'skip' | 'sources' | 'own'

export interface DraftGroup {
  /** Stable key for the list while rows are added and removed. */
  key: number
  /** The name typed; null keeps the kind's own name (shown in the interface's language). */
  name: string | null
  kind: GroupKind
  /** Users in every year; null when not entered. */
  users: number | null
  /** Users in given years, where they differ. */
  usersByYear: Record<string, number>
  /** One of the four rows offered at the start: left out while it has no count. */
  isOffered: boolean
}

export interface DraftPath {
  isChosen: boolean
  implementation: number | null
  trainingHours: number | null
  quotePrice: number | null
  /** Answers for groups the template cannot place, by group id: a product id, 'none', or '' (not answered). */
  placements: Record<string, string>
}

export interface Draft {
  name: string
  groups: DraftGroup[]
  startYear: number
  years: number
  /** The discount rate in percent, as typed. */
  discountPercent: number
  hourlyCost: number | null
  paths: Record<GuidedTemplate, DraftPath>
  /** Kronor per euro, for the paths priced in euro; null: not entered (those prices stay unknown). */
  eurRate: number | null
  needsChoice: StepChoice
  /** Levels set one by one (feature id → level, or 'not-assessed'); starts from the sources' suggestion. */
  needs: Record<string, NeedLevel | 'not-assessed'>
  policyChoice: StepChoice
  /** The limit set oneself: highest class in a service under third-country law (−1: none). */
  policyLimit: number
}

/** The kinds offered as rows at the start, in this order. */
export const OFFERED_KINDS: readonly GroupKind[] = ['office', 'frontline', 'education', 'pupils']
export const KINDS: readonly GroupKind[] = ['office', 'frontline', 'education', 'pupils', 'other']

let nextKey = 1
export function newGroup(partial: Partial<DraftGroup> = {}): DraftGroup {
  return { key: nextKey++, name: null, kind: 'other', users: null, usersByYear: {}, isOffered: false, ...partial }
}

function emptyPath(): DraftPath {
  return { isChosen: false, implementation: null, trainingHours: null, quotePrice: null, placements: {} }
}

/** A fresh set of answers: the four kinds of staff without counts, five years from `startYear` at 0 %. */
export function freshDraft(startYear: number): Draft {
  return {
    name: '',
    groups: OFFERED_KINDS.map((kind) => newGroup({ kind, isOffered: true })),
    startYear,
    years: 5,
    discountPercent: 0,
    hourlyCost: null,
    paths: Object.fromEntries(GUIDED_TEMPLATES.map((t) => [t, emptyPath()])) as Record<GuidedTemplate, DraftPath>,
    eurRate: null,
    needsChoice: 'skip',
    needs: {},
    policyChoice: 'skip',
    policyLimit: 1,
  }
}

let shared: Draft | undefined
/** The answers of this session (one draft, shared by every visit to the screen). */
export function useGuidedDraft(startYear: number): Draft {
  shared ??= reactive(freshDraft(startYear))
  return shared
}
/** Starts the answers afresh (after a case was created from them). */
export function resetGuidedDraft(startYear: number) {
  if (shared) Object.assign(shared, freshDraft(startYear))
}

/** Whether a row becomes a group of the case: any row with a count, and every row the person added. */
export function isIncluded(group: DraftGroup): boolean {
  return group.users !== null || Object.keys(group.usersByYear).length > 0 || !group.isOffered
}

/** Whether the answers are enough for a result: a path, and a group with a count. */
export function hasEnough(draft: Draft): boolean {
  const hasPath = GUIDED_TEMPLATES.some((t) => draft.paths[t].isChosen)
  const hasCount = draft.groups.some((g) => g.users !== null || Object.keys(g.usersByYear).length > 0)
  return hasPath && hasCount
}

/** The sources' suggestions the needs and policy steps offer (the shipped case's, with their citations). */
export type Suggestions = Pick<Case['organisation'], 'needs' | 'informationClasses' | 'thirdCountryMaxClass' | 'thirdCountryPolicySource'>

/** What the two steps give the case: nothing for a skipped step (it stays "not assessed"). */
export function assessedOf(draft: Draft, sources: Suggestions): NonNullable<GuidedInput['assessed']> {
  const out: NonNullable<GuidedInput['assessed']> = {}
  if (draft.needsChoice === 'sources' && sources.needs) out.needs = sources.needs
  if (draft.needsChoice === 'own') {
    out.needs = Object.fromEntries(
      Object.entries(draft.needs)
        .filter((e): e is [string, NeedLevel] => e[1] !== 'not-assessed')
        // A level left as the sources gave it keeps their citation; a changed one is the organisation's own.
        .map(([id, level]) => [id, sources.needs?.[id]?.level === level ? sources.needs[id] : { level }]),
    )
  }
  if (draft.policyChoice !== 'skip' && sources.informationClasses) out.informationClasses = sources.informationClasses
  if (draft.policyChoice === 'sources') {
    if (sources.thirdCountryMaxClass !== undefined) out.thirdCountryMaxClass = sources.thirdCountryMaxClass
    if (sources.thirdCountryPolicySource) out.thirdCountryPolicySource = sources.thirdCountryPolicySource
  }
  if (draft.policyChoice === 'own') out.thirdCountryMaxClass = draft.policyLimit
  return out
}

/**
 * The steps still skipped for which the sources offer a suggestion: what "accept and create" would
 * accept, or undefined when there is none (both answered, or nothing to suggest).
 */
export function acceptableSteps(draft: Draft, sources: Suggestions): 'both' | 'needs' | 'policy' | undefined {
  const needs = draft.needsChoice === 'skip' && sources.needs !== undefined && Object.keys(sources.needs).length > 0
  const policy = draft.policyChoice === 'skip' && sources.thirdCountryMaxClass !== undefined
  return needs && policy ? 'both' : needs ? 'needs' : policy ? 'policy' : undefined
}

/** Accepts the sources' suggestion for the steps still skipped (the person asked for it); an answered step stays as answered. */
export function acceptSuggestions(draft: Draft, sources: Suggestions) {
  const steps = acceptableSteps(draft, sources)
  if (steps === 'both' || steps === 'needs') draft.needsChoice = 'sources'
  if (steps === 'both' || steps === 'policy') draft.policyChoice = 'sources'
}

export interface DraftTexts {
  /** The kind's own name in both languages. */
  kindName: (kind: GroupKind) => LocalText
  pathName: (template: GuidedTemplate) => LocalText
  input: GuidedInput['texts']
}

/** The answers as the engine's guided input. */
export function toGuidedInput(draft: Draft, texts: DraftTexts, extra: Pick<GuidedInput, 'day' | 'assessed'> = {}): GuidedInput {
  const groups: GuidedGroup[] = draft.groups.filter(isIncluded).map((g) => ({
    name: g.name?.trim() ? g.name.trim() : texts.kindName(g.kind),
    kind: g.kind,
    users: g.users,
    ...(Object.keys(g.usersByYear).length > 0 ? { usersByYear: { ...g.usersByYear } } : {}),
  }))
  const paths: GuidedPath[] = GUIDED_TEMPLATES.filter((t) => draft.paths[t].isChosen).map((template) => {
    const p = draft.paths[template]
    const placements = Object.fromEntries(
      Object.entries(p.placements)
        .filter(([, answer]) => answer !== '')
        .map(([id, answer]) => [id, answer === 'none' ? null : answer]),
    )
    return {
      template,
      name: texts.pathName(template),
      ...(p.implementation !== null ? { implementation: p.implementation } : {}),
      ...(p.trainingHours !== null ? { trainingHours: p.trainingHours } : {}),
      ...(template === 'own-quote' ? { quotePrice: p.quotePrice } : {}),
      placements,
    }
  })
  return {
    name: draft.name,
    groups,
    startYear: draft.startYear,
    years: draft.years,
    discountRate: draft.discountPercent / 100,
    hourlyCost: draft.hourlyCost,
    paths,
    ...(draft.eurRate !== null ? { exchangeRates: { EUR: draft.eurRate } } : {}),
    texts: texts.input,
    ...extra,
  }
}
