import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ root: '/work/main', logLevel: 'warn', preview: { host: '127.0.0.1', port: 4999, strictPort: true } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
const shots = JSON.parse(process.argv[2])
for (const s of shots) {
  const ctx = await browser.newContext({ viewport: { width: s.w ?? 1280, height: s.h ?? 900 }, deviceScaleFactor: s.scale ?? 1, locale: s.locale ?? 'sv-SE' })
  const page = await ctx.newPage()
  page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()))
  page.on('pageerror', (e) => console.log('page error:', e.message))
  await page.goto(`http://127.0.0.1:4999/${s.path ?? ''}`, { waitUntil: 'networkidle' })
  if (s.click) { await page.getByRole('button', { name: s.click }).click(); await page.waitForTimeout(300) }
  if (s.media) await page.emulateMedia({ media: s.media })
  if (s.pdf) { await page.pdf({ path: s.pdf, format: 'A4', printBackground: false }) }
  else await page.screenshot({ path: s.out, fullPage: s.full ?? false })
  await ctx.close()
}
await browser.close(); await server.close()
