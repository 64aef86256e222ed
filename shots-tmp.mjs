import { chromium } from 'playwright-core'
import { preview } from 'vite'
const server = await preview({ root: '/work/wt/i13', logLevel: 'warn', preview: { host: '127.0.0.1', port: 47313, strictPort: true } })
const base = 'http://127.0.0.1:47313/'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--headless'] })
const T = {
  sv: { users: 'Medarbetare med E3-licens', start: 'Startår', name: 'Fallets namn', repair: /^Rätta /, newEmpty: 'Nytt tomt fall' },
  en: { users: 'Staff with E3 licences', start: 'Start year', name: 'Name of the case', repair: /^Repair /, newEmpty: 'New empty case' },
}
const langs = (process.argv[2] ?? 'sv,en').split(',')
const widths = [1366, 1024, 375]
const out = '/work/shots/13'
async function typeInto(loc, text) { await loc.click(); await loc.press('Control+A'); await loc.pressSequentially(text) }
const overflow = async (page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
const report = []
for (const lang of langs) for (const w of widths) {
  const t = T[lang]
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, locale: lang === 'sv' ? 'sv-SE' : 'en-GB' })
  const page = await ctx.newPage()
  page.setDefaultTimeout(20000)
  const setLang = async (p) => { if (lang === 'en') await p.getByRole('button', { name: 'English' }).click() }
  await page.goto(base + '#/compare', { waitUntil: 'networkidle' }); await setLang(page)
  const users = page.getByRole('textbox', { name: t.users, exact: true })
  await typeInto(users, lang === 'sv' ? '1.000' : '1,5')
  const price = page.getByRole('textbox', { name: 'Microsoft 365 E3', exact: true })
  await typeInto(price, lang === 'sv' ? '4,050' : '1.000,5')
  const hourly = page.getByRole('textbox', { name: lang === 'sv' ? 'Timkostnad för personal' : 'Hourly staff cost' })
  await users.scrollIntoViewIfNeeded()
  await page.locator('fieldset').filter({ has: users }).locator('xpath=..').screenshot({ path: `${out}/fields-${lang}-${w}.png` })
  report.push(['fields', lang, w, await overflow(page)])
  await page.evaluate(() => { const idx = JSON.parse(localStorage.getItem('vagval:index')); const id = idx.cases[0].id; const m = JSON.parse(localStorage.getItem('vagval:case:'+id)); m.organisation.groups[1].usersByYear = { '2030': 6400 }; m.settings.legalChangeYear = 2021; localStorage.setItem('vagval:case:'+id, JSON.stringify(m)); const broken = { ...m, name: 'Budget 2026 (trasig kopia)', settings: { ...m.settings, years: 40 } }; localStorage.setItem('vagval:case:'+id+':unreadable', JSON.stringify(broken)) })
  await page.goto(base + '#/workbench', { waitUntil: 'networkidle' }); await page.reload({ waitUntil: 'networkidle' }); await setLang(page)
  await typeInto(page.getByRole('textbox', { name: t.start }), '2100')
  await page.locator('#wb-org-heading').locator('xpath=..').screenshot({ path: `${out}/organisation-${lang}-${w}.png` })
  report.push(['organisation', lang, w, await overflow(page)])
  await page.getByRole('button', { name: t.repair }).click()
  await page.locator('#wb-cases-heading').locator('xpath=..').screenshot({ path: `${out}/cases-repair-${lang}-${w}.png` })
  report.push(['cases', lang, w, await overflow(page)])
  const b = await ctx.newPage(); await b.goto(base + '#/workbench', { waitUntil: 'networkidle' }); await setLang(b)
  await typeInto(page.getByRole('textbox', { name: t.name }), lang === 'sv' ? 'Omdöpt i flik A' : 'Renamed in tab A')
  await b.waitForTimeout(500); await b.evaluate(() => window.scrollTo(0, 0))
  await b.screenshot({ path: `${out}/notice-reloaded-${lang}-${w}.png` })
  report.push(['reloaded', lang, w, await overflow(b)])
  await page.getByRole('button', { name: t.newEmpty }).click()
  await b.goto(base + '#/workbench', { waitUntil: 'networkidle' }); await b.reload({ waitUntil: 'networkidle' }); await setLang(b)
  await page.evaluate(() => { const idx = JSON.parse(localStorage.getItem('vagval:index')); const id = idx.currentId; localStorage.removeItem('vagval:case:'+id); localStorage.removeItem('vagval:case:'+id+':good'); localStorage.setItem('vagval:index', JSON.stringify({ ...idx, cases: idx.cases.filter((c) => c.id !== id) })) })
  await b.waitForTimeout(500); await b.evaluate(() => window.scrollTo(0, 0))
  await b.screenshot({ path: `${out}/notice-deleted-${lang}-${w}.png` })
  report.push(['deleted', lang, w, await overflow(b)])
  await b.close()
  await page.evaluate(() => { const idx = JSON.parse(localStorage.getItem('vagval:index')); localStorage.setItem('vagval:index', JSON.stringify({ currentId: 'nope', cases: [...idx.cases, { id: 42 }] })); sessionStorage.setItem('vagval:unsaved', JSON.stringify({ id: idx.cases[0].id, name: 'Eskilstuna kommun – digital arbetsplats 2023–2027', at: new Date().toISOString(), text: '{}' })) })
  await page.reload({ waitUntil: 'networkidle' }); await setLang(page)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${out}/notice-rebuilt-unsaved-${lang}-${w}.png` })
  report.push(['rebuilt', lang, w, await overflow(page)])
  await ctx.close()
}
console.log('overflowing:', report.filter((r) => r[3]))
await browser.close(); await server.close()
