// Issue 13 in the browser, as a careless or unlucky person meets it: numbers typed in either
// language, a start year the model cannot hold, two tabs on the same cases (two pages of one
// context share their storage and hear each other), a damaged list, an unreadable case, a full
// storage, a UTF-16 file, and a page that loads under its Content Security Policy without a report.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { appBaseURL, collectConsoleErrors, launchBrowser, openApp } from './browser'
import type { OpenedApp } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Text as a person reads it: no-break and narrow spaces read as spaces. */
const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
const read = async (locator: Locator) => normal(await locator.innerText())

async function withApp(run: (app: OpenedApp) => Promise<void>, path = '#/workbench') {
  const app = await openApp(browser, { locale: 'sv-SE', path })
  app.page.setDefaultTimeout(15_000)
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

/** A second tab of the same browser (context): it shares the first one's storage. */
async function secondTab(context: BrowserContext, path = '#/workbench'): Promise<Page> {
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(new URL(path, appBaseURL()).href, { waitUntil: 'networkidle' })
  return page
}

/** Replaces a field's text by typing, as a person would. */
async function typeInto(field: Locator, text: string) {
  await field.click()
  await field.press('Control+A')
  await field.pressSequentially(text)
}

const alertOf = (field: Locator) => field.locator('xpath=ancestor::div[contains(@class,"field")][1]').getByRole('alert')
/** Everything the notices above the screen say. */
const notices = async (page: Page) => normal((await page.locator('.notices').allInnerTexts()).join(' '))
const caseNameField = (page: Page) => page.getByRole('textbox', { name: 'Fallets namn' })

/**
 * Starts a new case as a person does now: the guided start (a new case begins with a few questions,
 * not as an empty case), one group with a count and one path, create; then back to the saved cases.
 * The case is named from its organisation and the day ("…, 2026-12-05") until renamed.
 */
async function startNewCase(page: Page) {
  await page.getByRole('link', { name: 'Nytt fall …' }).click()
  await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
  await typeInto(page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }), '10')
  await page.getByRole('checkbox', { name: /^Microsoft 365 i molnet/ }).check()
  await page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }).click()
  await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()
  await page.getByRole('link', { name: 'Scenarier' }).click()
  await caseNameField(page).waitFor()
}

