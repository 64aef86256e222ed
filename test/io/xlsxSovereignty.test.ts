/**
 * The workbook's sovereignty sheet (src/io/xlsxSovereignty.ts) is the rating: LibreOffice recalculates
 * it after changes to its input cells (a path's answer, an answer's points) and must give what the
 * engine's rating gives for the same change made in the case — score low and high, SEAL at most and at
 * least, and "inte bedömd" where nothing is answered.
 */
import { Workbook } from '@cj-tech-master/excelts'
import { beforeAll, describe, expect, it } from 'vitest'
import { compute, frameworkCriteria, sovereigntyOf } from '~/engine'
import type { Case, SovereigntyRating, SovereigntySettings } from '~/engine'
import { sovereigntyFileSchema } from '~/engine/assessment/sovereigntyData'
import { buildWorkbook } from '~/io/xlsx'
import type { WorkbookInput } from '~/io/xlsx'
import { addSovereigntySheet } from '~/io/xlsxSovereignty'
import type { SovereigntySheetLayout } from '~/io/xlsxSovereignty'
import { loadCatalogue, parsed, presetJson, readJson } from '../fixtures/cases'
import { recalculateAll, requireSoffice } from './spreadsheet'

const catalogue = loadCatalogue()
const framework = sovereigntyFileSchema.parse(readJson('data/sovereignty.json'))
const criteria = frameworkCriteria(framework)
const shipped = (): Case => parsed(presetJson(), catalogue)

function ratings(model: Case, settings?: SovereigntySettings): Map<string, SovereigntyRating> {
  return new Map(sovereigntyOf({ model, catalogue, framework, ...(settings ? { settings } : {}) }).map((r) => [r.scenarioId, r]))
}

/** The sheet alone, in a workbook of its own, without cached results (the spreadsheet must compute them). */
async function sheetBytes(model: Case, edit?: (wb: Workbook, layout: SovereigntySheetLayout) => void): Promise<{ bytes: Uint8Array; layout: SovereigntySheetLayout }> {
  const wb = new Workbook()
  const layout = addSovereigntySheet(wb, { model, catalogue, framework, locale: 'sv', cachedResults: false })
  edit?.(wb, layout)
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), layout }
}

