/**
 * The workbook's sovereignty sheet (decision 0020): each path rated by the EU Cloud Sovereignty
 * Framework, by formula, so that a finance officer can change an answer (or an answer's points, or an
 * objective's weight) and see the score and the SEAL follow.
 *
 * Four tables on one sheet, top to bottom:
 * - **Paths**: per path, the score low and high (0…1), the SEAL at most (the lowest SEAL among the
 *   answered criteria, or "inte bedömd") and at least (the lowest over all): formulas of the tables below.
 * - **Objectives**: code, name, weight (input), and the most its answers can reach (a formula).
 * - **Answers per path** (input): per path and criterion, the lowest and the highest answer the path
 *   may have. Both empty: nobody knows it (every answer stays possible). Equal: the answer is settled.
 *   Points and SEALs follow by formula from the ladder.
 * - **Ladder**: every answer of every criterion with its points (input: an authority may adapt them)
 *   and its SEAL (the lower reading where the transcriptions dispute it, as the engine counts it).
 *
 * The formulas give the engine's rating (engine/assessment/sovereignty.ts) as long as each criterion's
 * points rise along its ladder (the shipped ones do; the engine takes the least and most points of the
 * possible answers, the sheet those of the lowest and highest possible answer). Kept out of xlsx.ts so
 * the money sheets and this one change apart; xlsx.ts calls `addSovereigntySheet` when given the framework.
 */
import type { Workbook, Worksheet } from '@cj-tech-master/excelts'
import { answerSeal, frameworkCriteria, sovereigntyOf } from '../engine/assessment/sovereignty'
import type { SovereigntyRating } from '../engine/assessment/sovereignty'
import type { SovereigntyFile } from '../engine/assessment/sovereigntyData'
import type { Case, LocalText, Product } from '../engine/model/model'

type Lang = 'sv' | 'en'

const TEXT = {
  sv: {
    sheet: 'Suveränitet',
    title: 'Suveränitet enligt EU:s ramverk för molnsuveränitet',
    intro:
      'Varje väg bedömd efter sin svagaste komponent. Gula celler är indata: ändra en vägs svar (lägsta och högsta möjliga svar; tomma = okänt, lika = känt), ett svars poäng eller ett måls vikt, så följer poäng och SEAL. Poängen är ett intervall (lägst–högst) så länge något svar är okänt; SEAL ”högst” är den lägsta SEAL-nivån bland de besvarade kriterierna.',
    standing:
      'Kriteriernas ordalydelse, svar, poäng och SEAL-nivåer är tredjepartsavskrifter av kommissionens kalkylator (andrahandskällor); omstridda SEAL-nivåer räknas med den lägre läsningen.',
    paths: 'Vägarna',
    path: 'Väg',
    scoreLow: 'Poäng lägst (0–1)',
    scoreHigh: 'Poäng högst (0–1)',
    sealAtMost: 'SEAL högst',
    sealAtLeast: 'SEAL minst',
    notAssessed: 'inte bedömd',
    objectives: 'Målen',
    code: 'Mål',
    name: 'Namn',
    weight: 'Vikt',
    most: 'Högsta möjliga poäng',
    answers: 'Vägarnas svar',
    criterion: 'Kriterium',
    answerLow: 'Lägsta möjliga svar',
    answerHigh: 'Högsta möjliga svar',
    count: 'Antal svar',
    pointsLow: 'Poäng lägst',
    pointsHigh: 'Poäng högst',
    sealLow: 'SEAL lägst',
    sealHigh: 'SEAL högst',
    answered: 'Besvarat',
    sealIfAnswered: 'SEAL högst om besvarat (99: obesvarat)',
    ladder: 'Svarsstegen',
    answer: 'Svar',
    quote: 'Svarets ordalydelse (kommissionens, på engelska, enligt avskrift)',
    points: 'Poäng',
    seal: 'SEAL',
  },
  en: {
    sheet: 'Sovereignty',
    title: 'Sovereignty by the EU Cloud Sovereignty Framework',
    intro:
      'Each path rated by its weakest component. Yellow cells are inputs: change a path’s answer (the lowest and highest possible answer; empty = unknown, equal = known), an answer’s points or an objective’s weight, and the score and SEAL follow. The score is a range (low–high) while any answer is unknown; “SEAL at most” is the lowest SEAL among the answered criteria.',
    standing:
      'The criteria’s wording, answers, points and SEAL levels are third-party transcriptions of the Commission’s calculator (secondary sources); disputed SEALs count at their lower reading.',
    paths: 'The paths',
    path: 'Path',
    scoreLow: 'Score low (0–1)',
    scoreHigh: 'Score high (0–1)',
    sealAtMost: 'SEAL at most',
    sealAtLeast: 'SEAL at least',
    notAssessed: 'not assessed',
    objectives: 'The objectives',
    code: 'Objective',
    name: 'Name',
    weight: 'Weight',
    most: 'Most points possible',
    answers: 'The paths’ answers',
    criterion: 'Criterion',
    answerLow: 'Lowest possible answer',
    answerHigh: 'Highest possible answer',
    count: 'Number of answers',
    pointsLow: 'Points low',
    pointsHigh: 'Points high',
    sealLow: 'SEAL low',
    sealHigh: 'SEAL high',
    answered: 'Answered',
    sealIfAnswered: 'SEAL high if answered (99: not answered)',
    ladder: 'The answer ladders',
    answer: 'Answer',
    quote: 'The answer’s wording (the Commission’s, as transcribed)',
    points: 'Points',
    seal: 'SEAL',
  },
} as const

