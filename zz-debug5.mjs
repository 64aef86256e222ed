import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ root: '/work/main', logLevel: 'warn', preview: { host: '127.0.0.1', port: 4994, strictPort: true } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
await page.goto('http://127.0.0.1:4994/', { waitUntil: 'networkidle' })
console.log(await page.getByRole('textbox', { name: 'Medarbetare med E3-licens' }).count())
const seq = []
for (let i = 0; i < 60; i++) { await page.keyboard.press('Tab'); seq.push(await page.evaluate(() => { const e = document.activeElement; return `${e.tagName}:${(e.getAttribute('aria-label') || e.textContent || e.id).trim().slice(0, 30)}` })) }
console.log(seq.join('\n'))
await browser.close(); await server.close()
