// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import WorkbenchChecks from '~/components/workbench/WorkbenchChecks.vue'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../../fixtures/mount'

const item = (wrapper: ReturnType<typeof mountWith>, id: string) => wrapper.get(`[data-check="${id}"]`)

describe('WorkbenchChecks', () => {
  it('flags what the shipped M365 scenario leaves out, in words', () => {
    const wrapper = mountWith(WorkbenchChecks, { props: { scenarioId: 'm365' } })
    expect(wrapper.text()).toContain('Kontroller utan svar: 4')
    expect(item(wrapper, 'licences-cover-all').text()).toContain('Med i scenariot.')
    expect(item(wrapper, 'internal-staff-time').text()).toContain('Saknas: lägg till en rad eller ange varför kostnaden är noll.')
    wrapper.unmount()
  })

  it('answers a flag with a line that covers it, its amount unknown until filled in (never 0)', async () => {
    const wrapper = mountWith(WorkbenchChecks, { props: { scenarioId: 'm365' } })
    const store = useCaseStore()
    await item(wrapper, 'internal-staff-time').get('button').trigger('click')
    expect(store.model.scenarios[0]?.costs.at(-1)).toEqual({
      label: 'Egen personaltid för införande och förvaltning',
      category: 'operations',
      kind: 'recurring',
      fte: 1,
      amount: { value: null, reason: 'inte ifyllt ännu' },
      covers: 'internal-staff-time',
    })
    await nextTick()
    expect(item(wrapper, 'internal-staff-time').text()).toContain('Besvarad med en kostnadsrad.')
    expect(store.result.scenarios[0]?.complete).toBe(false)
    wrapper.unmount()
  })

  it('marks a check deliberately zero with the reason typed, and clears it when the reason is removed', async () => {
    const wrapper = mountWith(WorkbenchChecks, { props: { scenarioId: 'm365' } })
    const store = useCaseStore()
    const reason = item(wrapper, 'exit-cost').get('input')
    await reason.setValue('Avtalet ger fri export')
    expect(store.model.scenarios[0]?.checks).toEqual({ 'exit-cost': { reason: 'Avtalet ger fri export' } })
    expect(item(wrapper, 'exit-cost').text()).toContain('Medvetet noll: Avtalet ger fri export')
    expect(wrapper.text()).toContain('Kontroller utan svar: 3')
    await reason.setValue('')
    expect(store.model.scenarios[0]?.checks).toBeUndefined()
    wrapper.unmount()
  })
})
