// The built app works from a subfolder of a plain web server (an intranet's /sub/), thanks to the
// relative base path: every file, lazy screen and the spreadsheet code load from under /sub/.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp } from './browser'

const DIST = resolve(import.meta.dirname, '../../dist')
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

let browser: Browser
let server: Server
let base = ''
/** Paths asked for outside /sub/, or not found: a plain server answers them 404. */
const misses: string[] = []

beforeAll(async () => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `vite build` first (npm test does)')
  // A plain static server: files of dist/ under /sub/ only, nothing rewritten, no fallback to index.html.
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const inside = path.startsWith('/sub/') ? normalize(path.slice('/sub/'.length)) : null
    const file = inside === null || inside.startsWith('..') ? null : join(DIST, inside === '' || inside === '.' ? 'index.html' : inside)
    if (file && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      response.end(readFileSync(file))
    } else {
      misses.push(path)
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sub/`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((done) => server?.close(done))
})

describe('served from a subfolder', () => {
  it('loads, moves between screens and downloads a workbook from /sub/ with no request outside it', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', baseURL: base })
    try {
      const { page } = app
      const errors = collectConsoleErrors(page)
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Jämför scenarier')
      // A lazily loaded screen and its chunks.
      await page.getByRole('link', { name: 'Rapport' }).click()
      await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).waitFor()
      await page.locator('.report canvas').first().waitFor()
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel-arbetsbok (.xlsx)' }).click()])
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/)

      const paths = app.requests.map((r) => new URL(r).pathname)
      expect(paths.length).toBeGreaterThan(3)
      expect(paths.filter((p) => !p.startsWith('/sub/'))).toEqual([])
      expect(misses).toEqual([])
      expect(app.foreignRequests()).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
