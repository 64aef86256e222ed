// Smoke test: the production build loads in real Chromium, has the right
// title, and asks no host but its own for anything.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openApp } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('smoke', () => {
  it('serves the app with a <title> containing "Vägval" and makes no request to another host', async () => {
    const app = await openApp(browser, { locale: 'sv-SE' })
    try {
      expect(await app.page.locator('head > title').count()).toBe(1)
      expect(await app.page.title()).toContain('Vägval')
      expect(app.requests).toContain(app.baseURL)
      expect(app.foreignRequests()).toEqual([])
    } finally {
      await app.close()
    }
  })
})
