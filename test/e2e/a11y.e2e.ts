// Access for all (WCAG 2.1 AA): axe on every screen of the navigation (so screens added later are
// covered too), in both languages; no sideways scrolling at phone width or 200 % zoom; a visible focus
// on every control; and the main journey done with the keyboard alone.
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, navScreens as screens, openApp, openMenuIfFolded, openScreen } from './browser'
import type { OpenAppOptions, OpenedApp } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const read = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').trim()

async function withApp(run: (app: OpenedApp) => Promise<void>, options: OpenAppOptions = {}) {
  const app = await openApp(browser, { locale: 'sv-SE', ...options })
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

/** The cell of a scenario's row in the compare screen's summary table, found by its column header. */
async function summaryCell(page: Page, scenarioId: string, header: string, caption = 'Kostnad över hela perioden'): Promise<string> {
  const table = page.getByRole('table', { name: caption })
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim())
  const column = headers.indexOf(header)
  expect(column, `column ${header} in "${caption}"`).toBeGreaterThan(0)
  const text = await table.locator(`tr[data-scenario="${scenarioId}"]`).locator('th, td').nth(column).innerText()
  return text.replace(/[\u00a0\u202f]/g, ' ').trim()
}

/** Presses Tab (or Shift+Tab) until `target` has focus; returns the number of presses, or fails. */
async function tabTo(page: Page, target: Locator, options: { backwards?: boolean; max?: number } = {}): Promise<number> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab'
  const element = await target.elementHandle({ timeout: 10_000 })
  for (let presses = 1; presses <= (options.max ?? 150); presses++) {
    await page.keyboard.press(key)
    if (await element.evaluate((el) => el === document.activeElement)) return presses
  }
  throw new Error(`could not reach ${target} with ${key}`)
}

describe('every screen', () => {
  it('has at least the compare and report screens in the navigation', async () => {
    await withApp(async ({ page }) => {
      const names = (await screens(page)).map((s) => s.href)
      expect(names).toContain('#/compare')
      expect(names).toContain('#/report')
    })
  })

  it.each([
    ['sv-SE', 'Svenska'],
    ['en-GB', 'English'],
  ])('reports no serious or critical axe violation on any screen (%s)', async (_locale, language) => {
    await withApp(async ({ page }) => {
      await page.getByRole('button', { name: language }).click()
      // English loads on demand: read the screens' names once the switch shows.
      await expect.poll(() => page.getByRole('button', { name: language }).getAttribute('aria-pressed')).toBe('true')
      const found: string[] = []
      const list = await screens(page)
      for (const screen of list) {
        await openScreen(page, screen.name)
        found.push(...(await seriousViolations(page, screen.href)))
      }
      // The share panel, open.
      await page.getByRole('button', { name: /Dela länk|Share link/ }).click()
      await page.getByRole('textbox', { name: /Länk till fallet|Link to the case/ }).waitFor()
      found.push(...(await seriousViolations(page, 'share panel')))
      expect(list.length).toBeGreaterThanOrEqual(2)
      expect(found).toEqual([])
    })
  }, 300_000)

  it.each([
    ['a phone (375 × 812)', { width: 375, height: 812 }, 1],
    ['200 % zoom of a 1280 × 900 window', { width: 640, height: 450 }, 2],
  ])('never scrolls sideways on %s', async (_what, viewport, deviceScaleFactor) => {
    await withApp(
      async ({ page }) => {
        const wide: string[] = []
        for (const screen of await screens(page)) {
          await openScreen(page, screen.name)
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
          if (overflow > 0) wide.push(`${screen.href}: ${overflow}px too wide`)
        }
        // The share panel opens within the screen (from the header's menu where the header is folded).
        await openMenuIfFolded(page)
        await page.getByRole('button', { name: 'Dela länk' }).click()
        const box = await page.getByRole('region', { name: 'Dela fallet som länk' }).boundingBox()
        expect(box?.x).toBeGreaterThanOrEqual(0)
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width)
        expect(wide).toEqual([])
      },
      { contextOptions: { viewport, deviceScaleFactor } },
    )
  }, 120_000)

  it('shows a visible focus outline on every control reached by Tab on every screen', async () => {
    await withApp(async ({ page }) => {
      const invisible: string[] = []
      for (const screen of await screens(page)) {
        await openScreen(page, screen.name)
        await page.locator('main').focus()
        for (let i = 0; i < 40; i++) {
          await page.keyboard.press('Tab')
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null
            if (!el || el === document.body) return null
            const style = getComputedStyle(el)
            const isVisible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none'
            return { isVisible, what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"` }
          })
          if (focus && !focus.isVisible) invisible.push(`${screen.href}: ${focus.what}`)
        }
      }
      expect(invisible).toEqual([])
    })
  }, 120_000)
})

describe('keyboard-only journey', () => {
  it('reaches a user count, changes it, hears and reads the new result, switches language and opens a source', async () => {
    await withApp(async ({ page }) => {
      // The first Tab reaches the skip link.
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hoppa till innehållet')

      // Tab to the E3 user count and type a new one.
      const e3 = page.getByRole('textbox', { name: 'Medarbetare med E3-licens' })
      await tabTo(page, e3)
      await page.keyboard.press('Control+A')
      await page.keyboard.type('2400')

      // The change is announced politely once typing pauses…
      const announcer = page.locator('[data-announcer]')
      expect(await announcer.getAttribute('aria-live')).toBe('polite')
      await expect.poll(() => read(announcer), { timeout: 5_000 }).toMatch(/^Microsoft 365 i molnet totalt nu [\d ]+ kr/)
      const total = await summaryCell(page, 'm365', 'Totalt')
      expect(total).not.toBe('88 055 000 kr')
      // A slow machine may pause between keystrokes long enough to announce a figure on the way; the
      // last announcement is of the figure the table shows.
      await expect.poll(async () => /totalt nu ([\d ]+ kr)/.exec(await read(announcer))?.[1], { timeout: 10_000 }).toBe(total)

      // …and the result table is reached by keyboard.
      const table = page.getByRole('region', { name: 'Kostnad över hela perioden' })
      await tabTo(page, table, { backwards: true })

      // Switch language with the keyboard.
      const english = page.getByRole('button', { name: 'English' })
      await tabTo(page, english, { backwards: true })
      await page.keyboard.press('Enter')
      await expect.poll(() => read(page.getByRole('heading', { level: 1 }))).toBe('Compare scenarios')
      expect(await page.locator('html').getAttribute('lang')).toBe('en')

      // Open a figure's source with the keyboard, and close it with Escape.
      const source = page.locator('article[data-scenario="m365"]').getByRole('button', { name: 'Source of Microsoft 365 E3' })
      await tabTo(page, source)
      await page.keyboard.press('Enter')
      expect(await source.getAttribute('aria-expanded')).toBe('true')
      const panel = page.locator(`#${await source.getAttribute('aria-controls')}`)
      expect(await read(panel)).toContain('Utredning digital samarbetsplattform')
      await page.keyboard.press('Escape')
      expect(await source.getAttribute('aria-expanded')).toBe('false')
    })
  }, 120_000)
})
