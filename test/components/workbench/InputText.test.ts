// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import InputText from '~/components/input/InputText.vue'
import { mountWith } from '../../fixtures/mount'

describe('InputText (names and notes)', () => {
  it('is labelled, passes on the trimmed text, and shows markup as text', async () => {
    const wrapper = mountWith(InputText, { props: { modelValue: '<b>Fall</b>', label: 'Fallets namn' } })
    const input = wrapper.get('input')
    expect(wrapper.get('label').text()).toBe('Fallets namn')
    expect(wrapper.get('label').attributes('for')).toBe(input.attributes('id'))
    expect(input.element.value).toBe('<b>Fall</b>')
    expect(wrapper.find('b').exists()).toBe(false)
    await input.setValue('  Ny kommun ')
    expect(wrapper.emitted('update:modelValue')).toEqual([['Ny kommun']])
    wrapper.unmount()
  })

  it('refuses an empty required field at the field and passes nothing on', async () => {
    const wrapper = mountWith(InputText, { props: { modelValue: 'Webex', label: 'Namn' } })
    await wrapper.get('input').setValue('   ')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('Fältet får inte vara tomt.')
    expect(wrapper.get('input').attributes('aria-describedby')).toBe(alert.attributes('id'))
    wrapper.unmount()
  })

  it('lets an optional field be emptied', async () => {
    const wrapper = mountWith(InputText, { props: { modelValue: 'offert', label: 'Anteckning', isOptional: true } })
    await wrapper.get('input').setValue('')
    expect(wrapper.emitted('update:modelValue')).toEqual([['']])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
