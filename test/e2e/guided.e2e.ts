// A new case in minutes (issue 12), as a person builds it: the guided start from an empty browser
// with keyboard and mouse, counting the actions to the first correct comparison; groups pasted from
// a spreadsheet; the licence checks' one-click fixes; the figures on the Scenarios screen while
// typing; and two saved cases side by side.
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectConsoleErrors, launchBrowser, openApp } from './browser'
import { loadShipped } from './shipped'
import type { OpenedApp } from './browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Text as a person reads it: no-break and narrow spaces read as spaces, runs of white space as one. */
const normal = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
const read = async (locator: Locator) => normal(await locator.innerText())
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)

async function withApp(run: (app: OpenedApp) => Promise<void>, options: { path?: string; locale?: string } = {}) {
  const app = await openApp(browser, { locale: options.locale ?? 'sv-SE', path: options.path ?? '' })
  app.page.setDefaultTimeout(15_000)
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

/**
 * Counts what a person does: a click, a key that acts (Enter, Space), or a value typed into a field
 * (moving into the field, by Tab or by the click that puts the cursor there, is part of typing it).
 * Tab presses that only move focus are counted apart, so the report can say both.
 */
function actionCounter(page: Page) {
  let actions = 0
  let tabs = 0
  return {
    get actions() {
      return actions
    },
    get tabs() {
      return tabs
    },
    async click(target: Locator) {
      await target.click()
      actions++
    },
    async press(key: 'Enter' | 'Space') {
      await page.keyboard.press(key)
      actions++
    },
    /** Tabs forward (or back) until `target` has focus. */
    async tabTo(target: Locator, isBackwards = false) {
      await target.waitFor()
      for (let i = 0; i < 200; i++) {
        if (await isFocused(target)) return
        await page.keyboard.press(isBackwards ? 'Shift+Tab' : 'Tab')
        tabs++
      }
      throw new Error(`could not reach ${target.toString()} with the Tab key`)
    },
    /** Types a value into the focused field, over what it held. */
    async type(text: string) {
      await page.keyboard.press('Control+A')
      await page.keyboard.type(text)
      actions++
    },
    /** Clicks into a field and types a value: one action. */
    async clickAndType(target: Locator, text: string) {
      await target.click()
      await page.keyboard.press('Control+A')
      await page.keyboard.type(text)
      actions++
    },
  }
}

/** One row of the compare screen's key figures over the period, as text. */
async function summaryRow(page: Page, name: string): Promise<string> {
  const table = page.getByRole('table', { name: /^Kostnad över hela perioden/ })
  await table.waitFor()
  return read(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) }))
}

