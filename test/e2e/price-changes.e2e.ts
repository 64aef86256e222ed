// Today's dated price changes on the compare screen (issue 23), as a person uses them: the shipped case
// opens as its documents wrote it with the changes on one closed line under the decision summary; opening
// it, "Använd från 2023-04-01" puts one change in, "Använd alla" the rest that hold for every buyer, and
// the app's undo (Ctrl+Z and its button) takes each back to the documents' figure.
import type { Browser, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const read = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

describe('dated price changes on the compare screen', () => {
  it('keeps the summary on the first screenful at 375 px, with the changes on one closed line under it', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', path: '#/compare', contextOptions: { viewport: { width: 375, height: 800 } } })
    try {
      const { page } = app
      const line = page.locator('[data-test="price-changes-summary"]')
      await line.waitFor()
      expect(await read(line)).toBe('⚠ Microsoft har ändrat priser 6 gånger inom fallets år — visa')
      const summary = await page.locator('.decision__heading').boundingBox()
      const panel = await page.locator('[data-test="price-changes"]').boundingBox()
      expect(summary && summary.y).toBeLessThan(800)
      // Under the summary, and one line tall while closed.
      expect(panel!.y).toBeGreaterThan(summary!.y)
      expect(panel!.height).toBeLessThan(120)
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    } finally {
      await app.close()
    }
  })

  it('applies one change, then all, and undoes both back to the documents’ 88 055 000 kr', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', path: '#/compare' })
    try {
      const { page } = app
      const errors = collectConsoleErrors(page)
      const total = page.locator('tr[data-scenario="m365"] [data-field="total"]').first()
      const e3 = page.locator('article[data-scenario="m365"] li[data-product="m365-e3"]')
      // The shipped case as its documents wrote it.
      await expect.poll(() => read(total)).toBe('88 055 000 kr')
      expect(await read(e3)).toContain('2 300 × 4 050 kr = 9 315 000 kr')

      await page.locator('[data-test="price-changes-summary"]').click()
      const panel = page.locator('[data-test="price-changes"]')
      expect(await read(panel.locator('[data-test="price-changes-summary"]'))).toContain('— dölj')
      await panel.getByRole('button', { name: 'Använd Microsofts molnpriser i SEK höjda från 2023-04-01 för Microsoft 365 E3, Microsoft 365 F3 och Microsoft 365 A3' }).click()
      // +15 % from 1 April 2023 on E3, F3 and A3 (15 595 000 kr a year): 2023 pays (90 + 275 × 1.15) / 365,
      // later years 1.15. 2023: 10 367 723 + 4 480 993 + 2 508 733 = 17 357 449; 2024–2027: 17 934 250 a year.
      // 17 357 449 + 4 × 17 934 250 = 89 094 449 instead of 77 975 000: 11 119 449 more, 99 174 449 kr.
      await expect.poll(() => read(total)).toBe('99 174 449 kr')
      expect(await read(panel.getByRole('status'))).toContain('Använt: Microsofts molnpriser i SEK höjda från 2023-04-01')
      expect(await read(panel.locator('[data-applied="microsoft-sek-2023-04"]'))).toContain('+15 % från 2023-04-01, för Microsoft 365 E3, Microsoft 365 F3 och Microsoft 365 A3')
      expect(await panel.locator('[data-reference="microsoft-sek-2023-04"]').count()).toBe(0) // no longer warned of
      // The line says the document's price beside the change the case now uses.
      expect(await read(e3)).toContain('dokumentets pris 4 050 kr från 2022-11-07, med prisändringar som fallet använder från sina datum: +15 % från 2023-04-01')

      await panel.getByRole('button', { name: 'Använd alla (3)' }).click()
      // Every change without a condition: the hand-worked 109 587 693 kr of test/engine/closing-figure.test.ts.
      await expect.poll(() => read(total)).toBe('109 587 693 kr')
      expect(await panel.locator('[data-applied]').count()).toBe(4)
      expect(await read(page.locator('article[data-scenario="m365"] [data-test="price-change-summary"]'))).toContain('Priser ändrade under perioden (2)')

      // Ctrl+Z takes "Använd alla" back, the app's undo button the first change.
      await page.locator('body').click({ position: { x: 1, y: 1 } })
      await page.keyboard.press('Control+z')
      await expect.poll(() => read(total)).toBe('99 174 449 kr')
      await page.locator('[data-action="undo"]').click()
      await expect.poll(() => read(total)).toBe('88 055 000 kr')
      expect(await read(e3)).toContain('2 300 × 4 050 kr = 9 315 000 kr')
      expect(await panel.locator('[data-reference]').count()).toBe(6)
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
  })

  it('says it in English too', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', path: '#/compare' })
    try {
      await app.page.getByRole('button', { name: 'English' }).click()
      await expect.poll(() => app.page.evaluate(() => document.documentElement.lang)).toBe('en')
      const line = app.page.locator('[data-test="price-changes-summary"]')
      await line.waitFor()
      expect(await read(line)).toBe('⚠ Microsoft changed prices 6 times within the case’s years — show')
      await line.click()
      expect(await read(app.page.getByRole('button', { name: 'Use all (4)' }))).toBe('Use all (4)')
    } finally {
      await app.close()
    }
  })
})
