/**
 * Share links: the whole case (the model file's JSON) compressed with the platform's
 * CompressionStream('deflate-raw') and written base64url-encoded into the URL fragment as
 * `#case=<data>`. The fragment never reaches a server, so no server is involved in sharing.
 *
 * Opening a link goes through the same validation as any file (parseCase): a link that does not
 * decode, decompress, parse or validate is refused whole, and nothing already loaded is changed.
 *
 * Link length: browsers take URLs of megabytes, and the fragment never reaches a server, so the
 * limits are those of the programs a link is sent through. Classic Outlook for Windows does not make
 * links of about 11 000 characters or more clickable (some versions cut links at 1 024), and a Teams
 * chat message holds about 28 KB. So a link longer than LONG_LINK_CHARS (8 000, also the length
 * RFC 9110 asks every URL handler to support) comes with a note that some mail programs may break it
 * and the case file offered beside it; above MAX_LINK_CHARS (24 000) no link is made, only the file.
 * The shipped Eskilstuna case, with its cited quotes, needs about 8 500 characters.
 *
 * Uses only web-platform globals that Node 20 also has (CompressionStream, Blob, Response, btoa),
 * so it runs unchanged in the browser and in the tests.
 */
import { loadValidator, MAX_FILE_CHARS, parseCase } from '../engine'
import type { Case, Fault, KnownIds, Product } from '../engine'

/** The fragment key: `#case=<data>`. The screen router ignores fragments it does not know. */
export const SHARE_PREFIX = '#case='

/** Above this many characters a link is offered with a warning and the file beside it (see the module comment). */
export const LONG_LINK_CHARS = 8_000
/** Longest share link made, in characters of the whole URL; above it only the file is offered. */
export const MAX_LINK_CHARS = 24_000

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/**
 * Inflates at most `limit` bytes: a small link must not be able to expand into gigabytes (a
 * "zip bomb"), so reading stops as soon as the output passes the largest model file.
 */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | 'too-large'> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return 'too-large'
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out
}

/** Bytes → base64url without padding (RFC 4648 §5): safe in a URL fragment as it is. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** base64url (padded or not) → bytes, or null when the text is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) return null
  const base64 = text.replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/')
  if (base64.length % 4 === 1) return null
  try {
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4))
    return Uint8Array.from(binary, (c) => c.charCodeAt(0))
  } catch {
    return null
  }
}

/** The case as share data: compact JSON, deflated, base64url. */
export async function encodeCase(model: Case): Promise<string> {
  return toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(model))))
}

/** Why a share link was refused; `faults` name the paths when the data decoded but is not a valid case. */
export type ShareFailure =
  | { reason: 'encoding' | 'compression' | 'json' | 'too-large' }
  | { reason: 'invalid'; faults: Fault[] }

export type DecodeResult = { ok: true; value: Case } | ({ ok: false } & ShareFailure)

/** Share data → a validated case, or why not. Never throws. */
export async function decodeCase(data: string, catalogue: readonly Product[], known?: KnownIds): Promise<DecodeResult> {
  // base64url has no `%`: a link passed on percent-encoded (padding as %3D, or every character) reads the same.
  const bytes = fromBase64Url(percentDecoded(data))
  if (bytes === null || bytes.length === 0) return { ok: false, reason: 'encoding' }
  let inflated: Uint8Array | 'too-large'
  try {
    // A character of the file takes at most 4 bytes of UTF-8.
    inflated = await inflate(bytes, MAX_FILE_CHARS * 4)
  } catch {
    return { ok: false, reason: 'compression' }
  }
  if (inflated === 'too-large') return { ok: false, reason: 'too-large' }
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated))
  } catch {
    return { ok: false, reason: 'json' }
  }
  await loadValidator()
  const parsed = parseCase(json, catalogue, known)
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: 'invalid', faults: parsed.faults }
}

/**
 * A text with its percent-encoding undone (`%3D` → `=`), as a mail program or chat may pass a link on;
 * the text as it is when it holds no valid percent-encoding.
 */
function percentDecoded(text: string): string {
  if (!text.includes('%')) return text
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * The share data of a URL fragment (`#case=…`, also percent-encoded as `#case%3D…`), or null when the
 * fragment is not a share link.
 */
export function shareDataFromHash(hash: string): string | null {
  const fragment = hash.startsWith(SHARE_PREFIX) ? hash : percentDecoded(hash)
  return fragment.startsWith(SHARE_PREFIX) ? fragment.slice(SHARE_PREFIX.length) : null
}

export type ShareLink =
  | { ok: true; url: string; /** Longer than LONG_LINK_CHARS: some mail programs may break it. */ isLong: boolean }
  | { ok: false; reason: 'too-long'; length: number; limit: number }

/**
 * A share link for the case: `pageUrl` (any query kept, any fragment replaced) + `#case=<data>`,
 * or `too-long` with its length when it passes `limits.max` (MAX_LINK_CHARS).
 */
export async function createShareLink(
  pageUrl: string,
  model: Case,
  limits: { long: number; max: number } = { long: LONG_LINK_CHARS, max: MAX_LINK_CHARS },
): Promise<ShareLink> {
  const base = pageUrl.split('#')[0] ?? pageUrl
  const url = `${base}${SHARE_PREFIX}${await encodeCase(model)}`
  if (url.length > limits.max) return { ok: false, reason: 'too-long', length: url.length, limit: limits.max }
  return { ok: true, url, isLong: url.length > limits.long }
}
