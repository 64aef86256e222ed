// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import WorkbenchCases from '~/components/workbench/WorkbenchCases.vue'
import { useCaseStore } from '~/stores/case'
import { setLibraryClock, setLibraryStorage, useLibraryStore } from '~/stores/library'
import presetFile from '../../../data/presets/eskilstuna-2022.json'
import { mountWith } from '../../fixtures/mount'
import { MemoryStorage } from '../../fixtures/storage'

const flush = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
  await nextTick()
}

/** Chooses a file in the import field, as the browser's file picker would. */
async function choose(wrapper: ReturnType<typeof mountWith>, name: string, text: string) {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true })
  await input.trigger('change')
  await flush()
}

const presetText = () => JSON.stringify(presetFile)

describe('WorkbenchCases', () => {
  let storage: MemoryStorage
  beforeEach(() => {
    storage = new MemoryStorage()
    setLibraryStorage(storage)
  })
  afterEach(() => {
    setLibraryStorage(undefined)
    setLibraryClock(() => new Date())
  })

  function mountCases() {
    const wrapper = mountWith(WorkbenchCases)
    const library = useLibraryStore()
    library.start()
    return { wrapper, library, store: useCaseStore() }
  }

  it('refuses a broken file whole, listing each fault with its path, and leaves the open case as it was', async () => {
    const { wrapper, library, store } = mountCases()
    const before = JSON.stringify(store.model)
    const broken = JSON.parse(presetText())
    broken.scenarios[1].licences[0].users = -5
    broken.scenarios[0].licences[0].productId = 'no-such-product'
    await choose(wrapper, 'trasig.vagval.json', JSON.stringify(broken))

    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain('Filen trasig.vagval.json kunde inte läsas in.')
    const faults = alert.findAll('li').map((li) => li.text())
    expect(faults).toContain('scenarios[1].licences[0].users: must be a whole number ≥ 0')
    expect(JSON.stringify(store.model)).toBe(before)
    expect(library.cases).toHaveLength(1)
    wrapper.unmount()
  })

  it('refuses text that is not JSON, and a file far too large before reading it', async () => {
    const { wrapper, library } = mountCases()
    await choose(wrapper, 'x.json', '{ "schemaVersion": 1,')
    expect(wrapper.get('[role="alert"]').text()).toContain('not valid JSON')
    const input = wrapper.get('input[type="file"]')
    const huge = { name: 'stor.json', size: 50_000_000, text: () => Promise.reject(new Error('must not be read')) }
    Object.defineProperty(input.element, 'files', { value: [huge], configurable: true })
    await input.trigger('change')
    await flush()
    expect(wrapper.get('[role="alert"]').text()).toContain('filen är 50.0 MB; en fallfil får vara högst 5 MB')
    expect(library.cases).toHaveLength(1)
    wrapper.unmount()
  })

  it('imports a valid file as a new saved case and opens it', async () => {
    const { wrapper, library, store } = mountCases()
    const file = JSON.parse(presetText())
    file.name = 'Importerat fall'
    await choose(wrapper, 'fall.vagval.json', JSON.stringify(file))
    expect(wrapper.get('[role="alert"]').text()).toBe('')
    expect(store.model.name).toBe('Importerat fall')
    expect(library.cases.map((c) => c.name)).toEqual(['Eskilstuna kommun – digital arbetsplats 2023–2027', 'Importerat fall'])
    expect(wrapper.get('.wb-status').text()).toBe('”Importerat fall” är inläst från fall.vagval.json och öppnat som ett nytt sparat fall.')
    wrapper.unmount()
  })

  it('starts a new case at the guided start, never as an empty case with an empty scenario', () => {
    const { wrapper } = mountCases()
    expect(wrapper.findAll('button').map((b) => b.text())).not.toContain('Nytt tomt fall')
    expect(wrapper.get('a[href="#/new"]').text()).toBe('Nytt fall …')
    wrapper.unmount()
  })

  it('saves a copy to compare with and stays on the open case, then deletes a case only after a confirmation', async () => {
    const { wrapper, library, store } = mountCases()
    expect(wrapper.find('a[href="#/cases"]').exists()).toBe(false)
    const before = JSON.stringify(store.model)
    await wrapper.findAll('button').find((b) => b.text() === 'Spara en kopia att jämföra med')?.trigger('click')
    await flush()
    expect(JSON.stringify(store.model)).toBe(before)
    const names = wrapper.findAll('.wb-case__name').map((n) => n.text())
    expect(names).toHaveLength(2)
    expect(names[1]).toMatch(/^Eskilstuna kommun – digital arbetsplats 2023–2027 \(kopia .+\)$/)
    expect(wrapper.get('.wb-status').text()).toBe(`En kopia är sparad som ”${names[1]}”. Det öppna fallet är kvar som det var.`)
    const copyId = library.cases[1]?.id ?? ''
    expect(library.peekCase(copyId)?.scenarios).toEqual(store.model.scenarios)
    expect(wrapper.get('a[href="#/cases"]').text()).toBe('Jämför två fall')

    await wrapper.findAll('button').find((b) => b.text() === `Ta bort ${names[1]}`)?.trigger('click')
    await flush()
    expect(library.cases).toHaveLength(2)
    const confirm = wrapper.get('[data-focus^="case-confirm:"]')
    expect(document.activeElement).toBe(confirm.element)
    await confirm.trigger('click')
    await flush()
    expect(library.cases.map((c) => c.name)).toEqual(['Eskilstuna kommun – digital arbetsplats 2023–2027'])
    expect(JSON.stringify(store.model)).toBe(before)
    wrapper.unmount()
  })

  it('tells two cases of one name apart by when each was saved, in the list, its buttons and its messages', async () => {
    let now = new Date(2026, 11, 4, 10, 32)
    setLibraryClock(() => now)
    const { wrapper, library } = mountCases()
    const model = JSON.parse(presetText())
    library.addCase({ ...model, name: 'Nytt fall' })
    now = new Date(2026, 11, 5, 9, 1)
    library.addCase({ ...model, name: 'Nytt fall' })
    await flush()
    const rows = wrapper.findAll('.wb-case')
    expect(rows.map((r) => r.get('.wb-case__name').text())).toEqual(['Eskilstuna kommun – digital arbetsplats 2023–2027', 'Nytt fall', 'Nytt fall'])
    expect(rows[1]?.text()).toContain('sparat 2026-12-04 10:32')
    expect(rows[2]?.text()).toContain('sparat 2026-12-05 09:01')
    const buttons = wrapper.findAll('button').map((b) => b.text())
    // The only case of its name keeps its name alone.
    expect(buttons).toContain('Öppna Eskilstuna kommun – digital arbetsplats 2023–2027')
    expect(buttons).toContain('Öppna Nytt fall (sparat 2026-12-04 10:32)')
    expect(buttons).toContain('Ta bort Nytt fall (sparat 2026-12-05 09:01)')
    await wrapper.findAll('button').find((b) => b.text() === 'Öppna Nytt fall (sparat 2026-12-04 10:32)')?.trigger('click')
    await flush()
    expect(wrapper.get('.wb-status').text()).toBe('”Nytt fall (sparat 2026-12-04 10:32)” är öppnat.')
    wrapper.unmount()
  })

  it('says when the last change could not be saved', async () => {
    const { wrapper, store } = mountCases()
    storage.limit = 10
    store.setYears(4)
    await flush()
    expect(wrapper.get('.wb-unsaved').text()).toContain('inte sparad i webbläsaren')
    wrapper.unmount()
  })
})
