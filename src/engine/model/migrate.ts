/**
 * Older schemaVersions → current. Each step takes a file of version n and returns version n + 1;
 * a file is carried up step by step, so every version the app ever wrote stays readable.
 * Version 1 is the first: no steps yet. Add `2: (v1) => v2` here with a test when the format changes.
 */
import type { Fault } from './fault'
import { SCHEMA_VERSION } from './version'

type Step = (old: Record<string, unknown>) => Record<string, unknown>

/** STEPS[n] carries a version-n file to version n + 1. */
const STEPS: Record<number, Step> = {}

export function migrate(input: unknown): { ok: true; value: unknown } | { ok: false; faults: Fault[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, faults: [{ path: '', message: 'must be a JSON object (a Vägval model file)' }] }
  }
  let file = input as Record<string, unknown>
  const version = file.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const range = SCHEMA_VERSION === 1 ? '1' : `a whole number from 1 to ${SCHEMA_VERSION}`
    return { ok: false, faults: [{ path: 'schemaVersion', message: `must be ${range} (a Vägval model file names its version)` }] }
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      faults: [{ path: 'schemaVersion', message: `${version} was written by a newer Vägval (this one reads up to ${SCHEMA_VERSION})` }],
    }
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = STEPS[v]
    if (!step) return { ok: false, faults: [{ path: 'schemaVersion', message: `no migration from version ${v}` }] }
    file = { ...step(file), schemaVersion: v + 1 }
  }
  return { ok: true, value: file }
}
