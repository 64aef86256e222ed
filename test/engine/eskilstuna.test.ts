/**
 * The shipped preset reproduces the Eskilstuna documents (SOURCE-FACTS.md, seed 002):
 *   study  = "Utredning digital samarbetsplattform" (2022-11-07), sections Lösningalternativ, Kostnadsförslag,
 *            Sammanfattning and Konsekvensanalys
 *   KS     = tjänsteskrivelse KSKF/2022:432, section Finansiering
 * Every path carries Microsoft's other products, which the study says remain needed whatever the
 * collaboration platform, at the study's price for the same licences (docs/decisions/0011).
 */
import { describe, expect, it } from 'vitest'
import { byYear, runPreset, scenarioOf } from '../fixtures/cases'

const result = runPreset()
const YEARS = [2023, 2024, 2025, 2026, 2027] as const

describe('horizon and settings as shipped (CONTRACT §1: start 2023, five years, SEK, 0 %)', () => {
  it('covers 2023–2027 in SEK without discounting', () => {
    expect(result.years).toEqual([...YEARS])
    expect(result.currency).toBe('SEK')
    expect(result.discountRate).toBe(0)
    expect(result.scenarios.map((s) => s.id)).toEqual(['m365', 'nextcloud', 'webex', 'eu-hybrid', 'on-prem'])
  })
})

describe('yearly licences, flat over the years (study, Kostnadsförslag)', () => {
  // Microsoft's licences: 2 300 × 4 050 + 6 100 × 660 + 4 900 × 460 = 9 315 000 + 4 026 000 + 2 254 000 = 15 595 000.
  it.each([
    ...YEARS.map((year) => ['m365', year, 15_595_000, 'study Kostnadsförslag, MS Teams: 15 595 000'] as const),
    ...YEARS.map((year) => ['nextcloud', year, 39_535_000, 'Microsoft 15 595 000 + Nextcloud 13 300 × 1 800 = 23 940 000'] as const),
    ...YEARS.map((year) => ['webex', year, 31_555_000, 'Microsoft 15 595 000 + Webex 13 300 × 1 200 = 15 960 000'] as const),
  ])('%s %i: licences %i (%s)', (id, year, amount, _source) => {
    expect(byYear(scenarioOf(result, id), 'licences')[year]).toBe(amount)
  })

  it.each(['nextcloud', 'webex', 'eu-hybrid'])(
    '%s keeps Microsoft’s other products, at the study’s price ("Behovet av Microsofts andra produkter kommer kvarstå")',
    (id) => {
      const scenario = scenarioOf(result, id)
      expect(scenario.licences.filter((l) => l.productId.startsWith('m365-')).map((l) => [l.productId, l.users, l.pricePerUser, l.annual])).toEqual([
        ['m365-e3', 2_300, 4_050, 9_315_000],
        ['m365-f3', 6_100, 660, 4_026_000],
        ['m365-a3', 4_900, 460, 2_254_000],
      ])
    },
  )

  it('keeps the alternatives at least twice the cost of M365 a year, as the study concludes ("minst dubbelt så höga")', () => {
    // Nextcloud 39 535 000 / 15 595 000 = 2.54; Webex 31 555 000 / 15 595 000 = 2.02.
    const m365 = byYear(scenarioOf(result, 'm365'), 'licences')[2025] ?? 0
    for (const id of ['nextcloud', 'webex']) expect(byYear(scenarioOf(result, id), 'licences')[2025]).toBeGreaterThanOrEqual(2 * m365)
  })
})

