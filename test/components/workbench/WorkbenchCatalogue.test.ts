// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import WorkbenchCatalogue from '~/components/workbench/WorkbenchCatalogue.vue'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../../fixtures/mount'

const product = (wrapper: ReturnType<typeof mountWith>, id: string) => wrapper.get(`[data-product="${id}"]`)
const button = (wrapper: ReturnType<typeof mountWith>, text: string) => {
  const found = wrapper.findAll('button').find((b) => b.text().replace(/\s/g, ' ') === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

describe('WorkbenchCatalogue', () => {
  it('marks a changed shipped price as changed, and one click restores the source figure', async () => {
    const wrapper = mountWith(WorkbenchCatalogue)
    const store = useCaseStore()
    expect(product(wrapper, 'm365-e3').text()).not.toContain('ändrat')
    await product(wrapper, 'm365-e3').get('input').setValue('4200')
    expect(store.model.catalogue?.overrides?.['m365-e3']).toEqual({ amount: 4200 })
    expect(product(wrapper, 'm365-e3').get('.tag--changed').text()).toBe('ändrat')
    expect(product(wrapper, 'm365-e3').text().replace(/\s/g, ' ')).toContain('ändrat från källans 4 050')

    await button(wrapper, 'Återställ källans pris för Microsoft 365 E3 (4 050)').trigger('click')
    expect(store.model.catalogue?.overrides?.['m365-e3']).toBeUndefined()
    expect(product(wrapper, 'm365-e3').find('.tag--changed').exists()).toBe(false)
    wrapper.unmount()
  })

  it('marks a price unknown: never 0, and the scenarios using it become incomplete', async () => {
    const wrapper = mountWith(WorkbenchCatalogue)
    const store = useCaseStore()
    await button(wrapper, 'Markera priset för Nextcloud som okänt').trigger('click')
    expect(store.model.catalogue?.overrides?.nextcloud?.amount).toEqual({ value: null, reason: 'markerat som okänt i Vägval' })
    expect(product(wrapper, 'nextcloud').text()).toContain('pris okänt')
    expect(store.result.scenarios.find((s) => s.id === 'nextcloud')?.complete).toBe(false)
    wrapper.unmount()
  })

  it('adds an own quote, focuses it, and refuses to remove it while a scenario licenses it', async () => {
    const wrapper = mountWith(WorkbenchCatalogue)
    const store = useCaseStore()
    await wrapper.get('#wb-own-add-name').setValue('Nextcloud, förhandlat')
    await wrapper.get('#wb-own-add-vendor').setValue('Partner AB')
    await wrapper.get('#wb-own-add-note').setValue('Offert 2024-05-02')
    const form = wrapper.findAll('form').at(-1)
    await form?.findAll('input').find((i) => i.attributes('inputmode') === 'decimal')?.setValue('1500')
    await form?.trigger('submit')
    await nextTick()
    await nextTick()
    expect(store.model.catalogue?.products).toEqual([
      {
        id: 'nextcloud-forhandlat',
        name: 'Nextcloud, förhandlat',
        vendor: 'Partner AB',
        pricing: { unit: 'user-year', amount: 1500, currency: 'SEK', note: 'Offert 2024-05-02' },
      },
    ])
    expect(document.activeElement?.getAttribute('data-focus')).toBe('own-name:nextcloud-forhandlat')

    store.addLicence('nextcloud', { productId: 'nextcloud-forhandlat', groups: ['e3'] })
    await nextTick()
    await button(wrapper, 'Ta bort Nextcloud, förhandlat').trigger('click')
    expect(store.model.catalogue?.products).toHaveLength(1)
    expect(wrapper.text()).toContain('”Nextcloud, förhandlat” används i ett scenario och kan inte tas bort.')
    wrapper.unmount()
  })

  it('refuses an own product without a name at the field', async () => {
    const wrapper = mountWith(WorkbenchCatalogue)
    await wrapper.findAll('form').at(-1)?.trigger('submit')
    expect(wrapper.get('#wb-own-add-error').text()).toBe('Skriv produktens namn.')
    expect(wrapper.get('#wb-own-add-name').attributes('aria-invalid')).toBe('true')
    expect(useCaseStore().model.catalogue?.products ?? []).toEqual([])
    wrapper.unmount()
  })
})