describe('the guided start', () => {
  it('builds the issue’s case from an empty start with keyboard and mouse in at most 12 actions, and gets the figures right', async () => {
    await withApp(async ({ page, context }) => {
      // A person in spring 2026, in a browser that has never opened Vägval.
      await context.clock.setFixedTime(new Date('2026-03-16T10:00:00'))
      await page.reload({ waitUntil: 'networkidle' })
      const errors = collectConsoleErrors(page)
      const act = actionCounter(page)

      await act.click(page.getByRole('link', { name: 'Nytt fall' }))
      await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
      await act.tabTo(page.getByRole('textbox', { name: 'Organisationens namn' }))
      await act.type('Testkommun')
      await act.tabTo(page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }))
      await act.type('900')
      await act.tabTo(page.getByRole('textbox', { name: 'Antal, Frontlinjepersonal' }))
      await act.type('300')
      // Start year: the current year is offered, 2026.
      expect(await page.getByRole('textbox', { name: 'Startår' }).inputValue()).toBe('2026')
      await act.clickAndType(page.getByRole('textbox', { name: 'Antal år (1–10)' }), '4')
      await act.tabTo(page.getByRole('textbox', { name: 'Diskonteringsränta' }))
      await act.type('3')
      await act.tabTo(page.getByRole('textbox', { name: 'Timkostnad för personal (för utbildning)' }))
      await act.type('350')
      // The result waits for a path.
      expect(await read(page.locator('.guided-result'))).toContain('Resultatet visas här när det finns en grupp med antal och minst en vald väg.')
      await act.tabTo(page.getByRole('checkbox', { name: /^Microsoft 365 i molnet/ }))
      await act.press('Space')
      await act.click(page.getByRole('checkbox', { name: /^Nextcloud(?! Enterprise)/ }))
      await act.tabTo(page.getByRole('textbox', { name: 'Införande första året, Nextcloud' }))
      await act.type('500000')
      await act.tabTo(page.getByRole('textbox', { name: 'Utbildning första året, Nextcloud' }))
      await act.type('3')

      // The result beside the questions is already the right comparison.
      const result = page.locator('.guided-result')
      const m365Guided = await read(result.getByRole('row', { name: /^Microsoft 365 i molnet/ }))
      const nextcloudGuided = await read(result.getByRole('row', { name: /^Nextcloud/ }))
      expect(m365Guided).toContain('15 372 000 kr 14 713 353 kr')
      expect(nextcloudGuided).toContain('10 400 000 kr 10 029 801 kr')
      const inGuidedStart = act.actions

      await act.click(page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }))
      await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()
      const m365 = await summaryRow(page, 'Microsoft 365 i molnet')
      const nextcloud = await summaryRow(page, 'Nextcloud')
      // M365: (900 × 4 050 + 300 × 660) × 4 = 15 372 000; PV at 3 % = 3 843 000 × 3.828611 = 14 713 353.
      expect(m365).toMatch(/15 372 000 kr.*14 713 353 kr/)
      // Nextcloud: 1 200 × 1 800 × 4 + 500 000 + 1 200 × 3 h × 350 kr = 10 400 000; PV 10 029 801.
      expect(nextcloud).toMatch(/10 400 000 kr.*10 029 801 kr/)
      expect(m365).not.toContain('ofullständigt')
      expect(nextcloud).not.toContain('ofullständigt')
      expect(await read(page.locator('.header__case'))).toContain('Testkommun')
      // The years of the case, one row each in the compare screen's table of cost per year.
      const years = await page.getByRole('table', { name: /^Kostnad per år/ }).getByRole('rowheader').allInnerTexts()
      expect(years.map(normal).filter((y) => /^\d{4}$/.test(y))).toEqual(['2026', '2027', '2028', '2029'])

      // No empty scenario and no leftover: exactly the two paths, no double or missing licence.
      await page.getByRole('link', { name: 'Scenarier' }).click()
      await page.getByRole('heading', { level: 1, name: 'Scenarier och fall' }).waitFor()
      const names = await page.locator('.wb-scenario input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
      expect(names).toEqual(['Microsoft 365 i molnet', 'Nextcloud'])
      for (const check of ['double-licence', 'unlicensed-group', 'licences-cover-all']) {
        expect(await page.locator(`[data-check="${check}"]`).first().getAttribute('class')).toContain('--met')
      }

      console.log(`guided start: first correct comparison after ${inGuidedStart} actions in the guided start, ${act.actions} to the compare screen (${act.tabs} Tab presses to move between fields besides)`)
      expect(act.actions).toBeLessThanOrEqual(12)
      expect(errors).toEqual([])
    })
  })

  it('shows pasted groups as read before adding them: a header row, Swedish numbers, bad rows by number, and 1,000 from an English sheet', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
        await page.getByText('Klistra in grupper från ett kalkylblad').click()
        const area = page.getByRole('textbox', { name: 'Rader från kalkylbladet' })
        const readRows = page.getByRole('button', { name: 'Läs in raderna' })
        const readTable = page.getByRole('table', { name: 'Så här lästes raderna' })
        const rowOf = (n: number) => readTable.locator(`tr[data-row="${n}"]`)
        await area.fill('Grupp\tAntal\tSlag\nAdministration\t1 200\tkontor\nHemtjänst\t3 400,5\tfrontlinje\nSkola\tmånga\n')
        await readRows.click()
        expect(await read(page.getByRole('alert').filter({ hasText: 'Inget kan läggas till' }))).toBe('Inget kan läggas till än: 2 rader behöver rättas.')
        expect(await read(page.locator('.guided-paste__read'))).toContain('Rad 1 har inga siffror och läses som rubrikrad: Grupp | Antal | Slag')
        expect(await read(rowOf(2))).toBe('2 Administration 1 200 1 200 Kontorspersonal (E3)')
        expect(await read(rowOf(3))).toContain('Frontlinjepersonal')
        expect(await read(rowOf(3))).toContain('”3 400,5” läses som 3 400,5, men här behövs ett heltal.')
        expect(await read(rowOf(4))).toContain('Skriv ett tal, till exempel 2 300.')
        expect(await page.getByRole('button', { name: /^Lägg till \d+ grupper$/ }).isDisabled()).toBe(true)
        expect(await page.locator('.guided-group').count()).toBe(4)

        // Counts from an English-locale sheet: refused with both readings until the person says how the sheet writes numbers.
        await area.fill('Kontor\t1,000\tkontor\nSkola\t2,000\tskola\nElever\t12,000\telever\n')
        await readRows.click()
        expect(await read(rowOf(3))).toContain('”12,000” kan läsas som 12 eller som 12 000')
        expect(await page.locator('.guided-paste__read').evaluate((el) => el.contains(document.activeElement))).toBe(true)
        await page.getByRole('radio', { name: 'Som tusental: 1,000 och 1.000 är ettusen' }).check()
        expect(await read(rowOf(1))).toBe('1 Kontor 1,000 1 000 Kontorspersonal (E3)')
        expect(await read(rowOf(3))).toBe('3 Elever 12,000 12 000 Elever')
        await page.getByRole('button', { name: 'Lägg till 3 grupper' }).click()
        expect(await read(page.locator('.guided-paste [role="status"]'))).toBe('3 grupper är tillagda.')
        // The offered rows without a count gave way to the pasted groups.
        expect(await page.locator('.guided-group').count()).toBe(3)
        expect(normal(await page.getByRole('textbox', { name: 'Antal, Elever' }).inputValue())).toBe('12 000')
        expect(await page.getByRole('combobox', { name: 'Slag av personal, Skola' }).inputValue()).toBe('education')

        // They count at once: Microsoft 365 gives E3 to Kontor, A3 to Skola (and pupils).
        await page.getByRole('checkbox', { name: /^Microsoft 365 i molnet/ }).check()
        const row = page.locator('.guided-result').getByRole('row', { name: /^Microsoft 365/ })
        // 1 000 × 4 050 × 5 = 20 250 000 at the least: not 1 × 4 050 × 5.
        expect(Number((await read(row)).match(/([\d ]+) kr/)?.[1]?.replace(/ /g, ''))).toBeGreaterThan(20_250_000)
      },
      { path: '#/new' },
    )
  })

  it('reads a single row with a count word after the count', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
        await page.getByText('Klistra in grupper från ett kalkylblad').click()
        await page.getByRole('textbox', { name: 'Rader från kalkylbladet' }).fill('A\t1 200 st')
        await page.getByRole('button', { name: 'Läs in raderna' }).click()
        expect(await read(page.getByRole('table', { name: 'Så här lästes raderna' }).locator('tbody'))).toBe('1 A 1 200 st 1 200 Annan grupp')
        await page.getByRole('button', { name: 'Lägg till 1 grupp' }).click()
        expect(normal(await page.getByRole('textbox', { name: 'Antal, A' }).inputValue())).toBe('1 200')
      },
      { path: '#/new' },
    )
  })

  it('reads English numbers in the English interface, and asks which licence a group it cannot place gets', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByRole('button', { name: 'English' }).click()
        await page.getByRole('heading', { level: 1, name: 'New case' }).waitFor()
        await page.getByText('Paste groups from a spreadsheet').click()
        await page.getByRole('textbox', { name: 'Rows from the spreadsheet' }).fill('Name;Count\nOffice;1,200\nConsultants;40\n')
        await page.getByRole('button', { name: 'Read the rows' }).click()
        // Even in English, 1,200 may come from a Swedish sheet (1.2): asked, not guessed.
        expect(await read(page.getByRole('table', { name: 'How the rows were read' }).locator('tr[data-row="2"]'))).toContain('“1,200” can be read as 1.2 or as 1200')
        await page.getByRole('radio', { name: 'As thousands: 1,000 and 1.000 are one thousand' }).check()
        await page.getByRole('button', { name: 'Add 2 groups' }).click()
        expect(await read(page.locator('.guided-paste [role="status"]'))).toBe('2 groups are added.')
        await page.getByRole('combobox', { name: 'Kind of staff, Office' }).selectOption('office')
        await page.getByRole('checkbox', { name: /^Microsoft 365 in the cloud/ }).check()
        const question = page.getByRole('combobox', { name: 'Licence for Consultants in Microsoft 365 in the cloud' })
        expect(await question.inputValue()).toBe('')
        // Unanswered, the consultants get no licence: 1 200 × 4 050 × 5, and the path says there is something to look at.
        const row = page.locator('.guided-result').getByRole('row', { name: /^Microsoft 365/ })
        expect(await read(row)).toContain('SEK 24,300,000')
        expect(await read(row)).toContain('1 to look at')
        await question.selectOption('m365-f3')
        expect(await read(row)).toContain('SEK 24,432,000')
        expect(await read(row)).not.toContain('to look at')
      },
      { path: '#/new' },
    )
  })

  it.each([
    ['sv-SE', 'Nytt fall'],
    ['en-GB', 'New case'],
  ])('has no serious or critical accessibility violation (axe, %s)', async (locale, heading) => {
    await withApp(
      async ({ page }) => {
        if (locale === 'en-GB') await page.getByRole('button', { name: 'English' }).click()
        await page.getByRole('heading', { level: 1, name: heading }).waitFor()
        await page.getByRole('checkbox').first().check()
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
        expect(serious).toEqual([])
      },
      { path: '#/new', locale },
    )
  })
})

