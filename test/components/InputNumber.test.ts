// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import InputNumber from '~/components/input/InputNumber.vue'
import { mountWith } from '../fixtures/mount'

/** No-break spaces read as spaces, as a person reads them. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

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
    expect(plain(alert.text())).toContain('Resultaten visar det senaste giltiga värdet, 4 050.')
    const input = wrapper.get('input')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe(alert.attributes('id'))
  })

  it('refuses a fraction where a whole number is needed, showing how it was read', async () => {
    const wrapper = mountMoney({ modelValue: 2300, isInteger: true, max: 10_000_000 })
    await wrapper.get('input').setValue('2300,5')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(plain(wrapper.get('[role="alert"]').text())).toContain('”2300,5” läses som 2 300,5, men här behövs ett heltal.')
  })

  // Issue 13: `1,5` became 15 users and `4050,5` 40505 kr in English; `1.000` became 1 in Swedish.
  it.each<[string, 'sv' | 'en', boolean, number]>([
    ['4050,5', 'en', false, 4050.5],
    ['1,5', 'en', false, 1.5],
    ['1 000', 'en', true, 1000],
    ['1.5', 'sv', false, 1.5],
    ['2 300', 'sv', true, 2300],
  ])('reads %j in %s (whole: %s) as %d', async (typed, locale, isInteger, expected) => {
    const wrapper = mountMoney({ isInteger, max: 10_000_000 }, locale)
    await wrapper.get('input').setValue(typed)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([expected])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it.each<[string, 'sv' | 'en', boolean, string]>([
    ['1.000', 'sv', true, '”1.000” kan läsas som 1 eller som 1 000:'],
    ['1.000', 'sv', false, '”1.000” kan läsas som 1 eller som 1 000:'],
    ['2,300', 'sv', true, '”2,300” kan läsas som 2,3 eller som 2 300:'],
    ['1,000', 'en', true, '“1,000” can be read as 1 or as 1000:'],
    ['1.000.000', 'sv', false, 'Menar du 1 000 000, skriv 1 000 000.'],
    ['1,5', 'en', true, '“1,5” reads as 1.5, but a whole number is needed here.'],
    ['1.000,5', 'en', false, 'If you mean 1,000.5, write 1,000.5.'],
    ['1e5', 'en', false, 'Enter a number, for example 4,050.5.'],
  ])('refuses %j in %s (whole: %s), saying how it was read', async (typed, locale, isInteger, message) => {
    const wrapper = mountMoney({ isInteger, max: 10_000_000 }, locale)
    await wrapper.get('input').setValue(typed)
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    expect(plain(wrapper.get('[role="alert"]').text())).toContain(message)
  })

  it('puts back the value held before a refused text was begun (the 1 of 1.000 is not kept)', async () => {
    const wrapper = mountMoney({ modelValue: 2300, isInteger: true, max: 10_000_000 })
    const input = wrapper.get('input')
    await input.trigger('focus')
    await input.setValue('1')
    // The parent takes the value, as the store does.
    await wrapper.setProps({ modelValue: 1 })
    await input.setValue('1.000')
    expect(wrapper.emitted('update:modelValue')).toEqual([[1], [2300]])
    await wrapper.setProps({ modelValue: 2300 })
    expect(plain(wrapper.get('[role="alert"]').text())).toContain('Resultaten visar det senaste giltiga värdet, 2 300.')
  })

  it('keeps the last value typed in full when a new text is refused (2400, then -5)', async () => {
    const wrapper = mountMoney({ modelValue: 2300, isInteger: true, max: 10_000_000 })
    const input = wrapper.get('input')
    await input.trigger('focus')
    for (const typed of ['2', '24', '240', '2400']) {
      await input.setValue(typed)
      await wrapper.setProps({ modelValue: Number(typed) })
    }
    await input.setValue('-')
    await input.setValue('-5')
    // Nothing to put back: 2400, the last value typed in full, is what the field holds.
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([2400])
    expect(plain(wrapper.get('[role="alert"]').text())).toContain('Resultaten visar det senaste giltiga värdet, 2 400.')
  })

  it('shows a value as it reads it back: English 2300, not the ambiguous 2,300', () => {
    expect(mountMoney({ modelValue: 2300 }, 'en').get('input').element.value).toBe('2300')
    expect(mountMoney({ modelValue: 1_234_567 }, 'en').get('input').element.value).toBe('1,234,567')
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
