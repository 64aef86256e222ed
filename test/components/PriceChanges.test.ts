// @vitest-environment happy-dom
/**
 * The price-change panel (issue 23) on the shipped case: one line until opened, each change with its
 * "Använd från …" (per product by ticking), "Använd alla" for the changes without a condition, the
 * applied ones listed beside the documents' prices, one step of the case's undo back.
 */
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import PriceChanges from '~/components/price/PriceChanges.vue'
import type { PriceChangeWarning } from '~/engine'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../fixtures/mount'

/** The panel as the compare screen has it, on the store's live result. */
const Panel = defineComponent({
  setup() {
    const store = useCaseStore()
    return () => h(PriceChanges, { result: store.result, interactive: true })
  },
})

const m365Total = () => useCaseStore().result.scenarios.find((s) => s.id === 'm365')?.total
const warnedIn = (id: string) =>
  [...new Set(useCaseStore().result.scenarios.find((s) => s.id === id)?.warnings.filter((w): w is PriceChangeWarning => w.code === 'price-change-in-horizon').map((w) => `${w.productId} ${w.referenceId}`))].sort()

async function mounted(locale: 'sv' | 'en' = 'sv') {
  const wrapper = mountWith(Panel, { locale })
  const store = useCaseStore()
  // data/reference.json loads after the first screen; the panel shows once it has.
  await vi.waitFor(() => expect(wrapper.find('[data-test="price-changes"]').exists()).toBe(true))
  return { wrapper, store }
}

describe('PriceChanges', () => {
  it('is one closed line naming the vendor and the number of changes; opening it lists the six with their sources', async () => {
    const { wrapper } = await mounted()
    const details = wrapper.get('details')
    expect(details.element.hasAttribute('open')).toBe(false)
    expect(wrapper.get('summary').text()).toBe('⚠ Microsoft har ändrat priser 6 gånger inom fallets år — visa')
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    expect(wrapper.get('summary').text()).toContain('— dölj')
    expect(wrapper.findAll('[data-reference]')).toHaveLength(6)
    expect(wrapper.get('[data-reference="microsoft-sek-2023-04"]').text()).toContain('Microsofts molnpriser i SEK höjda: +15 % från 2023-04-01')
    expect(m365Total()).toBe(88_055_000)
    wrapper.unmount()
  })

  it('applies one change for the ticked products only, as one step the case’s undo takes back exactly', async () => {
    const { wrapper, store } = await mounted()
    const before = JSON.stringify(store.model)
    const item = wrapper.get('[data-reference="microsoft-sek-2023-04"]')
    // Untick A3: the rise goes to E3 and F3 only.
    const boxes = item.findAll('input[type="checkbox"]')
    expect(boxes.map((b) => b.element.parentElement?.textContent?.trim())).toEqual(['Microsoft 365 E3', 'Microsoft 365 F3', 'Microsoft 365 A3'])
    await boxes[2]!.setValue(false)
    const button = item.get('[data-apply="microsoft-sek-2023-04"]')
    expect(button.attributes('aria-label')).toBe('Använd Microsofts molnpriser i SEK höjda från 2023-04-01 för Microsoft 365 E3 och Microsoft 365 F3')
    await button.trigger('click')
    await vi.waitFor(() => expect(warnedIn('m365')).not.toContain('m365-e3 microsoft-sek-2023-04'))
    expect(warnedIn('m365')).toContain('m365-a3 microsoft-sek-2023-04')
    // E3 2 300 × 4 050 and F3 6 100 × 660 from 1 April 2023: (90 + 275 × 1.15) / 365 in 2023, × 1.15 after.
    //   E3 9 315 000 × 406.25/365 = 10 367 722.6 → 10 367 723; then 10 712 250 a year (× 4 = 42 849 000)
    //   F3 4 026 000 × 406.25/365 =  4 480 993.2 →  4 480 993; then  4 629 900 a year (× 4 = 18 519 600)
    //   more than the documents: (10 367 723 − 9 315 000) + 4 × 1 397 250 + (4 480 993 − 4 026 000) + 4 × 603 900 = 9 512 316
    expect(m365Total()).toBe(88_055_000 + 9_512_316)
    await nextTick()
    expect(wrapper.get('[data-applied="microsoft-sek-2023-04"]').text()).toContain('+15 % från 2023-04-01, för Microsoft 365 E3 och Microsoft 365 F3')
    expect(wrapper.get('[role="status"]').text()).toContain('Ångra med Ctrl+Z')
    store.undo()
    expect(JSON.stringify(store.model)).toBe(before)
    expect(m365Total()).toBe(88_055_000)
    wrapper.unmount()
  })

  it('“Använd alla (4)” puts in every change without a condition; the conditional two stay to be chosen; “Ta bort” takes one out', async () => {
    const { wrapper, store } = await mounted('en')
    const all = wrapper.get('[data-apply="all"]')
    expect(all.text()).toBe('Use all (4)')
    await all.trigger('click')
    await vi.waitFor(() => expect(m365Total()).toBe(109_587_693))
    await nextTick()
    expect(wrapper.findAll('[data-reference]').map((w) => w.attributes('data-reference'))).toEqual(['microsoft-monthly-billing-2025-04', 'microsoft-volume-levels-2025-11'])
    expect(wrapper.findAll('[data-applied]')).toHaveLength(4)
    expect(wrapper.get('summary').text()).toBe('⚠ Microsoft changed prices 6 times within the case’s years; 4 of them are used in the case from their dates — show')
    await wrapper.get('[data-remove="microsoft-e3-2026-07"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('[data-applied]')).toHaveLength(3))
    expect(warnedIn('m365')).toContain('m365-e3 microsoft-e3-2026-07')
    store.undo()
    store.undo()
    expect(m365Total()).toBe(88_055_000)
    wrapper.unmount()
  })
})
