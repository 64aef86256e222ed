// Needs coverage and data protection as a person uses them: change a need, the policy, a hosting,
// a risk and an exit plan, and read what follows on the two screens and on the compare screen.
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

/** Text as a person reads it: no-break and narrow spaces read as spaces, runs of white space as one. */
const read = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

async function withApp(path: string, run: (app: OpenedApp) => Promise<void>) {
  const app = await openApp(browser, { locale: 'sv-SE', path })
  try {
    await run(app)
  } finally {
    await app.close()
  }
}

const LARGE = 'Stormöten och större informationsmöten'
const HYBRID = 'EU-hybrid: Nextcloud, Rocket.Chat, Jitsi Meet, Screen 9'
const POLICY = 'Högsta klass som får hanteras i en tjänst under tredjelandslag'

/** The gaps section's text. */
const gaps = (page: Page) => read(page.locator('section[aria-labelledby="gaps-heading"]'))
/** A cell of the coverage matrix, found by the row's need and the column's scenario name. */
async function matrixCell(page: Page, need: string, scenario: string): Promise<Locator> {
  const table = page.getByRole('table', { name: /Täckning av behov per scenario/ })
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim())
  const column = headers.indexOf(scenario)
  expect(column, `column "${scenario}"`).toBeGreaterThan(1)
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: need, exact: true }) })
  return row.locator('th, td').nth(column)
}
/** A row of the protection screen's scenario table. */
const protectionRow = (page: Page, scenario: string) =>
  page
    .getByRole('table', { name: 'Informationsklasser och tredjelandsexponering per scenario' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: scenario, exact: true }) })

async function axeSerious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

describe('needs and coverage', () => {
  it('flags the Nextcloud-only scenario, not the hybrid with Screen 9, once large meetings are a must', async () => {
    await withApp('#/coverage', async ({ page }) => {
      await expect.poll(() => read(page.getByRole('heading', { level: 1 }))).toBe('Behov och täckning')
      const level = page.getByRole('combobox', { name: LARGE, exact: true })

      await level.selectOption({ label: 'Kan' })
      await expect.poll(() => gaps(page)).not.toContain('Nextcloud som helhetslösning saknar')
      expect(await read(await matrixCell(page, LARGE, 'Nextcloud som helhetslösning'))).toMatch(/^✘ ?Saknas$/)

      await level.selectOption({ label: 'Måste' })
      await expect.poll(() => gaps(page)).toContain(`Nextcloud som helhetslösning saknar måste-behov: ${LARGE}.`)
      expect(await gaps(page)).not.toContain(`${HYBRID} saknar`)
      expect(await read(await matrixCell(page, LARGE, 'Nextcloud som helhetslösning'))).toMatch(/^✘ ?Saknas, måste-behov$/)
      const hybrid = await read(await matrixCell(page, LARGE, HYBRID))
      expect(hybrid).toMatch(/^✔ ?Uppfyllt/)
      expect(hybrid).toContain('Screen 9')
      // The change comes from the organisation now, not the source; restoring brings the source back.
      const about = page.locator('[data-need="large-meetings"]').filter({ has: level })
      expect(await read(about)).toContain('ändrat från källans ”Måste”')
      await about.getByRole('button', { name: 'Återställ' }).click()
      await expect.poll(() => about.getByRole('button', { name: `Källa för ${LARGE}` }).count()).toBe(1)

      // The compare screen's card says the same.
      await page.getByRole('link', { name: 'Jämför' }).click()
      const card = page.locator('article[data-scenario="nextcloud"] [data-fact="must"]')
      await expect.poll(() => read(card)).toContain(`saknas: ${LARGE}`)
      expect(await read(page.locator('article[data-scenario="eu-hybrid"] [data-fact="must"]'))).toContain('4 av 4 uppfyllda')
    })
  })

  it('has no serious or critical accessibility violation (axe), with the product claims open', async () => {
    await withApp('#/coverage', async ({ page }) => {
      await expect.poll(() => page.getByRole('table', { name: /Täckning av behov per scenario/ }).count()).toBe(1)
      // Two products' claims open: Microsoft 365 E3 (with its own-servers variant) and Jitsi Meet; the others share their template.
      for (const name of ['Microsoft 365 E3', 'Jitsi Meet']) await page.locator('details > summary').filter({ hasText: new RegExp(`^${name}$`) }).click()
      await expect.poll(() => page.getByRole('table', { name: /^Funktioner i / }).count()).toBe(3)
      expect(await axeSerious(page)).toEqual([])
    })
  })
})

