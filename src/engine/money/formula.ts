/**
 * The money rules (rules.ts) as spreadsheet formulas, for the workbook (io/xlsx.ts). Apart from rules.ts
 * so that the first screen, which evaluates the rules, does not carry the workbook's reader of them.
 */
import type { Expr } from './rules'

const isConst = (x: Expr, value: number) => x.op === 'const' && x.value === value

/**
 * The inputs an expression reads, in order, each once, and the cells of the parts `cellOf` gives a cell
 * (a licence's seats row): what the workbook checks with ISNUMBER before it computes.
 */
export function inputsOf(x: Expr, cellOf: (x: Expr) => string | undefined = () => undefined): { inputs: Extract<Expr, { op: 'input' }>[]; cells: string[] } {
  const found = new Map<string, Extract<Expr, { op: 'input' }>>()
  const cells: string[] = []
  const walk = (e: Expr) => {
    const cell = cellOf(e)
    if (cell !== undefined) cells.push(cell)
    else if (e.op === 'input') found.set(e.key, e)
    else if (e.op === 'add' || e.op === 'mul') (walk(e.a), walk(e.b))
    else if (e.op === 'gain') (walk(e.sum), walk(e.now), walk(e.before))
    else if (e.op === 'seats' || e.op === 'round') walk(e.x)
    else if (e.op === 'grow') walk(e.rate)
  }
  walk(x)
  return { inputs: [...found.values()], cells }
}

/** A number as a formula literal (a negative one in brackets, so `a*-1` reads as `a*(-1)`). */
function literal(value: number): string {
  const text = String(value).toUpperCase()
  return value < 0 ? `(${text})` : text
}

/**
 * An expression as a spreadsheet formula: `ref(key)` names the cell of an input (or undefined: its value
 * is written as a number), `cellOf(node)` the cell of a part that has its own (a licence's seats row).
 * Rounding is ROUND(ROUND(x;6);0), the engine's half-away-from-zero with its tolerance (finance.ts).
 */
export function toFormula(x: Expr, ref: (key: string) => string | undefined, cellOf: (x: Expr) => string | undefined = () => undefined): string {
  const f = (e: Expr): string => {
    const cell = cellOf(e)
    if (cell !== undefined) return cell
    switch (e.op) {
      case 'input':
        return ref(e.key) ?? literal(e.value ?? 0)
      case 'const':
        return literal(e.value)
      case 'add':
        return `(${f(e.a)}+${f(e.b)})`
      case 'mul':
        // a × (b × c) keeps its brackets: the spreadsheet multiplies in the engine's order.
        return `${f(e.a)}*${e.b.op === 'mul' && cellOf(e.b) === undefined ? `(${f(e.b)})` : f(e.b)}`
      case 'gain': {
        const gained = `MAX(0,${f(e.now)}-${f(e.before)})`
        return isConst(e.sum, 0) ? gained : `(${f(e.sum)}+${gained})`
      }
      case 'seats':
        return `MAX(0,ROUNDUP(${f(e.x)}-1E-9,0))`
      case 'grow':
        return `(1+${f(e.rate)})^${e.t}`
      case 'round':
        return `ROUND(ROUND(${f(e.x)},6),0)`
    }
  }
  return f(x)
}
