// Helpers for the real-browser e2e tests: Debian Chromium driven by playwright-core.
//
//   const browser = await launchBrowser()                 // once per file (beforeAll)
//   const app = await openApp(browser, { locale: 'sv-SE' }) // fresh context + page per test
//   ... app.page ...; expect(app.foreignRequests()).toEqual([])
//   await app.close()                                      // closes the context
//
// The app's URL comes from the global setup: inject('baseURL').
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type CDPSession,
  type LaunchOptions,
  type Page,
} from 'playwright-core'
import { inject } from 'vitest'
import { findChromium } from '../../scripts/chromium-path.mjs'
import type {} from './global-setup' // the ProvidedContext['baseURL'] type

/** Flags for Chromium on a closed network as root; without the background-networking ones it keeps dialling out. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--headless',
]

/** Launches the machine's Chromium (CHROMIUM_PATH, /usr/bin/chromium or `chromium` on PATH). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findChromium()
  if (!executablePath) {
    throw new Error(
      'Chromium not found (checked $CHROMIUM_PATH, /usr/bin/chromium, `chromium` on PATH). ' +
        'Run `node scripts/ensure-chromium.mjs` (installs it with apt-get when root), ' +
        'or `sudo apt-get install chromium`, or set CHROMIUM_PATH.',
    )
  }
  return chromium.launch({
    headless: true,
    ...options,
    executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  })
}

/** The served app's base URL (from the global setup). */
export function appBaseURL(): string {
  return inject('baseURL')
}

export interface OpenAppOptions {
  /** Path relative to the app's base URL, e.g. '' or '#/compare' or 'index.html?x=1'. Default ''. */
  path?: string
  /** Browser locale, e.g. 'sv-SE' or 'en-GB' (navigator.language, Accept-Language). */
  locale?: string
  /** Any further options for browser.newContext() (viewport, colorScheme, reducedMotion, ...). */
  contextOptions?: BrowserContextOptions
  /** When page.goto() resolves. Default 'networkidle', so late requests (favicon, chunks) are recorded. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit'
  /** Override the base URL (default: inject('baseURL')). */
  baseURL?: string
}

export interface OpenedApp {
  page: Page
  context: BrowserContext
  baseURL: string
  /** URL of every request any page of this context made, as seen by the DevTools protocol (includes the favicon). */
  requests: string[]
  /** Requests to a host other than the app's (data: and blob: and about: URLs ignored), without duplicates. */
  foreignRequests(): string[]
  /** Closes the context (and its pages). */
  close(): Promise<void>
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:'])

/** True when url is a network request to a host (host:port) other than appHost. */
export function isForeign(url: string, appHost: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return true // not even a URL: report it rather than hide it
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return false
  return parsed.host !== appHost
}

async function recordRequests(context: BrowserContext, page: Page, sink: string[]): Promise<CDPSession> {
  // page.on('request') does not see every request (the favicon, for one); the
  // DevTools protocol's Network domain does.
  const cdp = await context.newCDPSession(page)
  cdp.on('Network.requestWillBeSent', (event) => {
    sink.push(event.request.url)
  })
  await cdp.send('Network.enable')
  return cdp
}

/**
 * Opens the app in a fresh browser context (needed for @axe-core/playwright's
 * `new AxeBuilder({ page })`), recording every network request via CDP.
 */
export async function openApp(browser: Browser, options: OpenAppOptions = {}): Promise<OpenedApp> {
  const baseURL = options.baseURL ?? appBaseURL()
  const appHost = new URL(baseURL).host
  const context = await browser.newContext({
    ...options.contextOptions,
    ...(options.locale ? { locale: options.locale } : {}),
  })
  const requests: string[] = []
  const pending: Promise<unknown>[] = []
  const page = await context.newPage()
  await recordRequests(context, page, requests)
  // Pages opened later in this context (window.open, target=_blank) are recorded too.
  context.on('page', (other) => {
    if (other !== page) pending.push(recordRequests(context, other, requests).catch(() => undefined))
  })

  const url = new URL((options.path ?? '').replace(/^\//, ''), baseURL).href
  try {
    await page.goto(url, { waitUntil: options.waitUntil ?? 'networkidle' })
  } catch (error) {
    await context.close()
    throw error
  }

  return {
    page,
    context,
    baseURL,
    requests,
    foreignRequests: () => [...new Set(requests.filter((r) => isForeign(r, appHost)))],
    close: async () => {
      await Promise.all(pending)
      await context.close()
    },
  }
}

/**
 * Collects console.error messages and uncaught page errors from now on.
 * Returns a live array: check it at the end of the test.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location()
      errors.push(url ? `${message.text()} (${url}:${lineNumber})` : message.text())
    }
  })
  page.on('pageerror', (error) => {
    errors.push(`uncaught: ${error.stack ?? error.message}`)
  })
  return errors
}

/** The screens as the navigation lists them (link text and address), so tests cover screens added later too. */
export async function navScreens(page: Page): Promise<{ name: string; href: string }[]> {
  await openMenuIfFolded(page)
  const links = page.getByRole('navigation', { name: /Skärmar|Screens/ }).getByRole('link')
  const found: { name: string; href: string }[] = []
  for (const link of await links.all()) found.push({ name: (await link.innerText()).trim(), href: (await link.getAttribute('href')) ?? '' })
  return found
}

/** Opens a screen through the navigation, as a person does, and waits for its heading. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await openMenuIfFolded(page)
  await page.getByRole('navigation', { name: /Skärmar|Screens/ }).getByRole('link', { name, exact: true }).click()
  await page.waitForFunction((n) => [...document.querySelectorAll('nav a')].some((a) => a.textContent?.trim() === n && a.getAttribute('aria-current') === 'page'), name)
  await page.waitForLoadState('networkidle')
  await page.locator('main h1').first().waitFor()
}

/**
 * On a narrow screen (a phone, 200 % zoom) the header's actions and the navigation fold behind the
 * "Meny" button: opens it, as a person would, when it is shown and closed.
 */
export async function openMenuIfFolded(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: /^(Meny|Menu)$/ })
  if ((await button.count()) === 0 || !(await button.isVisible())) return
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click()
}