describe('numbers are read as meant, at the field, in both languages', () => {
  it('in Swedish: 1.000 and 1,000 are refused as ambiguous, 2,300 for a count too, 4,050 kr too, and 2 400 is taken', async () => {
    await withApp(async ({ page }) => {
      const users = page.getByRole('textbox', { name: 'Medarbetare med E3-licens', exact: true })
      await typeInto(users, '1.000')
      expect(await read(alertOf(users))).toContain('”1.000” kan läsas som 1 eller som 1 000:')
      await typeInto(users, '1,000')
      expect(await read(alertOf(users))).toContain('”1,000” kan läsas som 1 eller som 1 000:')
      await typeInto(users, '2,300')
      expect(await read(alertOf(users))).toContain('”2,300” kan läsas som 2,3 eller som 2 300:')
      await typeInto(users, '2 400')
      await expect.poll(() => alertOf(users).count()).toBe(0)
      await users.blur()
      expect(normal(await users.inputValue())).toBe('2 400')
      // A Swedish decimal that English would read as thousands: refused with both readings, the price kept.
      const price = page.getByRole('textbox', { name: 'Microsoft 365 E3', exact: true })
      await typeInto(price, '4,050')
      expect(await read(alertOf(price))).toContain('”4,050” kan läsas som 4,05 eller som 4 050:')
      expect(await read(alertOf(price))).toContain('Resultaten visar det senaste giltiga värdet, 4 050.')
      // A percentage below 1: taken, and the field asks whether a hundred times more was meant.
      const rate = page.getByRole('textbox', { name: 'Diskonteringsränta', exact: true })
      await typeInto(rate, '0,03')
      expect(normal(await rate.locator('xpath=ancestor::div[contains(@class,"field")][1]').getByRole('status').innerText())).toBe(
        'Läst som 0,03 %. Menade du 3 %? Skriv då 3.',
      )
    }, '#/compare')
  })

  it('in English: 4050,5 kr is 4,050.5 (not 40505), 1.000 and 4.050 are refused as ambiguous, and 1,5 users as not whole', async () => {
    await withApp(async ({ page }) => {
      await page.getByRole('button', { name: 'English' }).click()
      // English loads on demand: type once the fields read English.
      await expect.poll(() => page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true')
      const price = page.getByRole('textbox', { name: 'Microsoft 365 E3', exact: true })
      await typeInto(price, '4050,5')
      await price.blur()
      expect(await price.inputValue()).toBe('4,050.5')
      const users = page.getByRole('textbox', { name: 'Staff with E3 licences', exact: true })
      await typeInto(users, '1,5')
      expect(await read(alertOf(users))).toContain('“1,5” reads as 1.5, but a whole number is needed here.')
      await typeInto(users, '1.000')
      expect(await read(alertOf(users))).toContain('“1.000” can be read as 1 or as 1000:')
      await typeInto(price, '4.050')
      expect(await read(alertOf(price))).toContain('“4.050” can be read as 4.05 or as 4050:')
      await typeInto(users, '2400')
      await expect.poll(() => alertOf(users).count()).toBe(0)
    }, '#/compare')
  })

  it('refuses a start year that would move dated lines past 2100, and a reload keeps the last edit', async () => {
    await withApp(async ({ page }) => {
      const users = page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' })
      await typeInto(users, '2500')
      const start = page.getByRole('textbox', { name: 'Startår' })
      await typeInto(start, '2100')
      expect(await read(alertOf(start))).toContain('Välj ett startår från 2000 till 2096')
      await page.reload({ waitUntil: 'networkidle' })
      await caseNameField(page).waitFor()
      expect(await page.getByRole('textbox', { name: 'Startår' }).inputValue()).toBe('2023')
      expect(normal(await page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }).inputValue())).toBe('2 500')
      expect(await notices(page)).toBe('')
    })
  })

  it('refuses at the field an edit whose figures could pass 10^15, saying why', async () => {
    await withApp(async ({ page }) => {
      await typeInto(page.getByRole('textbox', { name: 'Antal år (1–10)' }), '10')
      for (const group of ['Medarbetare med E3-licens', 'Medarbetare med F3-licens (frontlinje)', 'Skolan, A3-licens']) {
        await typeInto(page.getByRole('textbox', { name: group, exact: true }), '10 000 000')
      }
      // Training: up to twice 30 000 000 users a year × 2 hours × 1 000 000 kr × 10 years = 1.2 × 10^15 kr.
      const hourly = page.getByRole('textbox', { name: 'Timkostnad för personal' })
      await typeInto(hourly, '1 000 000')
      expect(await read(alertOf(hourly))).toContain('Ändringen gjordes inte: fallets belopp skulle kunna nå')
      expect(await read(alertOf(hourly))).toContain('högst 1 000 000 000 000 000')
      await typeInto(hourly, '500')
      await expect.poll(() => alertOf(hourly).count()).toBe(0)
    }, '#/compare')
  })
})

