/**
 * The user's own case as honest as the shipped one (issue 19): a case built in the guided start with
 * the needs and policy steps skipped reads "not assessed" on compare, coverage and protection, never
 * "meets all", "forbids nothing", "not needed" or a 0 for an unknown; the own quote without a price is
 * never ranked; the compare screen opens at its top on the summary. And the journey with both steps
 * accepted as suggested, counted.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp } from './browser'
import type { OpenedApp } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
const read = async (locator: Locator) => normal(await locator.innerText())

async function withApp(run: (app: OpenedApp) => Promise<void>) {
  const app = await openApp(browser, { locale: 'sv-SE', path: '' })
  app.page.setDefaultTimeout(15_000)
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

/** Testkommun, 900 office staff, Microsoft 365, Nextcloud and an own quote without a price. */
async function fillBasics(page: Page) {
  await page.getByRole('link', { name: 'Nytt fall' }).click()
  await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
  await page.getByRole('textbox', { name: 'Organisationens namn' }).fill('Testkommun')
  await page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }).fill('900')
  await page.getByRole('checkbox', { name: /^Microsoft 365 i molnet/ }).check()
  await page.getByRole('checkbox', { name: /^Nextcloud(?! Enterprise)/ }).check()
  await page.getByRole('checkbox', { name: /^Vår egen offert/ }).check()
}

describe('a case of the user’s own, with needs and policy skipped', () => {
  it('reads as not assessed on compare, coverage and protection, and ranks no path whose cost is unknown', async () => {
    await withApp(async ({ page, context }) => {
      await context.clock.setFixedTime(new Date('2026-12-05T10:00:00'))
      await page.reload({ waitUntil: 'networkidle' })
      const errors = collectConsoleErrors(page)
      await fillBasics(page)
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
      await page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }).click()
      await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()

      // Lands at the top, focus on the summary.
      const summaryHeading = page.locator('.decision__heading')
      await expect.poll(() => summaryHeading.evaluate((el) => el === document.activeElement)).toBe(true)
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
      expect(await read(page.locator('.header__case'))).toContain('Testkommun, 2026-12-05')

      const summary = await read(page.locator('.decision'))
      // The first sentence says what was not assessed.
      expect(await read(page.locator('[data-field="lead"]'))).toBe(
        'Behoven är inte bedömda och ingen policy för tredjeland är angiven: jämförelsen säger bara vad vägarna kostar och vad som är känt om tredjelandslag.',
      )
      for (const wrong of ['uppfyller alla', 'förbjuder: inget', 'Behövs inte', 'Ingen begränsning', 'Inget riskregister', 'Lägre siffra har Vår egen offert']) {
        expect(summary).not.toContain(wrong)
      }
      // The own quote has no price: listed apart, never numbered.
      const apart = await read(page.locator('[data-field="apart"]'))
      expect(apart).toContain('Vår egen offert')
      expect(apart).toContain('Kan inte rangordnas ännu')
      const ranked = await page.locator('.decision__paths').first().locator('> li').evaluateAll((items) => items.map((i) => i.getAttribute('data-scenario')))
      expect(ranked).not.toContain('own-quote')
      expect(summary).toContain('Risker inte bedömda (inget riskregister).')
      expect(summary).toContain('Ingen policy för tredjeland angiven.')

      // Coverage: not assessed, no "changed from the source" for what the user never changed.
      await page.getByRole('link', { name: 'Behov och täckning' }).click()
      await page.getByRole('heading', { level: 1, name: 'Behov och täckning' }).waitFor()
      const coverage = await read(page.locator('main'))
      expect(coverage).toContain('Behoven är inte bedömda')
      expect(coverage).not.toContain('ändrat från källans')
      const video = page.locator('[data-need="video"] select')
      expect(await video.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent?.trim())).toBe('Inte bedömt')
      expect(await read(page.locator('[data-need="video"]'))).toContain('Källan (Eskilstunas förstudie) anger ”Måste”: deras bedömning, inte din.')
      // One action restores every need the sources give.
      await page.locator('[data-action="restore-all-needs"]').click()
      expect(await video.evaluate((s) => (s as HTMLSelectElement).value)).toBe('must')
      expect(await read(page.locator('main'))).not.toContain('Behoven är inte bedömda')
      // The app's undo, on this screen too: Ctrl+Z takes the whole restore back in one step, Ctrl+Shift+Z redoes it.
      await page.keyboard.press('Control+z')
      expect(await video.evaluate((s) => (s as HTMLSelectElement).value)).toBe('not-assessed')
      await page.keyboard.press('Control+Shift+z')
      expect(await video.evaluate((s) => (s as HTMLSelectElement).value)).toBe('must')
      await page.getByRole('button', { name: 'Ångra', exact: true }).click()
      expect(await video.evaluate((s) => (s as HTMLSelectElement).value)).toBe('not-assessed')

      // Protection: no policy set is said as such.
      await page.getByRole('link', { name: 'Dataskydd' }).click()
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      const protection = await read(page.locator('main'))
      expect(protection).not.toContain('Ingen begränsning')
      expect(protection).not.toMatch(/förbjuder\s*inget/)
      expect(protection).toContain('ingen policy angiven')
      expect(errors).toEqual([])
    })
  })

  it('counts the journey with both new steps accepted as suggested, and then says nothing is unassessed', async () => {
    await withApp(async ({ page }) => {
      let actions = 0
      const click = async (l: Locator) => {
        await l.click()
        actions++
      }
      const type = async (l: Locator, text: string) => {
        await l.fill(text)
        actions++
      }
      // The journey of guided.e2e.ts (12 actions) …
      await click(page.getByRole('link', { name: 'Nytt fall' }))
      await type(page.getByRole('textbox', { name: 'Organisationens namn' }), 'Testkommun')
      await type(page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }), '900')
      await type(page.getByRole('textbox', { name: 'Antal, Frontlinjepersonal' }), '300')
      await type(page.getByRole('textbox', { name: 'Antal år (1–10)' }), '4')
      await type(page.getByRole('textbox', { name: 'Diskonteringsränta' }), '3')
      await type(page.getByRole('textbox', { name: 'Timkostnad för personal (för utbildning)' }), '350')
      await click(page.getByRole('checkbox', { name: /^Microsoft 365 i molnet/ }))
      await click(page.getByRole('checkbox', { name: /^Nextcloud(?! Enterprise)/ }))
      await type(page.getByRole('textbox', { name: 'Införande första året, Nextcloud' }), '500000')
      await type(page.getByRole('textbox', { name: 'Utbildning första året, Nextcloud' }), '3')
      // … and the two new steps, each accepted in one action.
      await click(page.getByRole('radio', { name: /^Godta förslaget: Eskilstunas nivåer/ }))
      await click(page.getByRole('radio', { name: /^Godta förslaget: Eskilstunas klasser/ }))
      await click(page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }))
      await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()
      console.log(`guided start with needs and policy accepted: ${actions} actions`)
      expect(await page.locator('[data-field="lead"]').count()).toBe(0)
      const summary = await read(page.locator('.decision'))
      expect(summary).not.toContain('Behoven är inte bedömda')
      expect(actions).toBeLessThanOrEqual(14)
    })
  })
})
