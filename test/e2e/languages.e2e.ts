// Both languages on every screen, whichever comes first. The first screen starts with its own Swedish
// texts only; English loads when chosen, and every other screen's texts (both languages) load with the
// screen (decision 0014). So: English chosen before a screen's texts have loaded, and English chosen
// after the screens have added theirs, must show the same English, with no raw key and no console
// error (the i18n runtime reports a missing key with console.error in the built app).
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sv } from '../../src/i18n/index'
import { LAZY_MESSAGES } from '../../src/i18n/all'
import { collectConsoleErrors, launchBrowser, navScreens, openApp, openScreen } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** A key shown as it is, such as `workbench.heading`: a text whose catalogue was not there. */
const namespaces = [...new Set([sv, ...Object.values(LAZY_MESSAGES).map((m) => m.sv)].flatMap((tree) => Object.keys(tree)))]
const RAW_KEY = new RegExp(String.raw`\b(?:${namespaces.join('|')})\.[A-Za-z][\w-]*`, 'g')

interface Seen {
  /** Each screen's headings in its main content, by address (h1 and h2: those under them, such as the simulation's results, come and go with what has run). */
  headings: Record<string, string[]>
  rawKeys: string[]
}

/** Opens every screen of the navigation and the guided start, and reads their headings and any raw key. */
async function readScreens(page: Page): Promise<Seen> {
  const seen: Seen = { headings: {}, rawKeys: [] }
  const read = async (href: string) => {
    await page.locator('main h1').first().waitFor()
    seen.headings[href] = (await page.locator('main').locator('h1, h2').allInnerTexts()).map((h) => h.trim())
    seen.rawKeys.push(...[...(await page.locator('body').innerText()).matchAll(RAW_KEY)].map((m) => `${href}: ${m[0]}`))
  }
  for (const screen of await navScreens(page)) {
    await openScreen(page, screen.name)
    await read(screen.href)
  }
  await page.locator('header a[href="#/new"]').click()
  await page.waitForLoadState('networkidle')
  await read('#/new')
  await openScreen(page, (await navScreens(page))[0]?.name ?? '')
  return seen
}

async function chooseEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click()
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
}

describe('both languages on every screen', () => {
  it('shows the same English whether it is chosen before the screens load their texts or after, with no raw key or console error', async () => {
    const swedish = await openApp(browser, { locale: 'sv-SE' })
    const englishFirst = await openApp(browser, { locale: 'sv-SE' })
    try {
      const errors = [collectConsoleErrors(swedish.page), collectConsoleErrors(englishFirst.page)]

      // Swedish, screen by screen: each screen adds its texts.
      const inSwedish = await readScreens(swedish.page)
      // Then English: the first screen's English joins the texts the screens added.
      await chooseEnglish(swedish.page)
      const englishAfter = await readScreens(swedish.page)

      // English first, on the compare screen, before any other screen has loaded its texts.
      await chooseEnglish(englishFirst.page)
      const englishBefore = await readScreens(englishFirst.page)

      expect(Object.keys(inSwedish.headings).length).toBeGreaterThanOrEqual(8)
      expect(englishBefore.headings).toEqual(englishAfter.headings)
      // English, not Swedish: every screen's main heading differs from its Swedish one.
      for (const [href, headings] of Object.entries(englishBefore.headings)) {
        expect(headings[0], href).not.toBe(inSwedish.headings[href]?.[0])
      }
      expect([...inSwedish.rawKeys, ...englishAfter.rawKeys, ...englishBefore.rawKeys]).toEqual([])
      expect(errors.flat()).toEqual([])
    } finally {
      await swedish.close()
      await englishFirst.close()
    }
  }, 240_000)
})
