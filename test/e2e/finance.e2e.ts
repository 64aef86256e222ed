// The finance screen as a person uses it: switch on a cited escalation default, watch the simulation
// run in the worker with its progress while the page stays responsive, see the bands follow an edit
// and a what-if slider while it is dragged (with the time from input to redrawn chart), explore with
// the what-if sliders, and meet axe.
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
const read = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ').trim()

async function withFinance(run: (app: OpenedApp, errors: string[]) => Promise<void>) {
  const app = await openApp(browser, { locale: 'sv-SE', path: '#/finance' })
  const errors = collectConsoleErrors(app.page)
  try {
    await app.page.getByRole('heading', { level: 1, name: 'Ekonomi och osäkerhet' }).waitFor()
    await run(app, errors)
  } finally {
    await app.close()
  }
}

/**
 * A case whose simulation is long enough to watch over 100 000 draws: the cited escalation defaults
 * switched on, and the E3 user count given a range (2 300 likely, 2 600 high) in the ranges editor,
 * so that most lines vary.
 */
async function prepareLongRun(page: Page) {
  await page.getByRole('button', { name: /^Använd Prisinflation för SaaS/ }).click()
  await page.getByRole('button', { name: /^Använd Microsofts listpriser.* för Microsoft 365 E3/ }).click()
  await page.locator('.finance-ranges summary', { hasText: 'Organisation och priser' }).click()
  const e3 = page.getByRole('group', { name: /^Användare: Medarbetare med E3-licens/ })
  const high = e3.getByRole('textbox', { name: 'Högst' })
  await high.click()
  await high.press('Control+A')
  await high.pressSequentially('2600')
  await expect.poll(() => read(page.locator('[data-mark="ranges"]'))).toMatch(/Inmatningar som intervall: 4$/)
}

/** What the slider test records in the page (milliseconds on the page's clock). */
interface SliderRecord {
  /** When the hand moved the slider, one per input. */
  inputs: number[]
  /** Each drawing of the totals chart: when it ended, when the next frame began, the revision it shows, the worker's milliseconds for its preview. */
  drawn: { t: number; frame: number; revision: number; ms: number }[]
}

interface Recorded {
  longTasks: { start: number; duration: number }[]
  startedAt: number
  lastProgressAt: number
  /** Every state of the progress bar seen, with the words beside it. */
  progress: { value: number; max: number; text: string }[]
}

/**
 * Starts recording main-thread long tasks and every move of the progress bar, in the page (a run of
 * the plan is quick: polling from the test could miss its progress). It first lets the page settle
 * (two frames), so the drawing of earlier changes is not counted to the run.
 */
