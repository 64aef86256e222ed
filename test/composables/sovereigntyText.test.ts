/** A path's sovereignty rating in words (composables/sovereigntyText.ts): never a guessed SEAL, a range while answers are open, "under kravnivå" against a minimum. */
import { describe, expect, it } from 'vitest'
import { scorePoints, sealText, sovereigntySummaryText } from '~/composables/sovereigntyText'
import { sovereigntyOf } from '~/engine'
import { sovereigntyFileSchema } from '~/engine/assessment/sovereigntyData'
import { loadCatalogue, parsed, presetJson, readJson } from '../fixtures/cases'

const framework = sovereigntyFileSchema.parse(readJson('data/sovereignty.json'))
const catalogue = loadCatalogue()

describe('sovereignty in words', () => {
  it('says a known SEAL, "SEAL-n (högst)" while answers are open, and "inte bedömd" when nothing is answered', () => {
    expect(sealText({ seal: 2, sealAtMost: 2 }, 'sv')).toBe('SEAL-2')
    expect(sealText({ seal: null, sealAtMost: 1 }, 'sv')).toBe('SEAL-1 (högst)')
    expect(sealText({ seal: null, sealAtMost: null }, 'sv')).toBe('inte bedömd')
    expect(sealText({ seal: null, sealAtMost: 1 }, 'en')).toBe('at most SEAL-1')
  })

  it('gives the score as points of 100, one number when known and a range while open', () => {
    expect(scorePoints({ low: 0.5, high: 0.5 }, 'sv')).toBe('50')
    expect(scorePoints({ low: 0, high: 0.940049 }, 'sv')).toBe('0–94')
    expect(scorePoints({ low: 0.1234, high: 0.9325 }, 'en')).toBe('12.3–93.3')
  })

  it('marks the shipped Microsoft 365 path "under kravnivå" for SOV-2 when the case asks SEAL-2 there, and the on-prem path never', () => {
    const model = parsed(presetJson(), catalogue)
    model.sovereignty = { minimumSeal: { 'SOV-2': 2 } }
    const rated = new Map(sovereigntyOf({ model, catalogue, framework }).map((r) => [r.scenarioId, r]))
    const name = (code: string) => `${code} ${framework.objectives.find((o) => o.code === code)?.name.sv ?? ''}`
    const m365 = sovereigntySummaryText(rated.get('m365')!, 'sv', name)
    expect(m365).toEqual({ fact: 'Suveränitet SEAL-1 (högst), poäng 0–94 av 100', short: 'SEAL-1 (högst), 0–94 av 100', below: 'under kravnivå för SOV-2 Rättslig och jurisdiktionell suveränitet' })
    const onPrem = sovereigntySummaryText(rated.get('on-prem')!, 'sv', name)
    expect(onPrem).toEqual({ fact: 'Suveränitet inte bedömd', short: 'inte bedömd', below: undefined })
  })
})
