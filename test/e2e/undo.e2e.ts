/**
 * One undo for the case, on every screen (issue 19): after today's price is put in the case from the
 * compare screen's price box and another change is made, Ctrl+Z and the visible "Ångra" undo the last
 * change of the case whichever screen the person is on, one whole change at a time, never a mixed
 * state; Ctrl+Shift+Z redoes. The figures are read as a person reads them, on the compare screen
 * (the E3 line, the start year, the price box) and, on the workbench, in the field that was changed.
 */
import type { Browser, Locator, Page } from 'playwright-core'
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
const read = async (locator: Locator) => normal(await locator.innerText())

/** The screens of the navigation, by the names a person clicks, each with its main heading. */
const SCREENS: readonly { link: string; heading: RegExp }[] = [
  { link: 'Scenarier', heading: /^Scenarier och fall$/ },
  { link: 'Behov och täckning', heading: /^Behov och täckning$/ },
  { link: 'Dataskydd', heading: /./ },
  { link: 'Suveränitet', heading: /./ },
  { link: 'Ekonomi', heading: /./ },
  { link: 'Andras förslag och beslut', heading: /./ },
  { link: 'Antaganden och källor', heading: /./ },
  { link: 'Rapport', heading: /./ },
  { link: 'Jämför', heading: /^Jämför scenarier$/ },
]

async function goTo(page: Page, link: string, heading: RegExp) {
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor()
}

/** What a person reads of the case on the compare screen: the E3 line, the start year, and whether the box offers E3's price. */
async function compareState(page: Page) {
  await goTo(page, 'Jämför', /^Jämför scenarier$/)
  const e3 = await read(page.locator('article[data-scenario="m365"] li[data-product="m365-e3"]'))
  const startYear = await page.getByRole('textbox', { name: 'Startår' }).inputValue()
  const notice = page.locator('[data-test="price-age"]')
  const offersE3 = (await notice.locator('li[data-product="m365-e3"]').count()) > 0
  const status = (await notice.count()) > 0 ? normal((await notice.locator('[role="status"]').textContent()) ?? '') : ''
  return { e3: e3.match(/\d[\d ]* × \d[\d ]* kr/)?.[0] ?? e3, startYear, offersE3, status }
}

const undoButton = (page: Page) => page.getByRole('group', { name: 'Ångra och gör om ändringar av fallet' }).getByRole('button', { name: 'Ångra', exact: true })

describe('one undo for the case on every screen', () => {
  it('after today’s price and another change, Ctrl+Z and the undo button take back one whole change on each screen', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', path: '' })
    const { page } = app
    page.setDefaultTimeout(15_000)
    try {
      const errors = collectConsoleErrors(page)
      // A case starting 2027: the study's 2022 prices are old, and the price box offers today's.
      const start = page.getByRole('textbox', { name: 'Startår' })
      await start.fill('2027')
      await start.press('Tab')
      const notice = page.locator('[data-test="price-age"]')
      await notice.waitFor()
      const rate = notice.getByRole('textbox', { name: 'Växelkurs: SEK för 1 EUR' })
      await rate.fill('11,20')
      await rate.press('Tab')
      await notice.getByRole('button', { name: 'Använd dagens listpris för Microsoft 365 E3' }).click()
      expect(await read(notice.getByRole('status'))).toContain('Dagens listpris används nu för Microsoft 365 E3')

      // Where the price was put in, straight away: Ctrl+Z takes back the price and keeps the year
      // (the mixed state was the year back and the price kept), and the box says so too.
      await page.keyboard.press('Control+z')
      const e3Line = page.locator('article[data-scenario="m365"] li[data-product="m365-e3"]')
      await expect.poll(() => read(e3Line)).toContain('2 300 × 4 050 kr')
      expect(await start.inputValue()).toBe('2027')
      expect(await notice.locator('li[data-product="m365-e3"]').count()).toBe(1)
      expect(normal((await notice.locator('[role="status"]').textContent()) ?? '')).not.toContain('används nu')
      // The box's own "Ångra" has nothing left to take back, so it is not offered.
      expect(await notice.getByRole('button', { name: 'Ångra', exact: true }).count()).toBe(0)
      await page.keyboard.press('Control+Shift+z')
      await expect.poll(() => read(e3Line)).toContain('2 300 × 5 078 kr')
      expect(await compareState(page)).toMatchObject({ e3: '2 300 × 5 078 kr', startYear: '2027', offersE3: false })

      for (const screen of SCREENS) {
        // Another change after the price: 2 400 users with E3.
        const users = page.getByRole('textbox', { name: 'Medarbetare med E3-licens' })
        await users.fill('2400')
        await users.press('Tab')
        expect(await compareState(page)).toMatchObject({ e3: '2 400 × 5 078 kr', startYear: '2027' })

        await goTo(page, screen.link, screen.heading)
        // Ctrl+Z takes back the last change only: the users, not the price.
        await page.keyboard.press('Control+z')
        if (screen.link === 'Scenarier') {
          // Read where it was undone too: the users of the licence in the workbench.
          const field = page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' })
          await expect.poll(async () => normal(await field.inputValue())).toBe('2 300')
        }
        const afterKey = await compareState(page)
        expect(afterKey, `Ctrl+Z on ${screen.link}`).toMatchObject({ e3: '2 300 × 5 078 kr', startYear: '2027', offersE3: false })

        // The visible button, on the same screen, takes back the price: the study's price again, the year kept.
        await goTo(page, screen.link, screen.heading)
        await undoButton(page).click()
        const afterButton = await compareState(page)
        expect(afterButton, `Ångra on ${screen.link}`).toMatchObject({ e3: '2 300 × 4 050 kr', startYear: '2027', offersE3: true })
        // The box does not still say today's price is used.
        expect(afterButton.status, `the price box after Ångra on ${screen.link}`).not.toContain('används nu')

        // Ctrl+Shift+Z there redoes the price, as one change.
        await goTo(page, screen.link, screen.heading)
        await page.keyboard.press('Control+Shift+z')
        expect(await compareState(page), `Ctrl+Shift+Z on ${screen.link}`).toMatchObject({ e3: '2 300 × 5 078 kr', startYear: '2027', offersE3: false })
      }
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
    // Nine screens, each visited four times: longer than one screen's test.
  }, 180_000)
})
