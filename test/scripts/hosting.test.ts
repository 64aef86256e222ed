/**
 * docs/hosting.md shows hosts the headers to send, as an nginx and a Caddy example. Each example must
 * send exactly HOST_HEADERS of vite.config.ts: the meta policy plus frame-ancestors, and the rest.
 * The configs are parsed here, not run: no server needs installing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, HOST_HEADERS } from '../../vite.config'
import { ROOT } from '../fixtures/cases'

const doc = readFileSync(join(ROOT, 'docs/hosting.md'), 'utf8')

/** The fenced code block of a language in the document. */
function block(language: string): string {
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```').exec(doc)
  if (!match?.[1]) throw new Error(`docs/hosting.md has no \`\`\`${language} block`)
  return match[1]
}

describe('the hosting examples send the app’s headers', () => {
  it('the header policy is the meta policy with frame-ancestors added', () => {
    expect(HOST_HEADERS['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
  })

  it('nginx: every header of HOST_HEADERS by add_header … always, and no other security header', () => {
    const config = block('nginx')
    const sent = Object.fromEntries([...config.matchAll(/^\s*add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;$/gm)].map((m) => [m[1], m[2]]))
    expect(sent).toEqual(HOST_HEADERS)
    // Cache-Control through the map, and braces balanced (a config nginx could read).
    expect(config).toMatch(/add_header Cache-Control \$vagval_cache always;/)
    expect(config.split('{').length).toBe(config.split('}').length)
  })

  it('Caddy: every header of HOST_HEADERS in the header block', () => {
    const config = block('caddyfile')
    const headerBlock = /\n\s*header \{\n([\s\S]*?)\n\s*\}/.exec(config)?.[1] ?? ''
    const sent = Object.fromEntries([...headerBlock.matchAll(/^\s*([A-Za-z-]+)\s+"([^"]*)"$/gm)].map((m) => [m[1], m[2]]))
    expect(sent).toEqual(HOST_HEADERS)
    expect(config.split('{').length).toBe(config.split('}').length)
  })

  it('the table names every header', () => {
    for (const name of Object.keys(HOST_HEADERS)) expect(doc).toContain(`| \`${name}\` |`)
  })
})
