// The first screen does not wait for the validator on a first visit: the shipped case shows and can
// be edited while the validator's chunk is still on its way, and the edit is checked and saved once
// it arrives. A visit with saved work waits for it, so saved work is never shown unchecked.
import type { Browser, BrowserContext, Locator } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appBaseURL, collectConsoleErrors, launchBrowser } from './browser'

let browser: Browser

/** A field's text as a person reads it: no-break spaces read as spaces. */
const valueOf = async (field: Locator) => (await field.inputValue()).replace(/[\u00a0\u202f]/g, ' ')

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Holds back the validator's chunk until `release()` is called; `requested()` says whether the page asked for it. */
async function holdValidator(context: BrowserContext) {
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let isRequested = false
  await context.route(/\/assets\/validator-[\w-]+\.js$/, async (route) => {
    isRequested = true
    await released
    await route.continue()
  })
  return { release, requested: () => isRequested }
}

describe('the first screen and the validator', () => {
  it('shows and edits the shipped case before the validator arrives, then checks and saves the edit', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' })
    try {
      const validator = await holdValidator(context)
      const page = await context.newPage()
      const errors = collectConsoleErrors(page)
      await page.goto(appBaseURL(), { waitUntil: 'domcontentloaded' })
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      const e3 = page.getByRole('textbox', { name: 'Medarbetare med E3-licens' })
      expect(await valueOf(e3)).toBe('2 300')
      await expect.poll(() => validator.requested()).toBe(true)

      // Typed while the validator is held back: the field keeps the text, the case waits.
      await e3.click()
      await e3.press('Control+A')
      await e3.pressSequentially('2400')
      await e3.press('Tab')
      expect(await page.evaluate(() => Object.keys(localStorage).some((k) => /^vagval:case:[^:]+$/.test(k)))).toBe(false)

      validator.release()
      await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => /^vagval:case:[^:]+$/.test(k)))).toBe(true)
      await expect.poll(() => valueOf(e3)).toBe('2 400')
      const stored = await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => /^vagval:case:[^:]+$/.test(k)) ?? ''
        return JSON.parse(localStorage.getItem(key) ?? 'null') as { organisation: { groups: { id: string; users: number }[] } }
      })
      expect(stored.organisation.groups.find((g) => g.id === 'e3')?.users).toBe(2400)
      expect(errors).toEqual([])

      // The next visit has saved work: nothing shows until the validator has read it.
      await context.unroute(/\/assets\/validator-[\w-]+\.js$/)
      const held = await holdValidator(context)
      const again = await context.newPage()
      await again.goto(appBaseURL(), { waitUntil: 'domcontentloaded' })
      await expect.poll(() => held.requested()).toBe(true)
      await again.waitForTimeout(300)
      expect(await again.getByRole('heading', { level: 1 }).count()).toBe(0)
      held.release()
      await expect.poll(() => valueOf(again.getByRole('textbox', { name: 'Medarbetare med E3-licens' }))).toBe('2 400')
    } finally {
      await context.close()
    }
  })
})