function at(rows: string[][] | undefined, cell: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(cell)
  const col = [...(match?.[1] ?? '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)
  return rows?.[Number(match?.[2]) - 1]?.[col - 1] ?? ''
}

interface Case_ {
  what: string
  bytes: Uint8Array
  layout: SovereigntySheetLayout
  expected: Map<string, SovereigntyRating>
  rows?: string[][]
}

describe('the sovereignty sheet recalculated by LibreOffice', () => {
  const cases: Case_[] = []
  const onPremProducts = ['m365-e3', 'm365-f3', 'm365-a3', 'compodium-vidicue', 'trusted-dialog']

  beforeAll(async () => {
    requireSoffice()
    const model = shipped()
    const add = async (what: string, settings: SovereigntySettings | undefined, edit?: (wb: Workbook, layout: SovereigntySheetLayout) => void) => {
      const { bytes, layout } = await sheetBytes(model, edit)
      cases.push({ what, bytes, layout, expected: ratings(model, settings) })
    }
    await add('as exported', undefined)
    // A finance officer settles SOV-8.1 at its first answer on every path that runs Microsoft 365 E3 in
    // the US cloud; in the case that is one own answer for that product so run (the lowest answer settles a path).
    await add('m365-e3 in the US cloud: SOV-8.1 = 1', { answers: [{ productId: 'm365-e3', criterion: 'SOV-8.1', hosting: ['us-cloud'], answer: 1 }] }, (wb, layout) => {
      const ws = wb.getWorksheet(layout.sheet)
      for (const path of ['m365', 'nextcloud', 'webex', 'eu-hybrid']) {
        const cells = layout.answers.get(`${path} SOV-8.1`)
        if (!cells || !ws) throw new Error('no cells')
        ws.getCell(cells.low).value = 1
        ws.getCell(cells.high).value = 1
      }
    })
    // Every criterion of the on-prem path at its top answer: score 1 and SEAL-4.
    await add(
      'on-prem all top',
      // Microsoft's products only as run on own servers (other paths run them in the US cloud).
      { answers: onPremProducts.flatMap((productId) => criteria.map((c) => ({ productId, criterion: c.id, answer: c.answers.length, ...(productId.startsWith('m365') ? { hosting: ['own-servers' as const] } : {}) }))) },
      (wb, layout) => {
        const ws = wb.getWorksheet(layout.sheet)
        for (const c of criteria) {
          const cells = layout.answers.get(`on-prem ${c.id}`)
          if (!cells || !ws) throw new Error('no cells')
          ws.getCell(cells.low).value = c.answers.length
          ws.getCell(cells.high).value = c.answers.length
        }
      },
    )
    // An adapted point value: SOV-2.3's first answer worth 20 points instead of 0 (still below the second's 41.75: the ladder keeps rising).
    await add('SOV-2.3 answer 1 = 20 points', { values: { 'SOV-2.3': { '1': 20 } } }, (wb, layout) => {
      const cell = layout.points.get('SOV-2.3 1')
      const ws = wb.getWorksheet(layout.sheet)
      if (!cell || !ws) throw new Error('no cell')
      ws.getCell(cell).value = 20
    })
    const recalculated = await recalculateAll(cases.map((c) => c.bytes))
    recalculated.forEach((sheets, i) => {
      const c = cases[i]
      if (c) c.rows = sheets.get(c.layout.sheet)
    })
  }, 600_000)

  it('gives the engine’s score range and SEAL for every path, as exported and after each change', () => {
    expect(cases).toHaveLength(4)
    let checked = 0
    for (const c of cases) {
      expect(c.rows, c.what).toBeDefined()
      for (const [id, cells] of c.layout.paths) {
        const rating = c.expected.get(id)
        if (!rating) throw new Error(`no rating of ${id}`)
        const where = `${c.what}, ${id}`
        expect(Number(at(c.rows, cells.scoreLow)), where).toBeCloseTo(rating.score.low, 9)
        expect(Number(at(c.rows, cells.scoreHigh)), where).toBeCloseTo(rating.score.high, 9)
        expect(at(c.rows, cells.sealAtMost), where).toBe(rating.sealAtMost === null ? 'inte bedömd' : String(rating.sealAtMost))
        expect(Number(at(c.rows, cells.sealAtLeast)), where).toBe(rating.sealAtLeast)
        checked++
      }
    }
    expect(checked).toBe(4 * 5)
  })

  it('follows the changes: the on-prem path at every top answer scores 1 at SEAL-4; an adapted point raises the low end', () => {
    const top = cases.find((c) => c.what === 'on-prem all top')
    const cells = top?.layout.paths.get('on-prem')
    expect(Number(at(top?.rows, cells?.scoreLow ?? ''))).toBeCloseTo(1, 9)
    expect(at(top?.rows, cells?.sealAtMost ?? '')).toBe('4')
    const exported = cases[0]
    const adapted = cases.find((c) => c.what === 'SOV-2.3 answer 1 = 20 points')
    const m365 = exported?.layout.paths.get('m365')
    expect(Number(at(adapted?.rows, m365?.scoreLow ?? ''))).toBeGreaterThan(Number(at(exported?.rows, m365?.scoreLow ?? '')))
  })
})

describe('the sovereignty sheet in the app’s workbook', () => {
  it('is added when the framework is given, its answers and points unlocked input cells of a protected sheet', async () => {
    const model = shipped()
    const base = { model, result: compute({ model, catalogue }), catalogue, sources: [], t: (key: string) => key, locale: 'en' as const, now: new Date('2026-12-05T00:00:00Z'), appVersion: '0' } satisfies WorkbookInput
    const without = await buildWorkbook(base)
    expect(without.workbook.worksheets.map((w) => w.name)).not.toContain('Sovereignty')
    const { workbook } = await buildWorkbook({ ...base, sovereignty: framework })
    const ws = workbook.getWorksheet('Sovereignty')
    expect(ws).toBeDefined()
    // The shipped rating of Microsoft 365 in the cloud on SOV-2.3 is settled at its first answer… or
    // narrowed; either way its cells hold numbers, and an unknown criterion's cells are empty.
    const layout = addSovereigntySheet(new Workbook(), { model, catalogue, framework, locale: 'en' })
    const known = layout.answers.get('m365 SOV-2.3')
    const unknown = layout.answers.get('m365 SOV-8.1')
    expect(typeof ws?.getCell(known?.low ?? 'A1').value).toBe('number')
    expect(ws?.getCell(unknown?.low ?? 'A1').value).toBeNull()
    expect(ws?.getCell(unknown?.low ?? 'A1').protection?.locked).toBe(false)
    expect(ws?.getCell(layout.points.get('SOV-2.3 1') ?? 'A1').protection?.locked).toBe(false)
    expect(ws?.sheetProtection?.sheet).toBe(true)
  })
})
