/** Rounding and present value (ARCHITECTURE, "Year semantics"; src/engine/finance.ts). */
import { describe, expect, it } from 'vitest'
import { presentValue, roundMoney } from '~/engine'

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
