/** Share links (src/io/share-link.ts): the case in the URL fragment, exactly, or refused whole. */
import { describe, expect, it } from 'vitest'
import { compute } from '~/engine'
import {
  createShareLink,
  decodeCase,
  encodeCase,
  fromBase64Url,
  MAX_LINK_CHARS,
  SHARE_PREFIX,
  shareDataFromHash,
  toBase64Url,
} from '~/io/share-link'
import { buildCase, loadCatalogue, loadPreset, scenario } from '../fixtures/cases'

const catalogue = loadCatalogue()
const PAGE = 'https://intranet.example/vagval/index.html'

async function deflateRaw(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))
}

describe('share link round trip', () => {
  it('encodes the shipped case and decodes it deep-equal, with identical results', async () => {
    const model = loadPreset()
    const link = await createShareLink(PAGE, model)
    expect(link.ok).toBe(true)
    if (!link.ok) return
    expect(link.url.startsWith(`${PAGE}${SHARE_PREFIX}`)).toBe(true)
    // The shipped case fits well under the hard limit.
    expect(link.url.length).toBeLessThan(MAX_LINK_CHARS / 2)

    const data = shareDataFromHash(new URL(link.url).hash)
    expect(data).not.toBeNull()
    const decoded = await decodeCase(data ?? '', catalogue)
    expect(decoded.ok).toBe(true)
    if (!decoded.ok) return
    expect(decoded.value).toEqual(model)
    expect(compute({ model: decoded.value, catalogue })).toEqual(compute({ model, catalogue }))
    expect(compute({ model: decoded.value, catalogue }).scenarios[0]?.total).toBe(88_055_000)
  })

  it('keeps non-ASCII text, ranges and unknowns exactly', async () => {
    const model = {
      ...buildCase({ scenarios: [scenario({ id: 'a', name: 'Ärende & övrigt' })] }),
      name: { sv: 'Åre – ”prov” <b>fet</b> 😀', en: 'Åre – "test"' },
    }
    const decoded = await decodeCase(await encodeCase(model), catalogue)
    expect(decoded).toEqual({ ok: true, value: model })
  })

  it('replaces an existing fragment and keeps the page and its query', async () => {
    const link = await createShareLink('http://127.0.0.1:4173/sub/?x=1#/compare', loadPreset())
    expect(link.ok && link.url.startsWith('http://127.0.0.1:4173/sub/?x=1#case=')).toBe(true)
  })

  it('says a link is too long instead of making it, with its length', async () => {
    const link = await createShareLink(PAGE, loadPreset(), { long: 500, max: 1_000 })
    expect(link).toMatchObject({ ok: false, reason: 'too-long', limit: 1_000 })
    expect(!link.ok && link.length).toBeGreaterThan(1_000)
  })

  it('marks a link as long between the two limits, and not below', async () => {
    const model = loadPreset()
    const data = await encodeCase(model)
    const length = PAGE.length + SHARE_PREFIX.length + data.length
    expect(await createShareLink(PAGE, model, { long: length - 1, max: length })).toMatchObject({ ok: true, isLong: true })
    expect(await createShareLink(PAGE, model, { long: length, max: length })).toMatchObject({ ok: true, isLong: false })
    expect(await createShareLink(PAGE, model, { long: length - 2, max: length - 1 })).toMatchObject({ ok: false })
  })
})

describe('refused links', () => {
  it.each([
    ['not base64url', 'abc$def', 'encoding'],
    ['empty', '', 'encoding'],
    ['not deflate data', toBase64Url(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00, 0x12])), 'compression'],
  ])('refuses data that is %s', async (_what, data, reason) => {
    expect(await decodeCase(data, catalogue)).toMatchObject({ ok: false, reason })
  })

  it('refuses a link with one character changed (tampered), without throwing', async () => {
    const data = await encodeCase(loadPreset())
    const middle = Math.floor(data.length / 2)
    const tampered = data.slice(0, middle) + (data[middle] === 'A' ? 'B' : 'A') + data.slice(middle + 1)
    const result = await decodeCase(tampered, catalogue)
    expect(result.ok).toBe(false)
  })

  it('refuses a truncated link', async () => {
    const data = await encodeCase(loadPreset())
    expect((await decodeCase(data.slice(0, data.length - 40), catalogue)).ok).toBe(false)
  })

  it('refuses valid JSON that is not a valid case, naming the path', async () => {
    const model = loadPreset() as unknown as { organisation: { groups: { users: number }[] } }
    model.organisation.groups[0]!.users = -5
    const result = await decodeCase(await deflateRaw(JSON.stringify(model)), catalogue)
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect(!result.ok && result.reason === 'invalid' && result.faults[0]?.path).toBe('organisation.groups[0].users')
  })

  it('refuses text that is not JSON', async () => {
    expect(await decodeCase(await deflateRaw('{"schemaVersion": 1,'), catalogue)).toMatchObject({ ok: false, reason: 'json' })
  })

  it('stops inflating a small link that expands past the largest model file (a zip bomb)', async () => {
    const bomb = await deflateRaw(' '.repeat(21_000_000))
    expect(bomb.length).toBeLessThan(40_000)
    expect(await decodeCase(bomb, catalogue)).toMatchObject({ ok: false, reason: 'too-large' })
  })
})

describe('fragments and base64url', () => {
  it.each([
    ['#case=abc', 'abc'],
    ['#/compare', null],
    ['', null],
    ['#cases=abc', null],
    // Issue 22: a link passed on percent-encoded.
    ['#case%3Dabc', 'abc'],
  ])('reads %j as %j', (hash, data) => {
    expect(shareDataFromHash(hash)).toBe(data)
  })

  // Issue 22: a share link with percent-encoded data was refused.
  it('reads a link whose data was percent-encoded on its way (padding, or every character)', async () => {
    const model = loadPreset()
    const data = await encodeCase(model)
    const padded = `${data}${'='.repeat((4 - (data.length % 4)) % 4)}`.replaceAll('=', '%3D')
    const everyCharacter = [...data].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).join('')
    for (const encoded of [padded, everyCharacter]) {
      const decoded = await decodeCase(encoded, catalogue)
      expect(decoded.ok && decoded.value).toEqual(model)
    }
    expect(await decodeCase('%E0%A4%A', catalogue)).toEqual({ ok: false, reason: 'encoding' })
  })

  it('round-trips every byte value', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i)
    const text = toBase64Url(bytes)
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(fromBase64Url(text)).toEqual(bytes)
  })
})
