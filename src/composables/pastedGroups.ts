/**
 * User groups pasted from a spreadsheet: one group a row, a name and a count, and optionally the
 * kind of staff. Cells are separated by tabs (what a spreadsheet copies) or semicolons. Each count is
 * read by the one reader of figures (readFigure) as a whole number of users, so a count that reads
 * two ways (`1,000` from a sheet in the other language) is refused with both readings until the person
 * says how the sheet writes numbers (`ambiguousAs`); a count word after it (`1 200 st`) is allowed.
 * A first row with no digit in it is the column headings. The result lists every row as read, for
 * the person to see before anything is added; any bad row holds back the whole paste.
 */
import { LIMITS } from '~/engine'
import type { GroupKind } from '~/engine'
import type { Locale } from '~/i18n'
import { readFigure } from './readFigure'
import type { FigureReading, FigureRule } from './readFigure'

export interface PastedGroup {
  name: string
  users: number
  kind?: GroupKind
}

export type PasteFault = 'columns' | 'name' | 'nameTooLong' | 'noCount' | 'figure' | 'kind'

/** One pasted row as read: its cells, the count's reading, and the group it gives or why it gives none. */
export interface PastedRow {
  /** The row in the pasted text, from 1 (blank rows count, as the spreadsheet numbers them). */
  row: number
  name: string
  /** The count's cell as pasted, without a count word after it. */
  count: string
  /** A count word after the figure (`st`, `users`), as pasted. */
  unit?: string
  /** How the count was read (absent where the row has no count to read). */
  reading?: FigureReading
  /** The kind's cell as pasted, and the kind it names (also where the count is at fault). */
  kindWord?: string
  kind?: GroupKind
  group?: PastedGroup
  fault?: PasteFault
  /** The cell at fault, as pasted. */
  cell?: string
}

export interface PasteReading {
  /** Every row that is not blank or the header, in order. */
  rows: PastedRow[]
  /** The first row, when it has no digit in it: the column headings, skipped. */
  header?: { row: number; cells: string[] }
  /** The groups to add: every row's, when no row is at fault and there is room for them all. */
  groups: PastedGroup[]
  /** Whether some count reads two ways (one comma or point before three digits) and no reading was chosen. */
  isAmbiguous: boolean
  /** Why nothing can be added although no row is at fault: nothing to add, or more groups than there is room for. */
  problem?: 'empty' | 'tooMany'
  /** How many groups there is room for. */
  room: number
}

/** What a count of users takes: a whole number from 0 to the largest organisation. */
export const COUNT_RULE: FigureRule = { min: 0, max: LIMITS.maxUsers, whole: true }

/** Words for the kinds of staff, in Swedish and English, lower case. */
const KIND_WORDS: Readonly<Record<string, GroupKind>> = {
  kontor: 'office',
  kontorspersonal: 'office',
  office: 'office',
  'office staff': 'office',
  frontlinje: 'frontline',
  frontlinjepersonal: 'frontline',
  frontline: 'frontline',
  'frontline staff': 'frontline',
  pedagogisk: 'education',
  'pedagogisk personal': 'education',
  skola: 'education',
  education: 'education',
  'education staff': 'education',
  elever: 'pupils',
  elev: 'pupils',
  pupils: 'pupils',
  students: 'pupils',
  annan: 'other',
  övrig: 'other',
  other: 'other',
}

/** A word for "people" after a count, as sheets write them: `1 200 st`, `300 users`. */
const COUNT_WORD = /^(.*\d)\s*(st\.?|stycken|pers\.?|personer|användare|anställda|users|people|persons|staff|pcs)$/i

function cellsOf(line: string): string[] | undefined {
  const separator = line.includes('\t') ? '\t' : line.includes(';') ? ';' : undefined
  if (separator === undefined) return undefined
  const cells = line.split(separator).map((c) => c.trim())
  // Spreadsheets may copy empty cells after the last column; the count's own cell stays.
  while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop()
  return cells
}

function readRow(row: number, cells: readonly string[], locale: Locale, rule: FigureRule): PastedRow {
  const [name = '', countCell = '', kindWord = '', ...extra] = cells
  const match = COUNT_WORD.exec(countCell)
  const count = match?.[1]?.trim() ?? countCell
  const kind = kindWord === '' ? undefined : KIND_WORDS[kindWord.toLowerCase()]
  const read: PastedRow = { row, name, count, ...(match?.[2] ? { unit: match[2] } : {}), ...(kindWord ? { kindWord } : {}), ...(kind ? { kind } : {}) }
  if (cells.length < 2 || extra.length > 0) return { ...read, fault: 'columns', cell: cells.join(' | ') }
  if (name === '') return { ...read, fault: 'name', cell: name }
  if (name.length > LIMITS.textLength) return { ...read, fault: 'nameTooLong', cell: `${name.slice(0, 40)}…` }
  if (count === '') return { ...read, fault: 'noCount', cell: name }
  const reading = readFigure(count, locale, rule)
  if (!reading.ok) return { ...read, reading, fault: 'figure', cell: count }
  if (kindWord !== '' && kind === undefined) return { ...read, reading, fault: 'kind', cell: kindWord }
  return { ...read, reading, group: { name, users: reading.value, ...(kind ? { kind } : {}) } }
}

/**
 * Reads pasted rows into groups, every row shown as read. `room` is how many groups may still be
 * added (the case holds at most LIMITS.maxGroups); `ambiguousAs` is how the person said the sheet
 * writes a comma or point before three digits.
 */
export function readPastedGroups(
  text: string,
  locale: Locale,
  room: number = LIMITS.maxGroups,
  ambiguousAs?: 'thousands' | 'decimal',
): PasteReading {
  const rule: FigureRule = { ...COUNT_RULE, ...(ambiguousAs ? { ambiguousAs } : {}) }
  const rows: PastedRow[] = []
  let header: PasteReading['header']
  const lines = text.split(/\r\n|\n|\r/)
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue
    const row = i + 1
    const cells = cellsOf(line)
    // The column headings ("Grupp; Antal"): a first row without a single digit.
    if (rows.length === 0 && header === undefined && !/\d/.test(line)) {
      header = { row, cells: cells ?? [line.trim()] }
      continue
    }
    rows.push(cells === undefined ? { row, name: line.trim(), count: '', fault: 'columns', cell: line.trim() } : readRow(row, cells, locale, rule))
  }
  const isAmbiguous = rows.some((r) => r.reading?.ok === false && r.reading.problem === 'ambiguous')
  const isClean = rows.every((r) => r.fault === undefined)
  const problem = !isClean ? undefined : rows.length === 0 ? 'empty' : rows.length > room ? 'tooMany' : undefined
  const groups = isClean && problem === undefined ? rows.flatMap((r) => (r.group ? [r.group] : [])) : []
  return { rows, ...(header ? { header } : {}), groups, isAmbiguous, ...(problem ? { problem } : {}), room }
}
