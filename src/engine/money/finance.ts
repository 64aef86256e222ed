/**
 * Money arithmetic: rounding, escalation and present value. Amounts are whole currency units held as
 * numbers; each line is rounded where it is computed (docs/decisions/0007-whole-seats-and-rounded-lines.md).
 *
 * Escalation and discounting are the same factor: (1 + rate)^t for year t from the start. A price
 * grows by it, a future amount is divided by it. Every part of the engine (compute, the compiled plan
 * of the simulation, the tornado, the break-even) goes through `growth` and `discount`, so a present
 * value is the same figure to the last bit wherever it is taken.
 */

/**
 * How far below a half (in currency units) an amount may fall and still be taken as the half: half a
 * millionth. Amounts are products of decimal inputs (prices with öre, shares, rates such as 2.5 %), so
 * an amount that is exactly x.5 in decimal arithmetic can come out of binary floating point a few units
 * in the 16th digit below it (900 000 × 1.025² is 945 562.4999999999, not 945 562.5). Those errors are
 * about 1e-10 at a million kronor, far inside the tolerance; an amount truly within half a millionth of a
 * half, and not on it, needs inputs with more than six decimals and is off by one krona at most.
 * The workbook rounds the same way: ROUND(ROUND(x;6);0) (src/io/xlsx.ts).
 */
export const HALF_TOLERANCE = 5e-7

/**
 * Rounds half away from zero to whole currency units (−2.5 → −3, 2.5 → 3), as in decimal arithmetic:
 * a fraction within HALF_TOLERANCE below a half counts as the half (decision 0016).
 */
export function roundMoney(value: number): number {
  const magnitude = Math.abs(value)
  const whole = Math.floor(magnitude)
  // magnitude − whole is exact in binary floating point (both lie in the same binade or below 1).
  const rounded = magnitude - whole >= 0.5 - HALF_TOLERANCE ? whole + 1 : whole
  return value < 0 && rounded !== 0 ? -rounded : rounded // no −0 in output
}

/**
 * (1 + rate)^t: how much a start-year amount has grown by year t (t = 0 for the start year) at a yearly
 * rate, compounded year by year as a spreadsheet that escalates each year from the one before:
 * growth(r, 0) = 1, growth(r, t) = growth(r, t − 1) × (1 + r). Multiplying rather than calling `**`
 * (a power function) keeps the simulation's many draws cheap, and the compiled plan forms the very
 * same products; the two differ from `**` by a few units in the 16th digit, far below a krona.
 */
export function growth(rate: number, t: number): number {
  let factor = 1
  for (let i = 0; i < t; i++) factor *= 1 + rate
  return factor
}

/** Year t's amount in start-year money: amount / (1 + rate)^t, so the first year (t = 0) is not discounted. */
export function discount(amount: number, rate: number, t: number): number {
  return amount / growth(rate, t)
}

/**
 * The one discounting sum: year t's amount (t = 0 for the first year) divided by (1 + rate)^t, added in
 * year order; `each(t, sum)` is told the running sum after each year. Every present value below is this
 * sum, so the figures, the simulation's bands and the break-even agree to the last bit.
 */
function discountedSum(years: number, amountAt: (t: number) => number, rate: number, each?: (t: number, sum: number) => void): number {
  let sum = 0
  for (let t = 0; t < years; t++) {
    sum += discount(amountAt(t), rate, t)
    each?.(t, sum)
  }
  return sum
}

/**
 * Present value of a yearly series: year t from the start (t = 0 for the first year) is discounted
 * by (1 + rate)^t, so the first year is not discounted. This equals a spreadsheet's
 * `first + NPV(rate; second…last)`.
 */
export function presentValue(amountsByYear: ArrayLike<number>, rate: number): number {
  return discountedSum(amountsByYear.length, (t) => amountsByYear[t] ?? 0, rate)
}

/**
 * Present values of many yearly series at once, for the simulation: `into[d]` (for d from `from`, `count`
 * of them) becomes the present value of the series `yearly[0][d], yearly[1][d], …`.
 */
export function presentValues(yearly: readonly ArrayLike<number>[], rate: number, into: Float64Array, from: number, count: number): void {
  for (let d = from; d < from + count; d++) into[d] = discountedSum(yearly.length, (t) => (yearly[t] as ArrayLike<number>)[d] as number, rate)
}

/** The running present value: element t is the present value of years 0…t (unrounded). */
export function cumulativePresentValue(amountsByYear: ArrayLike<number>, rate: number): number[] {
  const running: number[] = []
  discountedSum(amountsByYear.length, (t) => amountsByYear[t] ?? 0, rate, (_, sum) => running.push(sum))
  return running
}