describe('today’s paths in the guided start (issue 23)', () => {
  it('offers openDesk and Nextcloud Enterprise with Talk: openDesk Enterprise is "at least", the euro paths ask for the rate and then price to the krona', async () => {
    await withApp(
      async ({ page }) => {
        const errors = collectConsoleErrors(page)
        await page.getByRole('heading', { level: 1, name: 'Nytt fall' }).waitFor()
        await typeOver(page, page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }), '1200')
        await page.getByRole('checkbox', { name: /^openDesk Enterprise/ }).check()
        await page.getByRole('checkbox', { name: /^openDesk, gratisversionen/ }).check()
        // No path in euro yet: no rate asked for.
        expect(await page.getByRole('textbox', { name: 'Växelkurs för priser i euro' }).count()).toBe(0)
        await page.getByRole('checkbox', { name: /^Nextcloud Enterprise Standard med Talk/ }).check()
        const rate = page.getByRole('textbox', { name: 'Växelkurs för priser i euro' })
        await rate.waitFor()
        expect(await read(page.locator('.guided-step', { has: rate }))).toContain('Utan växelkurs är de vägarnas licenskostnad okänd, aldrig 0.')

        const result = page.locator('.guided-result')
        const row = (name: RegExp) => read(result.getByRole('row', { name }))
        // Without the rate, Nextcloud Enterprise's euro prices are unknown: the row says so and gives no total as known.
        expect(await row(/^Nextcloud Enterprise Standard/)).not.toMatch(/(?<!minst )\b0 kr/)
        await typeOver(page, rate, '11')
        // 1 200 users get the lower list prices from 200 and 250 users:
        // (53,17 + 31,50) € × 11 kr = 931,37 kr per user and year × 1 200 users × 5 years = 5 588 220 kr.
        await expect.poll(() => row(/^Nextcloud Enterprise Standard/)).toContain('5 588 220 kr')
        // openDesk Enterprise: price on request, so never a known total; the free edition: licence 0, operations unknown.
        expect(await row(/^openDesk Enterprise/)).toMatch(/minst|okänd/)
        expect(await row(/^openDesk, gratisversionen/)).toMatch(/minst|okänd/)

        await page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }).click()
        await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()
        expect(await summaryRow(page, 'Nextcloud Enterprise Standard med Talk')).toContain('5 588 220 kr')
        const enterprise = await summaryRow(page, 'openDesk Enterprise')
        expect(enterprise).toMatch(/minst|okänd/)
        expect(enterprise).not.toMatch(/(?<!minst )\b0 kr/)

        // The licence table names the price on request as the reason, not a figure.
        await page.getByRole('link', { name: 'Scenarier' }).click()
        await page.getByRole('heading', { level: 1, name: 'Scenarier och fall' }).waitFor()
        const names = await page.locator('.wb-scenario input[type="text"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
        expect(names).toEqual(['openDesk, gratisversionen', 'openDesk Enterprise', 'Nextcloud Enterprise Standard med Talk'])

        // Sovereignty: openDesk is not assessed, and the screen says why (its unknown components), never "no sovereignty".
        await page.getByRole('link', { name: 'Suveränitet' }).click()
        await page.getByRole('heading', { level: 1, name: 'Suveränitet' }).waitFor()
        const why = await read(page.locator('.sov-path[data-scenario="opendesk-enterprise"] [data-field="not-assessed"]'))
        expect(why).toContain('Några komponenter har kända svar (openDesk Enterprise Edition')
        // As a service (EU provider) OX App Suite's and XWiki's answers, given for own servers, do not apply either.
        expect(why).toContain('Inget känt svar alls: OX App Suite (openDesk), Collabora Online (openDesk), Element (openDesk), Jitsi (openDesk), XWiki (openDesk).')
        expect(errors).toEqual([])
      },
      { path: '#/new' },
    )
  })
})