describe('two tabs on the same saved cases', () => {
  it('a case made in one tab appears in the other; a rename in one and an edit in the other are both kept', async () => {
    await withApp(async ({ page: a, context }) => {
      await caseNameField(a).waitFor()
      const b = await secondTab(context)
      await caseNameField(b).waitFor()

      await startNewCase(a)
      // A new case is named from its organisation and the day (issue 19), never a bare "Nytt fall".
      await expect.poll(async () => (await b.locator('.wb-case__name').allInnerTexts()).some((name) => /, \d{4}-\d{2}-\d{2}$/.test(name))).toBe(true)
      // Back in A to the case B has open, and rename it there.
      await a.getByRole('button', { name: /^Öppna Eskilstuna/ }).click()
      await typeInto(caseNameField(a), 'Omdöpt i A')
      await expect.poll(() => caseNameField(b).inputValue()).toBe('Omdöpt i A')
      expect(await notices(b)).toContain('ändrades i en annan flik. Den här fliken visar nu den nyare versionen.')

      await typeInto(b.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }), '2 600')
      await expect.poll(async () => normal(await a.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }).inputValue())).toBe('2 600')
      await a.reload({ waitUntil: 'networkidle' })
      expect(await caseNameField(a).inputValue()).toBe('Omdöpt i A')
      expect(normal(await a.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }).inputValue())).toBe('2 600')
      const names = await a.locator('.wb-case__name').allInnerTexts()
      expect(names).toHaveLength(2)
      expect(names[0]).toBe('Omdöpt i A')
      expect(names[1]).toMatch(/, \d{4}-\d{2}-\d{2}$/)
      await b.close()
    })
  })

  it('keeps the version shown before as a copy, when asked', async () => {
    await withApp(async ({ page: a, context }) => {
      await caseNameField(a).waitFor()
      const b = await secondTab(context)
      await typeInto(caseNameField(a), 'Ändrat i A')
      await b.getByRole('button', { name: 'Behåll versionen som visades förut som en kopia' }).click()
      await expect.poll(() => a.locator('.wb-case__name').allInnerTexts()).toEqual([
        'Ändrat i A',
        'Eskilstuna kommun – digital arbetsplats 2023–2027 (kopia)',
      ])
      await b.close()
    })
  })

  it('a case deleted in one tab is not brought back by the other unless the person keeps it', async () => {
    await withApp(async ({ page: a, context }) => {
      await startNewCase(a)
      await typeInto(caseNameField(a), 'Tillfälligt')
      const b = await secondTab(context)
      await expect.poll(() => caseNameField(b).inputValue()).toBe('Tillfälligt')
      await a.getByRole('button', { name: /^Öppna Eskilstuna/ }).click()
      await a.getByRole('button', { name: 'Ta bort Tillfälligt' }).click()
      await a.getByRole('button', { name: 'Ja, ta bort' }).click()
      expect(await notices(b)).toContain('”Tillfälligt” togs bort i en annan flik.')
      // An edit in B is not written while the choice is open: the case stays deleted in A.
      await typeInto(caseNameField(b), 'Tillfälligt, ändrat i B')
      expect(await a.locator('.wb-case__name').allInnerTexts()).toEqual(['Eskilstuna kommun – digital arbetsplats 2023–2027'])
      // Kept: the case comes back with the edit B made while the choice was open.
      await b.getByRole('button', { name: 'Behåll fallet' }).click()
      await expect.poll(() => a.locator('.wb-case__name').allInnerTexts()).toContain('Tillfälligt, ändrat i B')
      await b.close()
    })
  })

  // Issue 22: in 7 of 24 runs tab A said "Den här fliken visar nu den nyare versionen" of a version stored nowhere.
  it('a rename in A and an edit in B at the same moment, 20 times: no tab shows a version that is not stored, and both edits are kept', async () => {
    await withApp(async ({ page: a, context }) => {
      await caseNameField(a).waitFor()
      const b = await secondTab(context)
      await caseNameField(b).waitFor()
      const id = await a.evaluate(() => (JSON.parse(localStorage.getItem('vagval:index') ?? '{}') as { currentId: string }).currentId)
      const usersOf = (page: Page) => page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' })
      /** What a tab shows and what it reads as stored. */
      const state = async (page: Page) => {
        const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', `vagval:case:${id}`)
        const model = JSON.parse(stored || '{}') as { name?: string | { sv: string }; organisation?: { groups: { users: number }[] } }
        return {
          stored,
          // The field edits the Swedish name.
          storedName: typeof model.name === 'object' ? model.name.sv : model.name,
          storedUsers: model.organisation?.groups[0]?.users,
          shownName: await caseNameField(page).inputValue(),
          shownUsers: Number(normal(await usersOf(page).inputValue()).replace(/ /g, '')),
          notices: await notices(page),
        }
      }
      let merged = 0
      for (let run = 0; run < 20; run++) {
        const name = `Omdöpt i A, ${run}`
        const users = 3000 + run
        // The same moment: both fields filled at once, each tab writing before it hears of the other.
        await Promise.all([caseNameField(a).fill(name), usersOf(b).fill(String(users))])
        await Promise.all([caseNameField(a).blur(), usersOf(b).blur()])
        let last = ''
        await expect
          .poll(
            async () => {
              const [sa, sb] = await Promise.all([state(a), state(b)])
              last = JSON.stringify({ a: { ...sa, stored: undefined }, b: { ...sb, stored: undefined } })
              return sa.stored === sb.stored && sa.shownName === sa.storedName && sb.shownName === sb.storedName && sa.shownUsers === sa.storedUsers && sb.shownUsers === sb.storedUsers
            },
            { timeout: 10_000 },
          )
          .toBe(true)
          .catch(() => {
            throw new Error(`run ${run}: a tab does not show what is stored: ${last}`)
          })
        const [sa, sb] = await Promise.all([state(a), state(b)])
        // Both edits are stored (merged where they raced), so neither tab's edit was lost.
        expect({ run, name: sa.storedName, users: sa.storedUsers }).toEqual({ run, name, users })
        for (const tab of [sa, sb]) expect(tab.notices).not.toContain('inte sparade')
        if (sa.notices.includes('Båda ändringarna är sparade') || sb.notices.includes('Båda ändringarna är sparade')) merged++
      }
      // How many of the runs raced (each tab wrote before hearing of the other) and were merged.
      console.info(`two-tab race: ${merged} of 20 runs merged`)
      await b.close()
    })
  }, 240_000)

  it('a finished simulation no longer says done once the other tab changed the inputs', async () => {
    await withApp(async ({ page: a, context }) => {
      // The simulation runs by itself and stays current (no run button since issue 14's live bands):
      // a change made in the other tab makes it run again on the changed case, not keep the old result.
      const b = await secondTab(context, '#/finance')
      const status = b.locator('.finance-simulation__status')
      const totals = b.getByRole('table', { name: /Summa över perioden per scenario: P10, P50, P90/ })
      const m365 = () => read(totals.locator('tr[data-scenario="m365"]'))
      await expect.poll(() => read(status), { timeout: 60_000 }).toBe('Klar: 10 000 dragningar med frö 1.')
      const before = await m365()
      // Every status the panel shows from now on is recorded.
      await b.evaluate(() => {
        const seen: string[] = []
        ;(window as unknown as { statuses: string[] }).statuses = seen
        const node = document.querySelector('.finance-simulation__status')
        if (node) new MutationObserver(() => seen.push(node.textContent ?? '')).observe(node, { childList: true, characterData: true, subtree: true })
      })
      await typeInto(a.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }), '2 700')
      await expect.poll(m365, { timeout: 60_000 }).not.toBe(before)
      await expect.poll(() => read(status), { timeout: 60_000 }).toBe('Klar: 10 000 dragningar med frö 1.')
      // In between it said it was not done: the old result was never called done for the changed case.
      const statuses = await b.evaluate(() => (window as unknown as { statuses: string[] }).statuses)
      expect(statuses.some((text) => !text.startsWith('Klar'))).toBe(true)
      await b.close()
    })
  })
})