async function recordLongTasks(page: Page) {
  expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('longtask'))).toBe(true)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.evaluate(() => {
    const w = window as unknown as Recorded
    const installed = w.longTasks !== undefined
    w.longTasks = []
    w.startedAt = performance.now()
    w.lastProgressAt = 0
    w.progress = []
    if (installed) return // the observers of an earlier call record into the fresh arrays
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask' })
    new MutationObserver(() => {
      const bar = document.querySelector('progress')
      if (!bar) return
      w.lastProgressAt = performance.now()
      w.progress.push({ value: bar.value, max: bar.max, text: document.querySelector('.finance-simulation__count')?.textContent ?? '' })
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value'], childList: true, characterData: true })
  })
}

describe('finance screen', () => {
  it('opens with escalation and discounting off and the documents’ figures', async () => {
    await withFinance(async ({ page }, errors) => {
      expect(await read(page.locator('[data-mark="escalation"]'))).toMatch(/Prisökning: av/i)
      expect(await read(page.locator('[data-mark="discount"]'))).toMatch(/Diskontering: 0 %/)
      const m365 = page.locator('.finance-figures tr[data-scenario="m365"] td')
      expect(await read(m365.nth(0))).toBe('88 055 000 kr')
      expect(errors).toEqual([])
    })
  })

  it('runs the simulation in the worker with progress shown, and the page stays responsive (no task over 50 ms)', async () => {
    await withFinance(async (app, errors) => {
      const { page } = app
      await prepareLongRun(page)
      expect(await read(page.locator('[data-mark="escalation"]'))).toContain('allmän 11–13 %')
      await expect.poll(() => read(page.locator('.finance-simulation__status')), { timeout: 60_000, interval: 250 }).toBe(
        'Klar: 10 000 dragningar med frö 1.',
      )
      // A long task is measured in wall-clock time, and on a shared machine another process can hold
      // the core in the middle of one of the page's tasks. The page's own work is the same in every run
      // (same seed, same draws), and a task's wall time is never less than its work: so one run with no
      // task over 50 ms proves that none of the page's tasks needs more. Up to three runs are made; a
      // task that is long because of the page's own work is long in all of them, and fails the test.
      const attempts: string[] = []
      for (let attempt = 1; attempt <= 3; attempt++) {
        if (attempt > 1) {
          await page.getByLabel('Antal dragningar').selectOption('10000')
          await expect.poll(() => read(page.locator('.finance-simulation__status')), { timeout: 60_000, interval: 250 }).toBe(
            'Klar: 10 000 dragningar med frö 1.',
          )
        }
        await recordLongTasks(page)
        // The measurement works: a task of 80 ms made on purpose in the page is seen (before the run starts).
        await page.evaluate(() => {
          setTimeout(() => {
            const end = performance.now() + 80
            while (performance.now() < end) {
              // busy on purpose
            }
          }, 0)
        })
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { longTasks: { duration: number }[] }).longTasks.some((t) => t.duration >= 80)))
          .toBe(true)
        await page.evaluate(() => {
          ;(window as unknown as { startedAt: number }).startedAt = performance.now()
        })
        // Choosing more draws runs the simulation again: no run button.
        await page.getByLabel('Antal dragningar').selectOption('100000')

        await expect.poll(() => read(page.locator('.finance-simulation__status')), { timeout: 60_000, interval: 250 }).toBe(
          'Klar: 100 000 dragningar med frö 1.',
        )
        const { longTasks, startedAt, lastProgressAt, progress } = await page.evaluate(() => {
          const w = window as unknown as Recorded
          return { longTasks: w.longTasks, startedAt: w.startedAt, lastProgressAt: w.lastProgressAt, progress: w.progress }
        })
        // Progress part-way was shown: more than none and less than all of the draws, counted in words beside the bar.
        const partWay = progress.filter((p) => p.value > 0 && p.value < p.max)
        expect(partWay.length, JSON.stringify(progress)).toBeGreaterThan(0)
        expect(partWay.at(-1)?.text.replace(/\s/g, ' ')).toMatch(/^[\d ]+ av 100 000 dragningar$/)
        expect(lastProgressAt).toBeGreaterThan(startedAt)
        const duringRun = longTasks.filter((task) => task.start >= startedAt && task.start <= lastProgressAt)
        const over = duringRun.filter((task) => task.duration > 50)
        attempts.push(`run ${attempt}: ${over.length === 0 ? 'no task over 50 ms' : `tasks over 50 ms: ${over.map((t) => t.duration.toFixed(0)).join(', ')} ms`}`)
        if (over.length === 0) break
      }
      if (attempts.length > 1) console.info(`long tasks during the 100 000-draw run (a shared machine): ${attempts.join('; ')}`)
      expect(attempts.at(-1), attempts.join('; ')).toMatch(/no task over 50 ms$/)

      // The bands are drawn and tabled: every complete scenario has P10 ≤ P50 ≤ P90.
      const totals = page.getByRole('table', { name: /Summa över perioden per scenario: P10, P50, P90/ })
      const nextcloud = totals.locator('tr[data-scenario="nextcloud"] td')
      const money = async (i: number) => Number((await read(nextcloud.nth(i))).replace(/[^\d]/g, ''))
      const [p10, p50, p90] = [await money(0), await money(1), await money(2)]
      expect(p10).toBeLessThan(p50)
      expect(p50).toBeLessThan(p90)
      expect(await page.locator('.finance-simulation canvas').count()).toBeGreaterThanOrEqual(2)
      expect(await page.locator('.finance-simulation__preview').count()).toBe(0)
      const probability = page.getByRole('table', { name: /Andel dragningar där radens scenario kostar mindre/ })
      // M365 (first row) against Nextcloud (second column): Nextcloud's switching costs are unknown
      // (issue 11), so the share of draws is not stated as a figure but as unknown, with the reason.
      const m365Row = probability.locator('tbody tr').first()
      expect(await read(m365Row.locator('th'))).toBe('Microsoft 365 i molnet')
      expect(await read(m365Row.locator('td').nth(1))).toBe('okänt')
      expect(await read(page.locator('.finance-simulation'))).toContain('Okänt: ett av de två scenarierna har okända belopp')
      // The worker came from the app's own host, under its Content Security Policy, without a complaint.
      expect(app.requests.some((url) => /simulate\.worker-[\w-]+\.js$/.test(url))).toBe(true)
      expect(app.foreignRequests()).toEqual([])
      expect(errors).toEqual([])
    })
  })

  it('drops a run in progress when the case is edited, shows a preview of the edit at once, and runs in full when the typing stops', async () => {
    await withFinance(async ({ page }, errors) => {
      await prepareLongRun(page)
      await page.getByLabel('Antal dragningar').selectOption('100000')
      await expect.poll(() => page.getByRole('progressbar', { name: 'Förlopp' }).count(), { timeout: 30_000, interval: 20 }).toBe(1)

      const rate = page.getByRole('textbox', { name: 'Diskonteringsränta' })
      await rate.click()
      await rate.press('Control+A')
      await rate.pressSequentially('3')
      // The bands follow at once, from a preview, and say so; the full run follows by itself.
      await expect.poll(() => read(page.locator('.finance-simulation__preview'))).toBe('Förhandsvisning, 2 000 dragningar')
      const section = page.locator('.finance-simulation')
      await section.getByLabel('Mått').selectOption('presentValue')
      await expect.poll(() => section.getAttribute('data-shown-revision')).toBe(await section.getAttribute('data-revision'))
      expect(await read(page.locator('[data-mark="discount"]'))).toMatch(/Diskontering: 3 % per år/)
      await expect.poll(() => read(page.locator('.finance-simulation__status')), { timeout: 60_000, interval: 250 }).toBe(
        'Klar: 100 000 dragningar med frö 1.',
      )
      expect(await page.locator('.finance-simulation__preview').count()).toBe(0)
      // The full run is of the edited case: its fixed figure is the present value at 3 %, below the nominal total.
      const amount = async (cell: Locator) => Number((await read(cell)).replace(/[^\d]/g, ''))
      const totals = page.getByRole('table', { name: /Summa över perioden per scenario: P10, P50, P90/ })
      const m365 = totals.locator('tr[data-scenario="m365"] td')
      const figures = page.locator('.finance-figures tr[data-scenario="m365"] td')
      const [nominal, presentValue] = [await amount(figures.nth(0)), await amount(figures.nth(1))]
      expect(presentValue).toBeLessThan(nominal)
      expect(await amount(m365.nth(3))).toBe(presentValue)
      expect(Math.abs((await amount(m365.nth(1))) - presentValue) / presentValue).toBeLessThan(0.05)
      expect(errors).toEqual([])
    })
  })

  it('moves the bands while a what-if slider is dragged (hand to redrawn chart timed), and runs in full when the hand stops', async () => {
    await withFinance(async ({ page }, errors) => {
      const status = page.locator('.finance-simulation__status')
      await expect.poll(() => read(status), { timeout: 60_000, interval: 250 }).toBe('Klar: 10 000 dragningar med frö 1.')
      const section = page.locator('.finance-simulation')
      // Records, in the page, every input of a slider with the time the hand moved it: the time stamp of
      // the pointer move, when the browser got it, so that a page too busy to take the move at once is
      // counted; and every drawing of the totals chart, with the revision of the case its figures
      // describe (each input is one revision), the time the drawing ended, the start of the next frame
      // (the one that puts it on screen) and the worker's time for the preview drawn.
      const revision0 = await page.evaluate(() => {
        const w = window as unknown as SliderRecord
        const box = document.querySelector<HTMLElement>('.finance-simulation')
        const canvas = box?.querySelector('canvas')
        if (!box || !canvas) throw new Error('no simulation chart')
        w.inputs = []
        w.drawn = []
        let movedAt = NaN
        document.addEventListener('pointermove', (event) => (movedAt = event.timeStamp), true)
        document.addEventListener('input', (event) => {
          if ((event.target as HTMLInputElement).type === 'range') w.inputs.push(Number.isNaN(movedAt) ? performance.now() : movedAt)
        }, true)
        // A drawing starts with the white background (a fillRect) and runs to its end in the same task:
        // a microtask queued at its start runs once it has ended.
        let isDrawing = false
        const fillRect = CanvasRenderingContext2D.prototype.fillRect
        CanvasRenderingContext2D.prototype.fillRect = function (this: CanvasRenderingContext2D, ...args: Parameters<typeof fillRect>) {
          if (this.canvas === canvas && !isDrawing) {
            isDrawing = true
            const revision = Number(box.dataset.shownRevision)
            const ms = Number(box.dataset.previewMs)
            queueMicrotask(() => {
              isDrawing = false
              const drawn = { t: performance.now(), frame: NaN, revision, ms }
              w.drawn.push(drawn)
              requestAnimationFrame(() => (drawn.frame = performance.now()))
            })
          }
          return fillRect.apply(this, args)
        }
        return Number(box.dataset.revision)
      })

      // Drag the users slider from 100 % to 150 %, down to 50 % and back to 100 %, one step (5 %) at a time, as a hand would.
      const slider = page.getByRole('slider', { name: 'Antal användare' })
      const box = await slider.boundingBox()
      if (!box) throw new Error('no slider')
      const at = (percent: number) => box.x + ((percent - 50) / 100) * box.width
      const y = box.y + box.height / 2
      await page.mouse.move(at(100), y)
      await page.mouse.down()
      const steps = (from: number, to: number) => Array.from({ length: Math.abs(to - from) / 5 }, (_, i) => from + Math.sign(to - from) * 5 * (i + 1))
      const path = [...steps(100, 150), ...steps(150, 50), ...steps(50, 100)]
      for (const percent of path) {
        await page.mouse.move(at(percent), y)
        await page.waitForTimeout(30) // the pace of a hand: about 30 steps a second
      }
      await page.mouse.up()

      await expect.poll(() => read(status), { timeout: 60_000, interval: 250 }).toBe('Klar: 10 000 dragningar med frö 1.')
      const { inputs, drawn } = await page.evaluate(() => {
        const w = window as unknown as SliderRecord
        return { inputs: w.inputs, drawn: w.drawn }
      })
      expect(inputs.length).toBeGreaterThanOrEqual(36)
      expect(await section.getAttribute('data-revision')).toBe(String(revision0 + inputs.length))
      expect(await section.getAttribute('data-shown-revision')).toBe(String(revision0 + inputs.length))
      // Input i is shown once the chart is drawn with its revision or a later one.
      const shownBy = inputs.map((t, i) => drawn.find((d) => d.t >= t && d.revision >= revision0 + i + 1))
      expect(shownBy.every((d) => d !== undefined)).toBe(true)
      // Live: the chart was redrawn with many different revisions before the hand stopped.
      const whileDragging = new Set(drawn.filter((d) => d.t <= (inputs.at(-1) ?? 0)).map((d) => d.revision))
      expect(whileDragging.size).toBeGreaterThanOrEqual(10)
      const percentiles = (values: number[]) => {
        const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
        const at = (p: number) => (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN).toFixed(1)
        return { p50: at(0.5), p90: at(0.9), max: at(1) }
      }
      const toDrawn = percentiles(shownBy.map((d, i) => (d?.t ?? Infinity) - (inputs[i] ?? 0)))
      const toFrame = percentiles(shownBy.map((d, i) => (d?.frame ?? Infinity) - (inputs[i] ?? 0)))
      // The worker's time for each preview drawn while the hand moved (one per revision; the chart may be
      // redrawn with the figures it had before, whose preview was the first, compiling the case).
      const worker = percentiles([...new Map(drawn.filter((d) => d.revision > revision0).map((d) => [d.revision, d.ms])).values()])
      // A benchmark, not a timed test (the machine may be shared): the figures go to the log and docs/performance.md.
      console.info(
        `slider drag: ${inputs.length} inputs, hand → chart redrawn p50 ${toDrawn.p50} ms, p90 ${toDrawn.p90} ms, max ${toDrawn.max} ms ` +
          `(→ next frame p90 ${toFrame.p90} ms); worker per 2 000-draw preview p50 ${worker.p50} ms, p90 ${worker.p90} ms, max ${worker.max} ms`,
      )
      expect(errors).toEqual([])
    })
  })

  it('moves the figures with a what-if slider and resets them, without changing the case', async () => {
    await withFinance(async ({ page }) => {
      const nextcloud = page.locator('.finance-figures tr[data-scenario="nextcloud"] td').nth(0)
      // Microsoft 15 595 000 × 5 + Nextcloud 13 300 × 1 800 × 5 + 13 300 × 2 h × 300 kr, switching costs unknown.
      expect(await read(nextcloud)).toBe('minst 205 655 000 kr')
      const users = page.getByRole('slider', { name: 'Antal användare' })
      await users.focus()
      await users.press('ArrowRight')
      await users.press('ArrowRight')
      // 110 % of every group, whole seats: (2 530 × 4 050 + 6 710 × 660 + 5 390 × 460) × 5 = 85 772 500,
      // + 14 630 × 1 800 × 5 = 131 670 000, + 14 630 × 2 h × 300 kr = 8 778 000: 226 220 500, still at least.
      await expect.poll(() => read(nextcloud)).toBe('minst 226 220 500 kr')
      expect(await read(page.locator('[data-mark="what-if"]'))).toMatch(/Vad händer om: reglagen ändrar/)
      await page.getByRole('button', { name: 'Återställ' }).click()
      await expect.poll(() => read(nextcloud)).toBe('minst 205 655 000 kr')
      // The compare screen still shows the case's own figure.
      await page.getByRole('link', { name: 'Jämför', exact: true }).click()
      await expect.poll(() => read(page.locator('tr[data-scenario="nextcloud"]').first())).toContain('minst 205 655 000 kr')
    })
  })

  it('has no serious or critical accessibility violation with a simulation shown (axe)', async () => {
    await withFinance(async ({ page }) => {
      await page.getByLabel('Antal dragningar').selectOption('1000')
      await expect.poll(() => read(page.locator('.finance-simulation__status')), { timeout: 30_000 }).toBe('Klar: 1 000 dragningar med frö 1.')
      await page.getByText('Organisation och priser').click()
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
      expect(serious).toEqual([])
    })
  })
})