describe('the switch to an alternative: implementation, transition and training costs rise, by an amount the study does not give', () => {
  // Study, Konsekvensanalys: "Även implementeringsarbetet kommer att kräva särskild kompetens vilket medför risk för
  // högre resurskostnader." Sammanfattning: "Kostnader kommer även att öka kring omställning och utbildning."
  it.each(['nextcloud', 'webex', 'eu-hybrid'])('%s: two unknown implementation amounts in 2023, so its totals are "at least"', (id) => {
    const scenario = scenarioOf(result, id)
    expect(scenario.complete).toBe(false)
    expect(scenario.missing.filter((m) => m.kind === 'amount').map((m) => m.ref)).toEqual(['cost:0', 'cost:1'])
    expect(scenario.years.map((y) => y.incomplete.includes('implementation'))).toEqual([true, false, false, false, false])
    expect(byYear(scenario, 'implementation')).toEqual({ 2023: 0, 2024: 0, 2025: 0, 2026: 0, 2027: 0 }) // known part only
  })

  it('totals the known parts: Nextcloud 5 × 39 535 000 + 7 980 000 = 205 655 000, Webex 5 × 31 555 000 + 7 980 000 = 165 755 000 (at least)', () => {
    expect(scenarioOf(result, 'nextcloud').years.map((y) => y.total)).toEqual([47_515_000, 39_535_000, 39_535_000, 39_535_000, 39_535_000])
    expect(scenarioOf(result, 'nextcloud').total).toBe(205_655_000)
    expect(scenarioOf(result, 'webex').years.map((y) => y.total)).toEqual([39_535_000, 31_555_000, 31_555_000, 31_555_000, 31_555_000])
    expect(scenarioOf(result, 'webex').total).toBe(165_755_000)
  })
})

describe('training, 2 hours × 300 kr for each of 13 300 users in the first year (study, Lösningalternativ: "oavsett produkt")', () => {
  it.each([
    ['m365', 7_980_000],
    ['nextcloud', 7_980_000],
    ['webex', 7_980_000],
  ] as const)('%s: 7 980 000 in 2023 and nothing later (600 × 13 300)', (id, amount) => {
    expect(byYear(scenarioOf(result, id), 'training')).toEqual({ 2023: amount, 2024: 0, 2025: 0, 2026: 0, 2027: 0 })
  })
})

describe('Microsoft 365 implementation and savings (KS, Finansiering)', () => {
  const m365 = scenarioOf(result, 'm365')
  it.each([
    [2023, 'implementation', 2_200_000, 'KS Finansiering: "2,2 miljoner kronor för 2023"'],
    [2024, 'implementation', 2_600_000, 'KS Finansiering: "2,6 miljoner kronor för 2024"'],
    [2025, 'implementation', 0, 'KS Finansiering: 4,8 MSEK in all, 2023–2024 only'],
    [2023, 'benefits', 0, 'KS Finansiering: savings "från 2025"'],
    [2024, 'benefits', 0, 'KS Finansiering: savings "från 2025"'],
    [2025, 'benefits', -900_000, 'KS Finansiering: "från 2025 0,9 miljoner kronor årligen"'],
    [2026, 'benefits', -900_000, 'KS Finansiering: "0,9 miljoner kronor årligen"'],
    [2027, 'benefits', -900_000, 'KS Finansiering: "0,9 miljoner kronor årligen"'],
  ] as const)('%i %s: %i (%s)', (year, category, amount, _source) => {
    expect(byYear(m365, category)[year]).toBe(amount)
  })

  it('records the other savings of 5–10 MSEK a year (KS, Finansiering) as a line that is not counted', () => {
    const other = m365.lines.find((l) => l.kind === 'benefit' && !l.isCounted)
    expect(other).toBeDefined()
    expect(other?.amounts).toEqual([0, 0, -7_500_000, -7_500_000, -7_500_000]) // the range's middle value
    // Counted savings stay at the 0.9 MSEK alone.
    expect(m365.years.map((y) => y.categories.benefits)).toEqual([0, 0, -900_000, -900_000, -900_000])
  })

  it('totals 88 055 000: 25 775 000 + 18 195 000 + 3 × 14 695 000 (licences + training + implementation − savings)', () => {
    expect(m365.years.map((y) => y.total)).toEqual([25_775_000, 18_195_000, 14_695_000, 14_695_000, 14_695_000])
    expect(m365.total).toBe(88_055_000)
    expect(m365.presentValue).toBe(88_055_000) // 0 % as shipped
    expect(m365.complete).toBe(true)
  })

  it('costs 1 324 per user and year: 88 055 000 / (13 300 users × 5 years) = 1 324.14', () => {
    expect(m365.perUserYear).toBe(1_324)
  })
})

describe('licence summary lines (study, Kostnadsförslag, MS Teams)', () => {
  const m365 = scenarioOf(result, 'm365')
  it.each([
    ['m365-e3', 2_300, 4_050, 9_315_000, '"E3 – 2300 st – 4050 kr / år"'],
    ['m365-f3', 6_100, 660, 4_026_000, '"F3 – 6100 st – 660 kr / år"'],
    ['m365-a3', 4_900, 460, 2_254_000, '"A3 – 4900 st – 460 kr / år"'],
  ] as const)('%s: %i users × %i = %i (%s)', (productId, users, price, annual, _source) => {
    expect(m365.licenceYear).toBe(2023)
    expect(m365.licences.find((l) => l.productId === productId)).toMatchObject({
      users, pricePerUser: price, annual, unit: 'user-year', isPriceOverridden: false,
    })
  })
})

