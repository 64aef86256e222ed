// @vitest-environment happy-dom
/** The screen-reader announcement of changed results: polite, debounced, naming what changed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import ResultAnnouncer from '~/components/result/ResultAnnouncer.vue'
import { formatMoney } from '~/composables/useFormat'
import { useCaseStore } from '~/stores/case'
import { fourPaths } from '../fixtures/builders'
import { mountWith } from '../fixtures/mount'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

async function settle(ms: number) {
  await vi.advanceTimersByTimeAsync(ms)
  await nextTick()
}

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim()

describe('ResultAnnouncer', () => {
  it('is a polite live region that starts empty', () => {
    const wrapper = mountWith(ResultAnnouncer)
    const region = wrapper.get('[data-announcer]')
    expect(region.attributes('aria-live')).toBe('polite')
    expect(region.attributes('role')).toBe('status')
    expect(region.text()).toBe('')
  })

  it('announces the new total once typing pauses, and only the last value of a burst', async () => {
    const wrapper = mountWith(ResultAnnouncer, { props: { delay: 1000 } })
    const store = useCaseStore()
    // The store loads today's reference prices after the first screen; that load changes the result's
    // warnings, and must not fall inside the burst this test times.
    await vi.dynamicImportSettled()
    await nextTick()
    store.setGroupUsers('e3', 2350)
    await settle(500)
    store.setGroupUsers('e3', 2400)
    await settle(999)
    expect(wrapper.get('[data-announcer]').text()).toBe('')
    await settle(1)
    const m365 = store.result.scenarios.find((s) => s.id === 'm365')
    expect(m365?.total).not.toBe(88_055_000)
    const announced = text(wrapper.get('[data-announcer]').text())
    expect(announced.startsWith(`Microsoft 365 i molnet totalt nu ${text(formatMoney(m365?.total ?? 0, 'sv', 'SEK'))}.`)).toBe(true)
    expect(announced).toMatch(/totalt nu/)
  })

  it('names at most three scenarios and counts the rest', async () => {
    const wrapper = mountWith(ResultAnnouncer, { props: { delay: 10 } })
    const store = useCaseStore()
    // The store loads today's reference prices after the first screen; that load changes the result's
    // warnings, and must not fall inside the burst this test times.
    await vi.dynamicImportSettled()
    await nextTick()
    store.setHourlyCost(400) // training in every scenario that has it: more than three change
    await settle(10)
    const changed = store.result.scenarios.filter((s) => s.years[0] && s.years.some((y) => y.categories.training !== 0))
    expect(changed.length).toBeGreaterThan(3)
    const announced = text(wrapper.get('[data-announcer]').text())
    expect(announced).toContain(`och ${changed.length - 3} scenarier till har ändrats`)
  })

  it('says a total that leaves out an unknown amount is "at least" that', async () => {
    const wrapper = mountWith(ResultAnnouncer, { props: { delay: 10 } })
    const store = useCaseStore()
    // The store loads today's reference prices after the first screen; that load changes the result's
    // warnings, and must not fall inside the burst this test times.
    await vi.dynamicImportSettled()
    await nextTick()
    store.replaceCase(fourPaths())
    await settle(20)
    // 1 200 users: "Delvis" (known licence k, plus u of unknown price) knows 4 × 1 200 × 1 000 = 4 800 000.
    store.setGroupUsers('staff', 1200)
    await settle(20)
    expect(text(wrapper.get('[data-announcer]').text())).toContain('Delvis totalt nu minst 4 800 000 kr')
  })

  it('says nothing when no total changed', async () => {
    const wrapper = mountWith(ResultAnnouncer, { props: { delay: 10 } })
    const store = useCaseStore()
    // The store loads today's reference prices after the first screen; that load changes the result's
    // warnings, and must not fall inside the burst this test times.
    await vi.dynamicImportSettled()
    await nextTick()
    store.setDiscountRate(0.03) // present values change, totals do not
    await settle(20)
    expect(wrapper.get('[data-announcer]').text()).toBe('')
  })
})
