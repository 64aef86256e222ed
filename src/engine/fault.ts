/** What every entrance (file, link, storage, command line) reports when it refuses input. */
export interface Fault {
  /** Where the fault is, e.g. `scenarios[1].licences[0].users`; empty for the file as a whole. */
  path: string
  message: string
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; faults: Fault[] }
