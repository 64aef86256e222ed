// The budget case leaving the app, as a person does it: download the workbook, CSV and chart images,
// print the report, share the case as a link and open it elsewhere; a tampered link changes nothing.
import { readFileSync } from 'node:fs'
import { Workbook } from '@cj-tech-master/excelts'
import type { Browser, Download, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp } from './browser'
import type { OpenedApp } from './browser'
import { loadShipped, textIn } from './shipped'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Text as a person reads it: no-break and narrow spaces read as spaces, word joiners (in periods such as 2023–2027) not at all. */
const read = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').replace(/\u2060/g, '').trim()

const inputText = async (locator: Locator) => (await locator.inputValue()).replace(/[\u00a0\u202f]/g, ' ')

async function withApp(run: (app: OpenedApp) => Promise<void>, path = '') {
  const app = await openApp(browser, { locale: 'sv-SE', path })
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  const path = await (file as Download).path()
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync(path) }
}

/** The cell of a scenario's row in the compare screen's key figures over the period, found by its column header. */
async function summaryCell(page: Page, scenarioId: string, header: string, caption: string | RegExp = /^Kostnad över hela perioden/): Promise<string> {
  const table = page.getByRole('table', { name: caption })
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim())
  const column = headers.indexOf(header)
  expect(column, `column ${header} in "${caption}"`).toBeGreaterThan(0)
  const text = await table.locator(`tr[data-scenario="${scenarioId}"]`).locator('th, td').nth(column).innerText()
  return text.replace(/[\u00a0\u202f]/g, ' ').trim()
}

/** The M365 total as the compare screen's summary table shows it, e.g. "88 055 000 kr". */
const m365Total = (page: Page) => summaryCell(page, 'm365', 'Totalt')

async function setE3(page: Page, users: string) {
  const e3 = page.getByRole('textbox', { name: 'Medarbetare med E3-licens' })
  await e3.click()
  await e3.press('Control+A')
  await e3.pressSequentially(users)
  await e3.press('Tab')
}

