import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ root: '/work/main', logLevel: 'warn', preview: { host: '127.0.0.1', port: 4996, strictPort: true } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
const page = await browser.newPage({ viewport: { width: 375, height: 812 } })
for (const href of ['#/protection', '#/finance', '#/workbench']) {
await page.goto('http://127.0.0.1:4996/' + href, { waitUntil: 'networkidle' })
await page.waitForTimeout(300)
console.log(href, await page.evaluate(() => { const out = []; for (const sel of document.querySelectorAll('select')) { if (sel.getBoundingClientRect().right <= 376) continue; let e = sel; const chain = []; while (e && e !== document.body) { const s = getComputedStyle(e); chain.push(`${e.tagName}.${e.className}[${s.display}${s.minWidth !== 'auto' ? ' min:' + s.minWidth : ''}] ${Math.round(e.getBoundingClientRect().width)}`); e = e.parentElement } out.push(chain.join(' < ')); } return out.slice(0, 2) }))
}
await browser.close(); await server.close()
