/** The words of the decision summary (src/composables/decisionText.ts), on the hand-worked four paths, in both languages. */
import { describe, expect, it } from 'vitest'
import { figureText, inSentence, listText, missingItems, roundedAmount, summaryText } from '~/composables/decisionText'
import type { TextTools } from '~/composables/decisionText'
import { formatMillions, formatPercent } from '~/composables/useFormat'
import { localText } from '~/composables/useLocalText'
import { assessRisks, compute, decision } from '~/engine'
import type { Case, MustSummary } from '~/engine'
import { createAppI18n } from '~/i18n'
import type { Locale } from '~/i18n'
import { fourPaths } from '../fixtures/builders'

/** Plain spaces for no-break ones, and no word joiners, as a reader sees them. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '')

const FEATURES: Record<string, { sv: string; en: string }> = {
  video: { sv: 'Videomöten', en: 'Video meetings' },
  chat: { sv: 'Chatt', en: 'Chat' },
  'large-meetings': { sv: 'Stormöten och större informationsmöten', en: 'Large meetings and information meetings' },
}

function toolsFor(model: Case, locale: Locale): TextTools {
  const { t } = createAppI18n(locale).global
  return {
    t: (key, named, plural) => (plural === undefined ? t(key, named ?? {}) : t(key, named ?? {}, plural)),
    locale,
    currency: 'SEK',
    scenarioName: (id) => localText(model.scenarios.find((s) => s.id === id)?.name ?? id, locale),
    featureName: (id) => FEATURES[id]?.[locale] ?? id,
    productName: (id) => localText(model.catalogue?.products?.find((p) => p.id === id)?.name ?? id, locale),
    classLabel: (level) => (level === null ? t('protection.classUnknown') : String(level)),
    missingLabel: (m) => localText(m.label, locale),
    percent: (fraction) => formatPercent(fraction, locale),
  }
}

const mustOf = (missing: string[], unknown: string[] = []): { must: MustSummary } => ({
  must: { total: 3, met: 3 - missing.length - unknown.length, partly: 0, missing, unknown },
})

/** The four paths against `known`: known misses video; dearer meets all; cheap-part may miss chat. */
function textOf(locale: Locale, options: { discountRate?: number; baselineId?: string } = {}) {
  const model = fourPaths({ discountRate: options.discountRate ?? 0 })
  const result = compute({ model, catalogue: [] })
  const coverage = new Map([
    ['known', mustOf(['video'])],
    ['dearer', mustOf([])],
    ['partial', mustOf(['video', 'large-meetings'])],
    ['cheap-part', mustOf([], ['chat'])],
  ])
  const summary = decision({ scenarios: result.scenarios, discountRate: model.settings.discountRate, baselineId: options.baselineId ?? 'known', coverage })
  const text = summaryText(summary, { from: 2024, to: 2027, discountRate: model.settings.discountRate }, toolsFor(model, locale))
  const path = (id: string) => {
    const found = text.paths.find((p) => p.id === id)
    if (!found) throw new Error(`no path ${id}`)
    return { ...found, sentence: plain(found.sentence), figure: plain(found.figure), toDecide: found.toDecide && plain(found.toDecide) }
  }
  return { text, path }
}

describe('rounding in sentences', () => {
  it.each<[number, 'nearest' | 'down' | 'up', Locale, string | null]>([
    [88_055_000, 'nearest', 'sv', '88,1'],
    [88_055_000, 'nearest', 'en', '88.1'],
    [205_655_000, 'nearest', 'sv', '205,7'],
    [205_655_000, 'down', 'sv', '205,6'], // an "at least" is never rounded up
    [19_880_001, 'up', 'sv', '19,9'],
    [123_400_000, 'up', 'sv', '123,4'], // exact tenths stay as they are in either direction
    [123_400_000, 'down', 'sv', '123,4'],
    [-2_750_000, 'nearest', 'sv', '−2,8'],
    [275_000, 'down', 'sv', '0,2'],
    [99_999, 'nearest', 'sv', null], // below a tenth of a million: whole kronor instead
  ])('%s rounded %s in %s is %s', (value, rounding, locale, expected) => {
    expect(formatMillions(value, locale, rounding)).toBe(expected)
  })

  it('writes millions with their unit and smaller sums in full', () => {
    const sv = toolsFor(fourPaths(), 'sv')
    expect(plain(roundedAmount(88_055_000, 'nearest', sv))).toBe('88,1 mnkr')
    expect(plain(roundedAmount(275_000, 'nearest', sv))).toBe('0,3 mnkr')
    expect(plain(roundedAmount(99_999, 'nearest', sv))).toBe('99 999 kr') // never "0,1" or "0,0 mnkr" for a small sum
    expect(plain(roundedAmount(88_055_000, 'nearest', toolsFor(fourPaths(), 'en')))).toBe('SEK 88.1 M')
  })

  it('says an incomplete figure is at least (rounded down), and unknown when nothing above 0 is known', () => {
    const sv = toolsFor(fourPaths(), 'sv')
    expect(plain(figureText({ figure: 205_655_000, complete: true }, sv))).toBe('205,7 mnkr')
    expect(plain(figureText({ figure: 205_655_000, complete: false }, sv))).toBe('minst 205,6 mnkr')
    expect(figureText({ figure: 0, complete: false }, sv)).toBe('okänd')
  })
})

