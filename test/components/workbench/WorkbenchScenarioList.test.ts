// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import WorkbenchScenarioList from '~/components/workbench/WorkbenchScenarioList.vue'
import { useCaseStore } from '~/stores/case'
import { mountWith } from '../../fixtures/mount'

/** The scenario list of the shipped case, with the `editing` model wired up as a parent would. */
function mountList() {
  let editing = 'm365'
  const wrapper = mountWith(WorkbenchScenarioList, {
    props: {
      editing,
      'onUpdate:editing': (id: string) => {
        editing = id
        void wrapper.setProps({ editing: id })
      },
    },
  })
  return { wrapper, store: useCaseStore(), editing: () => editing }
}

const names = (wrapper: ReturnType<typeof mountList>['wrapper']) =>
  wrapper.findAll('.wb-scenario input[type="text"]').map((i) => (i.element as HTMLInputElement).value)

const flush = async () => {
  await nextTick()
  await nextTick()
}

describe('WorkbenchScenarioList', () => {
  it('adds a single-product scenario from the template, opens it and moves focus to its name', async () => {
    const { wrapper, store, editing } = mountList()
    await wrapper.get('#wb-new-scenario-name').setValue('Bara Nextcloud')
    await wrapper.get('#wb-new-scenario-template').setValue('single')
    await wrapper.get('#wb-new-scenario-product').setValue('nextcloud')
    await wrapper.get('form').trigger('submit')
    await flush()

    const added = store.model.scenarios.at(-1)
    expect(added).toMatchObject({ id: 'bara-nextcloud', name: 'Bara Nextcloud' })
    expect(added?.licences).toEqual([{ productId: 'nextcloud', groups: ['e3', 'f3', 'a3'] }])
    expect(editing()).toBe('bara-nextcloud')
    expect(document.activeElement?.getAttribute('data-focus')).toBe('scenario-name:bara-nextcloud')
    wrapper.unmount()
  })

  it('deletes with an undo offer that takes focus, and the offer brings the scenario back in its place', async () => {
    const { wrapper, store } = mountList()
    const before = names(wrapper)
    const deleteWebex = wrapper.findAll('button').find((b) => b.text() === 'Ta bort Webex')
    await deleteWebex?.trigger('click')
    await flush()
    expect(names(wrapper)).toEqual(before.filter((n) => n !== 'Webex'))
    const offer = wrapper.get('[data-focus="scenario-undo-delete"]')
    expect(document.activeElement).toBe(offer.element)
    expect(wrapper.get('.wb-undo-offer').attributes('role')).toBe('status')
    expect(wrapper.get('.wb-undo-offer').text()).toContain('Scenariot ”Webex” är borttaget.')

    await offer.trigger('click')
    await flush()
    expect(names(wrapper)).toEqual(before)
    expect(store.model.scenarios[2]?.id).toBe('webex')
    expect(wrapper.find('[data-focus="scenario-undo-delete"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('withdraws the undo offer once another edit follows the delete', async () => {
    const { wrapper, store } = mountList()
    await wrapper.findAll('button').find((b) => b.text() === 'Ta bort Webex')?.trigger('click')
    await flush()
    expect(wrapper.find('[data-focus="scenario-undo-delete"]').exists()).toBe(true)
    store.setYears(4)
    await flush()
    expect(wrapper.find('[data-focus="scenario-undo-delete"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('keeps 2 to 6 scenarios side by side: the last two shown cannot be hidden', async () => {
    const { wrapper, store } = mountList()
    const boxes = () => wrapper.findAll('input[type="checkbox"]')
    expect(boxes().map((b) => (b.element as HTMLInputElement).checked)).toEqual([true, true, true, true, true])
    for (const i of [0, 1, 2]) await boxes()[i]?.setValue(false)
    expect(store.model.compare?.shown).toEqual(['eu-hybrid', 'on-prem'])
    expect(boxes().map((b) => (b.element as HTMLInputElement).disabled)).toEqual([false, false, false, true, true])
    await boxes()[0]?.setValue(true)
    expect(store.model.compare?.shown).toEqual(['m365', 'eu-hybrid', 'on-prem'])
    wrapper.unmount()
  })

  it('moves a scenario down and keeps focus on its button', async () => {
    const { wrapper, store } = mountList()
    const down = wrapper.get('[data-focus="scenario-down:nextcloud"]')
    await down.trigger('click')
    await flush()
    expect(store.model.scenarios.map((s) => s.id).slice(0, 3)).toEqual(['m365', 'webex', 'nextcloud'])
    expect(document.activeElement?.getAttribute('data-focus')).toBe('scenario-down:nextcloud')
    wrapper.unmount()
  })

  it('shows a name with markup in it as text', async () => {
    const { wrapper, store } = mountList()
    store.renameScenario('webex', '<img src=x onerror=alert(1)>')
    await flush()
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toContain('Redigera <img src=x onerror=alert(1)>')
    wrapper.unmount()
  })
})
