// @vitest-environment happy-dom
/**
 * The finance screen with the real store and engine (charts stubbed: Chart.js cannot draw in
 * happy-dom): marks of what is on, nominal and present value, the cited escalation default, and the
 * what-if sliders moving the figures live with a reset.
 */
import { createTestingPinia } from '@pinia/testing'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '~/i18n'
import { useCaseStore } from '~/stores/case'
import FinanceView from '~/views/FinanceView.vue'
import { fourPaths } from '../fixtures/builders'

function mountView() {
  const pinia = createTestingPinia({ stubActions: false, createSpy: vi.fn })
  const wrapper = mount(FinanceView, {
    global: { plugins: [createAppI18n('sv'), pinia], stubs: { ChartRangeBars: true } },
    attachTo: document.body,
  })
  return { wrapper, store: useCaseStore(pinia) }
}

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
const figure = (wrapper: ReturnType<typeof mountView>['wrapper'], scenario: string, column: number) =>
  text(wrapper.findAll(`.finance-figures tr[data-scenario="${scenario}"] td`)[column]?.text() ?? '')
const mark = (wrapper: ReturnType<typeof mountView>['wrapper'], key: string) => text(wrapper.get(`[data-mark="${key}"]`).text())

describe('FinanceView', () => {
  it('opens as shipped: escalation and discounting off, the shipped range counted, the documents’ totals', () => {
    const { wrapper } = mountView()
    expect(mark(wrapper, 'escalation')).toMatch(/^Av Prisökning: av/)
    expect(mark(wrapper, 'discount')).toMatch(/^Av Diskontering: 0 %/)
    expect(mark(wrapper, 'ranges')).toBe('På Inmatningar som intervall: 1')
    // M365 over 2023–2027: 5 × 15 595 000 + 7 980 000 + 4 800 000 − 3 × 900 000 = 88 055 000
    expect(figure(wrapper, 'm365', 0)).toBe('88 055 000 kr')
    expect(figure(wrapper, 'm365', 1)).toBe('88 055 000 kr')
  })

  it('shows present value beside the nominal total once a discount rate is set', async () => {
    const { wrapper, store } = mountView()
    store.setDiscountRate(0.03)
    await wrapper.vm.$nextTick()
    expect(mark(wrapper, 'discount')).toBe('På Diskontering: 3 % per år')
    // Nextcloud's known parts (its switching costs are unknown, so "at least"): Microsoft 15 595 000 + Nextcloud
    // 23 940 000 = 39 535 000 a year, and 7 980 000 of training in 2023: 5 × 39 535 000 + 7 980 000 = 205 655 000.
    expect(figure(wrapper, 'nextcloud', 0)).toBe('minst 205 655 000 kr')
    // 47 515 000 + 39 535 000 × (1/1.03 + 1/1.03² + 1/1.03³ + 1/1.03⁴) = 47 515 000 + 146 955 485.36 = 194 470 485
    expect(figure(wrapper, 'nextcloud', 1)).toBe('minst 194 470 485 kr')
  })

  it('switches general escalation on with the cited SaaS index, showing its date and source', async () => {
    const { wrapper, store } = mountView()
    const button = wrapper.findAll('button').find((b) => b.text().startsWith('Använd Prisinflation för SaaS'))
    expect(button?.text()).toContain('11–13 % (troligast 12 %)')
    expect(button?.element.parentElement?.textContent).toContain('per 2026')
    await button?.trigger('click')
    expect(store.model.settings.escalation?.general).toEqual({ low: 0.11, likely: 0.12, high: 0.13 })
    expect(mark(wrapper, 'escalation')).toBe('På Prisökning: allmän 11–13 % (troligast 12 %)')
    // Nextcloud's licences (with Microsoft's) at 12 %: 39 535 000 × (1 + 1.12 + 1.2544 + 1.404928 + 1.57351936)
    // + 7 980 000 = 259 139 820, at least (its switching costs are unknown)
    expect(figure(wrapper, 'nextcloud', 0)).toBe('minst 259 139 820 kr')
  })

  it('moves the figures live with the what-if sliders, leaves the case alone, and resets', async () => {
    const { wrapper, store } = mountView()
    const users = wrapper.get('input[type="range"]')
    await users.setValue('110')
    expect(mark(wrapper, 'what-if')).toMatch(/^På Vad händer om/)
    // Nextcloud at 110 % users: (14 630 × 1 800 + Microsoft 2 530 × 4 050 + 6 710 × 660 + 5 390 × 460) × 5
    // + 14 630 × 2 × 300 = (26 334 000 + 17 154 500) × 5 + 8 778 000 = 226 220 500, at least
    expect(figure(wrapper, 'nextcloud', 0)).toBe('minst 226 220 500 kr')
    expect(store.model.organisation.groups[0]?.users).toBe(2300)
    const reset = wrapper.findAll('button').find((b) => b.text() === 'Återställ')
    await reset?.trigger('click')
    expect(figure(wrapper, 'nextcloud', 0)).toBe('minst 205 655 000 kr')
    expect(mark(wrapper, 'what-if')).toMatch(/^Av Vad händer om/)
  })

  it('keeps the tornado where it was while a what-if slider moves, marked busy, and brings it up to date once the slider rests', async () => {
    vi.useFakeTimers()
    try {
      const { wrapper } = mountView()
      const tornado = () => wrapper.get('.finance-tornado')
      // The swing of Nextcloud's price: ± 20 % of 1 800 kr for every user over five years.
      const priceSwing = () => text(wrapper.get('.finance-tornado__table tr[data-input="price:nextcloud"] td:last-child').text())
      expect(priceSwing()).toBe('47 880 000 kr')
      const users = wrapper.get('input[type="range"]')
      await users.setValue('105')
      await users.setValue('110')
      // The figures follow every step; the tornado waits, and says it is behind.
      expect(figure(wrapper, 'nextcloud', 0)).toBe('minst 226 220 500 kr')
      expect(tornado().attributes('aria-busy')).toBe('true')
      expect(priceSwing()).toBe('47 880 000 kr')
      vi.advanceTimersByTime(249)
      await wrapper.vm.$nextTick()
      expect(priceSwing()).toBe('47 880 000 kr')
      vi.advanceTimersByTime(1)
      await wrapper.vm.$nextTick()
      // 14 630 users × 1 800 kr × 40 % × 5 years.
      expect(priceSwing()).toBe('52 668 000 kr')
      expect(tornado().attributes('aria-busy')).toBeUndefined()
      // A reset shows at once.
      await wrapper.findAll('button').find((b) => b.text() === 'Återställ')?.trigger('click')
      expect(priceSwing()).toBe('47 880 000 kr')
      expect(tornado().attributes('aria-busy')).toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })

  it('ranks what drives M365 against Nextcloud, with Nextcloud’s price first, and says there is no break-even', () => {
    const { wrapper } = mountView()
    const first = wrapper.get('.finance-tornado__table tbody tr')
    expect(first.attributes('data-input')).toBe('price:nextcloud')
    expect(text(wrapper.get('[data-test="break-even"]').text())).toBe(
      'Inget brytår: Microsoft 365 i molnet är billigare än Nextcloud som helhetslösning räknat från start varje år av perioden.',
    )
  })

  it('edits a user count as a range: the fixed figures keep the likely value, the count of ranges goes up', async () => {
    const { wrapper, store } = mountView()
    const group = wrapper.findAll('.finance-ranges__group').find((d) => d.get('summary').text() === 'Organisation och priser')
    expect(group).toBeDefined()
    const details = group!.element as HTMLDetailsElement
    details.open = true
    details.dispatchEvent(new Event('toggle'))
    await wrapper.vm.$nextTick()
    const e3 = wrapper.get('.finance-ranges [data-input="group-users:e3"]')
    expect(e3.get('legend').text()).toContain('Användare: Medarbetare med E3-licens')
    await e3.findAll('input')[2]!.setValue('2 600')
    expect(store.model.organisation.groups[0]?.users).toEqual({ low: 2300, likely: 2300, high: 2600 })
    expect(mark(wrapper, 'ranges')).toBe('På Inmatningar som intervall: 2')
    expect(figure(wrapper, 'm365', 0)).toBe('88 055 000 kr')
    // A shipped price edited as a range becomes the case's own override; the catalogue keeps the source's figure.
    const price = wrapper.get('.finance-ranges [data-input="price:nextcloud"]')
    await price.findAll('input')[0]!.setValue('1 500')
    expect(store.model.catalogue?.overrides?.nextcloud?.amount).toEqual({ low: 1500, likely: 1800, high: 1800 })
  })

  it('does not state a break-even year or a plain difference when a compared path is incomplete', async () => {
    const { wrapper, store } = mountView()
    store.replaceCase(fourPaths())
    await wrapper.vm.$nextTick()
    const [a, b] = wrapper.findAll('.finance-tornado__controls select')
    await a?.setValue('dearer')
    await b?.setValue('partial')
    // Dyrare 1 200 000 a year; Delvis knows 1 000 000 a year and leaves out a price: which is cheaper is not known.
    expect(text(wrapper.get('[data-test="break-even"]').text())).toBe(
      'Brytåret är okänt: Delvis har okända belopp (pris okänt för Produkt u), och de kan ändra vilken väg som är billigast.',
    )
    expect(text(wrapper.get('[data-test="break-even-known-parts"]').text())).toContain('Om bara de kända beloppen räknas: Inget brytår: Delvis är billigare')
    expect(text(wrapper.get('.finance-tornado').text())).toContain('Skillnad Dyrare minus Delvis med troligaste värden: okänt.')
    expect(text(wrapper.get('[data-test="tornado-known-parts"]').text())).toBe('Utslagen gäller de kända beloppen; okända belopp i Delvis ingår inte.')
  })
})
