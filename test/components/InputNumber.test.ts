// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import InputNumber from '~/components/input/InputNumber.vue'
import { mountWith } from '../fixtures/mount'

/** The money input: it passes on only valid values and says at the field what is wrong. */
function mountMoney(props: Record<string, unknown> = {}, locale: 'sv' | 'en' = 'sv') {
  return mountWith(InputNumber, {
    props: { modelValue: 4050, label: 'Microsoft 365 E3', unit: 'kr', max: 1_000_000, ...props },
    locale,
  })
}

describe('InputNumber (the money input)', () => {
  it('shows the value in the locale’s format and is labelled', () => {
    const wrapper = mountMoney({ modelValue: 15_595_000 })
    const input = wrapper.get('input')
    expect(input.element.value.replace(/\s/g, ' ')).toBe('15 595 000')
    const label = wrapper.get('label')
    expect(label.text()).toBe('Microsoft 365 E3')
    expect(label.attributes('for')).toBe(input.attributes('id'))
  })

  it.each([
    ['4 200', 4200],
    ['4200,5', 4200.5],
    ['4200.5', 4200.5],
    [' 12 000 ', 12000],
  ])('emits %s typed in Swedish as %d', async (typed, expected) => {
    const wrapper = mountMoney()
    await wrapper.get('input').setValue(typed)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([expected])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('false')
  })

  it('reads English thousands commas', async () => {
    const wrapper = mountMoney({}, 'en')
    await wrapper.get('input').setValue('4,200.5')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([4200.5])
  })

  it.each([
    ['-5', 'Värdet kan inte vara negativt.'],
    ['abc', 'Skriv ett tal'],
    ['', 'Fältet får inte vara tomt.'],
    ['2 000 000', 'Värdet är orimligt stort: högst 1 000 000.'],
  ])('refuses %j with a message at the field and emits nothing', async (typed, message) => {
    const wrapper = mountMoney()
    await wrapper.get('input').setValue(typed)
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text().replace(/\s/g, ' ')).toContain(message)
    expect(alert.text()).toContain('Resultaten visar det senaste giltiga värdet.')
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe(alert.attributes('id'))
  })

  it('refuses a fraction where a whole number is needed', async () => {
    const wrapper = mountMoney({ modelValue: 2300, isInteger: true, max: 10_000_000 })
    await wrapper.get('input').setValue('2300,5')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(wrapper.get('[role="alert"]').text()).toContain('Skriv ett heltal.')
  })

  it('clears the message once the entry is valid again', async () => {
    const wrapper = mountMoney()
    await wrapper.get('input').setValue('-5')
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    await wrapper.get('input').setValue('5')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.emitted('update:modelValue')).toEqual([[5]])
  })

  it('shows an unknown value as an empty field with its placeholder, and accepts a first price', async () => {
    const wrapper = mountMoney({ modelValue: null, placeholder: 'okänt' })
    const input = wrapper.get('input')
    expect(input.element.value).toBe('')
    expect(input.attributes('placeholder')).toBe('okänt')
    await input.setValue('')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    await input.setValue('900')
    expect(wrapper.emitted('update:modelValue')).toEqual([[900]])
  })

  it('follows a new value from outside when not being edited', async () => {
    const wrapper = mountMoney()
    await wrapper.setProps({ modelValue: 460 })
    expect(wrapper.get('input').element.value).toBe('460')
  })
})
