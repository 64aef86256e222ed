/**
 * Money arithmetic: present value and rounding. Amounts are whole currency units held as numbers;
 * fractions may arise from shares and discounting and are removed once, at output.
 */

/** Rounds half away from zero to whole currency units (−2.5 → −3, 2.5 → 3). */
export function roundMoney(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value))
  return rounded === 0 ? 0 : rounded // no −0 in output
}

/**
 * Present value of a yearly series: year t from the start (t = 0 for the first year) is discounted
 * by (1 + rate)^t, so the first year is not discounted. This equals a spreadsheet's
 * `first + NPV(rate; second…last)`.
 */
export function presentValue(amountsByYear: readonly number[], rate: number): number {
  return amountsByYear.reduce((sum, amount, t) => sum + amount / (1 + rate) ** t, 0)
}
