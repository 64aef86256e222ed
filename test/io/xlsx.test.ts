/**
 * The .xlsx workbook (src/io/xlsx.ts) is the model: LibreOffice recalculates it, after seeded changes
 * to its input cells, and must get exactly what the engine computes for the same changes — every
 * total, present value and completeness, to the krona. The file's structure (defined names, unlocked
 * inputs, protection, print set-up) is read back too.
 */
import { Workbook } from '@cj-tech-master/excelts'
import type { Worksheet } from '@cj-tech-master/excelts'
import { beforeAll, describe, expect, it } from 'vitest'
import { applyPriceChanges, compute, inputKey, inputSlots, mulberry32, priceChangeRows, productIndex, referenceFileSchema, writeInput } from '~/engine'
import type { Case, InputRef, InputValue, Product, Result } from '~/engine'
import { createAppI18n } from '~/i18n'
import { messages as exportsMessages } from '~/i18n/exports'
import { messages as workbenchMessages } from '~/i18n/workbench'
import { en as enTexts, sv as svTexts, workbookText } from '~/i18n/workbook-texts'
import type { WorkbookTextKey } from '~/i18n/workbook-texts'
import type { Locale } from '~/i18n'
import type { Translate } from '~/io/assumptions'
import { buildWorkbook, columnLetter, COMPARISON_LAYOUT, moneyFormat, sheetName, toXlsx, workbookSheetNames } from '~/io/xlsx'
import type { WorkbookInput, WorkbookLayout } from '~/io/xlsx'
import { buildCase, loadCatalogue, parsed, presetJson, product, readJson, scenario } from '../fixtures/cases'
import { printedPages, recalculateAll, requireSoffice } from './spreadsheet'

const catalogue = loadCatalogue()
const sources = (readJson('data/sources.json') as { sources: WorkbookInput['sources'] }).sources
const NOW = new Date('2026-03-04T09:30:00Z')

function translator(locale: Locale): Translate {
  const i18n = createAppI18n(locale, exportsMessages, workbenchMessages)
  return (key, params) => i18n.global.t(key, params ?? {})
}

function input(model: Case, locale: Locale, cachedResults = true): WorkbookInput & { result: Result } {
  return { model, result: compute({ model, catalogue }), catalogue, sources, t: translator(locale), locale, now: NOW, appVersion: '9.8.7', cachedResults }
}

/** A product under third-country law, run in the vendor's cloud. */
function usCloud(id: string, price: number): Product {
  return { ...product(id, price), hosting: ['us-cloud'], jurisdiction: { thirdCountryLaws: ['cloud-act'] } }
}

/**
 * Hand-made case 1: ranges, escalation (general, and its own rate for one product), a discount rate,
 * an unknown price, a price in euro, a flat price, growth by year, phase-in with a share, FTE, per-user
 * and one-off costs, training of newcomers with a share, a counted and an uncounted saving.
 */
