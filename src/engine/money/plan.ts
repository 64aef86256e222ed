/**
 * A case compiled once into a flat plan, evaluated for many sets of input values at a time: the
 * simulation's draws, the tornado's moves and the finance screen's live bands.
 *
 * Compiling takes the money rules of rules.ts (each line-year an expression over named inputs, the
 * very expressions costs.ts evaluates) and records their operations instead of numbers: which inputs
 * multiply (prices, user counts, hours, rates), with which constants (shares, phase-in, turnover), the
 * escalation factor (1 + r)^t, the ceiling to whole seats and the rounding of the line to whole
 * currency units. Operations on
 * constants only are done at once (with the same functions), the same operation on the same operands
 * is recorded once, and a line-year whose amount is unknown is left out (it counts 0 in the
 * simulation, as it does in `compute`'s known parts).
 *
 * Evaluating runs the operations over batches of draws held in typed arrays, one array per quantity
 * (structure of arrays): no object is made per draw. Each operation applies the same scalar function
 * as rules.ts `evaluate` (`growth`, `wholeSeats`, `roundMoney`) to its operands in the same order, so a draw
 * gives the very figures `compute` gives for the same input values (test/engine/plan.test.ts).
 * docs/decisions/0013-compiled-plan-and-first-screen.md explains the design.
 */
import { horizonYears, productIndex } from './compute'
import { scenarioRules, wholeSeats } from './rules'
import type { Expr } from './rules'
import { growth, roundMoney } from './finance'
import { asRange, inputSlots } from '../uncertainty/inputs'
import type { InputSlot, InputValue } from '../uncertainty/inputs'
import { cloneJson } from '../model/json'
import type { Case, Product, Range } from '../model/model'

/** Draws evaluated together: the plan's working arrays stay small enough for the processor's cache. */
export const BATCH = 256

/** An operand at compile time: a constant, or a register (a Float64Array of BATCH values, one per draw). */
type Operand = { reg: -1; value: number } | { reg: number; value: number }
/** A figure that is not known (an unknown input): the line-year it feeds is left out. */
type Maybe = Operand | null

const OP_ADD = 0
const OP_MUL = 1
/** out = a + max(0, b − c): a group's growth added to the growth so far. */
const OP_GAIN = 2
const OP_SEATS = 3
const OP_ROUND = 4
/** An operation in the program: its code, its output register and up to three operand registers. */
const OP_WIDTH = 5

export interface CasePlan {
  years: number[]
  /** The case's scenarios, in order. */
  scenarioIds: string[]
  /** Every input of the case (inputSlots order), read from a private copy: the plan never writes them. */
  slots: InputSlot[]
  /** Each slot's value as low / likely / high (a plain number is a range of zero width), or null when unknown. */
  ranges: (Range | null)[]
  /** The slots the plan takes per draw, as indexes into `slots`; every other input is a constant. */
  variables: number[]
  /** Operations run per batch (for the benchmarks and the decision record). */
  operationCount: number
  /**
   * Each scenario's yearly totals (known parts, whole currency units) for `count` sets of input values:
   * `inputs[v][d]` is the value of `slots[variables[v]]` in set d. Writes `out[s][t][offset + d]`.
   */
  evaluate(inputs: readonly ArrayLike<number>[], count: number, out: readonly (readonly Float64Array[])[], offset?: number): void
}

/**
 * Compiles a case. `isVariable(slot, i)` chooses the inputs that change from draw to draw (the
 * simulation's ranged inputs, the tornado's every input); every other input is taken at its likely
 * value. Unknown inputs are never variable.
 */
