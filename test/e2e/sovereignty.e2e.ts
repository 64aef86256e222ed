// The sovereignty screen and the SEAL in the decision summary (issue 24, decision 0020), as a person
// reads and uses them: the shipped paths' SEAL ("SEAL-1 (högst)" while answers are open, "inte bedömd"
// where nothing is answered), the weakest link, the case's own minimum SEAL marking a path "under
// kravnivå" in the summary and undone with the case's history, an own answer with its evidence;
// axe clean in both languages; screenshots at three widths in both languages for the record.
import { mkdirSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp, openScreen } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const SHOTS = '/work/shots/i24'
const read = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

/** The overview table's cell of a path, by column (0 = the path's name). */
const overviewCell = (page: Page, scenarioId: string, field: string) =>
  page.locator(`[data-field="sovereignty-overview"] tr[data-scenario="${scenarioId}"] [data-field="${field}"]`)

describe('the sovereignty screen', () => {
  it('shows each shipped path’s SEAL as an upper bound, the score as a range, the weakest link in words and the unknown criteria', async () => {
    const app = await openApp(browser, { locale: 'sv-SE' })
    const errors = collectConsoleErrors(app.page)
    const { page } = app
    try {
      // The decision summary carries the SEAL beside cost and must-haves once the rating has loaded.
      const m365Fact = page.locator('.decision-path[data-scenario="m365"] [data-mark="sovereignty"]')
      await m365Fact.waitFor()
      expect(await read(m365Fact)).toBe('Suveränitet SEAL-1 (högst), poäng 0–94 av 100')
      expect(await read(page.locator('.decision-path[data-scenario="on-prem"] [data-mark="sovereignty"]'))).toBe('Suveränitet inte bedömd')

      await openScreen(page, 'Suveränitet')
      await page.getByRole('heading', { name: 'Vägarna i korthet' }).waitFor()
      for (const id of ['m365', 'nextcloud', 'webex', 'eu-hybrid']) expect(await read(overviewCell(page, id, 'seal')), id).toBe('SEAL-1 (högst)')
      expect(await read(overviewCell(page, 'm365', 'score'))).toBe('0–94')
      expect(await read(overviewCell(page, 'on-prem', 'seal'))).toBe('inte bedömd')
      expect(await read(overviewCell(page, 'on-prem', 'score'))).toBe('0–100')

      const m365 = page.locator('.sov-path[data-scenario="m365"]')
      const weakest = await read(m365.locator('[data-field="weakest"]'))
      expect(weakest).toContain('SOV-2.3 Vägar för åtkomst till data')
      // The Commission's words in English, marked as such, and the product as run in the path.
      expect(weakest).toContain('kommissionens lydelse')
      // Beside the Commission's English, the answer in Swedish, marked as our translation.
      expect(weakest).toContain('på svenska, vår översättning: Helt utanför EU')
      expect(weakest).toMatch(/Microsoft 365 E3[^:]*\(amerikansk leverantörs moln\)/)
      expect(await m365.locator('[data-field="weakest"] q[lang="en"]').count()).toBeGreaterThan(0)
      // The objectives as a table: the bars' text alternative.
      const sov2 = m365.locator('tr[data-objective="SOV-2"]')
      expect(await read(sov2)).toContain('SEAL-1 (högst)')
      await m365.locator('[data-field="unknown"] summary').click()
      expect(await read(m365.locator('[data-field="unknown"]'))).toContain('Kriterier utan känt svar (41)')
      expect(await read(page.locator('.sov-path[data-scenario="on-prem"] [data-field="not-assessed"]'))).toContain('inte bedömd')
      // Between paths whose ratings overlap, the cost per gain is not a number.
      expect(await read(page.locator('[data-field="sovereignty-cost"] tbody tr').first())).toContain('okänt (vinsten kan vara noll)')

      expect(await serious(page)).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
  }, 120_000)

  it('marks a path under the case’s minimum SEAL "under kravnivå" in the summary, undoes it with the case’s history, and keeps an own answer with its evidence', async () => {
    const app = await openApp(browser, { locale: 'sv-SE' })
    const errors = collectConsoleErrors(app.page)
    const { page } = app
    try {
      await openScreen(page, 'Suveränitet')
      await page.getByLabel('Lägsta SEAL för SOV-2 Rättslig och jurisdiktionell suveränitet').selectOption('2')
      await expect.poll(() => read(overviewCell(page, 'm365', 'gate'))).toBe('under kravnivå (SOV-2)')
      // On-prem is not assessed on SOV-2: whether it reaches the minimum is not known, never "meets".
      expect(await read(overviewCell(page, 'on-prem', 'gate'))).toBe('okänt')

      await openScreen(page, 'Jämför')
      const mark = page.locator('.decision-path[data-scenario="m365"] [data-mark="sovereignty-below"]')
      await mark.waitFor()
      expect(await read(mark)).toBe('under kravnivå för SOV-2 Rättslig och jurisdiktionell suveränitet')
      expect(await page.locator('.decision-path[data-scenario="on-prem"] [data-mark="sovereignty-below"]').count()).toBe(0)
      // Undone with the case's history (Ctrl+Z outside a text field, as on the scenarios screen).
      await openScreen(page, 'Suveränitet')
      await page.locator('main h1').first().click()
      await page.keyboard.press('Control+z')
      await expect.poll(() => overviewCell(page, 'm365', 'gate').count()).toBe(0)
      await openScreen(page, 'Jämför')
      await page.locator('.decision-path[data-scenario="m365"] [data-mark="sovereignty"]').waitFor()
      expect(await mark.count()).toBe(0)

      // An own answer for Microsoft 365 E3 on SOV-8.1, with its evidence: the lowest answer settles the path there.
      await openScreen(page, 'Suveränitet')
      const form = page.locator('[data-form="own-answer"]')
      await form.getByLabel('Produkt').selectOption({ label: 'Microsoft 365 E3' })
      await form.getByLabel('Kriterium').selectOption('SOV-8.1')
      await form.getByLabel('Svar', { exact: true }).selectOption('1')
      await form.getByLabel(/Underlag/).fill('Leverantörens svar 2026-11-02')
      await form.getByRole('button', { name: 'Lägg till svaret' }).click()
      const own = page.locator('[data-field="own-answers"]')
      await own.waitFor()
      expect(await read(own)).toContain('Leverantörens svar 2026-11-02')
      expect(await read(own)).toContain('(fallets eget)')
      await page.locator('.sov-path[data-scenario="m365"] [data-field="unknown"] summary').click()
      expect(await read(page.locator('.sov-path[data-scenario="m365"] [data-field="unknown"] summary'))).toBe('Kriterier utan känt svar (40)')
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
  }, 120_000)

  it.each([
    ['sv-SE', 'Svenska', 'Suveränitet', 'sv'],
    ['en-GB', 'English', 'Sovereignty', 'en'],
  ])('is axe clean and fits 1366, 1024 and 375 px wide (%s); screenshots for the record', async (locale, language, screenName, tag) => {
    mkdirSync(SHOTS, { recursive: true })
    const app = await openApp(browser, { locale, contextOptions: { viewport: { width: 1366, height: 900 } } })
    const { page } = app
    try {
      await page.getByRole('button', { name: language }).click()
      await expect.poll(() => page.getByRole('button', { name: language }).getAttribute('aria-pressed')).toBe('true')
      await openScreen(page, screenName)
      await page.locator('[data-field="sovereignty-overview"]').waitFor()
      if (tag === 'en') expect(await read(overviewCell(page, 'm365', 'seal'))).toBe('at most SEAL-1')
      expect(await serious(page)).toEqual([])
      for (const width of [1366, 1024, 375]) {
        await page.setViewportSize({ width, height: 900 })
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${width}px`).toBeLessThanOrEqual(0)
        await page.screenshot({ path: `${SHOTS}/sovereignty-${tag}-${width}.png`, fullPage: width !== 375 })
        if (width === 375) await page.screenshot({ path: `${SHOTS}/sovereignty-${tag}-${width}-full.png`, fullPage: true })
      }
      await openScreen(page, tag === 'sv' ? 'Jämför' : 'Compare')
      await page.locator('.decision-path[data-scenario="m365"] [data-mark="sovereignty"]').waitFor()
      await page.locator('.decision-path[data-scenario="m365"]').screenshot({ path: `${SHOTS}/summary-${tag}-375.png` })
    } finally {
      await app.close()
    }
  }, 120_000)
})
