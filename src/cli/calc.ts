/**
 * The command line: a model file → the engine → JSON, CSV or the workbook on standard output (CONTRACT §2).
 *
 *   npm run --silent calc -- <model.json> [--format json|csv|xlsx] [--lines] [--lang sv|en]
 *
 * Exit codes: 0 result printed; 2 the caller must fix something (an invalid model file, a file that
 * cannot be read, bad arguments); 1 the calculator itself failed (e.g. the shipped catalogue is
 * invalid). On any failure nothing is printed on standard output.
 */
import { readFileSync, readSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { baselineScenarioId, caseWarnings, catalogueFileSchema, compute, decision, decisionInputs, decisionRecord, featuresFileSchema, loadValidator, MAX_FILE_CHARS, parseCaseText, referenceFileSchema, shownScenarioIds, sourcesFileSchema, sovereigntyOf, sovereigntySettingsFaults } from '../engine'
import { sovereigntyFileSchema } from '../engine/assessment/sovereigntyData'
import type { SovereigntyFile } from '../engine'
import type { Case, Fault, KnownIds, Product, ReferenceRow } from '../engine'
import { decodeModelBytes, MAX_FILE_BYTES, tooLargeFault } from '../io/model-bytes'
import { toResultCsv, toResultJson } from '../io/result-export'

const USAGE_LINE = 'usage: npm run --silent calc -- <model.json> [--format json|csv|xlsx] [--lines] [--lang sv|en]'

const USAGE = `${USAGE_LINE}

  <model.json>     a Vägval model file (schemaVersion 1), e.g. data/presets/eskilstuna-2022.json;
                   - reads it from standard input
  --format json    the result as JSON (default)
  --format csv     one row per scenario, year and category: scenario,year,category,amount,complete
  --format xlsx    the workbook the app downloads, a live model (binary: redirect it to a file)
  --lines          JSON only: add each scenario's cost lines with their yearly amounts
  --lang sv|en     xlsx only: the workbook's language (default sv)
  -h, --help       this text

exit codes: 0 result printed, 2 invalid model file or arguments, 1 internal error`

const EXIT = { ok: 0, internal: 1, input: 2 } as const

type Format = 'json' | 'csv' | 'xlsx'
type Lang = 'sv' | 'en'

interface Args {
  file: string
  format: Format
  lines: boolean
  lang: Lang
}

type ArgsResult = { ok: true; args: Args } | { ok: false; help: true } | { ok: false; help: false; message: string }

export function parseArgs(argv: readonly string[]): ArgsResult {
  let file: string | undefined
  let format: Format = 'json'
  let lines = false
  let lang: Lang | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '-h' || arg === '--help') return { ok: false, help: true }
    if (arg === '--lines') {
      lines = true
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? argv[++i] : arg.slice('--format='.length)
      if (value !== 'json' && value !== 'csv' && value !== 'xlsx') {
        return { ok: false, help: false, message: `--format must be json, csv or xlsx${value === undefined ? '' : `, not "${value}"`}` }
      }
      format = value
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length)
      if (value !== 'sv' && value !== 'en') {
        return { ok: false, help: false, message: `--lang must be sv or en${value === undefined ? '' : `, not "${value}"`}` }
      }
      lang = value
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, help: false, message: `unknown option ${arg}` }
    } else if (file !== undefined) {
      return { ok: false, help: false, message: `one model file at a time (got "${file}" and "${arg}")` }
    } else {
      file = arg
    }
  }
  if (file === undefined) return { ok: false, help: false, message: 'no model file given' }
  if (lines && format !== 'json') return { ok: false, help: false, message: '--lines goes with --format json only' }
  if (lang !== undefined && format !== 'xlsx') return { ok: false, help: false, message: '--lang goes with --format xlsx only' }
  return { ok: true, args: { file, format, lines, lang: lang ?? 'sv' } }
}

/** `path: message`, or `(file): message` for a fault of the file as a whole. */
export function formatFault(fault: Pick<Fault, 'path' | 'message'>): string {
  return `${fault.path === '' ? '(file)' : fault.path}: ${fault.message}`
}

