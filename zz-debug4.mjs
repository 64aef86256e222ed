import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ root: '/work/main', logLevel: 'warn', preview: { host: '127.0.0.1', port: 4995, strictPort: true } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
const [w, h, s] = JSON.parse(process.argv[2])
const page = await (await browser.newContext({ viewport: { width: w, height: h }, deviceScaleFactor: s })).newPage()
for (const href of JSON.parse(process.argv[3])) {
await page.goto('http://127.0.0.1:4995/' + href, { waitUntil: 'networkidle' })
await page.waitForTimeout(300)
console.log(href, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), await page.evaluate(() => { const W = document.documentElement.clientWidth; const clipped = (e) => { for (let p = e.parentElement; p; p = p.parentElement) { const s = getComputedStyle(p); if (s.overflowX !== 'visible') return true } return false }; return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > W + 1 && !clipped(e)).slice(0, 5).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().left)}-${Math.round(e.getBoundingClientRect().right)} ${getComputedStyle(e).position}`) }))
}
await browser.close(); await server.close()
