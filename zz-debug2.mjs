import { chromium } from 'playwright-core'
import { preview } from 'vite'
import AxeBuilder from '@axe-core/playwright'
const server = await preview({ root: '/work/main', logLevel: 'warn', preview: { host: '127.0.0.1', port: 4997, strictPort: true } })
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] })
const vp = JSON.parse(process.argv[2] ?? '{"width":1280,"height":900}')
const ctx = await browser.newContext({ viewport: vp, deviceScaleFactor: Number(process.argv[3] ?? 1) })
const page = await ctx.newPage()
await page.goto('http://127.0.0.1:4997/', { waitUntil: 'networkidle' })
const links = await page.locator('nav.nav a').all()
const hrefs = []
for (const l of links) hrefs.push(await l.getAttribute('href'))
for (const href of hrefs) {
  await page.goto('http://127.0.0.1:4997/' + href, { waitUntil: 'networkidle' })
  await page.waitForTimeout(300)
  const h1 = await page.locator('main h1').count()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll')).slice(0, 4).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`))
  let axe = []
  const t0 = Date.now()
  if (process.argv[4] === "axe") {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    axe = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  }
  console.log(href, Date.now() - t0, "ms", "h1:", h1, 'overflow:', overflow, JSON.stringify(wide), axe.join(' | '))
  if (process.argv[5]) await page.screenshot({ path: `/tmp/shots/${process.argv[5]}-${href.replace(/\W/g, '')}.png`, fullPage: false })
}
await browser.close(); await server.close()
