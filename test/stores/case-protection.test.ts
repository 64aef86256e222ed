/** The case store's actions for needs, information classes, hosting, risks and exit plans (issue 4). */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useCaseStore } from '~/stores/case'

describe('useCaseStore: needs and protection', () => {
  let store: ReturnType<typeof useCaseStore>
  beforeEach(() => {
    setActivePinia(createPinia())
    store = useCaseStore()
    store.setClock(() => 0)
  })
  const scenario = (id: string) => store.model.scenarios.find((s) => s.id === id)

  it('sets a need as the organisation’s own (dropping its source) and restores the shipped one', () => {
    expect(store.model.organisation.needs?.['large-meetings']?.source?.locator).toBe('Syfte')
    store.setNeed('large-meetings', 'could')
    expect(store.model.organisation.needs?.['large-meetings']).toEqual({ level: 'could' })
    store.restoreNeed('large-meetings')
    expect(store.model.organisation.needs?.['large-meetings']).toMatchObject({ level: 'must', source: { locator: 'Syfte' } })
    store.setNeed('recording', 'should')
    store.restoreNeed('recording') // the shipped case does not name it
    expect(store.model.organisation.needs?.recording).toBeUndefined()
  })

  it('changes and restores the third-country policy, and undo brings the source back', () => {
    store.setThirdCountryMaxClass(undefined)
    expect(store.model.organisation.thirdCountryMaxClass).toBeUndefined()
    expect(store.model.organisation.thirdCountryPolicySource).toBeUndefined()
    store.undo()
    expect(store.model.organisation.thirdCountryMaxClass).toBe(1)
    expect(store.model.organisation.thirdCountryPolicySource).toBeDefined()
    store.setThirdCountryMaxClass(2)
    store.restoreThirdCountryPolicy()
    expect(store.model.organisation.thirdCountryMaxClass).toBe(1)
    expect(store.model.organisation.thirdCountryPolicySource?.source).toBe('eskilstuna-ks-2022')
  })

  it('renames a class as the organisation’s own', () => {
    store.setInformationClassName(2, { sv: 'skyddsvärd', en: 'protected' })
    const c = store.model.organisation.informationClasses?.find((x) => x.level === 2)
    expect(c).toEqual({ level: 2, name: { sv: 'skyddsvärd', en: 'protected' } })
  })

  it('sets and clears a line’s hosting', () => {
    const jitsi = () => scenario('eu-hybrid')?.licences.findIndex((l) => l.productId === 'jitsi-meet') ?? -1
    store.setLineHosting('eu-hybrid', jitsi(), 'us-cloud')
    expect(scenario('eu-hybrid')?.licences[jitsi()]?.hosting).toBe('us-cloud')
    store.setLineHosting('eu-hybrid', jitsi(), undefined)
    expect(scenario('eu-hybrid')?.licences[jitsi()]).not.toHaveProperty('hosting')
  })

  it('adds a risk with the next free id, changes it and removes it', () => {
    expect(store.addRisk('m365', 'Ny risk')).toBe('R10')
    expect(store.addRisk('webex', 'Ny risk')).toBe('R1')
    store.setRisk('m365', 'R1', { likelihood: 4 })
    expect(scenario('m365')?.risks?.find((r) => r.id === 'R1')?.likelihood).toBe(4)
    store.removeRisk('webex', 'R1')
    expect(scenario('webex')).not.toHaveProperty('risks')
  })

  it('sets and removes an exit plan', () => {
    store.setExitPlan('m365', 3_000_000)
    expect(scenario('m365')?.exitPlan).toEqual({ amount: 3_000_000 })
    store.setExitPlan('m365', undefined)
    expect(scenario('m365')).not.toHaveProperty('exitPlan')
  })
})