/** Replaces the focused field's text by typing, key by key, as a person would. */
async function typeOver(page: Page, field: Locator, text: string) {
  await field.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type(text)
}

const figureOf = (page: Page, scenarioId: string, figure: string) => page.locator(`[data-figures="${scenarioId}"] [data-figure="${figure}"]`)

describe('the Scenarios screen', () => {
  it('shows each scenario’s total, present value, per-user cost and completeness, and the edited one’s cost by year, while the user types', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByRole('heading', { level: 1, name: 'Scenarier och fall' }).waitFor()
        expect(await read(figureOf(page, 'm365', 'total'))).toBe('88 055 000 kr')
        expect(await read(figureOf(page, 'm365', 'complete'))).toBe('kompletta')
        expect(await read(figureOf(page, 'eu-hybrid', 'total'))).toBe('minst 205 655 000 kr')
        // As many unknowns as the engine finds in the shipped EU hybrid (prices and switching costs).
        const unknowns = loadShipped().result.scenarios.find((s) => s.id === 'eu-hybrid')?.missing.length
        expect(await read(figureOf(page, 'eu-hybrid', 'complete'))).toBe(`ofullständiga: ${unknowns} okända`)
        const years = page.getByRole('table', { name: 'Kostnad per år för Microsoft 365 i molnet' })
        expect(await read(years.getByRole('row', { name: /^2023/ }))).toBe('2023 15 595 000 kr 7 980 000 kr 2 200 000 kr 0 kr 25 775 000 kr')

        // 100 more E3 users, typed: 100 × 4 050 kr × 5 years + 100 × 2 h × 300 kr of training = 2 085 000 kr more.
        const e3 = page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' })
        await typeOver(page, e3, '2400')
        expect(await isFocused(e3)).toBe(true)
        await expect.poll(() => read(figureOf(page, 'm365', 'total'))).toBe('90 140 000 kr')
        expect(await read(figureOf(page, 'm365', 'present-value'))).toBe('90 140 000 kr')
        // 90 140 000 kr over 5 years × 13 400 users.
        expect(await read(figureOf(page, 'm365', 'per-user'))).toBe('1 345 kr')
        expect(await read(years.getByRole('row', { name: /^2023/ }))).toBe('2023 16 000 000 kr 8 040 000 kr 2 200 000 kr 0 kr 26 240 000 kr')
      },
      { path: '#/workbench' },
    )
  })
})