describe('report screen', () => {
  it('shows the question, every scenario, the sources, the date from the clock and the version, and prints', async () => {
    // The figures the paper must show, from the engine on the shipped case (not today's totals by hand).
    const shipped = loadShipped()
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    const title = `Beslutsunderlag: ${textIn(shipped.model.name, 'sv')}`
    const kronor = (value: number, complete: boolean) => `${complete ? '' : 'minst '}${new Intl.NumberFormat('sv-SE').format(Math.round(value)).replace(/\s/g, ' ')} kr`
    const sek = (value: number, complete: boolean) => `${complete ? '' : 'at least '}SEK ${new Intl.NumberFormat('en-GB').format(Math.round(value))}`
    await withApp(async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-03-04T10:00:00'))
      await page.addInitScript(() => {
        ;(window as unknown as { printed: number }).printed = 0
        window.print = () => {
          ;(window as unknown as { printed: number }).printed++
        }
      })
      await page.reload({ waitUntil: 'networkidle' })
      await page.getByRole('navigation', { name: 'Skärmar' }).getByRole('link', { name: 'Rapport' }).click()
      const report = page.getByRole('article')
      await expect.poll(() => read(report.getByRole('heading', { level: 2 }).first())).toBe(title)
      expect(await read(report)).toContain(`Skapad 4 mars 2026 med Vägval version ${version}.`)
      // A decision paper in the order Swedish boards know, appendices last.
      expect((await report.getByRole('heading', { level: 3 }).allInnerTexts()).map((h) => h.trim())).toEqual([
        'Sammanfattning',
        'Bakgrund',
        'Ärendet',
        'Ekonomiska konsekvenser',
        'Konsekvenser',
        'Förslag till beslut',
        'Bilaga 1. Kostnad per kategori och år',
        'Bilaga 2. Antaganden',
        'Bilaga 3. Källor',
        ...(shipped.model.notes?.length ? ['Bilaga 4. Anmärkningar'] : []),
      ])
      // The question, with the organisation and the period.
      const question = await read(report.getByText(/^Frågan:/))
      expect(question).toContain(shipped.model.organisation.name)
      expect(question).toContain(`${shipped.result.years[0]}–${shipped.result.years[shipped.result.years.length - 1]}`)
      // Every scenario under Ärendet, the baseline and the incomplete ones marked.
      const paths = await report.getByRole('region', { name: 'Ärendet' }).getByRole('listitem').allInnerTexts()
      expect(paths).toHaveLength(shipped.model.scenarios.length)
      shipped.result.scenarios.forEach((s, i) => {
        expect(paths[i]).toContain(shipped.scenarioName(s.id, 'sv'))
        if (i === 0) expect(paths[i]).toContain('jämförelsebas')
        expect(paths[i]?.includes('ofullständigt'), `${s.id} marked incomplete`).toBe(!s.complete)
      })
      // The sources: each one cited, as many as the background says.
      const sources = report.getByRole('region', { name: 'Bilaga 3. Källor' }).getByRole('listitem')
      expect(await read(report.locator('[data-source="eskilstuna-utredning-2022"]'))).toContain('Utredning digital samarbetsplattform')
      expect(await read(report.getByRole('region', { name: 'Bakgrund' }))).toContain(`Underlaget bygger på ${await sources.count()} källor`)
      // Every assumption with its source, and an unknown price shown as unknown, never 0.
      const assumptions = report.getByRole('region', { name: 'Antaganden' })
      const e3 = assumptions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Medarbetare med E3-licens', exact: true }) })
      expect(await read(e3)).toContain('2 300')
      expect(await read(e3)).toContain('Kostnadsförslag, MS Teams')
      const jitsi = assumptions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jitsi Meet', exact: true }) })
      expect(await read(jitsi.getByRole('cell').first())).toBe('okänt')
      expect(await read(jitsi)).toContain('Kostnadsförslag, Jitsi meet')
      // The engine's totals in the key figures, "minst" where a path has unknown amounts.
      const figures = report.getByRole('table', { name: /^Kostnad över hela perioden/ })
      for (const s of shipped.result.scenarios) {
        expect(await read(figures.locator(`tr[data-scenario="${s.id}"] [data-field="total"]`)), s.id).toBe(kronor(s.total, s.complete))
      }
      // Coverage from the engine: the must-haves each path lacks, and those not known, never read as none.
      const coverage = report.getByRole('table', { name: 'Behov och täckning per scenario' })
      expect(await coverage.locator('tbody tr').count()).toBe(shipped.model.scenarios.length)
      for (const [id, must] of shipped.must) {
        const cells = coverage.locator(`tr[data-scenario="${id}"] td`)
        for (const [column, needs] of [[2, must.missing], [3, must.unknown]] as const) {
          const text = await read(cells.nth(column))
          if (needs.length === 0) expect(text, `${id} column ${column}`).toBe('inga')
          for (const need of needs) expect(text, `${id} column ${column}`).toContain(shipped.featureName(need, 'sv'))
        }
      }
      // Data protection from the engine: the services under third-country law, an unknown status as unknown (never "inga").
      const protection = report.getByRole('table', { name: 'Dataskydd per scenario' })
      for (const exposure of shipped.exposure) {
        const row = protection.locator(`tr[data-scenario="${exposure.scenarioId}"]`)
        const services = await read(row.locator('[data-field="third-country"]'))
        for (const product of exposure.exposedProducts) expect(services, exposure.scenarioId).toContain(shipped.productName(product, 'sv'))
        for (const product of exposure.unknownProducts) expect(services, exposure.scenarioId).toContain(shipped.productName(product, 'sv'))
        if (exposure.unknownProducts.length > 0) expect(services, exposure.scenarioId).toContain('okänt')
        expect(services === 'inga', exposure.scenarioId).toBe(exposure.thirdCountry === 'not-exposed')
        if (shipped.withoutRegister.includes(exposure.scenarioId)) expect(await read(row.locator('[data-field="risk"]'))).toBe('risker inte bedömda (inget riskregister)')
      }
      // Charts are drawn (the chart code loads on this screen): one per scenario plus the cumulative one.
      await expect.poll(() => page.locator('.report canvas').count()).toBe(shipped.result.scenarios.length + 1)

      await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).click()
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)

      // English: dates and money by locale.
      await page.getByRole('button', { name: 'English' }).click()
      await expect.poll(() => read(report)).toContain(`Made 4 March 2026 with Vägval version ${version}.`)
      expect(await read(report.getByRole('heading', { level: 3 }).nth(1))).toBe('Background')
      const english = report.getByRole('table', { name: /^Cost over the whole period/ })
      for (const s of shipped.result.scenarios) {
        expect(await read(english.locator(`tr[data-scenario="${s.id}"] [data-field="total"]`)), s.id).toBe(sek(s.total, s.complete))
      }
    }, '#/report')
  })

  it('fits an A4 page in print, without the screen’s controls', async () => {
    await withApp(async ({ page }) => {
      await page.locator('.report canvas').first().waitFor()
      // A4 is 210 mm; less 12 mm margins each side, 186 mm = 703 px at 96 px per inch.
      await page.setViewportSize({ width: 703, height: 1000 })
      await page.emulateMedia({ media: 'print' })
      expect(await page.getByRole('button', { name: 'Skriv ut eller spara som PDF' }).isVisible()).toBe(false)
      expect(await page.getByRole('navigation', { name: 'Skärmar' }).isVisible()).toBe(false)
      expect(await page.getByRole('heading', { name: 'Beslutsunderlag: Eskilstuna kommun – digital arbetsplats 2023–2027' }).isVisible()).toBe(true)
      // Nothing wider than the paper: no table or chart is cut off at the right edge.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(703)
      const pdf = await page.pdf({ format: 'A4' })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    }, '#/report')
  })
})