describe('the sentence per path (Swedish)', () => {
  const { text, path } = textOf('sv')

  it('says what the ranking is by, and the baseline', () => {
    expect(plain(text.basis)).toBe('Vägarna i ordning efter total kostnad 2024–2027, lägst först (utan diskontering). Skillnader räknas mot Känd.')
    // Complete paths in order; incomplete ones whose lower bound settles nothing after them, unnumbered.
    expect(text.paths.map((p) => [p.id, p.rank])).toEqual([['known', 1], ['dearer', 2], ['partial', null], ['cheap-part', null]])
    expect(text.lead).toBe(undefined)
  })

  it('gives a complete path its cost and its exact difference', () => {
    expect(path('dearer').sentence).toBe('Dyrare kostar 4,8 mnkr under 2024–2027, 0,8 mnkr mer än Känd.')
  })

  it('names the must-haves a path misses in the sentence and beside the figure', () => {
    expect(path('known').sentence).toBe('Känd kostar 4,0 mnkr under 2024–2027 (jämförelsebasen), men saknar ett måste-behov: videomöten.')
    expect(path('known').marks.map((m) => m.kind)).toEqual(['baseline', 'must-missing'])
    expect(path('known').marks.find((m) => m.kind === 'must-missing')?.text).toBe('saknar 1 måste-behov')
  })

  it('never gives a cheaper-looking incomplete path a difference: it says what would decide it', () => {
    const cheap = path('cheap-part')
    expect(cheap.figure).toBe('minst 3,0 mnkr')
    expect(cheap.sentence).toBe(
      'Billig del kostar minst 3,0 mnkr under 2024–2027, men om den kostar mer eller mindre än Känd är okänt. Okänt om den uppfyller chatt.',
    )
    expect(cheap.toDecide).toBe('Billig del är billigare än Känd bara om de okända beloppen i Billig del (pris okänt för Produkt u) tillsammans understiger 1,0 mnkr.')
    // Not ranked: said beside the figure, with what is missing.
    expect(cheap.marks.map((m) => m.kind)).toEqual(['unranked', 'incomplete', 'must-unknown'])
    expect(cheap.unranked).toBe('Kan inte rangordnas ännu — det saknas: pris okänt för Produkt u.')
  })

  it('gives an incomplete path that already costs as much as the baseline an "at least"', () => {
    expect(path('partial').sentence).toBe('Delvis kostar minst 4,0 mnkr under 2024–2027, minst lika mycket som Känd, men saknar två måste-behov: videomöten; stormöten och större informationsmöten.')
  })

  it('says what the figures show without recommending, and what is not known', () => {
    expect(text.conclusion.map(plain)).toEqual([
      'Lägst kostnad bland vägarna med kända belopp som uppfyller alla måste-behov: Dyrare, 4,8 mnkr.',
      // Only a ranked (complete) path is said to have a lower figure; incomplete ones are named apart.
      'Lägre siffra har Känd, men den saknar ett måste-behov.',
      'Kan inte rangordnas ännu: Delvis och Billig del.',
      'Vägval ger ingen rekommendation; siffrorna och deras källor är underlag för beslutet.',
    ])
    expect(text.unknowns).toEqual([
      'Delvis: pris okänt för Produkt u.',
      'Billig del: pris okänt för Produkt u.',
      'Om Billig del uppfyller chatt.',
    ])
  })

  it('lists what a total leaves out by kind', () => {
    const model = fourPaths()
    const missing = compute({ model, catalogue: [] }).scenarios.find((s) => s.id === 'partial')?.missing ?? []
    expect(missingItems(missing, toolsFor(model, 'sv'))).toBe('pris okänt för Produkt u')
  })
})

describe('the sentence per path (English), and present value', () => {
  it('counts must-haves in words with the right plural', () => {
    const { path } = textOf('en')
    expect(path('known').sentence).toBe('Känd costs SEK 4.0 M over 2024–2027 (the baseline), but misses one must-have: video meetings.')
    expect(path('partial').sentence).toBe(
      'Delvis costs at least SEK 4.0 M over 2024–2027, at least as much as Känd, but misses two must-haves: video meetings; large meetings and information meetings.',
    )
    expect(path('partial').marks.find((m) => m.kind === 'must-missing')?.text).toBe('misses 2 must-haves')
  })

  it('gives each lower figure in the conclusion its own reason', () => {
    const { text } = textOf('en')
    expect(text.conclusion.map(plain).slice(1, 3)).toEqual(['Känd has a lower figure, but it misses one must-have.', 'Cannot be ranked yet: Delvis and Billig del.'])
  })

  it('ranks by present value when a discount rate is set, and says so', () => {
    const { text, path } = textOf('en', { discountRate: 0.1 })
    expect(plain(text.basis)).toBe('The paths in order of present value over 2024–2027 at a discount rate of 10%, lowest first. Differences are against Känd.')
    // 1 + 1/1.1 + 1/1.21 + 1/1.331 = 3.4868520; Dyrare 1 200 000 × that = 4 184 222, Känd 3 486 852: 697 370 more.
    expect(path('dearer').sentence).toBe('Dyrare costs SEK 4.2 M in present value over 2024–2027, SEK 0.7 M more than Känd.')
  })

  it('says "not known" against an incomplete baseline, with both sides’ unknowns when both are incomplete', () => {
    const { path } = textOf('en', { baselineId: 'partial' })
    expect(path('known').sentence).toBe('Känd costs SEK 4.0 M over 2024–2027, no more than Delvis, but misses one must-have: video meetings.')
    expect(path('cheap-part').toDecide).toBe('That depends on the unknown amounts of both: Billig del: price not known for Produkt u; Delvis: price not known for Produkt u.')
  })
})