function rangedCase(): Case {
  return parsed(
    buildCase({
      organisation: {
        groups: [
          { id: 'office', name: 'Kontor', users: { low: 800, likely: 903, high: 1000 }, usersByYear: { '2026': 950, '2027': 1011 } },
          { id: 'field-staff', name: 'Fält', users: 301 },
        ],
        hourlyCost: { low: 300, likely: 352.5, high: 420 },
      },
      settings: {
        startYear: 2025, years: 5, discountRate: 0.035,
        escalation: { general: { low: 0.01, likely: 0.021, high: 0.04 }, byProduct: { suite: 0.047 } },
        exchangeRates: { EUR: 11.37 },
      },
      products: [
        product('suite', 4050.5), product('frontline', 660), product('chat', { value: null, reason: 'ingen offert' }),
        product('video', 7.25, { currency: 'EUR' }), product('platform', 250_000, { unit: 'year' }),
      ],
      scenarios: [
        scenario({
          id: 'cloud', name: 'Moln',
          licences: [
            { productId: 'suite', groups: ['office'], share: 0.85, shareByYear: { '2025': 0.5, '2026': 1 } },
            { productId: 'frontline', groups: ['field-staff'] },
            { productId: 'video', groups: ['office', 'field-staff'], share: 0.3 },
          ],
          costs: [
            { label: 'Införande', category: 'implementation', kind: 'one-off', amount: { low: 400_000, likely: 512_345.5, high: 800_000 }, year: 2025 },
            { label: 'Förvaltning', category: 'operations', kind: 'recurring', amount: 650_000, fte: { low: 1, likely: 1.5, high: 2 }, from: 2026 },
            { label: 'Säkerhet per användare', category: 'operations', kind: 'recurring', amount: 33.3, perUserOf: ['office'] },
          ],
          training: [{ label: 'Utbildning', groups: ['office'], hoursPerUser: { low: 2, likely: 3, high: 4 }, year: 2025, turnoverRate: 0.08, share: 0.9 }],
          benefits: [
            { label: 'Resor', amount: 120_000, from: 2026, counted: true },
            { label: 'Ej räknad', amount: 50_000, from: 2027, counted: false },
          ],
        }),
        scenario({
          id: 'eu-mix', name: 'EU-mix',
          licences: [
            { productId: 'chat', groups: ['office', 'field-staff'] },
            { productId: 'platform', groups: ['office'] },
            { productId: 'frontline', users: 120, from: 2026, to: 2028 },
          ],
          costs: [{ label: 'Migrering', category: 'implementation', kind: 'one-off', amount: 1_200_000, year: 2026 }],
          training: [{ label: 'Utbildning', hoursPerUser: 4, hourlyCost: 380, year: 2026 }],
          benefits: [],
        }),
      ],
    }),
    catalogue,
  )
}

/**
 * Hand-made case 2: a legal change that makes the US path pay its exit, an unknown user count (a flat
 * price still known), training placed before the horizon (only newcomers counted), an explicit count.
 */
function legalCase(): Case {
  const model = buildCase({
    organisation: {
      groups: [
        { id: 'staff', name: 'Personal', users: 1000, usersByYear: { '2025': 1100, '2026': 1050 } },
        { id: 'pupils', name: 'Elever', users: { value: null, reason: 'inte räknat' } },
      ],
      hourlyCost: 400,
    },
    settings: { startYear: 2024, years: 4, discountRate: 0.02, legalChangeYear: 2026 },
    products: [usCloud('us-suite', 1000), product('eu-suite', 1500), product('flat', 90_000, { unit: 'year' })],
    scenarios: [
      scenario({
        id: 'us', name: 'US-moln',
        licences: [{ productId: 'us-suite', groups: ['staff'] }, { productId: 'flat', groups: ['pupils'] }],
        costs: [{ label: 'Drift', category: 'operations', kind: 'recurring', amount: 300_000 }],
        training: [{ label: 'Utbildning', groups: ['staff'], hoursPerUser: 2, year: 2023, turnoverRate: 0.1 }],
        benefits: [],
        exitPlan: { amount: 2_500_000 },
      }),
      scenario({
        id: 'eu', name: 'EU-moln',
        licences: [{ productId: 'eu-suite', groups: ['staff'] }, { productId: 'eu-suite', users: 40 }],
        costs: [{ label: 'Elevstöd', category: 'operations', kind: 'recurring', amount: 12, perUserOf: ['pupils'] }],
        // Everyone, no turnover: later years train the staff's growth, but the pupils' count is unknown.
        training: [{ label: 'Introduktion', hoursPerUser: 3, year: 2024 }],
        benefits: [{ label: 'Besparing', amount: { value: null, reason: 'okänd' }, from: 2025, counted: true }],
      }),
    ],
  })
  model.compare = { baseline: 'us' }
  return parsed(model, catalogue)
}

/**
 * Hand-made case 3, half kronor (test/engine/costs.test.ts works it out): a saving of 900 000 escalated
 * at 2.5 % is −945 562.5 in its third year, and 33.30 kr × 15 users is 499.50: both round away from zero,
 * though binary floating point puts each a hair below the half. Total −2 766 526.
 */
function halfCase(): Case {
  return parsed(
    buildCase({
      organisation: { groups: [{ id: 'few', name: 'Få', users: 15 }] },
      settings: { years: 3, escalation: { general: 0.025 } },
      scenarios: [
        scenario({
          id: 'half', name: 'Halva kronor',
          costs: [{ label: 'Stöd per användare', category: 'operations', kind: 'recurring', amount: 33.3, perUserOf: ['few'] }],
          benefits: [{ label: 'Besparing', amount: 900_000, from: 2024, counted: true }],
        }),
      ],
    }),
    catalogue,
  )
}

