/**
 * The forgotten-cost check for paths on own servers (Göteborg 2023, "Bakgrund": the vendor phases out
 * the on-prem function; without device management from the cloud the upgraded Windows clients would
 * have stopped working): device management from the cloud may be needed anyway.
 */
import { describe, expect, it } from 'vitest'
import type { CheckStatus, Product, ScenarioResult } from '~/engine'
import { buildCase, loadCatalogue, product, run, runPreset, scenario, scenarioOf } from '../fixtures/cases'

const ID = 'cloud-device-management' as const
const statusOf = (s: ScenarioResult): CheckStatus | undefined => s.checks.find((c) => c.id === ID)?.status

/** A product run on own servers, and one that brings device management from a cloud. */
const local: Product = { ...product('local', 100), hosting: ['own-servers'] }
const managed: Product = {
  ...product('managed', 50),
  hosting: ['eu-provider', 'own-servers'],
  features: { 'device-management': { level: 'full' } },
  featuresByHosting: { 'own-servers': { 'device-management': { level: 'partial' } } },
}
const withLicences = (licences: NonNullable<Parameters<typeof scenario>[0]>['licences'], extra: Parameters<typeof scenario>[0] = {}) =>
  scenarioOf(run(buildCase({ products: [local, managed], scenarios: [scenario({ licences, ...extra })] })), 'test')

describe('device management from the cloud on a path with own servers', () => {
  it('flags a path that runs a product on its own servers', () => {
    expect(statusOf(withLicences([{ productId: 'local', groups: ['staff'] }]))).toBe('flagged')
  })

  it('is met by a licence that brings device management from a cloud, but not by the same product on own servers', () => {
    expect(statusOf(withLicences([{ productId: 'local', groups: ['staff'] }, { productId: 'managed', groups: ['staff'] }]))).toBe('met')
    expect(statusOf(withLicences([{ productId: 'local', groups: ['staff'] }, { productId: 'managed', groups: ['staff'], hosting: 'own-servers' }]))).toBe('flagged')
    // A licence used for other things only does not bring it.
    expect(statusOf(withLicences([{ productId: 'local', groups: ['staff'] }, { productId: 'managed', groups: ['staff'], usedFor: ['office-documents'] }]))).toBe('flagged')
  })

  it('leaves a path with nothing on own servers alone', () => {
    expect(statusOf(withLicences([{ productId: 'managed', groups: ['staff'] }]))).toBe('met')
    // A licence on own servers that is never paid within the horizon does not count.
    expect(statusOf(withLicences([{ productId: 'local', groups: ['staff'], from: 2030 }]))).toBe('met')
  })

  it('is answered by a line that covers it, or by a reason to count it as zero', () => {
    const cost = { label: 'Intune', category: 'licences' as const, kind: 'recurring' as const, amount: 80, perUserOf: [], covers: ID }
    expect(statusOf(withLicences([{ productId: 'local', groups: ['staff'] }], { costs: [cost] }))).toBe('answered')
    expect(statusOf(withLicences([{ productId: 'local', groups: ['staff'] }], { checks: { [ID]: { reason: 'Ingår i driftavtalet' } } }))).toBe('zero')
  })

  it('flags the shipped on-prem path only: the others keep Microsoft’s licences in the cloud, which bring device management', () => {
    const result = runPreset()
    expect(result.scenarios.map((s) => [s.id, statusOf(s)])).toEqual([
      ['m365', 'met'],
      ['nextcloud', 'met'],
      ['webex', 'met'],
      ['eu-hybrid', 'met'],
      ['on-prem', 'flagged'],
    ])
    expect(loadCatalogue().find((p) => p.id === 'm365-e3')?.features?.['device-management']?.level).toBe('full')
  })
})
