/** Rounding and present value (ARCHITECTURE, "Year semantics"; src/engine/money/finance.ts). */
import { describe, expect, it } from 'vitest'
import { presentValue, roundMoney } from '~/engine'
import { cumulativePresentValue, discount, growth, HALF_TOLERANCE, presentValues } from '~/engine/money/finance'

describe('roundMoney: half away from zero, once, at output', () => {
  it.each([
    [2.5, 3],
    [-2.5, -3],
    [0.5, 1],
    [-0.5, -1],
    [1.4999, 1],
    [-1.4999, -1],
    [151.5, 152],
    [1234.5, 1235],
    [-1234.5, -1235],
    [15_595_000, 15_595_000],
    [0, 0],
    [-0, 0],
    [-0.4, 0],
  ])('%d → %d', (value, expected) => {
    expect(Object.is(roundMoney(value), expected)).toBe(true) // Object.is: no −0 in output
  })

  // Amounts that are a half in decimal arithmetic, whatever binary floating point makes of them. Each
  // expected value is worked by hand in decimals; the product is formed as the engine forms it.
  it.each([
    // 900 000 × 1.025 × 1.025 = 900 000 × 1.050625 = 945 562.5 (float: 945 562.4999999999…)
    ['900 000 × 1.025², a saving escalated twice', -900_000 * growth(0.025, 2), -945_563],
    ['900 000 × 1.025²', 900_000 * growth(0.025, 2), 945_563],
    // 33.30 × 15 = 499.50 (float: 499.49999999999994)
    ['33.30 kr × 15 users', 33.3 * 15, 500],
    // 1.15 × 50 = 57.50 (float: 57.49999999999999)
    ['−1.15 kr × 50', -1.15 * 50, -58],
    // 2.05 × 50 = 102.50
    ['2.05 kr × 50', 2.05 * 50, 103],
  ])('%s → %d', (_, value, expected) => {
    expect(roundMoney(value)).toBe(expected)
  })

  it('takes a fraction within half a millionth below a half as the half, and one further below as below', () => {
    expect(HALF_TOLERANCE).toBe(5e-7)
    expect(roundMoney(2.4999996)).toBe(3) // 0.4 millionths below: the half
    expect(roundMoney(2.4999994)).toBe(2) // 0.6 millionths below: below the half
    expect(roundMoney(-2.4999996)).toBe(-3)
    expect(roundMoney(-2.4999994)).toBe(-2)
    expect(roundMoney(2.5000001)).toBe(3)
    expect(roundMoney(1_000_000.4999999)).toBe(1_000_001)
    expect(roundMoney(1_000_000.49)).toBe(1_000_000)
  })
})

describe('presentValue: year t from the start discounted by (1 + r)^t, the first year not discounted', () => {
  // Cross-check with the spreadsheet convention the interface promises: first + NPV(rate; second…last).
  //   NPV(3 %; 100 000; 100 000) = 100 000/1.03 + 100 000/1.03² = 97 087.38 + 94 259.59 = 191 346.97
  //   so 100 000 + NPV = 291 346.97; at 5 %: 100 000 + 95 238.10 + 90 702.95 = 285 941.04.
  it.each([
    [[100_000, 100_000, 100_000], 0, 300_000],
    [[100_000, 100_000, 100_000], 0.03, 291_346.97],
    [[100_000, 100_000, 100_000], 0.05, 285_941.04],
    [[120_000, 100_000, 100_000, 80_000], 0.03, 384_558.3],
    [[120_000, 100_000, 100_000, 80_000], 0.05, 375_048.05],
    [[5_000], 0.5, 5_000], // one year: nothing to discount
    [[], 0.03, 0],
  ])('%j at %d → %d', (series, rate, expected) => {
    expect(presentValue(series, rate)).toBeCloseTo(expected, 2)
  })
})

describe('one discounting: growth, discount, presentValue, presentValues and cumulativePresentValue agree to the bit', () => {
  // Guards issue 14's "one discounting function": the simulation (presentValues over columns), the
  // break-even (cumulativePresentValue) and compute (presentValue) must give the same figure, not one
  // that differs in the last bit and so rounds to another krona now and then.
  const series = [1_234_567, 2_345_678.5, -345_678, 4_567_890, 987_654, 12, 3_000_001]
  it.each([0, 0.03, 0.045, 0.5, 0.123456789])('at %d', (rate) => {
    const whole = presentValue(series, rate)
    const running = cumulativePresentValue(series, rate)
    expect(running).toHaveLength(series.length)
    expect(running.at(-1)).toBe(whole)
    expect(running[0]).toBe(series[0]) // the first year is not discounted
    const columns = series.map((v) => Float64Array.of(0, v, 0))
    const into = new Float64Array(3).fill(NaN)
    presentValues(columns, rate, into, 1, 1)
    expect(into[1]).toBe(whole)
    expect(Number.isNaN(into[0]) && Number.isNaN(into[2])).toBe(true) // only the cells asked for
  })

  it.each([
    // Worked by hand: 110 250 / 1.05² = 110 250 / 1.1025 = 100 000; 1 000 / 1.1 = 909.0909…;
    // 1 331 / 1.1³ = 1 331 / 1.331 = 1 000; the first year (t = 0) is not discounted.
    [110_250, 0.05, 2, 100_000],
    [1_000, 0.1, 1, 909.090909],
    [1_331, 0.1, 3, 1_000],
    [123_456, 0.07, 0, 123_456],
    [-50_000, 0.25, 1, -40_000],
  ])('discounts %d at %d in year %d to %d', (amount, rate, t, expected) => {
    expect(discount(amount, rate, t)).toBeCloseTo(expected, 5)
  })

  it('grows a start-year amount by (1 + r)^t and discounts by the same factor', () => {
    expect(growth(0.05, 0)).toBe(1)
    expect(growth(0.05, 2)).toBeCloseTo(1.1025, 12)
    expect(discount(1.1025, 0.05, 2)).toBeCloseTo(1, 12)
  })
})
