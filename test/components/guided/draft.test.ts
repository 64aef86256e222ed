import { describe, expect, it } from 'vitest'
import { acceptSuggestions, acceptableSteps, assessedOf, freshDraft } from '~/components/guided/draft'
import type { Suggestions } from '~/components/guided/draft'
import { loadPreset } from '~/io/shipped'

const { needs, informationClasses, thirdCountryMaxClass, thirdCountryPolicySource } = loadPreset().organisation
const sources: Suggestions = { needs, informationClasses, thirdCountryMaxClass, thirdCountryPolicySource }

describe('accepting the sources’ suggestion with the case', () => {
  it('is offered for both steps while both are skipped, and then gives the case the sources’ needs, classes and limit', () => {
    const draft = freshDraft(2026)
    expect(assessedOf(draft, sources)).toEqual({})
    expect(acceptableSteps(draft, sources)).toBe('both')
    acceptSuggestions(draft, sources)
    expect(acceptableSteps(draft, sources)).toBeUndefined()
    const assessed = assessedOf(draft, sources)
    expect(assessed.needs).toEqual(needs)
    expect(assessed.informationClasses).toEqual(informationClasses)
    expect(assessed.thirdCountryMaxClass).toBe(thirdCountryMaxClass)
  })

  it('leaves an answered step as answered and takes only the skipped one', () => {
    const draft = freshDraft(2026)
    draft.needsChoice = 'own'
    draft.needs = { video: 'could' }
    expect(acceptableSteps(draft, sources)).toBe('policy')
    acceptSuggestions(draft, sources)
    expect(draft.needsChoice).toBe('own')
    expect(assessedOf(draft, sources).needs).toEqual({ video: { level: 'could' } })
    expect(assessedOf(draft, sources).thirdCountryMaxClass).toBe(thirdCountryMaxClass)
  })

  it('is not offered where the sources suggest nothing', () => {
    expect(acceptableSteps(freshDraft(2026), {})).toBeUndefined()
    const draft = freshDraft(2026)
    acceptSuggestions(draft, {})
    expect([draft.needsChoice, draft.policyChoice]).toEqual(['skip', 'skip'])
  })
})
