// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import WorkbenchLicenceMix from '~/components/workbench/WorkbenchLicenceMix.vue'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../../fixtures/mount'

const flush = async () => {
  await nextTick()
  await nextTick()
}

describe('WorkbenchLicenceMix', () => {
  it('asks which groups a new licence covers: none by default, refused with a message, then only those chosen', async () => {
    const wrapper = mountWith(WorkbenchLicenceMix, { props: { scenarioId: 'm365' } })
    const store = useCaseStore()
    const before = store.model.scenarios[0]?.licences.length
    const add = wrapper.findAll('form').at(0)
    await add?.get('select').setValue('nextcloud')
    const boxes = add?.findAll('input[type="checkbox"]') ?? []
    expect(boxes.map((b) => (b.element as HTMLInputElement).checked)).toEqual([false, false, false])
    await add?.trigger('submit')
    await flush()
    expect(store.model.scenarios[0]?.licences.length).toBe(before)
    expect(add?.get('[role="alert"]').text()).toBe('Välj minst en användargrupp som licensen gäller.')
    expect(document.activeElement).toBe(boxes[0]?.element)

    await boxes[1]?.setValue(true)
    await add?.trigger('submit')
    await flush()
    expect(store.model.scenarios[0]?.licences.at(-1)).toEqual({ productId: 'nextcloud', groups: ['f3'] })
    expect(document.activeElement?.getAttribute('data-focus')).toBe('licence-product:m365:3')
    wrapper.unmount()
  })

  it('ticks the groups a Microsoft licence suits by their kind, in view, when the product is chosen', async () => {
    const wrapper = mountWith(WorkbenchLicenceMix, { props: { scenarioId: 'm365' } })
    const store = useCaseStore()
    store.setGroupKind('f3', 'frontline')
    const add = wrapper.findAll('form').at(0)
    await add?.get('select').setValue('m365-f3')
    const boxes = add?.findAll('input[type="checkbox"]') ?? []
    expect(boxes.map((b) => (b.element as HTMLInputElement).checked)).toEqual([false, true, false])
    wrapper.unmount()
  })

  it('sets dual running in one step: the old line paid to the switch year, the new one from it', async () => {
    const wrapper = mountWith(WorkbenchLicenceMix, { props: { scenarioId: 'm365' } })
    const store = useCaseStore()
    store.addLicence('m365', { productId: 'nextcloud', groups: ['e3'] })
    await flush()
    const form = wrapper.findAll('form').at(1)
    const [oldLine, newLine, year] = form?.findAll('select') ?? []
    await oldLine?.setValue('0')
    await newLine?.setValue('3')
    await year?.setValue('2025')
    const steps = store.past.length
    expect(form?.get('button').text()).toBe('Lägg in dubbeldrift år 2025')
    await form?.trigger('submit')
    const licences = store.model.scenarios[0]?.licences
    expect(licences?.[0]).toMatchObject({ productId: 'm365-e3', to: 2025 })
    expect(licences?.[3]).toMatchObject({ productId: 'nextcloud', from: 2025 })
    expect(store.past.length).toBe(steps + 1)
    expect(wrapper.get('[role="status"]').text()).toContain('Dubbeldrift 2025: Microsoft 365 E3 betalas till och med 2025, Nextcloud från 2025.')
    // The engine now pays both in 2025: the dual-running check is met.
    expect(store.result.scenarios[0]?.checks.find((c) => c.id === 'dual-running')?.status).toBe('met')
    wrapper.unmount()
  })

  it('turns on a phase-in with every year at 100 % and sets one year’s share', async () => {
    const wrapper = mountWith(WorkbenchLicenceMix, { props: { scenarioId: 'nextcloud' } })
    const store = useCaseStore()
    const phase = wrapper.findAll('input[type="checkbox"]').find((c) => c.element.parentElement?.textContent?.includes('Infasning'))
    await phase?.setValue(true)
    expect(store.model.scenarios[1]?.licences[0]?.shareByYear).toEqual({ '2023': 1, '2024': 1, '2025': 1, '2026': 1, '2027': 1 })
    const field = wrapper.findAll('.field').find((f) => f.get('label').text() === 'Andel 2023')
    await field?.get('input').setValue('25')
    expect(store.model.scenarios[1]?.licences[0]?.shareByYear?.['2023']).toBe(0.25)
    wrapper.unmount()
  })

  it('never leaves a line without a group: the last group cannot be unticked', async () => {
    const wrapper = mountWith(WorkbenchLicenceMix, { props: { scenarioId: 'm365' } })
    const boxes = wrapper.findAll('fieldset fieldset')[0]?.findAll('input[type="checkbox"]') ?? []
    expect(boxes.map((b) => (b.element as HTMLInputElement).checked)).toEqual([true, false, false])
    expect((boxes[0]?.element as HTMLInputElement).disabled).toBe(true)
    await boxes[1]?.setValue(true)
    expect(useCaseStore().model.scenarios[0]?.licences[0]?.groups).toEqual(['e3', 'f3'])
    wrapper.unmount()
  })
})
