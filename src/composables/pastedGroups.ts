/**
 * User groups pasted from a spreadsheet: one group a row, a name and a count, and optionally the
 * kind of staff. Cells are separated by tabs (what a spreadsheet copies) or semicolons; counts are
 * read as the interface's language writes numbers (`1 200` in Swedish, `1,200` in English). A first
 * row whose count is not a number is a header and is skipped. Any bad row refuses the whole paste,
 * each fault with its row number, so nothing is half applied.
 */
import { LIMITS } from '~/engine'
import type { GroupKind } from '~/engine'
import type { Locale } from '~/i18n'
import { readNumber } from './useFormat'

export interface PastedGroup {
  name: string
  users: number
  kind?: GroupKind
}

export type PasteFault =
  | 'columns'
  | 'name'
  | 'nameTooLong'
  | 'count'
  | 'noCount'
  | 'notWhole'
  | 'negative'
  | 'tooLarge'
  | 'kind'

export interface PasteRowFault {
  /** The row in the pasted text, from 1 (blank rows count, as the spreadsheet numbers them). */
  row: number
  fault: PasteFault
  /** The cell at fault, as pasted. */
  cell: string
}

export type PasteResult =
  | { ok: true; groups: PastedGroup[]; hasHeader: boolean }
  | { ok: false; faults: PasteRowFault[] }
  | { ok: false; faults: []; isEmpty: true }
  | { ok: false; faults: []; tooMany: number }

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

function cellsOf(line: string): string[] | undefined {
  const separator = line.includes('\t') ? '\t' : line.includes(';') ? ';' : undefined
  if (separator === undefined) return undefined
  const cells = line.split(separator).map((c) => c.trim())
  // Spreadsheets may copy empty cells after the last column; the count's own cell stays.
  while (cells.length > 2 && cells[cells.length - 1] === '') cells.pop()
  return cells
}

type RowRead = { group: PastedGroup } | { fault: PasteFault; cell: string }

function readRow(cells: readonly string[], locale: Locale): RowRead {
  const [name = '', count = '', kindWord = '', ...extra] = cells
  if (cells.length < 2 || extra.length > 0) return { fault: 'columns', cell: cells.join(' | ') }
  if (name === '') return { fault: 'name', cell: name }
  if (name.length > LIMITS.textLength) return { fault: 'nameTooLong', cell: `${name.slice(0, 40)}…` }
  if (count === '') return { fault: 'noCount', cell: name }
  const read = readNumber(count, locale)
  if (!read.ok) return { fault: 'count', cell: count }
  if (read.value < 0) return { fault: 'negative', cell: count }
  if (!Number.isInteger(read.value)) return { fault: 'notWhole', cell: count }
  if (read.value > LIMITS.maxUsers) return { fault: 'tooLarge', cell: count }
  const group: PastedGroup = { name, users: read.value }
  if (kindWord !== '') {
    const kind = KIND_WORDS[kindWord.toLowerCase()]
    if (kind === undefined) return { fault: 'kind', cell: kindWord }
    group.kind = kind
  }
  return { group }
}

/**
 * Reads pasted rows into groups, or refuses them all with each bad row's number. `room` is how many
 * groups may still be added (the case holds at most LIMITS.maxGroups).
 */
export function readPastedGroups(text: string, locale: Locale, room: number = LIMITS.maxGroups): PasteResult {
  const lines = text.split(/\r\n|\n|\r/)
  const groups: PastedGroup[] = []
  const faults: PasteRowFault[] = []
  let hasHeader = false
  let isFirst = true
  lines.forEach((line, i) => {
    if (line.trim() === '') return
    const row = i + 1
    const cells = cellsOf(line)
    if (cells === undefined) {
      faults.push({ row, fault: 'columns', cell: line.trim() })
      isFirst = false
      return
    }
    const read = readRow(cells, locale)
    // A first row whose count is not a number is the column headings ("Grupp; Antal").
    if (isFirst && 'fault' in read && read.fault === 'count') {
      hasHeader = true
      isFirst = false
      return
    }
    isFirst = false
    if ('fault' in read) faults.push({ row, fault: read.fault, cell: read.cell })
    else groups.push(read.group)
  })
  if (faults.length > 0) return { ok: false, faults }
  if (groups.length === 0) return { ok: false, faults: [], isEmpty: true }
  if (groups.length > room) return { ok: false, faults: [], tooMany: room }
  return { ok: true, groups, hasHeader }
}
