import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ root: '/work/main', logLevel: 'warn', preview: { host: '127.0.0.1', port: 4998, strictPort: true } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
await page.goto('http://127.0.0.1:4998/#/report', { waitUntil: 'networkidle' })
await page.locator('.report canvas').first().waitFor()
await page.setViewportSize({ width: 703, height: 1000 })
await page.emulateMedia({ media: 'print' })
await page.waitForTimeout(500)
console.log(await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 703).slice(0, 10).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${getComputedStyle(e).display}`)))
await browser.close(); await server.close()
