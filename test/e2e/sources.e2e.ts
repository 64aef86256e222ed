// Faithful to the sources and to today's prices, as a person reads and uses them: the precedents
// screen in both languages with a source for every entry, the stale-price notice of a case that
// starts in 2027 with today's list price applied and undone, and each language's screens free of
// the other language's data texts.
import { readFileSync } from 'node:fs'
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

const read = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').trim()
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))

async function withApp(run: (app: OpenedApp) => Promise<void>, path = '') {
  const app = await openApp(browser, { locale: 'sv-SE', path })
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

async function toEnglish(page: Page) {
  await page.getByRole('button', { name: 'English' }).click()
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
}

interface PrecedentJson {
  id: string
  kind: string
  title: { sv: string; en: string }
  source: { source: string; quote: string }
  replyTo?: string[]
}
const languageOf = new Map((json('data/sources.json') as { sources: { id: string; language?: string }[] }).sources.map((s) => [s.id, s.language]))
const precedents = (json('data/precedents.json') as { precedents: PrecedentJson[] }).precedents

describe('the precedents screen', () => {
  it('lists every entry with its source badge, in Swedish and in English', async () => {
    await withApp(async ({ page }) => {
      const errors = collectConsoleErrors(page)
      await page.getByRole('navigation', { name: 'Skärmar' }).getByRole('link', { name: 'Andras förslag och beslut' }).click()
      await expect.poll(() => read(page.getByRole('heading', { level: 1 }))).toBe('Andra organisationers förslag och beslut')
      const entries = page.locator('li.precedent')
      await expect.poll(() => entries.count()).toBe(precedents.length)
      for (const p of precedents) {
        const entry = page.locator(`li[data-precedent="${p.id}"]`)
        expect(await read(entry.getByRole('heading', { level: 3 })), p.id).toBe(p.title.sv)
        expect(await entry.getByRole('button', { name: `Källa för ${p.title.sv}` }).count(), `${p.id}: source badge`).toBe(1)
        // "Beslut" is said of decisions only.
        expect(await read(entry.locator('.precedent__kind')), p.id).toEqual(p.kind === 'decision' ? 'Beslut' : expect.not.stringMatching(/Beslut/))
      }

      // A badge shows the document, its date as the document gives it, and the quoted words.
      const imy = page.locator('li[data-precedent="stockholm-imy"]')
      const badge = imy.getByRole('button', { name: /^Källa för/ })
      await badge.click()
      const panel = page.locator(`#${await badge.getAttribute('aria-controls')}`)
      const text = await read(panel)
      expect(text).toContain('Underlag för inriktningsbeslut avseende Microsoft 365 och andra molntjänster')
      expect(text).toContain('Stockholms stad, 2021')
      expect(text).toContain('datum enligt fallets läsning')
      expect(text).toContain('Ett yttrande från IMY kom den 2 juni 2021')
      await badge.click()

      // The Göteborg figure of 74 MSEK is press coverage, and says so on the entry and in its badge.
      const pressEntry = page.locator('li[data-precedent="goteborg-press-74"]')
      expect(await read(pressEntry.locator('.precedent__secondary'))).toBe('Andrahandskälla')
      const press = pressEntry.getByRole('button', { name: /^Källa för/ })
      await press.click()
      expect(await read(page.locator(`#${await press.getAttribute('aria-controls')}`))).toContain('Andrahandskälla')
      await press.click()

      // A decision names its body, and a date the document does not give is marked as our reading.
      const ks = page.locator('li[data-precedent="eskilstuna-ks-1"]')
      expect(await read(ks.locator('.precedent__voice'))).toBe('Beslutat av kommunstyrelsen, Eskilstuna kommun (§ 141, KSKF/2022:432)')
      expect(await read(ks.locator('.precedent__date'))).toContain('2023 (datum enligt fallets läsning: protokollsutdraget anger inget sammanträdesdatum')
      expect(await read(page.locator('li[data-precedent="stockholm-direction-4"] .precedent__voice'))).toBe('Föreslaget av PM:et (kommunstyrelsens utredning) till styrgruppen för informationssäkerhet')

      // The path table: Stockholm proposed to its steering group, nothing decided, adoption not known.
      const stockholm = page.locator('tr[data-path="stockholm"]')
      expect(await read(stockholm.locator('[data-cell="proposed"]'))).toContain('PM:et (kommunstyrelsens utredning) till styrgruppen för informationssäkerhet')
      expect(await read(stockholm.locator('[data-cell="decided"]'))).toBe('Dokumenten visar inget beslut.')
      expect(await read(stockholm.locator('[data-cell="not-known"]'))).toContain('Om styrgruppen för informationssäkerhet antog förslaget')
      expect(await read(page.locator('tr[data-path="eskilstuna"] [data-cell="decided"]'))).toContain('Kommunstyrelsen, Eskilstuna kommun (§ 141, KSKF/2022:432), 2023 (datum enligt fallets läsning')

      // An exchange both ways: the objection lists its replies; following one lands on the reply, which lists the objection.
      const children = page.locator('li[data-precedent="eskilstuna-dso-children"]')
      const replyTitle = precedents.find((p) => p.id === 'eskilstuna-reply-children')?.title.sv ?? ''
      await children.locator('[data-exchange="replies"]').getByRole('link', { name: replyTitle }).click()
      const reply = page.locator('li[data-precedent="eskilstuna-reply-children"]')
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toBe(replyTitle)
      expect(await read(reply.locator('[data-exchange="objections"]'))).toContain(precedents.find((p) => p.id === 'eskilstuna-dso-children')?.title.sv ?? '')

      // Filtering by kind keeps only that kind, and a link to a hidden entry shows it again.
      await page.getByLabel('Visa', { exact: true }).selectOption({ label: 'Invändning' })
      await expect.poll(() => entries.count()).toBe(precedents.filter((p) => p.kind === 'objection').length)
      await children.locator('[data-exchange="replies"]').getByRole('link', { name: replyTitle }).click()
      await expect.poll(() => entries.count()).toBe(precedents.length)
      expect(await page.getByLabel('Visa', { exact: true }).inputValue()).toBe('')

      await toEnglish(page)
      await expect.poll(() => read(page.getByRole('heading', { level: 1 }))).toBe('Precedents: what other organisations proposed and decided')
      await expect.poll(() => entries.count()).toBe(precedents.length)
      for (const p of precedents) {
        const entry = page.locator(`li[data-precedent="${p.id}"]`)
        expect(await read(entry.getByRole('heading', { level: 3 })), p.id).toBe(p.title.en)
        expect(await entry.getByRole('button', { name: `Source of ${p.title.en}` }).count(), `${p.id}: source badge`).toBe(1)
        // The quote stays the document's own words, marked with the document's language for screen readers.
        expect(await entry.locator('blockquote').getAttribute('lang'), p.id).toBe(languageOf.get(p.source.source))
      }
      const badgeEn = imy.getByRole('button', { name: /^Source of/ })
      await badgeEn.click()
      expect(await read(page.locator(`#${await badgeEn.getAttribute('aria-controls')}`))).toContain('date as the case reads it')
      expect(await read(page.locator('tr[data-path="danderyd"] [data-cell="decided"]'))).toBe('The documents show no decision.')
      expect(errors).toEqual([])
    })
  })
})

describe('the shipped case’s own readings, marked where they are shown', () => {
  it('marks the horizon and the rate as the case’s assumption on the compare screen, and the person’s own once edited', async () => {
    await withApp(async ({ page }) => {
      const start = page.getByRole('button', { name: 'Källa och fallets antagande för Startår' }).first()
      await start.click()
      const panel = page.locator(`#${await start.getAttribute('aria-controls')}`)
      expect(await read(panel)).toContain('Fallets antagande: Dokumenten anger ingen kalkylperiod. Fallet räknar fem år, 2023–2027')
      await start.click()
      expect(await page.getByRole('button', { name: 'Källa och fallets antagande för Diskonteringsränta' }).count()).toBeGreaterThan(0)

      const field = page.getByRole('textbox', { name: 'Startår' })
      await field.fill('2024')
      await field.press('Tab')
      await expect.poll(() => page.getByRole('button', { name: 'Källa och fallets antagande för Startår' }).count()).toBe(0)
    })
  })

  it('states the readings in the report’s background and marks the dates read on the finance screen', async () => {
    await withApp(async ({ page }) => {
      await page.evaluate(() => (window.location.hash = '#/report'))
      const readings = page.locator('[data-test="report-readings"]')
      await readings.waitFor()
      const text = await read(readings)
      expect(text).toContain('Fallets antagande: Dokumenten anger ingen kalkylperiod')
      expect(text).toContain('diskonterar inte')
      expect(text).toContain('2022-11-07 års nivå')
      expect(await read(page.locator('[data-source="eskilstuna-dpia-2022"]'))).toContain('2023-05-03 (datum enligt fallets läsning; DPIA:n anger inget eget datum')

      await page.evaluate(() => (window.location.hash = '#/finance'))
      const o365 = page.locator('.reference-date-reading[data-reference="o365-e3-usd-2026"]')
      await o365.waitFor()
      expect(await read(o365)).toContain('datum enligt fallets läsning: Sammanställningen anger Office 365 E3:s steg')
    })
  })
})

describe('today’s prices beside the documents’', () => {
  it('warns in a case starting 2027, applies today’s list price for E3 in one action, and undo restores it', async () => {
    await withApp(async ({ page }) => {
      const m365 = page.locator('article[data-scenario="m365"]')
      const notice = page.locator('[data-test="price-age"]')
      expect(await notice.count()).toBe(0) // the shipped case starts 2023: the study's 2022 prices are current

      const start = page.getByRole('textbox', { name: 'Startår' })
      await start.fill('2027')
      await start.press('Tab')
      await notice.waitFor()
      expect(await read(notice.getByRole('heading'))).toContain('Priserna är äldre än fallet')
      const e3 = notice.locator('li[data-product="m365-e3"]')
      expect(await read(e3)).toContain('I fallet: 4 050 kr, pris per 2022-11-07, 5 år före start')
      expect(await read(e3)).toContain('Dagens listpris: 37,78 EUR per användare och månad, pris per 2026-09-26')
      // The price's date beside it in the inputs too, marked as old.
      expect(await read(page.locator('.price-as-of[data-product="m365-e3"]'))).toBe('pris per 2022-11-07, 5 år före start')

      const rate = notice.getByRole('textbox', { name: 'Växelkurs: SEK för 1 EUR' })
      await rate.fill('11,20')
      await rate.press('Tab')
      // 37,78 × 12 = 453,36 EUR a year × 11,20 = 5 077,63 kr, put in the case as 5 078 kr (whole kronor, as the study's prices)
      await expect.poll(() => read(e3)).toContain('= 5 078 kr per användare och år')

      await notice.getByRole('button', { name: 'Använd dagens listpris för Microsoft 365 E3' }).click()
      // 37,78 × 12 × 11,20 = 5 077,63, a whole-krona price of 5 078 kr; 2 300 × 5 078 = 11 679 400 kr a year
      await expect.poll(() => read(m365.locator('li[data-product="m365-e3"]'))).toContain('2 300 × 5 078 kr = 11 679 400 kr')
      expect(await read(m365.locator('li[data-product="m365-e3"]'))).toContain('pris per 2026-09-26')
      expect(await read(page.locator('.price-as-of[data-product="m365-e3"]'))).toBe('pris per 2026-09-26')
      expect(await read(notice.getByRole('status'))).toContain('Dagens listpris används nu för Microsoft 365 E3')
      expect(await notice.locator('li[data-product="m365-e3"]').count()).toBe(0) // no longer stale

      await notice.getByRole('button', { name: 'Ångra' }).click()
      await expect.poll(() => read(m365.locator('li[data-product="m365-e3"]'))).toContain('2 300 × 4 050 kr = 9 315 000 kr')
      expect(await read(page.locator('.price-as-of[data-product="m365-e3"]'))).toBe('pris per 2022-11-07, 5 år före start')
      expect(await page.getByRole('textbox', { name: 'Startår' }).inputValue()).toBe('2027') // only the price was undone
    })
  })

  it('applies the list prices of all products it has at once, in one step of undo', async () => {
    await withApp(async ({ page }) => {
      const start = page.getByRole('textbox', { name: 'Startår' })
      await start.fill('2027')
      await start.press('Tab')
      const notice = page.locator('[data-test="price-age"]')
      await notice.waitFor()
      await notice.getByRole('textbox', { name: 'Växelkurs: SEK för 1 EUR' }).fill('11,20')
      await notice.getByRole('textbox', { name: 'Växelkurs: SEK för 1 USD' }).fill('10')
      await notice.getByRole('textbox', { name: 'Växelkurs: SEK för 1 USD' }).press('Tab')
      // E3 and F3 from Microsoft, Nextcloud and Webex from their public list prices (issue 23); A3 has none.
      await notice.getByRole('button', { name: 'Använd dagens listpriser för alla (4)' }).click()
      const m365 = page.locator('article[data-scenario="m365"]')
      // F3: 10 USD × 12 × 10 = 1 200 kr; 6 100 × 1 200 = 7 320 000 kr
      await expect.poll(() => read(m365.locator('li[data-product="m365-f3"]'))).toContain('6 100 × 1 200 kr = 7 320 000 kr')
      expect(await read(m365.locator('li[data-product="m365-e3"]'))).toContain('2 300 × 5 078 kr')
      // An edit after the prices: the box's "Ångra" puts back the prices it applied and nothing else.
      const users = page.getByRole('textbox', { name: 'Medarbetare med E3-licens' })
      await users.fill('2400')
      await users.press('Tab')
      await expect.poll(() => read(m365.locator('li[data-product="m365-e3"]'))).toContain('2 400 × 5 078 kr')
      await notice.getByRole('button', { name: 'Ångra' }).click()
      await expect.poll(() => read(m365.locator('li[data-product="m365-f3"]'))).toContain('6 100 × 660 kr = 4 026 000 kr')
      expect(await read(m365.locator('li[data-product="m365-e3"]'))).toContain('2 400 × 4 050 kr')
      expect((await users.inputValue()).replace(/\s/g, '')).toBe('2400')
      expect(await read(notice.getByRole('status'))).toContain('gäller igen för Microsoft 365 E3, Microsoft 365 F3')
      // The app's own undo then takes back the price box's change, a step like any other: today's prices again.
      await page.keyboard.press('Control+z')
      await expect.poll(() => read(m365.locator('li[data-product="m365-f3"]'))).toContain('6 100 × 1 200 kr')
      expect((await users.inputValue()).replace(/\s/g, '')).toBe('2400')
    })
  })
})

/** Every `{ sv, en }` text of the data files that is a sentence (four words or more) and differs between the languages. */
function dataSentences(): { sv: string; en: string }[] {
  const out: { sv: string; en: string }[] = []
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk)
    else if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>
      if (typeof o.sv === 'string' && typeof o.en === 'string' && Object.keys(o).length === 2) {
        if (o.sv !== o.en && o.sv.split(/\s+/).length >= 4 && o.en.split(/\s+/).length >= 4) out.push({ sv: o.sv, en: o.en })
      } else Object.values(o).forEach(walk)
    }
  }
  for (const file of ['data/presets/eskilstuna-2022.json', 'data/catalogue.json', 'data/sources.json', 'data/features.json', 'data/reference.json', 'data/precedents.json']) {
    walk(json(file))
  }
  return out
}