export function compilePlan(model: Case, catalogue: readonly Product[], isVariable: (slot: InputSlot, index: number) => boolean): CasePlan {
  const work = cloneJson(model)
  const workCatalogue = cloneJson(catalogue) as Product[]
  const years = horizonYears(work)
  const slots = inputSlots(work, workCatalogue)
  const ranges = slots.map((slot) => asRange(slot.holder[slot.field] as InputValue))
  const variables = slots.flatMap((slot, i) => (ranges[i] !== null && isVariable(slot, i) ? [i] : []))

  // Registers: the variable inputs first, then constants and intermediate figures as they are made.
  let registerCount = variables.length
  const constantRegisters = new Map<number, number>()
  const constantValues: { reg: number; value: number }[] = []
  const ops: number[] = []
  const made = new Map<string, Operand>()
  const variableRegister = new Map(variables.map((slotIndex, v) => [slotIndex, v]))

  const constant = (value: number): Operand => ({ reg: -1, value })
  const isConstant = (x: Operand, value?: number) => x.reg === -1 && (value === undefined || x.value === value)
  /** A register holding a constant, for operations that mix constants with variable figures. */
  function registerOf(x: Operand): number {
    if (x.reg !== -1) return x.reg
    let reg = constantRegisters.get(x.value)
    if (reg === undefined) {
      reg = registerCount++
      constantRegisters.set(x.value, reg)
      constantValues.push({ reg, value: x.value })
    }
    return reg
  }
  const keyOf = (x: Operand) => (x.reg === -1 ? `c${x.value}` : `r${x.reg}`)
  function record(op: number, operands: Operand[]): Operand {
    // a + b and a × b are exactly b + a and b × a in floating point, so either order is the same figure.
    const keys = operands.map(keyOf)
    const key = `${op}:${(op === OP_ADD || op === OP_MUL ? keys.sort() : keys).join(':')}`
    const known = made.get(key)
    if (known) return known
    const out = { reg: registerCount++, value: NaN }
    const regs = operands.map(registerOf)
    ops.push(op, out.reg, regs[0] ?? -1, regs[1] ?? -1, regs[2] ?? -1)
    made.set(key, out)
    return out
  }

  // The operations, folded on constants (with the very functions the kernels use) and recorded once.
  function add(a: Operand, b: Operand): Operand {
    if (isConstant(a) && isConstant(b)) return constant(a.value + b.value)
    // 0 + x is x (a −0 never reaches an output: every line is rounded, and roundMoney gives 0 for it).
    if (isConstant(a, 0)) return b
    if (isConstant(b, 0)) return a
    return record(OP_ADD, [a, b])
  }
  function mul(a: Operand, b: Operand): Operand {
    if (isConstant(a) && isConstant(b)) return constant(a.value * b.value)
    if (isConstant(a, 1)) return b
    if (isConstant(b, 1)) return a
    // Inputs are finite, so 0 × x is ±0, and every figure made from it rounds to 0.
    if (isConstant(a, 0) || isConstant(b, 0)) return constant(0)
    return record(OP_MUL, [a, b])
  }
  function gain(sum: Operand, now: Operand, before: Operand): Operand {
    if (isConstant(sum) && isConstant(now) && isConstant(before)) return constant(sum.value + Math.max(0, now.value - before.value))
    return record(OP_GAIN, [sum, now, before])
  }
  function seats(users: Operand): Operand {
    return isConstant(users) ? constant(wholeSeats(users.value)) : record(OP_SEATS, [users])
  }
  /** finance.ts growth: the same products, year on year, so each factor is the same number. */
  function grow(rate: Operand, t: number): Operand {
    if (t === 0) return constant(1)
    if (isConstant(rate)) return constant(growth(rate.value, t))
    return mul(grow(rate, t - 1), add(constant(1), rate))
  }
  function round(x: Operand): Operand {
    return isConstant(x) ? constant(roundMoney(x.value)) : record(OP_ROUND, [x])
  }

  /** An input by its key: a variable input's register, else its likely value as a constant, or null when unknown. */
  const slotByKey = new Map(slots.map((slot, i) => [slot.key, i]))
  function inputOf(key: string, value: number | null): Maybe {
    const slotIndex = slotByKey.get(key)
    if (slotIndex === undefined) return value === null ? null : constant(value)
    const v = variableRegister.get(slotIndex)
    if (v !== undefined) return { reg: v, value: NaN }
    const range = ranges[slotIndex]
    return range ? constant(range.likely) : null
  }

  /** rules.ts's expression as operations: the same operations in the same order as `evaluate`, unknown as null. */
  function compileExpr(x: Expr): Maybe {
    switch (x.op) {
      case 'input':
        return inputOf(x.key, x.value)
      case 'const':
        return constant(x.value)
      case 'add':
      case 'mul': {
        const a = compileExpr(x.a)
        const b = compileExpr(x.b)
        if (a === null || b === null) return null
        return x.op === 'add' ? add(a, b) : mul(a, b)
      }
      case 'gain': {
        const [sum, now, before] = [compileExpr(x.sum), compileExpr(x.now), compileExpr(x.before)]
        return sum === null || now === null || before === null ? null : gain(sum, now, before)
      }
      case 'seats': {
        const v = compileExpr(x.x)
        return v === null ? null : seats(v)
      }
      case 'grow': {
        const rate = compileExpr(x.rate)
        return rate === null ? null : grow(rate, x.t)
      }
      case 'round': {
        const v = compileExpr(x.x)
        return v === null ? null : round(v)
      }
    }
  }

  // Per scenario and year: the rounded line amounts to add. A line-year whose idle test is 0 for every
  // draw counts 0; one whose test varies counts its amount, which is 0 whenever the test is (rules.ts).
  const products = productIndex(work, workCatalogue)
  const terms: Operand[][][] = work.scenarios.map((scenario) => {
    const byYear: Operand[][] = years.map(() => [])
    for (const line of scenarioRules({ model: work, products, years }, scenario)) {
      if (!line.isCounted) continue
      line.years.forEach((rule, t) => {
        if (rule === null) return
        const tests = (rule.idleIf ?? []).map(compileExpr)
        if (tests.length > 0 && tests.every((x) => x !== null && isConstant(x, 0))) return
        const amount = compileExpr(rule.amount)
        if (amount !== null) byYear[t]?.push(amount)
      })
    }
    return byYear
  })

  // Per scenario and year: a constant part, and the registers added to it in every draw.
  const constants = terms.map((byYear) => byYear.map((list) => list.filter((x) => isConstant(x)).reduce((sum, x) => sum + x.value, 0)))
  const addends = terms.map((byYear) => byYear.map((list) => Int32Array.from(list.filter((x) => !isConstant(x)).map((x) => x.reg))))

  const program = Int32Array.from(ops)
  // One block of memory for every register, each a view of BATCH values.
  const block = new Float64Array(registerCount * BATCH)
  const registers = Array.from({ length: registerCount }, (_, r) => block.subarray(r * BATCH, (r + 1) * BATCH))
  for (const { reg, value } of constantValues) (registers[reg] as Float64Array).fill(value)

  function run(n: number): void {
    for (let i = 0; i < program.length; i += OP_WIDTH) {
      const out = registers[program[i + 1] as number] as Float64Array
      const a = registers[program[i + 2] as number] as Float64Array
      switch (program[i]) {
        case OP_ADD: {
          const b = registers[program[i + 3] as number] as Float64Array
          for (let d = 0; d < n; d++) out[d] = (a[d] as number) + (b[d] as number)
          break
        }
        case OP_MUL: {
          const b = registers[program[i + 3] as number] as Float64Array
          for (let d = 0; d < n; d++) out[d] = (a[d] as number) * (b[d] as number)
          break
        }
        case OP_GAIN: {
          const b = registers[program[i + 3] as number] as Float64Array
          const c = registers[program[i + 4] as number] as Float64Array
          for (let d = 0; d < n; d++) out[d] = (a[d] as number) + Math.max(0, (b[d] as number) - (c[d] as number))
          break
        }
        case OP_SEATS:
          for (let d = 0; d < n; d++) out[d] = wholeSeats(a[d] as number)
          break
        default:
          for (let d = 0; d < n; d++) out[d] = roundMoney(a[d] as number)
      }
    }
  }

  function evaluate(inputs: readonly ArrayLike<number>[], count: number, out: readonly (readonly Float64Array[])[], offset = 0): void {
    for (let start = 0; start < count; start += BATCH) {
      const n = Math.min(BATCH, count - start)
      for (let v = 0; v < variables.length; v++) {
        const from = inputs[v] as ArrayLike<number>
        const reg = registers[v] as Float64Array
        for (let d = 0; d < n; d++) reg[d] = from[start + d] as number
      }
      run(n)
      for (let s = 0; s < addends.length; s++) {
        const byYear = addends[s] as Int32Array[]
        for (let t = 0; t < byYear.length; t++) {
          const target = (out[s] as readonly Float64Array[])[t] as Float64Array
          const base = (constants[s] as number[])[t] as number
          const list = byYear[t] as Int32Array
          const at = offset + start
          for (let d = 0; d < n; d++) target[at + d] = base
          for (let k = 0; k < list.length; k++) {
            const reg = registers[list[k] as number] as Float64Array
            for (let d = 0; d < n; d++) target[at + d] = (target[at + d] as number) + (reg[d] as number)
          }
        }
      }
    }
  }

  return {
    years,
    scenarioIds: work.scenarios.map((s) => s.id),
    slots,
    ranges,
    variables,
    operationCount: program.length / OP_WIDTH,
    evaluate,
  }
}