/**
 * Hand-made case 4, dated price changes (test/engine/costs.test.ts works it out): 10 staff on 1 000 kr,
 * +10 % from 2 July 2025 (pro rata that year), −10 % from 2027: 10 000, 10 501, 11 000, 9 900 = 41 401.
 */
function priceChangeCase(): Case {
  return parsed(
    buildCase({
      organisation: { groups: [{ id: 'staff', name: 'Personal', users: 10 }] },
      products: [product('suite', 1_000)],
      scenarios: [
        scenario({
          id: 'dated', name: 'Prisändring',
          licences: [{ productId: 'suite', groups: ['staff'], priceChanges: [{ from: '2025-07-02', factor: 1.1 }, { from: '2027-01-01', factor: 0.9 }] }],
        }),
      ],
    }),
    catalogue,
  )
}

/** The shipped case as it is. */
function shippedCase(): Case {
  return parsed(presetJson(), catalogue)
}

/** The shipped case with every price change of data/reference.json that holds for every buyer put in, as "Använd alla" does. */
function shippedWithPriceChanges(): Case {
  const model = shippedCase()
  const references = referenceFileSchema.parse(readJson('data/reference.json')).references
  const choices = priceChangeRows(references).filter((r) => r.condition === undefined).map((r) => ({ referenceId: r.id }))
  return applyPriceChanges(model, productIndex(model, catalogue), references, choices)
}