describe('the licence checks’ one-click fixes', () => {
  it('flags a group licensed on both E3 and F3 and fixes it in one click; flags a group with no licence and fixes that too', async () => {
    await withApp(
      async ({ page }) => {
        const errors = collectConsoleErrors(page)
        await page.getByRole('heading', { level: 1, name: 'Scenarier och fall' }).waitFor()
        const editor = page.locator('.wb-editor')
        const double = editor.locator('[data-check="double-licence"]')
        expect(await read(double)).toContain('Ingen grupp har två licenser för samma funktion.')

        // An F3 licence added for the E3 group as well: the new line asks for its groups and offers none.
        await editor.getByRole('combobox', { name: 'Produkt att lägga till' }).selectOption('m365-f3')
        const add = editor.getByRole('button', { name: 'Lägg till licens' })
        await add.click()
        expect(await read(editor.getByRole('alert').filter({ hasText: 'Välj minst en' }))).toBe('Välj minst en användargrupp som licensen gäller.')
        await editor.getByRole('group', { name: 'Användargrupper som licensen gäller' }).getByRole('checkbox', { name: 'Medarbetare med E3-licens' }).check()
        await add.click()
        await expect.poll(() => double.getAttribute('class')).toContain('--flagged')
        expect(await read(double)).toContain('Medarbetare med E3-licens har både Microsoft 365 E3 (licens 1) och Microsoft 365 F3 (licens 4) från 2023.')
        // It counts among the scenario's warnings: on the list and on the compare screen (beside the 13
        // dated price changes of today's world inside the case's years, which count as one item, issue 23).
        expect(await read(figureOf(page, 'm365', 'warnings'))).toBe('7 att se över')

        await double.getByRole('button', { name: 'Ta bort licens 4 (Microsoft 365 F3), som bara gäller Medarbetare med E3-licens' }).click()
        await expect.poll(() => double.getAttribute('class')).toContain('--met')
        expect(await read(editor.locator('.wb-subsection [role="status"]').filter({ hasText: 'borttagen' }))).toBe('Licens 4 (Microsoft 365 F3) är borttagen.')
        expect(await isFocused(double.getByRole('heading', { level: 4 }))).toBe(true)
        expect(await read(figureOf(page, 'm365', 'warnings'))).toBe('6 att se över')
        expect(await read(figureOf(page, 'm365', 'total'))).toBe('88 055 000 kr')

        // Microsoft 365 without its A3 line: the school is licensed by nothing, and one click adds it to the E3 line.
        await editor.getByRole('button', { name: 'Ta bort licens 3 (Microsoft 365 A3)' }).click()
        const none = editor.locator('[data-check="unlicensed-group"]')
        await expect.poll(() => none.getAttribute('class')).toContain('--flagged')
        expect(await read(none)).toContain('Skolan, A3-licens har ingen licens.')
        await page.getByRole('link', { name: 'Jämför' }).click()
        const warning = page.locator('article[data-scenario="m365"] .warning').filter({ hasText: 'har ingen licens' })
        expect(await read(warning)).toBe('Skolan, A3-licens har ingen licens i scenariot.')
        await page.getByRole('link', { name: 'Scenarier' }).click()
        await none.getByRole('button', { name: 'Lägg till Skolan, A3-licens i licens 1 (Microsoft 365 E3)' }).click()
        await expect.poll(() => none.getAttribute('class')).toContain('--met')
        // The engine's figure for the same fix: the A3 line gone, the school on E3.
        const fixed = loadShipped((model) => {
          const m365 = model.scenarios.find((sc) => sc.id === 'm365')
          if (!m365) return
          m365.licences = m365.licences.filter((l) => l.productId !== 'm365-a3')
          const e3 = m365.licences.find((l) => l.productId === 'm365-e3')
          if (e3) e3.groups = [...(e3.groups ?? []), 'a3']
        }).result.scenarios.find((sc) => sc.id === 'm365')?.total
        expect(await read(figureOf(page, 'm365', 'total'))).toBe(`${(fixed ?? NaN).toLocaleString('sv-SE').replace(/\s/g, ' ')} kr`)
        expect(errors).toEqual([])
      },
      { path: '#/workbench' },
    )
  })
})

