// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import ResultScenarioCard from '~/components/result/ResultScenarioCard.vue'
import { shippedFeatures } from '~/composables/useAnalysis'
import { formatMoney, formatPercent } from '~/composables/useFormat'
import { compute, coverageOf, exposureOf } from '~/engine'
import type { Case } from '~/engine'
import { loadPreset, shippedCatalogue as catalogue } from '~/stores/case'
import { buildCase, parsed, product, scenario } from '../fixtures/builders'
import { mountWith } from '../fixtures/mount'

const text = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

function cardFor(model: Case, id: string) {
  const result = compute({ model, catalogue })
  const i = model.scenarios.findIndex((s) => s.id === id)
  return mountWith(ResultScenarioCard, {
    props: {
      scenario: result.scenarios[i]!,
      coverage: coverageOf({ model, catalogue, features: shippedFeatures, costs: result.scenarios })[i],
      exposure: exposureOf({ model, catalogue })[i],
      years: result.years,
      formatMoney: (v: number) => formatMoney(v, 'sv', 'SEK'),
      formatPercent: (v: number) => formatPercent(v, 'sv'),
    },
  })
}
/** What the card says for one fact (its dd). */
const fact = (wrapper: ReturnType<typeof cardFor>, name: string) => text(wrapper.get(`[data-fact="${name}"] dd`).text())

describe('ResultScenarioCard', () => {
  it('shows M365’s cost, its four must-haves met and class 1 under the policy', () => {
    const card = cardFor(loadPreset(), 'm365')
    expect(text(card.get('[data-fact="cost"] dt').text())).toBe('Totalt 2023–2027')
    expect(fact(card, 'cost')).toBe('88 055 000 kr')
    expect(fact(card, 'must')).toContain('4 av 4 uppfyllda')
    expect(fact(card, 'class')).toContain('1 intern')
    expect(fact(card, 'class')).toContain('under tredjelandslag: Microsoft 365 E3, Microsoft 365 F3, Microsoft 365 A3')
  })

  it('names Nextcloud’s missing must-have loudly and gives it class 3, at most 1 in the Microsoft licences kept beside it', () => {
    const card = cardFor(loadPreset(), 'nextcloud')
    expect(fact(card, 'must')).toContain('saknas: Stormöten och större informationsmöten')
    expect(card.get('[data-fact="must"]').classes()).toContain('result-card__fact--gap')
    expect(fact(card, 'class')).toBe('3 mycket känslig under tredjelandslag: Microsoft 365 E3, Microsoft 365 F3, Microsoft 365 A3 (där högst 1 intern)')
  })

  it('follows a hosting switch: Jitsi in 8x8’s cloud puts it under third-country law in the hybrid', () => {
    const model = loadPreset()
    const line = model.scenarios.find((s) => s.id === 'eu-hybrid')?.licences.find((l) => l.productId === 'jitsi-meet')
    if (line) line.hosting = 'us-cloud'
    const card = cardFor(model, 'eu-hybrid')
    expect(fact(card, 'class')).toContain('Jitsi Meet')
    expect(fact(card, 'class')).toContain('(där högst 1 intern)')
  })

  it('says the incomplete hybrid’s cost is a lower bound', () => {
    expect(fact(cardFor(loadPreset(), 'eu-hybrid'), 'cost')).toMatch(/^minst [\d ]+ kr$/)
  })

  it('shows the exit cost paid in the legal-change year, for a scenario relying on third-country services', () => {
    const model = loadPreset()
    model.settings.legalChangeYear = 2026
    const m365 = model.scenarios.find((s) => s.id === 'm365')
    if (m365) m365.exitPlan = { amount: 5_000_000 }
    expect(fact(cardFor(model, 'm365'), 'legal-exit')).toBe('Vid lagändringen 2026 betalas utträdet: 5 000 000 kr.')
    // Microsoft kept on own servers relies on no third-country service.
    expect(cardFor(model, 'on-prem').find('[data-fact="legal-exit"]').exists()).toBe(false)
  })

  it('says a path relying on a vendor whose jurisdiction the sources do not give has third-country exposure not known, not none', () => {
    const model = parsed(
      buildCase({
        organisation: { informationClasses: [{ level: 0, name: 'öppen' }, { level: 1, name: 'intern' }], thirdCountryMaxClass: 0 },
        products: [{ ...product('silent', 100), hosting: ['us-cloud'] }],
        scenarios: [scenario({ id: 'silent', licences: [{ productId: 'silent', groups: ['staff'] }] })],
      }),
    )
    const result = compute({ model, catalogue: [] })
    const card = mountWith(ResultScenarioCard, {
      props: {
        scenario: result.scenarios[0]!,
        exposure: exposureOf({ model, catalogue: [] })[0],
        years: result.years,
        formatMoney: (v: number) => formatMoney(v, 'sv', 'SEK'),
        formatPercent: (v: number) => formatPercent(v, 'sv'),
      },
    })
    expect(fact(card, 'class')).toMatch(/^okänt Tredjelandsexponering okänd: .*silent\.$/)
    expect(fact(card, 'class')).not.toContain('ingen tjänst')
  })
})