function readData(path: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8'))
}

/** The ids a case may cite or name: the shipped sources and the capability taxonomy. */
function loadKnownIds(): KnownIds {
  return {
    sources: sourcesFileSchema.parse(readData('data/sources.json')).sources.map((s) => s.id),
    capabilities: featuresFileSchema.parse(readData('data/features.json')).features.map((f) => f.id),
  }
}

/**
 * The verdict the compare screen's summary shows, by the same engine function: the scenarios the case
 * shows side by side against its baseline, with coverage, exposure and risk registers.
 */
function decisionOf(model: Case, result: ReturnType<typeof compute>, catalogue: readonly Product[], capabilities: readonly string[]) {
  const shown = shownScenarioIds(model)
  const baselineId = baselineScenarioId(model)
  return decisionRecord(
    decision({
      scenarios: result.scenarios.filter((s) => shown.includes(s.id)),
      discountRate: result.discountRate,
      ...(baselineId !== undefined ? { baselineId } : {}),
      ...decisionInputs({ model, result, catalogue, features: capabilities.map((id) => ({ id })) }),
    }),
  )
}

function loadCatalogue(): readonly Product[] {
  const parsed = catalogueFileSchema.safeParse(readData('data/catalogue.json'))
  if (!parsed.success) {
    throw new Error(`the shipped catalogue data/catalogue.json is invalid: ${parsed.error.issues[0]?.message ?? ''}`)
  }
  return parsed.data.products
}

/** data/reference.json's rows: the dated price changes the result warns of. */
function loadReferences(): readonly ReferenceRow[] {
  const parsed = referenceFileSchema.safeParse(readData('data/reference.json'))
  if (!parsed.success) throw new Error(`the shipped reference figures data/reference.json are invalid: ${parsed.error.issues[0]?.message ?? ''}`)
  return parsed.data.references
}

/**
 * Standard input up to `limit` bytes, or null as soon as it is longer: a stream is never read past
 * the limit (a stream of zeros must not grow without end).
 */
function readStdin(limit: number): Uint8Array | null {
  const chunks: Buffer[] = []
  const chunk = Buffer.alloc(1 << 16)
  let total = 0
  for (;;) {
    let count: number
    try {
      count = readSync(0, chunk, 0, chunk.length, null)
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : ''
      if (code === 'EOF') break
      if (code !== 'EAGAIN') throw error
      // A non-blocking standard input with nothing yet: wait a moment and read again.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
      continue
    }
    if (count === 0) break
    total += count
    if (total > limit) return null
    chunks.push(Buffer.from(chunk.subarray(0, count)))
  }
  return Buffer.concat(chunks)
}

/** Reads the model file (or standard input) as text by the one rule for encodings, or says why it cannot. */
function readModel(file: string): { ok: true; text: string } | { ok: false; message: string } {
  try {
    let bytes: Uint8Array
    if (file === '-') {
      const read = readStdin(MAX_FILE_BYTES)
      if (read === null) return { ok: false, message: `(file): standard input is longer than a model file may be (at most ${MAX_FILE_CHARS / 1e6} MB)` }
      bytes = read
    } else {
      const stat = statSync(file)
      if (!stat.isFile()) return { ok: false, message: `${file}: not a file` }
      if (stat.size > MAX_FILE_BYTES) return { ok: false, message: `(file): ${tooLargeFault(stat.size).message}` }
      bytes = readFileSync(file)
    }
    const decoded = decodeModelBytes(bytes)
    if (!decoded.ok) return { ok: false, message: decoded.faults.map(formatFault).join('\n') }
    return { ok: true, text: decoded.text }
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error)
    return { ok: false, message: `${file}: ${reason}` }
  }
}

export interface Io {
  stdout: (text: string | Uint8Array) => void
  stderr: (text: string) => void
}

