/**
 * Names (issue 19): two cases of one name, made in the guided start on one day, are told apart by
 * when each was saved wherever saved cases are listed: the saved cases' buttons and the pickers of
 * "Jämför två fall", whose totals then name each side by it too.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

async function testkommun(page: Page, officeStaff: string) {
  await page.getByRole('link', { name: 'Nytt fall', exact: true }).first().click()
  await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
  await page.getByRole('textbox', { name: 'Organisationens namn' }).fill('Testkommun')
  await page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }).fill(officeStaff)
  await page.getByRole('checkbox', { name: /^Microsoft 365 i molnet/ }).check()
  await page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }).click()
  await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()
}

describe('two cases of one name', () => {
  it('are told apart by their saved time in the saved cases and in “Jämför två fall”', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', path: '' })
    const { page, context } = app
    page.setDefaultTimeout(15_000)
    try {
      await context.clock.setFixedTime(new Date('2030-01-15T10:32:00'))
      await page.reload({ waitUntil: 'networkidle' })
      const errors = collectConsoleErrors(page)
      await testkommun(page, '900')
      await context.clock.setFixedTime(new Date('2030-01-15T11:47:00'))
      await testkommun(page, '1000')

      await page.getByRole('navigation').getByRole('link', { name: 'Scenarier', exact: true }).click()
      const list = page.getByRole('region', { name: 'Sparade fall' })
      await list.waitFor()
      // The list's names as written; the case that shares none keeps its name alone on its buttons.
      expect((await list.locator('.wb-case__name').allInnerTexts()).map(normal)).toEqual([
        'Eskilstuna kommun – digital arbetsplats 2023–2027',
        'Testkommun, 2030-01-15',
        'Testkommun, 2030-01-15',
      ])
      await list.getByRole('button', { name: 'Öppna Eskilstuna kommun – digital arbetsplats 2023–2027', exact: true }).waitFor()
      await list.getByRole('button', { name: 'Öppna Testkommun, 2030-01-15 (sparat 2030-01-15 10:32)', exact: true }).waitFor()
      await list.getByRole('button', { name: 'Ta bort Testkommun, 2030-01-15 (sparat 2030-01-15 11:47)', exact: true }).waitFor()

      await page.getByRole('link', { name: 'Jämför två fall' }).click()
      const pickerA = page.getByRole('combobox', { name: 'Sparat fall A' })
      await pickerA.waitFor()
      expect((await pickerA.locator('option').allInnerTexts()).map(normal)).toEqual([
        'Eskilstuna kommun – digital arbetsplats 2023–2027',
        'Testkommun, 2030-01-15 (sparat 2030-01-15 10:32)',
        'Testkommun, 2030-01-15 (sparat 2030-01-15 11:47) (öppet nu)',
      ])
      // A starts on the other case saved last (the clock is set past today's real time, so the shipped case,
      // saved on opening, is the older one), B on the open one; each side says when its case was saved,
      // in full where a narrow picker cuts its text.
      expect(normal(await pickerA.locator('option:checked').innerText())).toBe('Testkommun, 2030-01-15 (sparat 2030-01-15 10:32)')
      expect(normal(await page.locator('#case-diff-a-saved').innerText())).toBe('sparat 2030-01-15 10:32')
      expect(normal(await page.locator('#case-diff-b-saved').innerText())).toBe('sparat 2030-01-15 11:47')
      const totals = page.getByRole('table', { name: /^Totalt och nuvärde per scenario/ })
      expect(normal(await totals.locator('caption').innerText())).toBe(
        'Totalt och nuvärde per scenario i A (Testkommun, 2030-01-15 (sparat 2030-01-15 10:32)) och B (Testkommun, 2030-01-15 (sparat 2030-01-15 11:47))',
      )
      // 100 more office staff with E3 at 4 050 kr for five years: 2 025 000 kr more in B.
      expect(normal(await totals.locator('[data-figure="total-difference"]').first().innerText())).toBe('+2 025 000 kr')
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