describe('stated totals (study, Kostnadsförslag)', () => {
  it('warns that the study states 15 634 200 for MS Teams while its lines sum to 15 595 000 (39 200 = 4 900 × 8)', () => {
    const warnings = scenarioOf(result, 'm365').warnings
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ code: 'stated-total-mismatch', stated: 15_634_200, computed: 15_595_000 })
  })

  it.each([
    ['nextcloud', '"Totalt 23 940 000 SEK / år" = 13 300 × 1 800, Nextcloud\'s lines only'],
    ['webex', '"Totalt 15 960 000 SEK / år" = 13 300 × 1 200, Webex\'s lines only'],
  ])('%s: the stated total matches the lines it covers, so no warning (%s)', (id) => {
    expect(scenarioOf(result, id).warnings).toEqual([])
  })
})

describe('EU hybrid: prices "Uppgift saknas" for Rocket.Chat, Jitsi Meet and Screen 9 (study, Kostnadsförslag)', () => {
  const hybrid = scenarioOf(result, 'eu-hybrid')

  it('is incomplete and names each missing price, and the two unknown switching costs', () => {
    expect(hybrid.complete).toBe(false)
    expect(hybrid.missing.map((m) => [m.kind, m.ref]).sort()).toEqual([
      ['amount', 'cost:0'],
      ['amount', 'cost:1'],
      ['price', 'jitsi-meet'],
      ['price', 'rocket-chat'],
      ['price', 'screen9'],
    ])
  })

  it('still sums its known parts: Microsoft 15 595 000 + Nextcloud 23 940 000 = 39 535 000 a year, training 7 980 000', () => {
    expect(Object.values(byYear(hybrid, 'licences'))).toEqual(Array(5).fill(39_535_000))
    expect(byYear(hybrid, 'training')[2023]).toBe(7_980_000)
    expect(hybrid.total).toBe(5 * 39_535_000 + 7_980_000)
  })

  it.each(['rocket-chat', 'jitsi-meet', 'screen9'])('shows %s with an unknown price and amount, never 0', (productId) => {
    expect(hybrid.licences.find((l) => l.productId === productId)).toMatchObject({ pricePerUser: null, annual: null })
  })
})

describe('on-prem (KS, Finansiering and Konsekvenser; Stockholm PM)', () => {
  const onPrem = scenarioOf(result, 'on-prem')

  it('is incomplete: no price for Compodium Vidicue or Trusted Dialog, no figure for higher operating costs', () => {
    expect(onPrem.complete).toBe(false)
    expect(onPrem.missing.map((m) => [m.kind, m.ref]).sort()).toEqual([
      ['amount', 'cost:1'],
      ['price', 'compodium-vidicue'],
      ['price', 'trusted-dialog'],
    ])
  })

  it('adds "över 10 miljoner kronor" of licences from 2025 (KS Finansiering) to 15 595 000', () => {
    expect(byYear(onPrem, 'licences')).toEqual({
      2023: 15_595_000, 2024: 15_595_000, 2025: 25_595_000, 2026: 25_595_000, 2027: 25_595_000,
    })
  })
})

describe('the preset with a discount rate switched on', () => {
  // m365 yearly totals 25 775 000, 18 195 000, 14 695 000 × 3; year t discounted by (1 + r)^t.
  // 3 %: 25 775 000 + 18 195 000/1.03 + 14 695 000/1.0609 + 14 695 000/1.092727 + 14 695 000/1.12550881
  //      = 83 795 819.28, the same as a spreadsheet's 25 775 000 + NPV(3 %; 18 195 000; 14 695 000; …).
  // 5 %: likewise 81 216 075.99.
  it.each([
    [0.03, 83_795_819],
    [0.05, 81_216_076],
  ])('m365 at %d: present value %i, nominal total unchanged', (rate, pv) => {
    const m365 = scenarioOf(runPreset((json) => { (json.settings as { discountRate: number }).discountRate = rate }), 'm365')
    expect(m365.presentValue).toBe(pv)
    expect(m365.total).toBe(88_055_000)
  })
})
