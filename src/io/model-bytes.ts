/**
 * The bytes of a model file → its text, by one rule for every entrance (the browser's import and the
 * command line, from a file or standard input): UTF-8 with or without a byte-order mark, or UTF-16
 * with a byte-order mark (as Windows tools write it). Anything else is refused with a reason, never
 * guessed at (UTF-32 and UTF-16 without a mark are named as such); a file too large is refused before
 * it is decoded.
 */
import { MAX_FILE_CHARS } from '../engine'
import type { Fault } from '../engine'

/**
 * Most bytes a model file may have: the 5 MB every message states, whether it comes as a file or on
 * standard input (a text of at most MAX_FILE_CHARS characters fits, as every character takes a byte at least).
 */
export const MAX_FILE_BYTES = MAX_FILE_CHARS

export type Decoded = { ok: true; text: string } | { ok: false; faults: Fault[] }

const refuse = (message: string): Decoded => ({ ok: false, faults: [{ path: '', message }] })

/** The fault of a file over the limit, worded as the validator words one over the character limit. */
export function tooLargeFault(bytes: number): Fault {
  return { path: '', message: `the file is ${(bytes / 1e6).toFixed(1)} MB; a model file may be at most ${MAX_FILE_CHARS / 1e6} MB`, code: 'file-too-large', figure: bytes }
}

export function decodeModelBytes(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, faults: [tooLargeFault(bytes.length)] }
  const [b0, b1, b2, b3] = bytes
  // UTF-32, with its byte-order mark (FF FE 00 00 or 00 00 FE FF) or without (three zero bytes beside the first character).
  const isUtf32 =
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) ||
    (bytes.length >= 4 && ((b0 !== 0 && b1 === 0 && b2 === 0 && b3 === 0) || (b0 === 0 && b1 === 0 && b2 === 0 && b3 !== 0)))
  if (isUtf32) return refuse('the file is UTF-32 text, which is not read; save it as UTF-8')
  const encoding =
    b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? 'utf-8' : b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined
  if (encoding === undefined && bytes.subarray(0, 4).includes(0)) {
    return refuse('the file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a byte-order mark)')
  }
  try {
    // The decoder drops the byte-order mark it was chosen by.
    return { ok: true, text: new TextDecoder(encoding ?? 'utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return refuse(`the file is not ${encoding === undefined ? 'UTF-8' : encoding.toUpperCase()} text; save it as UTF-8`)
  }
}
