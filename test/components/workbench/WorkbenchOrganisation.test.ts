// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import WorkbenchOrganisation from '~/components/workbench/WorkbenchOrganisation.vue'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../../fixtures/mount'

const flush = async () => {
  await nextTick()
  await nextTick()
}
const field = (wrapper: ReturnType<typeof mountWith>, label: string) => {
  const found = wrapper.findAll('.field').find((f) => f.get('label').text() === label)
  if (!found) throw new Error(`no field "${label}"`)
  return found.get('input, select')
}

describe('WorkbenchOrganisation', () => {
  it('adds a group, moves focus to its name, and removes it again with focus on a remaining group', async () => {
    const wrapper = mountWith(WorkbenchOrganisation)
    const store = useCaseStore()
    await wrapper.get('#wb-new-group').setValue('Politiker')
    await wrapper.get('form').trigger('submit')
    await flush()
    expect(store.model.organisation.groups.at(-1)).toEqual({ id: 'politiker', name: 'Politiker', users: 0 })
    expect(document.activeElement?.getAttribute('data-focus')).toBe('group-name:politiker')

    await field(wrapper, 'Användare i Politiker').setValue('120')
    expect(store.model.organisation.groups.at(-1)?.users).toBe(120)
    await wrapper.findAll('button').find((b) => b.text() === 'Ta bort gruppen Politiker')?.trigger('click')
    await flush()
    expect(store.model.organisation.groups.map((g) => g.id)).toEqual(['e3', 'f3', 'a3'])
    expect(document.activeElement?.getAttribute('data-focus')).toBe('group-name:a3')
    wrapper.unmount()
  })

  it('sets a group’s count for one year (growth) and returns the year to the usual count', async () => {
    const wrapper = mountWith(WorkbenchOrganisation)
    const store = useCaseStore()
    await field(wrapper, 'Skolan, A3-licens, 2026').setValue('5200')
    expect(store.model.organisation.groups[2]?.usersByYear).toEqual({ '2026': 5200 })
    const reset = wrapper.findAll('button').find((b) => b.text() === 'Vanligt antal 2026')
    await reset?.trigger('click')
    expect(store.model.organisation.groups[2]?.usersByYear).toBeUndefined()
    wrapper.unmount()
  })

  it('renames a two-language group in the language shown, keeping the other', async () => {
    const wrapper = mountWith(WorkbenchOrganisation, { locale: 'en' })
    const store = useCaseStore()
    await field(wrapper, 'Name of group 3').setValue('Schools')
    expect(store.model.organisation.groups[2]?.name).toEqual({ sv: 'Skolan, A3-licens', en: 'Schools' })
    wrapper.unmount()
  })

  it('changes the currency and the horizon, and cannot remove the last group', async () => {
    const wrapper = mountWith(WorkbenchOrganisation)
    const store = useCaseStore()
    await field(wrapper, 'Valuta').setValue('EUR')
    expect(store.model.settings.currency).toBe('EUR')
    await field(wrapper, 'Antal år (1–10)').setValue('11')
    expect(store.model.settings.years).toBe(5)
    expect(wrapper.text()).toContain('Välj 1 till 10 år: perioden får sluta senast 2100.')
    store.removeGroup('e3')
    store.removeGroup('f3')
    await flush()
    const remove = wrapper.findAll('button').find((b) => b.text().startsWith('Ta bort gruppen'))
    expect(remove?.attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Ett fall behöver minst en användargrupp.')
    wrapper.unmount()
  })
})
