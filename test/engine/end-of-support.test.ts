/**
 * The own-servers path as it is now (issue 23): Microsoft's products on own servers carry the dates
 * their parts leave support, and a path that runs one past that day without a successor line is
 * flagged by the forgotten-cost check `end-of-support`, which names the successor and says its price
 * is not published (unknown, never 0). A line that covers the check answers it.
 */
import { describe, expect, it } from 'vitest'
import { compute, isUnknown } from '~/engine'
import type { Case } from '~/engine'
import { loadCatalogue, loadPreset } from '../fixtures/cases'

const catalogue = loadCatalogue()
const check = (model: Case, id: string) => compute({ model, catalogue }).scenarios.find((s) => s.id === id)?.checks.find((c) => c.id === 'end-of-support')

describe('end-of-support', () => {
  it('flags the shipped path on own servers (2023–2027): Exchange and Office 2016/2019 past 2025-10-14, SharePoint past 2026-07-14', () => {
    const found = check(loadPreset(), 'on-prem')
    expect(found?.status).toBe('flagged')
    const e3 = found?.endOfSupport?.filter((f) => f.productId === 'm365-e3').map((f) => `${typeof f.entry.component === 'string' ? f.entry.component : f.entry.component.en} ${f.entry.date}`)
    expect(e3).toEqual(['Exchange Server 2016/2019 2025-10-14', 'SharePoint Server 2016/2019 2026-07-14', 'Office 2016/2019 2025-10-14'])
    expect(found?.endOfSupport?.every((f) => f.lastYear === 2027)).toBe(true)
  })

  it('offers the successor with its price unknown, not 0', () => {
    const f = check(loadPreset(), 'on-prem')?.endOfSupport?.find((x) => x.entry.date === '2026-07-14')
    expect(f?.entry.successor).toMatchObject({ en: expect.stringContaining('SharePoint Server Subscription Edition') })
    expect(f?.entry.successorSource?.source).toBe('exchange-se-techregister')
    expect(isUnknown(f!.entry.successorPrice)).toBe(true)
  })

  it('does not flag the cloud path (the same products run in the cloud)', () => {
    expect(check(loadPreset(), 'm365')?.status).toBe('met')
  })

  it('does not flag a path that stops before the day: up to 2024 nothing, up to 2025 only the parts ending 2025-10-14', () => {
    const model = loadPreset()
    model.settings.years = 2
    expect(check(model, 'on-prem')?.status).toBe('met')
    model.settings.years = 3
    const dates = new Set(check(model, 'on-prem')?.endOfSupport?.map((f) => f.entry.date))
    expect([...dates]).toEqual(['2025-10-14'])
  })

  it('is answered by a line that covers it (the successor, its price still unknown)', () => {
    const model = loadPreset()
    const onPrem = model.scenarios.find((s) => s.id === 'on-prem')!
    onPrem.costs.push({ label: 'Exchange/SharePoint Server SE', category: 'licences', kind: 'recurring', amount: { value: null, reason: 'pris på begäran' }, covers: 'end-of-support' })
    expect(check(model, 'on-prem')?.status).toBe('answered')
  })
})
