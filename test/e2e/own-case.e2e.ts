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
      // The own quote, nothing of its cost known, is not drawn as a line at 0 in the cumulative chart: said under it.
      expect(await read(page.locator('main'))).toContain('Inte ritad, kostnaden är okänd: Vår egen offert.')

      // Coverage: not assessed, no "changed from the source" for what the user never changed.
      await page.getByRole('link', { name: 'Behov och täckning' }).click()
      await page.getByRole('heading', { level: 1, name: 'Behov och täckning' }).waitFor()
      const coverage = await read(page.locator('main'))
      expect(coverage).toContain('Behoven är inte bedömda')
      expect(coverage).not.toContain('ändrat från källans')
      // No table of empty rows whose footer counted "0 av 0" must-haves met.
      expect(coverage).not.toContain('0 av 0')
      expect(await page.getByRole('table', { name: /^Täckning av behov/ }).count()).toBe(0)
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

      // Report: the needs section says they are not assessed, where before it was left out without a word.
      await page.getByRole('link', { name: 'Rapport' }).click()
      const needs = page.locator('[data-field="needs-not-assessed"]')
      await needs.waitFor()
      expect(await read(needs)).toBe('Behoven: inte bedömda (inget behov är angivet som måste).')
      expect(await read(page.locator('main'))).toContain('Inte ritad, kostnaden är okänd: Vår egen offert.')
      expect(errors).toEqual([])
    })
  })

  it('counts the journey with both new steps accepted as suggested: 12 actions, the same figures, and the sources’ levels and limit applied as theirs', async () => {
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
      // The journey of guided.e2e.ts …
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
      // … where the two steps are still skipped, and the button beside "create" says whose suggestion it accepts.
      const accept = page.getByRole('button', { name: 'Godta Eskilstunas behov och policy och skapa fallet' })
      expect(await accept.getAttribute('aria-describedby')).toBe('guided-accept-note')
      expect(await read(page.locator('#guided-accept-note'))).toContain('Eskilstunas nivåer, klasser och gräns som förslag (deras bedömning, inte er)')
      await click(accept)
      await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()
      console.log(`guided start with needs and policy accepted: ${actions} actions`)
      expect(actions).toBeLessThanOrEqual(12)

      // The figures of the skipped journey: accepting needs and policy moves no krona.
      const figures = page.getByRole('table', { name: /^Kostnad över hela perioden/ })
      const row = async (name: string) => read(figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) }))
      expect(await row('Microsoft 365 i molnet')).toMatch(/15 372 000 kr.*14 713 353 kr/)
      expect(await row('Nextcloud')).toMatch(/10 400 000 kr.*10 029 801 kr/)
      // Nothing left unassessed: no lead saying so, and the summary weighs the must-haves and the limit.
      expect(await page.locator('[data-field="lead"]').count()).toBe(0)
      const summary = await read(page.locator('.decision'))
      expect(summary).not.toContain('Behoven är inte bedömda')
      expect(summary).not.toContain('Ingen policy för tredjeland angiven')

      // The sources' levels, as theirs: video "Måste" with its source, nothing "changed from the source".
      await page.getByRole('link', { name: 'Behov och täckning' }).click()
      await page.getByRole('heading', { level: 1, name: 'Behov och täckning' }).waitFor()
      const video = page.locator('[data-need="video"] select')
      expect(await video.evaluate((s) => (s as HTMLSelectElement).value)).toBe('must')
      expect(await read(page.locator('main'))).not.toContain('ändrat från källans')
      await page.getByRole('link', { name: 'Dataskydd' }).click()
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      expect(await read(page.locator('main'))).not.toContain('ingen policy angiven')
    })
  })

  it('offers "accept and create" only for the steps still skipped: an answered step is left as answered', async () => {
    await withApp(async ({ page }) => {
      await fillBasics(page)
      await page.getByRole('radio', { name: /^Godta förslaget: Eskilstunas nivåer/ }).check()
      expect(await page.getByRole('button', { name: /^Godta Eskilstunas behov och policy/ }).count()).toBe(0)
      await page.getByRole('radio', { name: /^Sätt nivåerna en och en/ }).check()
      await page.locator('[data-need="video"] select').selectOption('could')
      await page.getByRole('button', { name: 'Godta Eskilstunas policy och skapa fallet' }).click()
      await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()
      await page.getByRole('link', { name: 'Behov och täckning' }).click()
      await page.getByRole('heading', { level: 1, name: 'Behov och täckning' }).waitFor()
      expect(await page.locator('[data-need="video"] select').evaluate((s) => (s as HTMLSelectElement).value)).toBe('could')
      await page.getByRole('link', { name: 'Dataskydd' }).click()
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      expect(await read(page.locator('main'))).not.toContain('ingen policy angiven')
    })
  })
})