/** A recalculated cell, by its place, as LibreOffice wrote it (raw values). */
function valueAt(sheets: Map<string, string[][]>, place: { sheet: string; cell: string } | undefined): string {
  expect(place, 'a named cell').toBeDefined()
  const match = /^([A-Z]+)(\d+)$/.exec(place?.cell ?? '')
  const col = [...(match?.[1] ?? '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)
  const row = Number(match?.[2])
  const text = sheets.get(place?.sheet ?? '')?.[row - 1]?.[col - 1]
  expect(text, `${place?.sheet}!${place?.cell}`).toBeDefined()
  return text ?? ''
}

function numberAt(sheets: Map<string, string[][]>, place: { sheet: string; cell: string } | undefined): number {
  const text = valueAt(sheets, place)
  const value = Number(text)
  expect(Number.isFinite(value), `${place?.sheet}!${place?.cell} = ${text}`).toBe(true)
  return value
}

/** Every scenario's total, present value and completeness in the recalculated workbook equal the engine's. */
function expectEngineFigures(sheets: Map<string, string[][]>, layout: WorkbookLayout, result: Result, what: string): number {
  let checked = 0
  for (const s of result.scenarios) {
    const id = s.id.replaceAll('-', '_')
    expect(numberAt(sheets, layout.names.get(`total_${id}`)), `${what}: total of ${s.id}`).toBe(s.total)
    expect(numberAt(sheets, layout.names.get(`pv_${id}`)), `${what}: present value of ${s.id}`).toBe(s.presentValue)
    expect(valueAt(sheets, layout.names.get(`complete_${id}`)).toUpperCase(), `${what}: completeness of ${s.id}`).toBe(s.complete ? 'TRUE' : 'FALSE')
    const perUser = valueAt(sheets, layout.names.get(`per_user_year_${id}`))
    expect(s.perUserYear === null ? perUser : Number(perUser), `${what}: per user-year of ${s.id}`).toBe(s.perUserYear ?? perUser)
    checked += 4
  }
  return checked
}

// ─── Seeded changes to input cells ──────────────────────────────────────────────────────────────────

interface Change {
  /** The input's key in the workbook (the engine's `inputKey`, or `discount-rate`). */
  key: string
  ref?: InputRef
  /** The new value; null empties the cell (unknown). */
  value: number | null
}

/** Kinds a person changes most, and a value of the right sort for each. */
const CHANGEABLE: Partial<Record<InputRef['kind'], (random: () => number) => number>> = {
  'group-users': (r) => Math.floor(r() * 5000),
  'licence-users': (r) => Math.floor(r() * 400),
  price: (r) => Math.round(r() * 600_000) / 100,
  'training-hours': (r) => Math.round(r() * 80) / 10,
  'hourly-cost': (r) => Math.round(r() * 60_000) / 100,
  'escalation-general': (r) => Math.round(r() * 900 - 200) / 10_000,
  'escalation-product': (r) => Math.round(r() * 900) / 10_000,
  'exchange-rate': (r) => Math.round(r() * 2000) / 100,
  'cost-amount': (r) => Math.round(r() * 300_000_000) / 100,
  'cost-fte': (r) => Math.round(r() * 40) / 10,
  'benefit-amount': (r) => Math.round(r() * 100_000_000) / 100,
  'exit-plan': (r) => Math.floor(r() * 5_000_000),
}

/** `count` variants of a case, each with 1–3 seeded changes; a change may make a known input unknown or the reverse. */
function variants(model: Case, seed: number, count: number): { model: Case; changes: Change[] }[] {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  return Array.from({ length: count }, () => {
    const copy = structuredClone(model)
    const slots = inputSlots(copy, catalogue).filter((s) => CHANGEABLE[s.ref.kind] !== undefined)
    const changes: Change[] = []
    const n = 1 + Math.floor(random() * 3)
    for (let i = 0; i < n; i++) {
      if (random() < 0.15) {
        const value = Math.round(random() * 1000) / 10_000
        copy.settings.discountRate = value
        changes.push({ key: 'discount-rate', value })
        continue
      }
      const slot = pick(slots)
      const makeUnknown = random() < 0.12
      const value = makeUnknown ? null : (CHANGEABLE[slot.ref.kind]?.(random) ?? 0)
      const written: InputValue = value === null ? { value: null, reason: 'cleared in the workbook' } : value
      expect(writeInput(copy, catalogue, slot.ref, written), slot.key).toBe(true)
      changes.push({ key: inputKey(slot.ref), ref: slot.ref, value })
    }
    return { model: copy, changes }
  })
}

/** Writes changes into the workbook's input cells, as a person editing the file would. */
async function edited(bytes: Uint8Array, layout: WorkbookLayout, changes: readonly Change[]): Promise<Uint8Array> {
  const book = new Workbook()
  await book.xlsx.load(bytes.slice().buffer)
  for (const change of changes) {
    const place = layout.inputs.get(change.key)
    expect(place, `input cell of ${change.key}`).toBeDefined()
    const cell = book.getWorksheet(place?.sheet ?? '')?.getCell(place?.cell ?? '')
    expect(cell?.protection?.locked, `${change.key} is unlocked`).toBe(false)
    if (cell) cell.value = change.value
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

describe('workbook recalculated by LibreOffice', () => {
  /** One workbook LibreOffice recalculates, and what the engine says it must show. */
  interface Book {
    what: string
    bytes: Uint8Array
    layout: WorkbookLayout
    result: Result
    sheets?: Map<string, string[][]>
    /** The inputs a seeded variant changed in the file, before LibreOffice recalculated it. */
    changes?: readonly { key: string; value: unknown }[]
  }
  const books: Book[] = []
  const formulaNames = ['=1+2', '+3*4', '-5+6', '@SUM(1)']
  let changes = 0
  const kinds = new Set<string>()

  async function exported(what: string, model: Case, locale: Locale): Promise<Book> {
    const data = input(model, locale, false)
    const { layout } = await buildWorkbook(data)
    const book = { what, bytes: await toXlsx(data), layout, result: data.result }
    books.push(book)
    return book
  }

  // Every workbook of these tests goes through one LibreOffice run: starting it is most of the time.
  beforeAll(async () => {
    requireSoffice()
    await exported('shipped (en)', shippedCase(), 'en')
    const named = shippedCase()
    formulaNames.forEach((name, i) => {
      const s = named.scenarios[i]
      if (s) s.name = name
    })
    await exported('formula-looking names', named, 'en')
    await exported('half kronor', halfCase(), 'sv')
    await exported('price changes', priceChangeCase(), 'en')
    await exported('shipped with today’s price changes applied', shippedWithPriceChanges(), 'sv')
    for (const c of [
      { name: 'shipped', model: shippedCase(), seed: 11 },
      { name: 'ranged', model: rangedCase(), seed: 22 },
      { name: 'legal', model: legalCase(), seed: 33 },
    ]) {
      const original = await exported(`${c.name} as exported`, c.model, 'sv')
      for (const [i, variant] of variants(c.model, c.seed, 8).entries()) {
        books.push({
          what: `${c.name} #${i}: ${variant.changes.map((ch) => `${ch.key}=${ch.value}`).join(', ')}`,
          bytes: await edited(original.bytes, original.layout, variant.changes),
          layout: original.layout,
          result: compute({ model: variant.model, catalogue }),
          changes: variant.changes,
        })
        changes += variant.changes.length
        for (const ch of variant.changes) kinds.add(ch.ref?.kind ?? ch.key)
      }
    }
    const recalculated = await recalculateAll(books.map((b) => b.bytes))
    recalculated.forEach((sheets, i) => {
      const book = books[i]
      if (book) book.sheets = sheets
    })
  }, 600_000)

  const book = (what: string): Book & { sheets: Map<string, string[][]> } => {
    const found = books.find((b) => b.what === what)
    if (!found?.sheets) throw new Error(`no recalculated workbook "${what}"`)
    return found as Book & { sheets: Map<string, string[][]> }
  }

  it.each(['shipped (en)', 'shipped as exported'])('gives the engine’s figures for %s, per year and against the baseline', (what) => {
    const { sheets, layout, result } = book(what)
    expect(expectEngineFigures(sheets, layout, result, what)).toBe(result.scenarios.length * 4)
    const C = COMPARISON_LAYOUT
    const years = result.years.length
    result.scenarios.forEach((s, i) => {
      s.years.forEach((y, k) => {
        expect(numberAt(sheets, { sheet: layout.sheets.comparison, cell: `${columnLetter(2 + k)}${C.firstRow + i}` })).toBe(y.total)
      })
      const difference = numberAt(sheets, { sheet: layout.sheets.comparison, cell: `${columnLetter(6 + years)}${C.firstRow + i}` })
      expect(difference).toBe(s.total - (result.scenarios[0]?.total ?? 0))
    })
  })

  it('follows at least 20 seeded changes of users, prices, the discount rate, training hours and more, to the krona', () => {
    expect(changes).toBeGreaterThanOrEqual(20)
    for (const kind of ['group-users', 'price', 'discount-rate', 'training-hours']) expect(kinds, `a change of ${kind}`).toContain(kind)
    let checked = 0
    for (const b of books) if (b.sheets) checked += expectEngineFigures(b.sheets, b.layout, b.result, b.what)
    expect(checked).toBeGreaterThan(100)
    // Some scenario is incomplete and some complete: the completeness cells were really tested.
    const all = books.flatMap((b) => b.result.scenarios)
    expect(all.some((s) => !s.complete) && all.some((s) => s.complete)).toBe(true)
  })

  it('says "changed from the source price" beside a price changed in the file, by formula', () => {
    const origin = (what: string) => book(`${what.split(' #')[0]} as exported`)
    const priced = books.filter((b) => b.sheets && b.changes?.some((ch) => ch.key.startsWith('price:') && typeof ch.value === 'number'))
    let followed = 0
    for (const b of priced) {
      const sheets = b.sheets as Map<string, string[][]>
      for (const ch of b.changes ?? []) {
        const place = b.layout.inputs.get(ch.key)
        if (!ch.key.startsWith('price:') || !place) continue
        const row = place.cell.replace(/^[A-Z]+/, '')
        const before = valueAt(origin(b.what).sheets, place)
        const compared = valueAt(sheets, { sheet: place.sheet, cell: `L${row}` })
        const wasCompared = valueAt(origin(b.what).sheets, { sheet: place.sheet, cell: `L${row}` })
        // A product of the case's own has no source price to be compared with: it stays "own".
        if (wasCompared === 'eget, inget standardvärde') {
          expect(compared).toBe(wasCompared)
          continue
        }
        const isSame = Number(before) === Number(valueAt(sheets, place))
        expect(compared, `${b.what}: ${ch.key}`).toBe(isSame ? 'som standard' : 'ändrat från källans pris')
        if (!isSame) followed++
      }
    }
    expect(followed, 'a shipped price changed in the file').toBeGreaterThan(0)
  })

  it('rounds a half krona away from zero as the engine does, where ROUND alone would not', () => {
    const { sheets, layout, result } = book('half kronor')
    expect(result.scenarios[0]?.total).toBe(-2_766_526)
    expect(expectEngineFigures(sheets, layout, result, 'half kronor')).toBe(4)
  })

  it('follows a dated price change, pro rata in its year, as the engine does', () => {
    const { sheets, layout, result } = book('price changes')
    expect(result.scenarios[0]?.total).toBe(41_401)
    expect(expectEngineFigures(sheets, layout, result, 'price changes')).toBe(4)
  })

  // Issue 23: the compare screen's "Använd alla" puts the changes in the case; the workbook follows
  // through the money rule with no code of its own (test/engine/closing-figure.test.ts works 109 587 693 by hand).
  it('follows the price changes the compare screen applies to the shipped case: 109 587 693 kr for Microsoft 365', () => {
    const { sheets, layout, result } = book('shipped with today’s price changes applied')
    expect(result.scenarios.find((s) => s.id === 'm365')?.total).toBe(109_587_693)
    expect(expectEngineFigures(sheets, layout, result, 'applied')).toBe(result.scenarios.length * 4)
  })

  it('keeps a formula-looking scenario name as text', () => {
    const { sheets, layout } = book('formula-looking names')
    formulaNames.forEach((name, i) => {
      expect(valueAt(sheets, { sheet: layout.sheets.comparison, cell: `A${COMPARISON_LAYOUT.firstRow + i}` })).toBe(name)
    })
  })
})

describe('workbook printed', () => {
  it('prints as a paper: every page names the case and the sheet and says "Sida N av M"; the inputs at a readable size', async () => {
    const model = shippedCase()
    const pages = await printedPages(await toXlsx(input(model, 'sv')))
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
    const caseName = typeof model.name === 'string' ? model.name : model.name.sv
    pages.forEach(({ text }, i) => {
      expect(plain(text), `page ${i + 1}`).toContain(caseName)
      expect(plain(text), `page ${i + 1}`).toContain(`Sida ${i + 1} av ${pages.length}`)
    })
    const inputs = pages.filter(({ text }) => (text.split('\n')[0] ?? '').trimEnd().endsWith('Indata'))
    expect(inputs.length).toBeGreaterThan(1)
    // A word's box is about its font size (Carlito's ascent and descent, 1.22 em) times the print scale:
    // 9.5 pt is about 8 pt type; fitted to one page, the same sheet printed at 4.4 pt (about 3.6 pt type).
    for (const page of inputs) expect(page.wordHeight).toBeGreaterThanOrEqual(9.5)
    console.log(`xlsx.test: the shipped workbook prints on ${pages.length} pages, the inputs on ${inputs.length}, their words ${inputs[0]?.wordHeight.toFixed(1)} pt high`)
  }, 180_000)
})

describe('workbook as written', () => {
  let book: Workbook
  let data: ReturnType<typeof input>
  let layout: WorkbookLayout

  beforeAll(async () => {
    data = input(rangedCase(), 'sv')
    layout = (await buildWorkbook(data)).layout
    book = new Workbook()
    await book.xlsx.load((await toXlsx(data)).slice().buffer)
  })

  const sheet = (name: string): Worksheet => {
    const ws = book.getWorksheet(name)
    if (!ws) throw new Error(`no sheet ${name}`)
    return ws
  }

  it('has a comparison sheet, the inputs, one sheet per scenario and the sources, in that order', () => {
    const names = workbookSheetNames(data.result, 'sv')
    expect(book.worksheets.map((w) => w.name)).toEqual([names.comparison, names.inputs, ...names.scenarios, names.sources])
    expect(names.inputs).toBe('Indata')
  })

  it('names the inputs and the figures, with ids’ hyphens as underscores', () => {
    const names = new Map(book.definedNames.model.map((d) => [d.name, d.ranges[0] ?? '']))
    for (const name of ['users_office', 'users_office_2026', 'users_field_staff', 'price_suite', 'price_chat', 'hourly_cost', 'discount_rate', 'escalation', 'escalation_suite', 'fx_eur', 'total_cloud', 'pv_cloud', 'total_eu_mix', 'pv_eu_mix', 'complete_eu_mix']) {
      expect(names.get(name), name).toMatch(/!\$[A-Z]+\$\d+$/)
    }
    const inputs = sheet('Indata')
    const at = (name: string) => inputs.getCell(layout.names.get(name)?.cell ?? 'A1')
    expect(at('users_office').value).toBe(903)
    expect(at('price_suite').value).toBe(4050.5)
    expect(at('discount_rate').value).toBe(0.035)
    expect(at('discount_rate').numFmt).toBe('0.0##%')
  })

  it('leaves an unknown input empty, yellow, unlocked and marked unknown, and locks the rest', () => {
    const inputs = sheet('Indata')
    const chat = inputs.getCell(layout.inputs.get('price:chat')?.cell ?? 'A1')
    expect(chat.value).toBeNull()
    expect(chat.protection?.locked).toBe(false)
    expect(inputs.getRow(Number(chat.row)).getCell(7).value).toBe('okänt: ingen offert')
    expect(inputs.getCell(layout.inputs.get('group-users:office')?.cell ?? 'A1').protection?.locked).toBe(false)
    expect(inputs.getCell('A1').protection?.locked).not.toBe(false)
    for (const ws of book.worksheets) expect(ws.sheetProtection?.sheet, ws.name).toBe(true)
  })

  it('reads every input by its name: no formula points at a bare cell of the inputs sheet', () => {
    let formulas = 0
    const bare: string[] = []
    for (const ws of book.worksheets) ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null
      if (!v || typeof v !== 'object' || !('formula' in v) || !v.formula) return
      formulas++
      if (/'?Indata'?!\$?[A-Z]{1,2}\$?\d+/.test(v.formula)) bare.push(`${ws.name}!${cell.address}: ${v.formula}`)
    }))
    expect(formulas).toBeGreaterThan(100)
    expect(bare).toEqual([])
    const names = new Set(book.definedNames.model.map((d) => d.name))
    for (const name of ['share_cloud_suite', 'cost_cloud_1', 'training_hours_cloud_1']) expect(names, name).toContain(name)
  })

  it('writes each line as a formula of the inputs, whole seats and ROUND per line-year', () => {
    const cloud = sheet(layout.sheets.scenarios[0] ?? '')
    const formulas: string[] = []
    cloud.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null
      if (v && typeof v === 'object' && 'formula' in v && v.formula) formulas.push(v.formula)
    }))
    expect(formulas.some((f) => f.includes('ROUNDUP(users_office*') && f.includes('-1E-9,0)'))).toBe(true)
    expect(formulas.some((f) => f.includes('price_suite*(1+escalation_suite)^1'))).toBe(true)
    expect(formulas.some((f) => f.includes('(price_video*fx_eur*(1+escalation)^1)'))).toBe(true)
    expect(formulas.some((f) => /^IF\(.*ROUND\(.*,0\),"okänt"\)$/.test(f))).toBe(true)
    expect(formulas.some((f) => f.includes('NPV(discount_rate,'))).toBe(true)
  })

  it('sets frozen headers, print titles, landscape A4 and money formats', () => {
    for (const ws of book.worksheets) {
      expect(ws.views[0]?.state, ws.name).toBe('frozen')
      expect(ws.pageSetup.orientation, ws.name).toBe('landscape')
      expect(ws.pageSetup.paperSize, ws.name).toBe(9)
    }
    const names = book.definedNames.model.map((d) => d.name)
    expect(names.filter((n) => n === '_xlnm.Print_Titles').length + book.worksheets.filter((w) => w.pageSetup.printTitlesRow).length).toBeGreaterThan(0)
    const cloud = sheet(layout.sheets.scenarios[0] ?? '')
    const total = layout.names.get('total_cloud')
    expect(cloud.getCell(total?.cell ?? 'A1').numFmt).toBe(moneyFormat('SEK', 'sv'))
  })

  it('says of each input whether it differs from the shipped default', async () => {
    const changed = shippedCase()
    const e3 = changed.organisation.groups[0]
    if (e3) e3.users = 2400
    const shipped = { ...input(changed, 'sv'), defaults: shippedCase() }
    const { layout: l } = await buildWorkbook(shipped)
    const read = new Workbook()
    await read.xlsx.load((await toXlsx(shipped)).slice().buffer)
    const inputs = read.getWorksheet('Indata')
    // A formula over the row's own cells, its cached result the app's reading.
    const defaultOf = (key: string) => {
      const value = inputs?.getRow(Number(l.inputs.get(key)?.cell.slice(1))).getCell(12).value
      return value && typeof value === 'object' && 'result' in value ? value.result : value
    }
    expect(defaultOf('group-users:e3')).toBe('ändrat från 2300')
    expect(defaultOf('group-users:f3')).toBe('som standard')
    expect(defaultOf('price:m365-e3')).toBe('som standard')
  })

  it('puts the case’s notes and each stated total’s warning in the workbook', async () => {
    const shipped = input(shippedCase(), 'en')
    const bytes = await toXlsx(shipped)
    const en = new Workbook()
    await en.xlsx.load(bytes.slice().buffer)
    const texts: string[] = []
    en.getWorksheet('Comparison')?.eachRow((row) => texts.push(String(row.getCell(1).value ?? '')))
    expect(texts.some((t) => t.includes('the source states 15,634,200 a year for the licences, but its own lines add up to 15,595,000'))).toBe(true)
    expect(texts).toContain('The DPIA covers about 10,000 employees and 20,000 pupils; the study counts 13,300 licences.')
    expect(en.worksheets[1]?.name).toBe('Inputs')
  })

  it('names a group licensed twice and a group with no licence among what to note, in the workbook’s language', async () => {
    const model = buildCase({
      organisation: {
        groups: [
          { id: 'office', name: 'Kontor', users: 900 },
          { id: 'frontline', name: { sv: 'Frontlinje', en: 'Frontline' }, users: 300 },
          { id: 'temps', name: 'Vikarier', users: 40 },
        ],
      },
      settings: { startYear: 2026, years: 4, discountRate: 0.03 },
      scenarios: [scenario({ name: 'M365', licences: [{ productId: 'm365-e3', groups: ['office', 'frontline'] }, { productId: 'm365-f3', groups: ['frontline'] }] })],
    })
    const texts = async (locale: Locale) => {
      const book = new Workbook()
      await book.xlsx.load((await toXlsx(input(model, locale))).slice().buffer)
      const rows: string[] = []
      book.worksheets[0]?.eachRow((row) => rows.push(String(row.getCell(1).value ?? '')))
      return rows
    }
    const en = await texts('en')
    expect(en).toContain('M365: Frontline has two licences for the same function from 2026: Microsoft 365 E3 and Microsoft 365 F3.')
    expect(en).toContain('M365: Vikarier has no licence in the scenario.')
    const sv = await texts('sv')
    expect(sv).toContain('M365: Frontlinje har två licenser för samma funktion från 2026: Microsoft 365 E3 och Microsoft 365 F3.')
    expect(sv).toContain('M365: Vikarier har ingen licens i scenariot.')
  })
})