describe('a case with no needs and no policy says so first, and names no path as meeting all must-haves', () => {
  it.each<[Locale, string, string]>([
    ['sv', 'Behoven är inte bedömda och ingen policy för tredjeland är angiven', 'Behoven är inte bedömda, så om någon väg uppfyller organisationens måste-behov är okänt.'],
    ['en', 'The needs are not assessed and no third-country policy is set', 'The needs are not assessed, so whether any path meets the organisation’s must-haves is not known.'],
  ])('%s', (locale, lead, conclusion) => {
    const model = fourPaths()
    const result = compute({ model, catalogue: [] })
    const none = { must: { total: 0, met: 0, partly: 0, missing: [], unknown: [] } }
    const coverage = new Map(model.scenarios.map((s) => [s.id, none]))
    const exposure = new Map(model.scenarios.map((s) => [s.id, { scenarioId: s.id, services: [], exposedProducts: [], unknownProducts: [], thirdCountry: 'not-exposed' as const, exposedGroups: [], exposedUsers: 0, isExposedUsersUpperBound: false, isExposedUsersLowerBound: false, highestClass: null, commonClass: null, classLevels: [], policyMaxClass: undefined, forbiddenClasses: [] }]))
    const registers = new Map(model.scenarios.map((s) => [s.id, assessRisks(undefined)]))
    const text = summaryText(decision({ scenarios: result.scenarios, discountRate: 0, baselineId: 'known', coverage, exposure, registers }), { from: 2024, to: 2027, discountRate: 0 }, toolsFor(model, locale))
    expect(text.lead).toContain(lead)
    expect(text.conclusion[0]).toBe(conclusion)
    expect(text.conclusion.join(' ')).not.toMatch(/uppfyller alla|meet every must-have:/)
    // Risks of every path alike: not assessed, never "no risk".
    expect(new Set(text.paths.map((p) => p.risk)).size).toBe(1)
    expect(text.paths.every((p) => p.protection.includes(locale === 'sv' ? 'Ingen policy för tredjeland angiven.' : 'No third-country policy set.'))).toBe(true)
  })
})

describe('inSentence', () => {
  it.each([
    ['Stormöten och större informationsmöten', 'stormöten och större informationsmöten'],
    ['IT-stöd', 'IT-stöd'],
    ['E', 'E'],
  ])('%s → %s', (label, expected) => {
    expect(inSentence(label)).toBe(expected)
  })
})

describe('what is not known of third-country law', () => {
  it('names the paths that rely on a product of unknown status, but not a path named after that product twice', () => {
    const model = fourPaths({ discountRate: 0 })
    const result = compute({ model, catalogue: [] })
    const summary = decision({ scenarios: result.scenarios, discountRate: 0, baselineId: 'known' })
    const withUnknown = { ...summary, paths: summary.paths.map((p) => (p.id === 'known' || p.id === 'dearer' ? { ...p, unknownProducts: [p.id === 'known' ? 'k' : 'd'] } : p)) }
    const tools = { ...toolsFor(model, 'sv'), productName: (id: string) => (id === 'k' ? 'Känd' : 'Tjänst D') }
    const lines = summaryText(withUnknown, { from: 2024, to: 2027, discountRate: 0 }, tools).unknowns
    expect(lines).toContain('Om Känd lyder under tredjelandslag.')
    expect(lines).toContain('Om Tjänst D lyder under tredjelandslag (Dyrare).')
  })
})

describe('listText', () => {
  it('joins plain items as a sentence does, in each language', () => {
    expect(listText(['chatt', 'video', 'lagring'], 'sv')).toBe('chatt, video och lagring')
    expect(listText(['chat', 'video'], 'en')).toBe('chat and video')
  })

  it('joins items that hold the conjunction by semicolons, so two items do not read as four', () => {
    // Webex's two missing must-haves in the shipped case.
    expect(listText(['stormöten och större informationsmöten', 'dokumenthantering och lagring'], 'sv')).toBe(
      'stormöten och större informationsmöten; dokumenthantering och lagring',
    )
    expect(listText(['large meetings and information meetings', 'storage'], 'en')).toBe('large meetings and information meetings; storage')
  })
})