describe('downloads', () => {
  it('downloads a workbook whose totals are the app’s, loading the spreadsheet code only on the click', async () => {
    await withApp(async (app) => {
      const { page } = app
      const errors = collectConsoleErrors(page)
      const shown = await m365Total(page)
      expect(shown).toBe('88 055 000 kr')
      await page.getByRole('link', { name: 'Rapport' }).click()
      const button = page.getByRole('button', { name: 'Excel-arbetsbok (.xlsx)' })
      await button.waitFor()
      // The workbook module and the spreadsheet library (excelts' browser build) load only on the click.
      const spreadsheetCode = /\/assets\/(xlsx|index\.browser)-[\w-]+\.js$/
      expect(app.requests.filter((r) => spreadsheetCode.test(r))).toEqual([])

      const { name, bytes } = await download(page, button)
      expect(name).toBe('eskilstuna-kommun-digital-arbetsplats-2023-2027.xlsx')
      expect(app.requests.filter((r) => spreadsheetCode.test(r))).toHaveLength(2)
      expect(await read(page.locator('.downloads [role="status"]'))).toBe(`Nedladdad: ${name}`)

      const wb = new Workbook()
      await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        'Jämförelse',
        'Indata',
        'Microsoft 365 i molnet',
        'Nextcloud som helhetslösning',
        'Webex',
        'EU-hybrid Nextcloud, Rocket.Cha',
        'Microsoft på egna servrar',
        'Källor',
        // The sovereignty rating as formulas of its answers (decision 0020, src/io/xlsxSovereignty.ts).
        'Suveränitet',
      ])
      const total = wb.getWorksheet('Jämförelse')?.getCell('G7').value as { formula: string; result: number }
      expect(total.formula).toBe('total_m365')
      expect(total.result).toBe(88_055_000)
      expect(app.foreignRequests()).toEqual([])
      expect(errors).toEqual([])
    })
  })

  it('downloads the comparison as CSV with the app’s figures', async () => {
    await withApp(async ({ page }) => {
      const { name, bytes } = await download(page, page.getByRole('button', { name: 'Jämförelse (CSV)' }))
      expect(name).toBe('eskilstuna-kommun-digital-arbetsplats-2023-2027-comparison.csv')
      const text = bytes.toString('utf8')
      // Swedish spreadsheets read semicolons and decimal commas; a completeness column beside the amounts.
      expect(text.startsWith('\uFEFFid;Scenario;2023;')).toBe(true)
      expect(text).toContain('m365;Microsoft 365 i molnet;25775000;18195000;14695000;14695000;14695000;88055000;88055000;1324;ja\r\n')
      // A name with a comma is quoted in the Swedish file too: a spreadsheet set to commas reads it as one cell (issue 22).
      expect(text).toContain('eu-hybrid;"EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9";')
      expect(text).toContain(';"nej, beloppen är minimibelopp"\r\n')
    }, '#/report')
  })

  it('downloads a chart as a PNG on white and its data as CSV', async () => {
    await withApp(async ({ page }) => {
      await page.locator('.chart--line canvas').waitFor()
      const png = await download(page, page.getByRole('button', { name: 'Ladda ner Ackumulerad kostnad: bild (PNG)' }))
      expect(png.name).toBe('ackumulerad-kostnad.png')
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      // The picture's corner is opaque white, not transparent.
      const corner = await page.evaluate(async () => {
        const canvas = document.querySelector('.chart--line canvas') as HTMLCanvasElement
        const ctx = canvas.getContext('2d')
        return ctx ? [...ctx.getImageData(1, 1, 1, 1).data] : []
      })
      expect(corner).toEqual([255, 255, 255, 255])

      const csv = await download(page, page.getByRole('button', { name: 'Ladda ner Ackumulerad kostnad: data (CSV)' }))
      const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n')
      expect(lines[0]).toBe(
        'År;Microsoft 365 i molnet;Microsoft 365 i molnet: fullständigt;Nextcloud som helhetslösning;Nextcloud som helhetslösning: fullständigt;' +
          'Webex;Webex: fullständigt;"EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9";"EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9: fullständigt";' +
          'Microsoft på egna servrar;Microsoft på egna servrar: fullständigt',
      )
      expect(lines[5]?.startsWith('2027;88055000;ja;')).toBe(true)
      expect(lines[5]).toContain(';"nej, beloppen är minimibelopp";')
    })
  })

  // Issue 22: from the Report screen the PNG was 304×256 px, with no title, case or date.
  it('downloads a chart from the Report screen at print size, with a heading drawn in above it', async () => {
    await withApp(async ({ page }) => {
      await page.locator('.chart--line canvas').first().waitFor()
      const png = await download(page, page.getByRole('button', { name: 'Ladda ner Ackumulerad kostnad: bild (PNG)' }))
      // PNG header: width and height, big-endian, at bytes 16–23.
      const width = png.bytes.readUInt32BE(16)
      const height = png.bytes.readUInt32BE(20)
      expect(width).toBe(1800)
      expect(height).toBeGreaterThan(1100)
      // Ink in the heading's band (the title and the case and date lines), and in the chart below it.
      const ink = await page.evaluate(async (base64) => {
        const image = new Image()
        image.src = `data:image/png;base64,${base64}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.width
        canvas.height = image.height
        const ctx = canvas.getContext('2d')
        if (!ctx) return []
        ctx.drawImage(image, 0, 0)
        const dark = (y0: number, y1: number) => {
          const { data } = ctx.getImageData(0, y0, canvas.width, y1 - y0)
          let n = 0
          for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) n++
          return n
        }
        return [dark(0, 90), dark(90, 150), dark(200, canvas.height)]
      }, png.bytes.toString('base64'))
      expect(ink.every((n) => n > 200), `dark pixels in title, subtitle and chart: ${ink.join(', ')}`).toBe(true)
    }, '#/report')
  })
})

describe('share link', () => {
  it('reproduces the sender’s case in a fresh browser, as a saved case of its own', async () => {
    let url = ''
    await withApp(async ({ page }) => {
      await setE3(page, '2400')
      await expect.poll(() => m365Total(page)).not.toBe('88 055 000 kr')
      const sent = await m365Total(page)
      await page.getByRole('button', { name: 'Dela länk' }).click()
      const field = page.getByRole('textbox', { name: 'Länk till fallet' })
      await expect.poll(() => field.isVisible()).toBe(true)
      url = await field.inputValue()
      expect(url).toMatch(/#case=[A-Za-z0-9_-]+$/)
      // The field has focus with the link selected, ready to copy.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.getAttribute('readonly'))).toBe('')
      await page.keyboard.press('Escape')
      expect(await field.isVisible()).toBe(false)
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Dela länk')

      const other = await openApp(browser, { locale: 'sv-SE', path: `#case=${url.split('#case=')[1] ?? ''}` })
      try {
        const notice = other.page.locator('[data-share-notice]')
        await expect.poll(() => read(notice)).toContain('är öppnat från en delad länk')
        expect(await m365Total(other.page)).toBe(sent)
        expect(await inputText(other.page.getByRole('textbox', { name: 'Medarbetare med E3-licens' }))).toBe('2 400')
        // The fragment is gone: a reload keeps the (now saved) case and does not open the link again.
        expect(new URL(other.page.url()).hash).toBe('#/compare')
        await other.page.reload({ waitUntil: 'networkidle' })
        expect(await m365Total(other.page)).toBe(sent)
        expect(await other.page.locator('[data-share-notice]').count()).toBe(0)
        expect(other.foreignRequests()).toEqual([])
      } finally {
        await other.close()
      }
    })
  })

  it('refuses a tampered link with a message and leaves the open case as it was', async () => {
    await withApp(async ({ page, baseURL }) => {
      await setE3(page, '2500')
      await expect.poll(() => inputText(page.getByRole('textbox', { name: 'Medarbetare med E3-licens' }))).toBe('2 500')
      const before = await m365Total(page)
      expect(before).not.toBe('88 055 000 kr')

      await page.getByRole('button', { name: 'Dela länk' }).click()
      const url = await page.getByRole('textbox', { name: 'Länk till fallet' }).inputValue()
      const data = url.split('#case=')[1] ?? ''
      const at = Math.floor(data.length / 2)
      const tampered = `${baseURL}#case=${data.slice(0, at)}${data[at] === 'x' ? 'y' : 'x'}${data.slice(at + 1, -10)}`

      await page.goto(tampered, { waitUntil: 'networkidle' })
      const alert = page.locator('[data-share-notice]')
      await expect.poll(() => read(alert)).toContain('Länken kunde inte öppnas')
      expect(await read(alert)).toContain('Inget har ändrats.')
      expect(await page.locator('.notices[role="alert"] [data-share-notice]').count()).toBe(1)
      expect(await m365Total(page)).toBe(before)
      await page.reload({ waitUntil: 'networkidle' })
      expect(await m365Total(page)).toBe(before)
    })
  })
})