describe('workbook texts', () => {
  it('exist in Swedish and English, not empty, with the same placeholders, filled in', () => {
    const keys = Object.keys(svTexts) as WorkbookTextKey[]
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of keys) {
      expect(svTexts[key].trim(), key).not.toBe('')
      expect(placeholders(enTexts[key]), key).toEqual(placeholders(svTexts[key]))
    }
    expect(Object.keys(enTexts).sort()).toEqual([...keys].sort())
    expect(workbookText('en', 'madeBy', { date: '2026-03-04', version: '1.2.3' })).toBe('Made 2026-03-04 with Vägval 1.2.3.')
  })
})

describe('sheet names and columns', () => {
  it.each([
    ['Plain', 'Plain'],
    ['a/b:c*d?e[f]g\\h', 'a b c d e f g h'],
    ["'quoted'", 'quoted'],
    ['x'.repeat(40), 'x'.repeat(31)],
    ['', 'Sheet'],
  ])('makes %j a valid sheet name %j', (wanted, name) => {
    expect(sheetName(wanted, new Set())).toBe(name)
  })

  it('keeps names unique, ignoring case', () => {
    const taken = new Set<string>()
    expect([sheetName('Webex', taken), sheetName('WEBEX', taken), sheetName('webex', taken)]).toEqual(['Webex', 'WEBEX (2)', 'webex (3)'])
  })

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter)
  })
})
