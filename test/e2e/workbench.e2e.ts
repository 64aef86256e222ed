// The workbench as a person uses it: build a case from nothing with the keyboard alone, come back to
// it after a reload, undo a delete, move the case as a file to another browser, be refused a broken
// file, be told when storage is full, and see names with markup in them as plain text.
import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp } from './browser'
import type { OpenedApp } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Text as a person reads it: no-break and narrow spaces read as spaces. */
const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').trim()
const read = async (locator: Locator) => normal(await locator.innerText())

async function withApp(run: (app: OpenedApp) => Promise<void>, path = '#/workbench') {
  const app = await openApp(browser, { locale: 'sv-SE', path })
  app.page.setDefaultTimeout(10_000)
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, options: { isBackwards?: boolean; max?: number } = {}) {
  await target.waitFor()
  for (let i = 0; i < (options.max ?? 400); i++) {
    if (await isFocused(target)) return
    await page.keyboard.press(options.isBackwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`could not reach ${target.toString()} with the Tab key`)
}

/** Replaces the focused field's text by typing, as a person would (select all, then type). */
async function typeOver(page: Page, text: string) {
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
}

/** The compare screen's table of figures over the period, as text: its caption (with the years), then one line per scenario. */
async function summaryText(page: Page): Promise<string> {
  const table = page.getByRole('table', { name: 'Kostnad över hela perioden' })
  await table.waitFor()
  const caption = await table.locator('caption').innerText()
  const rows = await table.locator('tbody').getByRole('row').allInnerTexts()
  return [caption, ...rows].map((r) => normal(r).replace(/\u2060/g, '').replace(/\s+/g, ' ')).join('\n')
}

async function goTo(page: Page, screen: 'compare' | 'workbench' | 'assumptions') {
  await page.evaluate((id) => {
    window.location.hash = `#/${id}`
  }, screen)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
}

const workbenchHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Scenarier och fall' })

describe('workbench', () => {
  it('builds a two-scenario case from the guided start with the keyboard alone, and finds it intact after a reload', async () => {
    await withApp(async ({ page }) => {
      const errors = collectConsoleErrors(page)
      await workbenchHeading(page).waitFor()

      // A new case starts at the guided start, not as an empty case with an empty scenario.
      await tabTo(page, page.getByRole('link', { name: 'Nytt fall …' }))
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
      await tabTo(page, page.getByRole('textbox', { name: 'Organisationens namn' }))
      await page.keyboard.type('Testkommun')
      await tabTo(page, page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }))
      await page.keyboard.type('1000')
      await tabTo(page, page.getByRole('textbox', { name: 'Timkostnad för personal (för utbildning)' }))
      await page.keyboard.type('400')
      // Microsoft 365: E3 for the office staff, with a 500 000 kr implementation in the first year.
      await tabTo(page, page.getByRole('checkbox', { name: /^Microsoft 365 i molnet/ }))
      await page.keyboard.press('Space')
      await tabTo(page, page.getByRole('textbox', { name: 'Införande första året, Microsoft 365 i molnet' }))
      await page.keyboard.type('500000')
      await tabTo(page, page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }))
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()

      // In the workbench: rename the scenario, add a cost line, and a Nextcloud scenario from its template.
      await tabTo(page, page.getByRole('link', { name: 'Scenarier' }), { isBackwards: true })
      await page.keyboard.press('Enter')
      await workbenchHeading(page).waitFor()
      await tabTo(page, page.getByRole('textbox', { name: 'Namn på scenario 1' }))
      await typeOver(page, 'Molnet')

      await tabTo(page, page.getByRole('button', { name: 'Lägg till kostnadsrad' }))
      await page.keyboard.press('Enter')
      const costLabel = page.getByRole('textbox', { name: 'Benämning' }).nth(1)
      await expect.poll(() => isFocused(costLabel)).toBe(true)
      await typeOver(page, 'Projektledning')
      await tabTo(page, page.getByRole('group', { name: 'Kostnad 2: Projektledning' }).getByRole('textbox', { name: 'Belopp' }))
      await typeOver(page, '250000')

      await tabTo(page, page.getByRole('textbox', { name: 'Namn på nytt scenario' }), { isBackwards: true })
      await page.keyboard.type('Nextcloud')
      const template = page.getByRole('combobox', { name: 'Utgå från' })
      await tabTo(page, template)
      expect(await template.inputValue()).toBe('m365')
      for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown')
      expect(await template.inputValue()).toBe('nextcloud')
      await tabTo(page, page.getByRole('button', { name: 'Lägg till scenario' }))
      await page.keyboard.press('Enter')
      await expect.poll(() => isFocused(page.getByRole('textbox', { name: 'Namn på scenario 2' }))).toBe(true)
      expect(await read(page.getByRole('heading', { level: 2, name: /^Redigera:/ }))).toBe('Redigera: Nextcloud')

      // The compare screen, reached with the keyboard through the navigation.
      await tabTo(page, page.getByRole('link', { name: 'Jämför', exact: true }), { isBackwards: true })
      await page.keyboard.press('Enter')
      const year = new Date().getFullYear()
      const before = await summaryText(page)
      const lines = before.split('\n')
      expect(lines).toHaveLength(3)
      expect(lines[0]).toContain(String(year))
      // Molnet: 1 000 × 4 050 kr a year for 5 years + 500 000 + 250 000 kr = 21 000 000 kr; Nextcloud: 1 000 × 1 800 kr × 5 = 9 000 000 kr.
      expect(lines[1]).toMatch(/^Molnet .*21 000 000 kr/)
      expect(lines[2]).toMatch(/^Nextcloud .*9 000 000 kr/)
      expect(await read(page.locator('.header__case'))).toContain('Testkommun')

      // After a reload everything is there, and the results are the same.
      await page.reload({ waitUntil: 'networkidle' })
      expect(await summaryText(page)).toBe(before)
      await goTo(page, 'workbench')
      expect(await page.getByRole('textbox', { name: 'Fallets namn' }).inputValue()).toMatch(/^Testkommun, \d{4}-\d{2}-\d{2}$/)
      expect(await page.getByRole('textbox', { name: 'Namn på scenario 1' }).inputValue()).toBe('Molnet')
      expect(await page.getByRole('textbox', { name: 'Namn på scenario 2' }).inputValue()).toBe('Nextcloud')
      expect(normal(await page.getByRole('textbox', { name: 'Timkostnad för personal' }).inputValue())).toBe('400')
      const names = await page.locator('.wb-case__name').allInnerTexts()
      expect(names[0]).toBe('Eskilstuna kommun – digital arbetsplats 2023–2027')
      expect(names[1]).toMatch(/^Testkommun, \d{4}-\d{2}-\d{2}$/)
      expect(names).toHaveLength(2)
      expect(errors).toEqual([])
    })
  })

  it('deletes a scenario and brings it back: the undo offer, Ctrl+Z outside a field (not inside one), and Ctrl+Shift+Z', async () => {
    await withApp(async ({ page }) => {
      await workbenchHeading(page).waitFor()
      const names = () => page.locator('.wb-scenario input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
      const all = ['Microsoft 365 i molnet', 'Nextcloud som helhetslösning', 'Webex', 'EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9', 'Microsoft på egna servrar']
      expect(await names()).toEqual(all)
      const withoutWebex = all.filter((n) => n !== 'Webex')

      await page.getByRole('button', { name: 'Ta bort Webex' }).focus()
      await page.keyboard.press('Enter')
      expect(await names()).toEqual(withoutWebex)
      const offer = page.getByRole('button', { name: 'Ångra borttagningen' })
      await expect.poll(() => isFocused(offer)).toBe(true)
      expect(await read(page.locator('.wb-undo-offer'))).toContain('Scenariot ”Webex” är borttaget.')
      await page.keyboard.press('Enter')
      expect(await names()).toEqual(all)
      await expect.poll(() => isFocused(page.getByRole('textbox', { name: 'Namn på scenario 3' }))).toBe(true)

      // Delete again; Ctrl+Z in a text field is the field's own undo and leaves the case alone.
      await page.getByRole('button', { name: 'Ta bort Webex' }).focus()
      await page.keyboard.press('Enter')
      await page.getByRole('textbox', { name: 'Namn på scenario 1' }).focus()
      await page.keyboard.press('Control+z')
      expect(await names()).toEqual(withoutWebex)
      // Outside a field it undoes the delete, and Ctrl+Shift+Z redoes it.
      await page.getByRole('button', { name: 'Ångra', exact: true }).focus()
      await page.keyboard.press('Control+z')
      expect(await names()).toEqual(all)
      await page.keyboard.press('Control+Shift+Z')
      expect(await names()).toEqual(withoutWebex)
      await page.getByRole('button', { name: 'Ångra', exact: true }).click()
      expect(await names()).toEqual(all)
    })
  })

  it('exports the case as a file and imports it into a fresh browser profile with identical results', async () => {
    let fileText = ''
    let fileName = ''
    let expected = ''
    await withApp(async ({ page }) => {
      await workbenchHeading(page).waitFor()
      // Change the case so that it differs from the shipped one.
      const e3 = page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' })
      await e3.click()
      await typeOver(page, '2400')
      await page.getByRole('textbox', { name: 'Namn på scenario 3' }).click()
      await typeOver(page, 'Webex för alla')
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exportera fallet som fil' }).click(),
      ])
      fileName = download.suggestedFilename()
      fileText = await readFile(await download.path(), 'utf8')
      await goTo(page, 'compare')
      expected = await summaryText(page)
    })
    expect(fileName).toBe('eskilstuna-kommun-digital-arbetsplats-2023-2027.vagval.json')
    const file = JSON.parse(fileText)
    expect(file.schemaVersion).toBe(1)
    expect(file.organisation.groups[0]).toMatchObject({ id: 'e3', users: 2400 })
    expect(expected).toContain('Webex för alla')

    await withApp(async ({ page }) => {
      await workbenchHeading(page).waitFor()
      await goTo(page, 'compare')
      expect(await summaryText(page)).not.toBe(expected)
      await goTo(page, 'workbench')
      await page.getByLabel('Importera ett fall från fil').setInputFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(fileText) })
      await expect.poll(() => read(page.locator('.wb-section .wb-status').first())).toContain(`är inläst från ${fileName}`)
      expect(await page.locator('.wb-case__name').count()).toBe(2)
      await goTo(page, 'compare')
      expect(await summaryText(page)).toBe(expected)
    })
  })

  it('refuses a broken file whole, naming each fault’s path, and leaves the open case unchanged', async () => {
    await withApp(async ({ page }) => {
      await goTo(page, 'compare')
      const before = await summaryText(page)
      await goTo(page, 'workbench')
      const preset = JSON.parse(await readFile(new URL('../../data/presets/eskilstuna-2022.json', import.meta.url), 'utf8'))
      preset.scenarios[1].licences[0].users = -5
      preset.settings.years = 40
      const input = page.getByLabel('Importera ett fall från fil')
      await input.setInputFiles({ name: 'trasig.vagval.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(preset)) })
      const alert = page.locator('#wb-import-faults')
      await expect.poll(() => alert.count()).toBe(1)
      const text = await read(alert)
      expect(text).toContain('Filen trasig.vagval.json kunde inte läsas in.')
      expect(text).toContain('Inget är ändrat')
      expect(text).toContain('scenarios[1].licences[0].users: must be a whole number ≥ 0')
      expect(text).toContain('settings.years: must be 1 to 10 years')
      expect(await input.getAttribute('aria-describedby')).toBe('wb-import-faults')

      await input.setInputFiles({ name: 'inte-json.vagval.json', mimeType: 'application/json', buffer: Buffer.from('{ "schemaVersion": 1,') })
      await expect.poll(async () => read(alert)).toContain('not valid JSON')

      expect(await page.locator('.wb-case__name').count()).toBe(1)
      await goTo(page, 'compare')
      expect(await summaryText(page)).toBe(before)
    })
  })

  it('says so when the browser’s storage is full, and keeps the work in memory and exportable', async () => {
    await withApp(async ({ page }) => {
      await workbenchHeading(page).waitFor()
      const filled = await page.evaluate(() => {
        // Fill the origin's storage with junk until the browser refuses, down to single characters.
        let size = 1 << 20
        let n = 0
        while (size >= 1) {
          try {
            localStorage.setItem(`junk-${n++}`, 'x'.repeat(size))
          } catch (error) {
            if (!(error instanceof DOMException) || error.name !== 'QuotaExceededError') throw error
            size = Math.floor(size / 2)
          }
        }
        return n
      })
      expect(filled).toBeGreaterThan(1)

      // A name longer than the one stored, so the case grows and no longer fits.
      const caseName = page.getByRole('textbox', { name: 'Fallets namn' })
      await caseName.click()
      await typeOver(page, 'Fullt lager: ett fall vars namn är längre än det som redan är sparat')
      const alert = page.getByRole('alert').filter({ hasText: 'Webbläsarens lagring är full' })
      await expect.poll(() => alert.count()).toBe(1)
      expect(await read(page.locator('.wb-unsaved'))).toContain('inte sparad i webbläsaren')
      expect(await read(page.locator('.header__case'))).toContain('Fullt lager: ett fall vars namn är längre än det som redan är sparat')

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Exportera fallet som fil' }).click(),
      ])
      const exported = JSON.parse(await readFile(await download.path(), 'utf8'))
      expect(exported.name).toEqual({
        sv: 'Fullt lager: ett fall vars namn är längre än det som redan är sparat',
        en: 'Eskilstuna municipality – digital workplace 2023–2027',
      })
    })
  })

  it('shows names with HTML or script in them as text, everywhere', async () => {
    await withApp(async ({ page }) => {
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await workbenchHeading(page).waitFor()
      const evil = '<img src=x onerror=alert(1)>'
      const script = '<script>alert(2)</script>'
      await page.getByRole('textbox', { name: 'Fallets namn' }).click()
      await typeOver(page, evil)
      await page.getByRole('textbox', { name: 'Namn på scenario 1' }).click()
      await typeOver(page, script)
      await page.getByRole('textbox', { name: 'Namn på grupp 1' }).click()
      await typeOver(page, evil)
      await page.getByRole('textbox', { name: 'Namn på nytt scenario' }).click()
      await page.keyboard.press('Tab') // leave the field, so the names above are shown as stored

      expect(await read(page.locator('.header__case'))).toContain(evil)
      expect(await page.locator('.wb-case__name').allInnerTexts()).toContain(evil)
      expect(await read(page.getByRole('heading', { level: 2, name: /^Redigera:/ }))).toBe(`Redigera: ${script}`)
      expect(await page.getByRole('button', { name: `Redigera ${script}` }).count()).toBe(1)
      await goTo(page, 'compare')
      expect(await summaryText(page)).toContain(script)
      await goTo(page, 'assumptions')
      expect(await read(page.getByRole('table', { name: /Alla indata i fallet/ }))).toContain(evil)

      expect(await page.locator('img[src="x"], main script').count()).toBe(0)
      expect(dialogs).toEqual([])
    })
  })

  it.each([
    ['workbench', 'Scenarier och fall'],
    ['assumptions', 'Antaganden och källor'],
  ])('has no serious or critical accessibility violation on the %s screen (axe)', async (screen, heading) => {
    await withApp(async ({ page }) => {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor()
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      expect(serious).toEqual([])
    }, `#/${screen}`)
  })
})