describe('damage: a broken list of cases, an unreadable case', () => {
  it('rebuilds a list with an unknown current id and an entry that is no text, shows the user’s case and says so', async () => {
    await withApp(async ({ page }) => {
      await startNewCase(page)
      await typeInto(caseNameField(page), 'Mitt fall')
      await page.evaluate(() => {
        const index = JSON.parse(localStorage.getItem('vagval:index') ?? '{}') as { cases: unknown[] }
        localStorage.setItem('vagval:index', JSON.stringify({ currentId: 'no-such-case', cases: [...index.cases, { id: 42, name: null }] }))
      })
      await page.reload({ waitUntil: 'networkidle' })
      expect(await notices(page)).toContain('Listan över sparade fall var skadad. Den har byggts upp på nytt från de fall som finns sparade (2 st)')
      expect(await caseNameField(page).inputValue()).toBe('Mitt fall')
      expect((await page.locator('.wb-case__name').allInnerTexts()).sort()).toEqual(['Eskilstuna kommun – digital arbetsplats 2023–2027', 'Mitt fall'])
    })
  })

  it('lists an unreadable case with a download and a repair view that shows its faults, and repairs it', async () => {
    await withApp(async ({ page }) => {
      const errors = collectConsoleErrors(page)
      await startNewCase(page)
      await typeInto(caseNameField(page), 'Trasigt')
      await page.getByRole('button', { name: /^Öppna Eskilstuna/ }).click()
      // Its only copy becomes one the validator refuses (a horizon of 40 years), with no good copy behind it.
      await page.evaluate(() => {
        const index = JSON.parse(localStorage.getItem('vagval:index') ?? '{}') as { cases: { id: string; name: string }[] }
        const id = index.cases.find((c) => c.name === 'Trasigt')?.id ?? ''
        const model = JSON.parse(localStorage.getItem(`vagval:case:${id}`) ?? '{}') as { settings: { years: number } }
        model.settings.years = 40
        localStorage.setItem(`vagval:case:${id}`, JSON.stringify(model))
        localStorage.removeItem(`vagval:case:${id}:good`)
      })
      await page.reload({ waitUntil: 'networkidle' })
      const section = page.getByRole('region', { name: 'Fall som inte går att läsa' })
      await section.waitFor()
      expect(await read(section)).toContain('Trasigt ingen läsbar kopia finns kvar fel: 1')

      const download = page.waitForEvent('download')
      await section.getByRole('button', { name: 'Ladda ner Trasigt' }).click()
      expect((await download).suggestedFilename()).toBe('trasigt.unreadable.json')

      await section.getByRole('button', { name: 'Rätta Trasigt' }).click()
      const repair = page.getByRole('group', { name: 'Rätta ”Trasigt”' })
      expect(await read(repair)).toContain('settings.years: must be 1 to 10 years')
      const text = repair.getByRole('textbox', { name: 'Fallets text (JSON)' })
      await text.fill((await text.inputValue()).replace('"years": 40', '"years": 4'))
      await expect.poll(() => read(repair)).toContain('Texten går att läsa som ett fall.')
      await repair.getByRole('button', { name: 'Spara och öppna fallet' }).click()
      await expect.poll(() => caseNameField(page).inputValue()).toBe('Trasigt')
      expect(await read(page.getByRole('region', { name: 'Fall som inte går att läsa' }))).toContain('”Trasigt” är rättat, sparat och öppnat.')
      await page.reload({ waitUntil: 'networkidle' })
      expect(await page.getByRole('region', { name: 'Fall som inte går att läsa' }).count()).toBe(0)
      expect(errors).toEqual([])
    })
  })
})