describe('two cases side by side', () => {
  it('compares the case with a copy saved before an edit: totals, years, and the input that changed', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByRole('heading', { level: 1, name: 'Scenarier och fall' }).waitFor()
        await page.getByRole('button', { name: 'Spara en kopia att jämföra med' }).click()
        expect(await read(page.locator('.wb-section .wb-status').first())).toMatch(/^En kopia är sparad som ”Eskilstuna kommun – digital arbetsplats 2023–2027 \(kopia .+\)”\./)
        await typeOver(page, page.getByRole('textbox', { name: 'Användare i Medarbetare med E3-licens' }), '2400')
        await page.getByRole('textbox', { name: 'Fallets namn' }).click()

        await page.getByRole('link', { name: 'Jämför två fall' }).click()
        await page.getByRole('heading', { level: 1, name: 'Jämför två fall' }).waitFor()
        expect(await page.getByRole('combobox', { name: 'Sparat fall A' }).locator('option:checked').innerText()).toMatch(/\(kopia /)
        const totals = page.getByRole('table', { name: /^Totalt och nuvärde per scenario/ })
        // A: the copy (88 055 000 kr); B: the case with 100 more E3 users (90 140 000 kr).
        expect(await read(totals.getByRole('row', { name: /^Microsoft 365 i molnet/ }))).toBe(
          'Microsoft 365 i molnet 88 055 000 kr 90 140 000 kr +2 085 000 kr 88 055 000 kr 90 140 000 kr +2 085 000 kr',
        )
        // Against an "at least" figure the difference is not a number.
        expect(await read(totals.getByRole('row', { name: /^EU-hybrid/ }))).toContain('okänd')
        const m365Years = page.getByRole('table', { name: 'Microsoft 365 i molnet', exact: true })
        expect(await read(m365Years.getByRole('row', { name: /^2023/ }))).toBe('2023 25 775 000 kr 26 240 000 kr +465 000 kr')
        const inputs = page.locator('.case-diff__inputs')
        // The copy is named as a copy, so the names differ too.
        expect(await read(page.locator('#case-diff-inputs + p'))).toBe('2 indata skiljer sig.')
        const rows = (await inputs.locator('tbody tr').allInnerTexts()).map(normal)
        expect(rows[0]).toMatch(/^Fallets namn Eskilstuna kommun – digital arbetsplats 2023–2027 \(kopia .+\) Eskilstuna kommun – digital arbetsplats 2023–2027$/)
        expect(rows[1]).toBe('Grupp ”Medarbetare med E3-licens” › användare 2 300 2 400')
      },
      { path: '#/workbench' },
    )
  })

  it('starts side A on the newest other saved case, and shows two unrelated cases’ first 40 changes with a button for the rest', async () => {
    await withApp(
      async ({ page }) => {
        await page.getByRole('heading', { level: 1, name: 'Scenarier och fall' }).waitFor()
        await page.getByRole('button', { name: 'Spara en kopia att jämföra med' }).click()
        await page.locator('header').getByRole('link', { name: 'Nytt fall' }).click()
        await typeOver(page, page.getByRole('textbox', { name: 'Organisationens namn' }), 'Småkommun')
        await typeOver(page, page.getByRole('textbox', { name: 'Antal, Kontorspersonal' }), '120')
        for (const path of [/^Microsoft 365 i molnet/, /^Nextcloud(?! Enterprise)/, /^Webex/, /^EU-hybrid/]) await page.getByRole('checkbox', { name: path }).check()
        await page.getByRole('button', { name: 'Skapa fallet och visa jämförelsen' }).click()
        await page.getByRole('heading', { level: 1, name: 'Jämför scenarier' }).waitFor()

        await page.getByRole('link', { name: 'Scenarier' }).click()
        await page.getByRole('link', { name: 'Jämför två fall' }).click()
        await page.getByRole('heading', { level: 1, name: 'Jämför två fall' }).waitFor()
        // Saved: the shipped case, then its copy, then the new case (open). A is the copy, the newest other.
        expect(await page.getByRole('combobox', { name: 'Sparat fall A' }).locator('option:checked').innerText()).toMatch(/\(kopia /)
        expect(await page.getByRole('combobox', { name: 'Sparat fall B' }).locator('option:checked').innerText()).toContain('Småkommun')
        const count = Number(normal(await page.locator('#case-diff-inputs + p').innerText()).match(/^(\d+) indata skiljer sig\.$/)?.[1])
        expect(count).toBeGreaterThan(40)
        const rows = page.locator('.case-diff__inputs tbody tr')
        expect(await rows.count()).toBe(40)
        await page.getByRole('button', { name: `Visa alla ${count}` }).click()
        expect(await rows.count()).toBe(count)
        expect(await page.getByRole('button', { name: /^Visa alla/ }).count()).toBe(0)
      },
      { path: '#/workbench' },
    )
  })
})
