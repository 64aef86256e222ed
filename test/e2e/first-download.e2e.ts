// The first workbook download works on the first click: in the development server that `npm start`
// runs (with an empty dependency cache, as on a fresh clone, so the spreadsheet library is met for the
// first time) and in the built app. Vite used to optimise the library on that first click and reload
// the page, so the first download was lost.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Workbook } from '@cj-tech-master/excelts'
import type { Browser, Download } from 'playwright-core'
import { createServer } from 'vite'
import type { ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appBaseURL, collectConsoleErrors, launchBrowser, openApp } from './browser'

const HOST = '127.0.0.1'
let browser: Browser
let dev: ViteDevServer | undefined
let cacheDir = ''

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, HOST, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))))
    })
  })
}

beforeAll(async () => {
  browser = await launchBrowser()
  cacheDir = mkdtempSync(join(tmpdir(), 'vagval-vite-cache-'))
  dev = await createServer({
    configFile: join(process.cwd(), 'vite.config.ts'),
    root: process.cwd(),
    cacheDir,
    logLevel: 'warn',
    server: { host: HOST, port: await freePort(), strictPort: true, open: false },
  })
  await dev.listen()
})

afterAll(async () => {
  await browser?.close()
  await dev?.close()
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true })
})

/** Opens the report screen, clicks the workbook download once, and returns the file and whether the page stayed the same. */
async function downloadOnce(baseURL: string) {
  const app = await openApp(browser, { locale: 'sv-SE', baseURL, path: '#/report' })
  try {
    const { page } = app
    const errors = collectConsoleErrors(page)
    // A mark on the window: gone if the page reloads.
    await page.evaluate(() => ((window as unknown as { firstLoad: boolean }).firstLoad = true))
    const button = page.getByRole('button', { name: 'Excel-arbetsbok (.xlsx)' })
    await button.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()])
    const bytes = readFileSync(await (download as Download).path())
    const status = await page.locator('.downloads [role="status"]').innerText()
    const isSamePage = await page.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad === true)
    return { name: (download as Download).suggestedFilename(), bytes, isSamePage, status, errors: errors.filter((e) => !e.includes('[vite]')) }
  } finally {
    await app.close()
  }
}

describe('the first workbook download', () => {
  it.each([
    ['the development server (npm start), dependency cache empty', () => dev?.resolvedUrls?.local[0] ?? ''],
    ['the built app', () => appBaseURL()],
  ])('gets a file on the first click in %s', async (_, url) => {
    const got = await downloadOnce(url())
    expect(got.name).toBe('eskilstuna-kommun-digital-arbetsplats-2023-2027.xlsx')
    expect(got.isSamePage, 'the page did not reload').toBe(true)
    expect(got.status).toContain(got.name)
    const book = new Workbook()
    await book.xlsx.load(got.bytes.buffer.slice(got.bytes.byteOffset, got.bytes.byteOffset + got.bytes.byteLength) as ArrayBuffer)
    expect(book.worksheets[0]?.getCell('G7').value).toEqual({ formula: 'total_m365', result: 88_055_000 })
    expect(got.errors).toEqual([])
  }, 180_000)
})