/** The workbook the app downloads, in the given language, made now. */
async function workbook(model: Case, catalogue: readonly Product[], references: readonly ReferenceRow[], lang: Lang, sovereignty: SovereigntyFile): Promise<Uint8Array> {
  const [{ toXlsx }, { createCompleteI18n }, { isFromPreset, loadPreset }] = await Promise.all([
    import('../io/xlsx'), import('../i18n/all'), import('../io/shipped'),
  ])
  // Every text: the app loads the workbook's with its screens.
  const i18n = await createCompleteI18n(lang)
  const preset = loadPreset()
  const sources = sourcesFileSchema.parse(readData('data/sources.json')).sources
  const version = (readData('package.json') as { version: string }).version
  return toXlsx({
    model, result: compute({ model, catalogue, references }), catalogue, sources,
    t: (key, params) => i18n.global.t(key, params ?? {}), locale: lang,
    now: new Date(), appVersion: version, ...(isFromPreset(model, preset) ? { defaults: preset } : {}), sovereignty,
  })
}

/** Runs the command line; returns the exit code. Everything it prints goes through `io`. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsedArgs = parseArgs(argv)
  if (!parsedArgs.ok) {
    if (parsedArgs.help) {
      io.stdout(`${USAGE}\n`)
      return EXIT.ok
    }
    io.stderr(`calc: ${parsedArgs.message}\n\n${USAGE}\n`)
    return EXIT.input
  }
  const { file, format, lines, lang } = parsedArgs.args

  const read = readModel(file)
  if (!read.ok) {
    io.stderr(`calc: ${read.message}\n${USAGE_LINE}\n`)
    return EXIT.input
  }

  let catalogue: readonly Product[]
  let known: KnownIds
  let framework: SovereigntyFile
  let references: readonly ReferenceRow[]
  try {
    catalogue = loadCatalogue()
    references = loadReferences()
    known = loadKnownIds()
    framework = sovereigntyFileSchema.parse(readData('data/sovereignty.json'))
  } catch (error) {
    io.stderr(`calc: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT.internal
  }

  const parsed = parseCaseText(read.text, catalogue, known)
  if (!parsed.ok) {
    io.stderr(parsed.faults.map((f) => `${formatFault(f)}\n`).join(''))
    return EXIT.input
  }

  // Valid but not used as written (a count outside the horizon, a legal change before the start), and
  // every warning of the result (a line outside the horizon, a stated total that does not add up):
  // said on standard error whatever the format, so a CSV or workbook user hears what a JSON user reads.
  for (const warning of caseWarnings(parsed.value)) io.stderr(`warning: ${formatFault(warning)}\n`)
  // The case's sovereignty settings the framework cannot use (the rating leaves them out): said, not dropped silently.
  const productIds = new Set([...catalogue.map((p) => p.id), ...(parsed.value.catalogue?.products ?? []).map((p) => p.id)])
  for (const fault of sovereigntySettingsFaults(parsed.value.sovereignty, framework, productIds)) io.stderr(`warning: ${formatFault(fault)}\n`)
  const result = compute({ model: parsed.value, catalogue, references })
  result.scenarios.forEach((scenario, s) => {
    for (const warning of scenario.warnings) io.stderr(`warning: scenarios[${s}] (${scenario.id}): ${warning.code}: ${warning.message}\n`)
  })
  if (format === 'xlsx') {
    io.stdout(await workbook(parsed.value, catalogue, references, lang, framework))
    return EXIT.ok
  }
  const json = () => ({
    ...toResultJson(result, { lines, sovereignty: sovereigntyOf({ model: parsed.value, catalogue, framework }) }),
    decision: decisionOf(parsed.value, result, catalogue, known.capabilities),
  })
  io.stdout(format === 'csv' ? toResultCsv(result) : `${JSON.stringify(json(), null, 2)}\n`)
  return EXIT.ok
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]
if (isEntry) {
  // A tool for users, not a development build: no library's development notices on standard error.
  process.env.NODE_ENV = 'production'
  await loadValidator()
  // exitCode rather than exit(): a piped standard output is flushed before the process ends.
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`calc: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exitCode = EXIT.internal
    },
  )
}
