/**
 * Issue 23: a model file with today's price changes put in (what the compare screen's "Använd alla"
 * saves) is read by the command line like any other: the money rule counts the changes from their
 * dates, and only the changes not put in are still warned of. Nothing in the command line knows of it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { applyPriceChanges, priceChangeRows, productIndex, referenceFileSchema } from '~/engine'
import { ROOT, loadCatalogue, loadPreset, readJson } from '../fixtures/cases'

const TSX = join(ROOT, 'node_modules/.bin/tsx')
const CALC = join(ROOT, 'src/cli/calc.ts')
const tmp = mkdtempSync(join(tmpdir(), 'vagval-calc-changes-'))
vi.setConfig({ testTimeout: 60_000 })
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('calc on the shipped case with its price changes applied', () => {
  const references = referenceFileSchema.parse(readJson('data/reference.json')).references
  const model = loadPreset()
  const choices = priceChangeRows(references).filter((r) => r.condition === undefined).map((r) => ({ referenceId: r.id }))
  const file = join(tmp, 'applied.json')
  writeFileSync(file, JSON.stringify(applyPriceChanges(model, productIndex(model, loadCatalogue()), references, choices)))
  const run = spawnSync(TSX, [CALC, file], { cwd: tmpdir(), encoding: 'utf8', timeout: 60_000 })

  it('prints the hand-worked 109 587 693 kr for Microsoft 365 (the documents’ 88 055 000 kr plus 21 532 693 kr of changes)', () => {
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout) as { scenarios: { id: string; total: number; years: { categories: { licences: number } }[] }[] }
    const m365 = result.scenarios.find((s) => s.id === 'm365')
    expect(m365?.total).toBe(109_587_693)
    expect(m365?.years.map((y) => y.categories.licences)).toEqual([17_357_449, 19_575_773, 19_727_675, 20_864_335, 21_982_461])
  })

  it('warns only of the conditional changes, which "Använd alla" leaves to be chosen: 5 for each cloud path, none on own servers', () => {
    const warned = run.stderr.split('\n').filter((l) => l.includes(': price-change-in-horizon: '))
    expect(warned.filter((l) => l.includes('(m365)'))).toHaveLength(5)
    expect(warned.every((l) => /monthly|volume levels/i.test(l))).toBe(true)
    expect(warned.filter((l) => l.includes('(on-prem)'))).toEqual([])
    expect(warned).toHaveLength(4 * 5)
  })
})
