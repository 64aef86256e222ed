// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import WorkbenchAssumptionList from '~/components/workbench/WorkbenchAssumptionList.vue'
import { emptyCase } from '~/engine'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../../fixtures/mount'

/** The row of the assumptions table whose input cell reads `label`, as its cells' texts. */
function row(wrapper: ReturnType<typeof mountWith>, section: string, label: string): string[] {
  const tr = wrapper.findAll('tbody tr').find((r) => r.find('td').text() === section && r.get('th').text() === label)
  if (!tr) throw new Error(`no row ${section} / ${label}`)
  return tr.findAll('th, td').map((c) => c.text().replace(/\s/g, ' '))
}

describe('WorkbenchAssumptionList', () => {
  it('lists the shipped case’s inputs as shipped, and marks a changed one with the shipped value', async () => {
    const wrapper = mountWith(WorkbenchAssumptionList)
    const store = useCaseStore()
    const e3 = row(wrapper, 'Organisation', 'Medarbetare med E3-licens')
    expect(e3.slice(2, 4)).toEqual(['2 300', 'användare'])
    expect(e3[5]).toBe('som standard')
    expect(wrapper.text()).toContain('varav 0 skiljer sig')

    store.setGroupUsers('e3', 2400)
    store.setPrice('m365-e3', 4200)
    await nextTick()
    expect(row(wrapper, 'Organisation', 'Medarbetare med E3-licens')[5]).toBe('ändrat från 2 300')
    const price = row(wrapper, 'Priser', 'Microsoft 365 E3')
    expect(price[2]).toBe('4 200')
    expect(price[4]).toBe('Eget antagande')
    expect(price[5]).toBe('ändrat från 4 050')
    wrapper.unmount()
  })

  it('says an own case has no shipped defaults but for the catalogue’s prices', async () => {
    const wrapper = mountWith(WorkbenchAssumptionList)
    const store = useCaseStore()
    store.replaceCase(emptyCase({ name: 'Egen kommun', groupName: 'Alla', scenarioName: 'Moln', startYear: 2026 }))
    store.addLicence('moln', { productId: 'nextcloud', groups: ['alla'] })
    await nextTick()
    expect(wrapper.text()).toContain('Det här är ett eget fall')
    expect(row(wrapper, 'Organisation', 'Alla')[5]).toBe('eget, inget standardvärde')
    expect(row(wrapper, 'Priser', 'Nextcloud')[5]).toBe('som standard')
    store.setPrice('nextcloud', 1500)
    await nextTick()
    expect(row(wrapper, 'Priser', 'Nextcloud')[5]).toBe('ändrat från källans pris')
    wrapper.unmount()
  })
})
