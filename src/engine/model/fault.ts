/** What every entrance (file, link, storage, command line) reports when it refuses input, and the limit of a file. */
export interface Fault {
  /** Where the fault is, e.g. `scenarios[1].licences[0].users`; empty for the file as a whole. */
  path: string
  message: string
  /** For faults an interface words in its own language: what kind, and the figure involved. */
  code?: 'figure-too-large' | 'file-too-large'
  figure?: number
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; faults: Fault[] }

/** Largest model file read, in characters of JSON: far above any real case, small enough to stay responsive. */
export const MAX_FILE_CHARS = 5_000_000

/** A path as the faults name it: `scenarios[1].licences[0].users`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(String(part)) ? `${i === 0 ? '' : '.'}${String(part)}` : `[${JSON.stringify(String(part))}]`,
    )
    .join('')
}