describe('data protection', () => {
  it('limits M365 to classes 0–1 under the policy, and lifts the limit when the policy does', async () => {
    await withApp('#/protection', async ({ page }) => {
      const policy = page.getByRole('combobox', { name: POLICY })
      const m365 = protectionRow(page, 'Microsoft 365 i molnet')
      await expect.poll(() => read(m365.locator('[data-col="highest"]'))).toBe('1 intern')

      // Lifting the limit is allowing the top class; a limit nobody set is said as such, not as "inget".
      await policy.selectOption({ label: 'Klass 0–3 (3 mycket känslig)' })
      await expect.poll(() => read(m365.locator('[data-col="highest"]'))).toBe('3 mycket känslig')
      expect(await read(m365.locator('[data-col="forbidden"]'))).toBe('inget')
      await policy.selectOption({ label: 'Ingen policy angiven' })
      await expect.poll(() => read(m365.locator('[data-col="forbidden"]'))).toBe('ingen policy angiven')

      await policy.selectOption({ label: 'Klass 0–1 (1 intern)' })
      await expect.poll(() => read(m365.locator('[data-col="highest"]'))).toBe('1 intern')
      expect(await read(m365.locator('[data-col="forbidden"]'))).toBe('klass 2 känslig, 3 mycket känslig i Microsoft 365 E3, Microsoft 365 F3, Microsoft 365 A3')
      expect(await read(m365.locator('[data-col="users"]'))).toContain('13 300')
      // Nextcloud keeps Microsoft's other products (decision 0011): class 3 in Nextcloud, at most class 1 in the Microsoft licences.
      expect(await read(protectionRow(page, 'Nextcloud som helhetslösning').locator('[data-col="highest"]'))).toBe(
        '3 mycket känslig, men högst 1 intern i Microsoft 365 E3, Microsoft 365 F3, Microsoft 365 A3',
      )

      await page.getByRole('link', { name: 'Jämför' }).click()
      await expect.poll(() => read(page.locator('article[data-scenario="m365"] [data-fact="class"]'))).toContain('1 intern')
    })
  })

  it('puts the hybrid’s Jitsi under US law when it moves from own servers to 8x8’s cloud, on both screens', async () => {
    await withApp('#/protection', async ({ page }) => {
      const hybrid = protectionRow(page, HYBRID)
      await expect.poll(() => read(hybrid.locator('[data-col="exposed"]'))).toContain('Microsoft 365 E3, Microsoft 365 F3, Microsoft 365 A3')
      expect(await read(hybrid.locator('[data-col="exposed"]'))).not.toContain('Jitsi Meet')
      await page.locator('summary').filter({ hasText: `Tjänster i ${HYBRID}` }).click()
      const hosting = page.getByRole('combobox', { name: `Drift av Jitsi Meet i ${HYBRID}` })
      expect(await hosting.inputValue()).toBe('own-servers')
      await hosting.selectOption({ label: 'Amerikansk leverantörs moln' })
      await expect.poll(() => read(hybrid.locator('[data-col="exposed"]'))).toContain('Jitsi Meet')
      const jitsiRow = page.locator(`details[data-scenario="eu-hybrid"] tr[data-product="jitsi-meet"]`)
      expect(await read(jitsiRow)).toContain('Ja: CLOUD Act, FISA 702')

      await page.getByRole('link', { name: 'Jämför' }).click()
      await expect.poll(() => read(page.locator('article[data-scenario="eu-hybrid"] [data-fact="class"]'))).toContain('Jitsi Meet')
    })
  })

  it('edits a risk and redraws the matrix; an exit plan lifts the flag', async () => {
    await withApp('#/protection', async ({ page }) => {
      const r1 = page.locator('tr[data-risk="R1"]')
      await expect.poll(() => read(r1.locator('[data-col="score"]'))).toBe('3')
      const likelihood = page.getByRole('textbox', { name: 'Sannolikhet för R1' })
      await likelihood.click()
      await likelihood.press('Control+A')
      await likelihood.pressSequentially('4')
      await expect.poll(() => read(r1.locator('[data-col="score"]'))).toBe('8')
      expect(await read(r1.locator('[data-col="level"]'))).toBe('Hög')
      expect(await read(page.locator('[data-cell="4x2"]'))).toBe('R1 (8): Hög')

      const exit = page.locator('li[data-scenario="m365"]')
      expect(await read(exit)).toContain('Saknar utträdesplan')
      const amount = page.getByRole('textbox', { name: 'Kostnad för att lämna Microsoft 365 i molnet' })
      await amount.click()
      await amount.pressSequentially('3000000')
      await expect.poll(() => read(exit)).not.toContain('Saknar utträdesplan')
    })
  })

  it('has no serious or critical accessibility violation (axe), logs no error and asks no other host', async () => {
    await withApp('#/protection', async (app) => {
      const errors = collectConsoleErrors(app.page)
      await app.page.reload({ waitUntil: 'networkidle' })
      await expect.poll(() => app.page.getByRole('table', { name: /Risker i/ }).count()).toBe(1)
      for (const summary of await app.page.locator('details > summary').all()) await summary.click()
      expect(await axeSerious(app.page)).toEqual([])
      expect(app.foreignRequests()).toEqual([])
      expect(errors).toEqual([])
    })
  })
})