const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF6' } } as const

export interface SovereigntySheetInput {
  model: Case
  catalogue: readonly Product[]
  framework: SovereigntyFile
  locale: Lang
  /** Write the engine's figures as the formulas' cached results (default true). */
  cachedResults?: boolean
}

/** Where the sheet keeps things, for tests: each path's result cells and each answer cell. */
export interface SovereigntySheetLayout {
  sheet: string
  /** By scenario id: the cells of score low/high and SEAL at most/at least. */
  paths: Map<string, { scoreLow: string; scoreHigh: string; sealAtMost: string; sealAtLeast: string }>
  /** By `scenarioId criterion`: the cells of the lowest and highest possible answer. */
  answers: Map<string, { low: string; high: string }>
  /** By `criterion n`: the cell of the answer's points. */
  points: Map<string, string>
}

const text = (t: LocalText, lang: Lang) => (typeof t === 'string' ? t : t[lang])

function header(ws: Worksheet, row: number, values: readonly string[]) {
  ws.getRow(row).values = [...values]
  for (let c = 1; c <= values.length; c++) {
    const cell = ws.getRow(row).getCell(c)
    cell.font = { bold: true }
    cell.fill = HEADER_FILL
    cell.alignment = { wrapText: true, vertical: 'bottom' }
  }
}