/** All text of the page, including closed source panels and the values of fields, with spaces evened out. */
async function pageText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value)
    // Quotes are the documents' own words, in the documents' language: they are not the data's texts.
    const body = document.body.cloneNode(true) as HTMLElement
    for (const quote of body.querySelectorAll('q, blockquote')) quote.remove()
    return `${body.textContent ?? ''}\n${values.join('\n')}`
  })
  return text.replace(/[\s\u00a0\u202f]+/g, ' ')
}

const SCREENS = ['compare', 'workbench', 'coverage', 'protection', 'finance', 'precedents', 'assumptions', 'report']

describe('each language shows its own data texts', () => {
  const sentences = dataSentences()
  const even = (s: string) => s.replace(/\s+/g, ' ')

  it('finds sentences to look for in the data (the walk is not empty)', () => {
    expect(sentences.length).toBeGreaterThan(200)
  })

  it.each([
    ['sv', 'en'],
    ['en', 'sv'],
  ] as const)('walks every screen in %s and finds no %s sentence from the data files', async (shown, other) => {
    await withApp(async ({ page }) => {
      if (shown === 'en') await toEnglish(page)
      const found: string[] = []
      const check = async (where: string) => {
        const text = await pageText(page)
        for (const s of sentences) if (text.includes(even(s[other]))) found.push(`${where}: "${s[other]}"`)
        // And its own language is there: the screens do show data texts.
        return sentences.filter((s) => text.includes(even(s[shown]))).length
      }
      let shownCount = 0
      for (const screen of SCREENS) {
        await page.evaluate((id) => (window.location.hash = `#/${id}`), screen)
        await page.locator('main h1').first().waitFor()
        await page.waitForLoadState('networkidle')
        shownCount += await check(screen)
        if (screen === 'workbench') {
          // Each scenario's lines, one scenario open at a time.
          const edit = page.getByRole('button', { name: shown === 'sv' ? /^Redigera / : /^Edit / })
          for (let i = 0; i < (await edit.count()); i++) {
            await edit.nth(i).click()
            shownCount += await check(`workbench, scenario ${i + 1}`)
          }
        }
      }
      expect(found).toEqual([])
      expect(shownCount).toBeGreaterThan(100)
    })
  })
})
