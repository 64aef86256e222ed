// Every screen fits the window a reader has: at 1366 and 1024 px no element of the main content is
// wider than its box (no table or chart to scroll sideways), in both languages, with every details
// panel open; at 375 px the results come before the inputs. The screens are read from the navigation,
// so screens added later are held to the same.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, navScreens as screens, openApp, openScreen } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * Elements of the main content whose content is wider than their box (scrollWidth over clientWidth),
 * leaving out form fields (their text scrolls inside by design) and text hidden for screen readers
 * (clipped to a pixel).
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (el.closest('input, select, textarea')) continue
      const style = getComputedStyle(el)
      if (style.display === 'inline' || el.clientWidth <= 1 || style.clip !== 'auto') continue
      if (el.closest('.visually-hidden')) continue
      if (el.scrollWidth > el.clientWidth + 1) {
        const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(/\s+/).join('.')}` : ''}`
        found.push(`${name} ${el.scrollWidth} > ${el.clientWidth}: "${(el.textContent ?? '').trim().slice(0, 50)}"`)
      }
    }
    return found
  })
}

/** Opens what a reader can open without changing the case: every details panel, and a simulation run. */
async function openEverything(page: Page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) (d as HTMLDetailsElement).open = true
  })
  const run = page.getByRole('button', { name: /^(Kör simuleringen|Run the simulation)$/ })
  if ((await run.count()) > 0) {
    await run.click()
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 30_000 }).toBe('done')
  }
}

describe('every screen fits', () => {
  it.each([
    ['sv-SE', 'Svenska'],
    ['en-GB', 'English'],
  ])('at 1366 and 1024 px nothing in the main content is wider than its box (%s)', async (_locale, language) => {
    const app = await openApp(browser, { locale: 'sv-SE', contextOptions: { viewport: { width: 1366, height: 900 } } })
    try {
      const { page } = app
      await page.getByRole('button', { name: language }).click()
      // English loads on demand: read the screens' names once the switch shows.
      await expect.poll(() => page.getByRole('button', { name: language }).getAttribute('aria-pressed')).toBe('true')
      const wide: string[] = []
      const list = await screens(page)
      for (const width of [1366, 1024]) {
        await page.setViewportSize({ width, height: 900 })
        for (const screen of list) {
          await openScreen(page, screen.name)
          await openEverything(page)
          wide.push(...(await overflowing(page)).map((o) => `${width} ${screen.href}: ${o}`))
        }
      }
      expect(list.length).toBeGreaterThanOrEqual(7)
      expect(wide).toEqual([])
    } finally {
      await app.close()
    }
  }, 300_000)

  it('at 375 px shows the results before the inputs on every screen that has both', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', contextOptions: { viewport: { width: 375, height: 812 } } })
    try {
      const { page } = app
      const faults: string[] = []
      const withBoth: string[] = []
      for (const screen of await screens(page)) {
        await openScreen(page, screen.name)
        const tops = await page.evaluate(() => {
          const top = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.getBoundingClientRect().top + window.scrollY)
          return { results: top('main [data-layout="results"]'), inputs: top('main [data-layout="inputs"]') }
        })
        if (tops.results.length === 0 || tops.inputs.length === 0) continue
        withBoth.push(screen.href)
        if (Math.max(...tops.results) >= Math.min(...tops.inputs)) faults.push(`${screen.href}: results at ${tops.results.join(', ')}, inputs at ${tops.inputs.join(', ')}`)
      }
      // At least the compare and finance screens put results beside inputs.
      expect(withBoth).toEqual(expect.arrayContaining(['#/compare', '#/finance']))
      expect(faults).toEqual([])
    } finally {
      await app.close()
    }
  }, 120_000)
})