/** Adds the sovereignty sheet to a workbook; returns where it keeps things. */
export function addSovereigntySheet(wb: Workbook, input: SovereigntySheetInput, taken: ReadonlySet<string> = new Set()): SovereigntySheetLayout {
  const w = TEXT[input.locale]
  const { framework, model } = input
  const cached = input.cachedResults ?? true
  const ratings = new Map<string, SovereigntyRating>(sovereigntyOf({ model, catalogue: input.catalogue, framework }).map((r) => [r.scenarioId, r]))
  const criteria = frameworkCriteria(framework)
  const settings = model.sovereignty ?? {}
  const pointsOf = (id: string, n: number, value: number) => settings.values?.[id]?.[String(n)] ?? value
  const weightOf = (o: (typeof framework.objectives)[number]) => ((settings.weightSet ?? '2026') === '2026' ? o.weight : o.weight2025)

  let name: string = w.sheet
  for (let i = 2; taken.has(name); i++) name = `${w.sheet} ${i}`
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const layout: SovereigntySheetLayout = { sheet: name, paths: new Map(), answers: new Map(), points: new Map() }
  const set = (cell: string, formula: string, result: number | string | undefined) => {
    ws.getCell(cell).value = cached && result !== undefined ? { formula, result } : { formula }
  }
  const input_ = (cell: string, value: number | null) => {
    const c = ws.getCell(cell)
    c.value = value
    c.fill = INPUT_FILL
    c.protection = { locked: false }
  }

  ws.getCell('A1').value = w.title
  ws.getCell('A1').font = { bold: true, size: 14 }
  ws.getCell('A2').value = w.intro
  ws.getCell('A3').value = w.standing

  // Row positions of the four tables.
  const scenarios = model.scenarios
  const pathsHeader = 5
  const objectivesTitle = pathsHeader + scenarios.length + 2
  const objectivesHeader = objectivesTitle + 1
  const answersTitle = objectivesHeader + framework.objectives.length + 2
  const answersHeader = answersTitle + 1
  const answersFirst = answersHeader + 1
  const answersLast = answersFirst + scenarios.length * criteria.length - 1
  const ladderTitle = answersLast + 2
  const ladderHeader = ladderTitle + 1
  const ladderFirst = ladderHeader + 1
  const ladderRows = criteria.reduce((n, c) => n + c.answers.length, 0)
  const ladderLast = ladderFirst + ladderRows - 1

  // Plain functions only (INDEX, MAX, MIN, SUM, IF), so every spreadsheet reads the sheet: each
  // criterion's ladder rows, each path's answer rows and each objective's rows within them are contiguous.
  void ladderLast

  // — The ladder —
  ws.getCell(`A${ladderTitle}`).value = w.ladder
  ws.getCell(`A${ladderTitle}`).font = { bold: true }
  header(ws, ladderHeader, [w.criterion, w.answer, w.quote, w.points, w.seal])
  let r = ladderFirst
  /** Each criterion's ladder rows (first and last), contiguous. */
  const ladderOf = new Map<string, { first: number; last: number }>()
  for (const c of criteria) {
    ladderOf.set(c.id, { first: r, last: r + c.answers.length - 1 })
    c.answers.forEach((answer, i) => {
      ws.getCell(`A${r}`).value = c.id
      ws.getCell(`B${r}`).value = i + 1
      ws.getCell(`C${r}`).value = answer.quote ?? ''
      input_(`D${r}`, pointsOf(c.id, i + 1, answer.value))
      layout.points.set(`${c.id} ${i + 1}`, `D${r}`)
      ws.getCell(`E${r}`).value = answerSeal(answer, 'lower')
      r++
    })
  }

  // — The objectives —
  ws.getCell(`A${objectivesTitle}`).value = w.objectives
  ws.getCell(`A${objectivesTitle}`).font = { bold: true }
  header(ws, objectivesHeader, [w.code, w.name, w.weight, w.most])
  const objectiveRow = new Map<string, number>()
  framework.objectives.forEach((o, i) => {
    const row = objectivesHeader + 1 + i
    objectiveRow.set(o.code, row)
    ws.getCell(`A${row}`).value = o.code
    ws.getCell(`B${row}`).value = text(o.name, input.locale)
    input_(`C${row}`, weightOf(o))
    ws.getCell(`C${row}`).numFmt = '0%'
    // The most the objective's answers can reach: each criterion's highest points, summed.
    const most = o.criteria.map((c) => `MAX($D$${ladderOf.get(c.id)?.first}:$D$${ladderOf.get(c.id)?.last})`).join('+')
    const mostValue = o.criteria.reduce((s, c) => s + Math.max(...c.answers.map((a, n) => pointsOf(c.id, n + 1, a.value))), 0)
    set(`D${row}`, most, mostValue)
  })

  // — The paths' answers —
  ws.getCell(`A${answersTitle}`).value = w.answers
  ws.getCell(`A${answersTitle}`).font = { bold: true }
  header(ws, answersHeader, [w.path, w.criterion, w.code, w.name, w.answerLow, w.answerHigh, w.count, w.pointsLow, w.pointsHigh, w.sealLow, w.sealHigh, w.answered, w.sealIfAnswered])
  r = answersFirst
  for (const s of scenarios) {
    const rating = ratings.get(s.id)
    for (const c of criteria) {
      const cr = rating?.criteria[c.id]
      const objective = c.id.replace(/\.\d+$/, '')
      const count = c.answers.length
      ws.getCell(`A${r}`).value = s.id
      ws.getCell(`B${r}`).value = c.id
      ws.getCell(`C${r}`).value = objective
      ws.getCell(`D${r}`).value = text(c.name, input.locale)
      const answered = cr?.isAnswered ?? false
      input_(`E${r}`, answered && cr ? Math.min(...cr.answers) : null)
      input_(`F${r}`, answered && cr ? Math.max(...cr.answers) : null)
      layout.answers.set(`${s.id} ${c.id}`, { low: `E${r}`, high: `F${r}` })
      ws.getCell(`G${r}`).value = count
      const low = `IF(ISNUMBER(E${r}),E${r},1)`
      const high = `IF(ISNUMBER(F${r}),F${r},G${r})`
      const rows = ladderOf.get(c.id) ?? { first: 0, last: 0 }
      const at = (col: string, n: string) => `INDEX($${col}$${rows.first}:$${col}$${rows.last},${n})`
      set(`H${r}`, at('D', low), cr?.points.low)
      set(`I${r}`, at('D', high), cr?.points.high)
      set(`J${r}`, at('E', low), cr?.seal.low)
      set(`K${r}`, at('E', high), cr?.seal.high)
      // Answered when the possible answers are fewer than the whole ladder.
      set(`L${r}`, `IF(OR(${low}>1,${high}<G${r}),1,0)`, answered ? 1 : 0)
      // The SEAL that bounds the path from above where the criterion is answered; 99 (above every SEAL) where not.
      set(`M${r}`, `IF(L${r}=1,K${r},99)`, answered ? cr?.seal.high : 99)
      r++
    }
  }

  // — The paths —
  ws.getCell(`A${pathsHeader - 1}`).value = w.paths
  ws.getCell(`A${pathsHeader - 1}`).font = { bold: true }
  header(ws, pathsHeader, [w.path, w.name, w.scoreLow, w.scoreHigh, w.sealAtMost, w.sealAtLeast])
  scenarios.forEach((s, i) => {
    const row = pathsHeader + 1 + i
    const rating = ratings.get(s.id)
    ws.getCell(`A${row}`).value = s.id
    ws.getCell(`B${row}`).value = text(s.name, input.locale)
    // The path's answer rows: one per criterion, in the framework's order, so each objective's are contiguous.
    const first = answersFirst + i * criteria.length
    const last = first + criteria.length - 1
    let offset = first
    const objectiveRange = new Map<string, [number, number]>()
    for (const o of framework.objectives) {
      objectiveRange.set(o.code, [offset, offset + o.criteria.length - 1])
      offset += o.criteria.length
    }
    const score = (col: 'H' | 'I') =>
      framework.objectives
        .map((o) => {
          const or = objectiveRow.get(o.code) ?? 0
          const [a, b] = objectiveRange.get(o.code) ?? [0, 0]
          return `$C$${or}*SUM(${col}${a}:${col}${b})/$D$${or}`
        })
        .join('+')
    set(`C${row}`, score('H'), rating?.score.low)
    set(`D${row}`, score('I'), rating?.score.high)
    set(`E${row}`, `IF(MIN(M${first}:M${last})=99,"${w.notAssessed}",MIN(M${first}:M${last}))`, rating ? (rating.sealAtMost ?? w.notAssessed) : undefined)
    set(`F${row}`, `MIN(J${first}:J${last})`, rating?.sealAtLeast)
    for (const col of ['C', 'D']) ws.getCell(`${col}${row}`).numFmt = '0.0000'
    layout.paths.set(s.id, { scoreLow: `C${row}`, scoreHigh: `D${row}`, sealAtMost: `E${row}`, sealAtLeast: `F${row}` })
  })

  const widths = [14, 34, 14, 14, 14, 14, 10, 11, 11, 10, 10, 10, 14]
  widths.forEach((width, i) => (ws.getColumn(i + 1).width = width))
  ws.getColumn(3).alignment = { wrapText: false }
  return layout
}