describe('storage full', () => {
  it('warns before a tab with unsaved edits closes, and on reopening says newer edits were not saved and offers them; another tab later says so too', async () => {
    await withApp(async ({ page, context }) => {
      await caseNameField(page).waitFor()
      // Fill the origin's storage to the last byte: a case that grows no longer fits. Halving the filler
      // leaves less than one more filler (its key and a letter) free, and that can be just what the case
      // grows by (3 characters, 2 300 → 2 468 000 users: with the larger shipped case it was): a last
      // one-letter key takes the longest value that still fits, and then not even an empty one fits.
      const isFull = await page.evaluate(() => {
        let size = 1 << 20
        for (let i = 0; size >= 1; i++) {
          try {
            localStorage.setItem(`filler:${i}`, 'x'.repeat(size))
          } catch {
            size = Math.floor(size / 2)
          }
        }
        for (let size = 64; size >= 0; size--) {
          try {
            localStorage.setItem('z', 'x'.repeat(size))
            break
          } catch {
            // try a shorter one
          }
        }
        try {
          localStorage.setItem('y', '')
          return false
        } catch {
          return true
        }
      })
      expect(isFull).toBe(true)
      await typeInto(page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }), '2 468 000')
      await expect.poll(() => notices(page)).toContain('Webbläsarens lagring är full')

      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.type())
        void dialog.accept()
      })
      await page.reload({ waitUntil: 'networkidle' })
      expect(dialogs).toEqual(['beforeunload'])
      expect(await notices(page)).toMatch(/Nyare ändringar i ”Eskilstuna kommun – digital arbetsplats 2023–2027” \(från .+\) sparades inte/)
      // The last version that fitted (typed a key at a time, a shorter count may have): not the unsaved one.
      expect(normal(await page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }).inputValue())).not.toBe('2 468 000')
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Ladda ner de osparade ändringarna som fil' }).click()
      const file = await (await download).path()
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { organisation: { groups: { users: number }[] } }
      expect(saved.organisation.groups[0]?.users).toBe(2_468_000)

      // Issue 22: the next visit in another tab (its own session storage) was told nothing, since the note did not fit.
      await page.close({ runBeforeUnload: false })
      const next = await secondTab(context)
      expect(await notices(next)).toMatch(/Nyare ändringar i ”Eskilstuna kommun – digital arbetsplats 2023–2027” \(från .+\) sparades inte/)
      expect(await notices(next)).toContain('De osparade ändringarna finns inte kvar i den här fliken.')
    })
  })
})

describe('one rule for a file’s encoding, and no report from the Content Security Policy', () => {
  const preset = readFileSync(new URL('../../data/presets/eskilstuna-2022.json', import.meta.url), 'utf8')

  it('imports a UTF-16 file with a byte-order mark, and refuses one without, as the command line does', async () => {
    await withApp(async ({ page }) => {
      const input = page.getByLabel('Importera ett fall från fil')
      const named = preset.replace('"sv": "Eskilstuna kommun – digital arbetsplats 2023–2027"', '"sv": "UTF-16-fallet"')
      await input.setInputFiles({ name: 'utf16.json', mimeType: 'application/json', buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(named, 'utf16le')]) })
      await expect.poll(() => caseNameField(page).inputValue()).toBe('UTF-16-fallet')
      await input.setInputFiles({ name: 'bare.json', mimeType: 'application/json', buffer: Buffer.from(preset, 'utf16le') })
      expect(await read(page.locator('#wb-import-faults'))).toContain('the file looks like UTF-16 without a byte-order mark')
    })
  })

  it('loads, edits and imports without a single securitypolicyviolation (zod runs without eval)', async () => {
    const app = await openApp(browser, { locale: 'sv-SE', path: '#/workbench' })
    try {
      const { page } = app
      await page.addInitScript(() => {
        const seen: string[] = []
        ;(window as unknown as { violations: string[] }).violations = seen
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
      })
      const errors = collectConsoleErrors(page)
      await page.reload({ waitUntil: 'networkidle' })
      await typeInto(page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }), '2 350')
      await page.getByLabel('Importera ett fall från fil').setInputFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(preset) })
      await expect.poll(() => page.locator('.wb-case__name').count()).toBe(2)
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
