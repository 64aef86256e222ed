// Vitest global setup for the e2e suite: serves the built app (dist/) with
// Vite's programmatic preview server on 127.0.0.1 and a free port, provides
// its URL to the tests as inject('baseURL'), and closes it on teardown.
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served app, with trailing slash, e.g. http://127.0.0.1:41234/ */
    baseURL: string
  }
}

const HOST = '127.0.0.1'

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, HOST, () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => (port ? resolvePort(port) : reject(new Error('could not get a free port'))))
    })
  })
}

function notBuilt(where: string): Error {
  return new Error(
    `e2e: the built app is missing (${where}). The e2e tests serve the production build; ` +
      'run `npm run build` first (npm test does this for you).',
  )
}

async function startPreview(root: string): Promise<PreviewServer> {
  let lastError: unknown
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort()
    try {
      return await preview({
        root,
        logLevel: 'warn',
        preview: { host: HOST, port, strictPort: true, open: false },
      })
    } catch (error) {
      lastError = error
      const message = error instanceof Error ? error.message : String(error)
      if (/does not exist|build your project/i.test(message)) throw notBuilt(message)
      // Someone took the port between freePort() and listen(): try another one.
      if (/EADDRINUSE|already in use/i.test(message)) continue
      throw error
    }
  }
  throw lastError
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = project.config.root
  const server = await startPreview(root)
  const outDir = resolve(server.config.root, server.config.build.outDir)
  const indexHtml = resolve(outDir, 'index.html')
  if (!existsSync(indexHtml)) {
    await server.close()
    throw notBuilt(`${indexHtml} not found`)
  }
  const baseURL = server.resolvedUrls?.local[0] ?? `http://${HOST}:${server.config.preview.port}/`
  console.log(`e2e: serving ${outDir} at ${baseURL}`)
  project.provide('baseURL', baseURL)

  return async () => {
    await server.close()
  }
}
