// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import InputRange from '~/components/input/InputRange.vue'
import { mountWith } from '../fixtures/mount'

/** The range input: low / likely / high, each a validated number field, passing on only ordered ranges. */
function mountRange(props: Record<string, unknown> = {}, locale: 'sv' | 'en' = 'sv') {
  return mountWith(InputRange, {
    props: { modelValue: 10_000_000, label: 'Ökade licenskostnader', unit: 'kr', max: 1_000_000_000, ...props },
    locale,
  })
}

const fields = (wrapper: ReturnType<typeof mountRange>) => {
  const inputs = wrapper.findAll('input')
  return { low: inputs[0]!, likely: inputs[1]!, high: inputs[2]! }
}
const shown = (el: { element: HTMLInputElement }) => el.element.value.replace(/\s/g, ' ')

describe('InputRange', () => {
  it('is a labelled group of three labelled fields: low, likely, high', () => {
    const wrapper = mountRange()
    expect(wrapper.get('fieldset legend').text()).toContain('Ökade licenskostnader')
    expect(wrapper.findAll('label').map((l) => l.text())).toEqual(['Lägst', 'Troligast', 'Högst'])
    for (const label of wrapper.findAll('label')) expect(wrapper.find(`#${label.attributes('for')}`).exists()).toBe(true)
  })

  it('shows a plain number in all three fields, and a range at its ends, marked as a range', async () => {
    const wrapper = mountRange()
    const { low, likely, high } = fields(wrapper)
    expect([shown(low), shown(likely), shown(high)]).toEqual(['10 000 000', '10 000 000', '10 000 000'])
    expect(wrapper.find('.range__mark').exists()).toBe(false)
    await wrapper.setProps({ modelValue: { low: 10_000_000, likely: 10_000_000, high: 15_000_000 } })
    expect(shown(fields(wrapper).high)).toBe('15 000 000')
    expect(wrapper.get('.range__mark').text()).toBe('intervall')
  })

  it('moves all three when the likely value of a plain number is typed, and passes on a number', async () => {
    const wrapper = mountRange()
    await fields(wrapper).likely.setValue('12 000 000')
    expect(wrapper.emitted('update:modelValue')).toEqual([[12_000_000]])
  })

  it('passes on a range once the ends differ', async () => {
    const wrapper = mountRange()
    await fields(wrapper).high.setValue('15 000 000')
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ low: 10_000_000, likely: 10_000_000, high: 15_000_000 }]])
  })

  it('refuses a range out of order with a message at the group, and keeps the last valid value', async () => {
    const wrapper = mountRange({ modelValue: { low: 5, likely: 7.5, high: 10 } })
    await fields(wrapper).low.setValue('8')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('Lägst får inte vara större än troligast')
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe(alert.attributes('id'))
    await fields(wrapper).low.setValue('6')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.emitted('update:modelValue')).toEqual([[{ low: 6, likely: 7.5, high: 10 }]])
  })

  it('shows and passes on a rate in per cent with scale 100', async () => {
    const wrapper = mountRange({ modelValue: { low: 0.019, likely: 0.047, high: 0.062 }, scale: 100, min: -50, max: 100, unit: '%' })
    const { low, likely, high } = fields(wrapper)
    expect([shown(low), shown(likely), shown(high)]).toEqual(['1,9', '4,7', '6,2'])
    await high.setValue('7')
    const [emitted] = wrapper.emitted('update:modelValue')?.at(-1) as [{ low: number; likely: number; high: number }]
    expect(emitted.low).toBeCloseTo(0.019, 10)
    expect(emitted.likely).toBeCloseTo(0.047, 10)
    expect(emitted.high).toBeCloseTo(0.07, 10)
  })

  it('takes a first value for an unknown amount from its likely field', async () => {
    const wrapper = mountRange({ modelValue: null, placeholder: 'okänt' })
    expect(fields(wrapper).likely.element.value).toBe('')
    await fields(wrapper).likely.setValue('900')
    expect(wrapper.emitted('update:modelValue')).toEqual([[900]])
  })

  it('still refuses a negative number in a field (InputNumber’s own check)', async () => {
    const wrapper = mountRange()
    await fields(wrapper).low.setValue('-5')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(wrapper.get('[role="alert"]').text()).toContain('Värdet kan inte vara negativt.')
  })
})
