/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import { tsImport } from 'tsx/esm/api'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

/**
 * The Content Security Policy of the built app: everything from the serving host only, no inline
 * script, no eval, no plugin content. Added at build only, since Vite's dev server injects inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/**
 * The HTTP headers a host should send with the app (docs/hosting.md): the policy above with what a
 * meta element cannot carry (`frame-ancestors`: no other site may frame the app), and the usual
 * companions. `vite preview` sends them, so the browser tests run under them.
 */
export const HOST_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

function contentSecurityPolicy(): Plugin {
  return {
    name: 'vagval-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

/**
 * The shipped data is checked when the app is built: the app reads it as it is (src/io/shipped.ts). The
 * check runs the engine's TypeScript through tsx, apart from the config's own bundling.
 */
function shippedData(): Plugin {
  return {
    name: 'vagval-shipped-data',
    apply: 'build',
    async buildStart() {
      const check = (await tsImport('./scripts/shipped-data.ts', import.meta.url)) as { shippedDataFaults: () => string[] }
      const faults = check.shippedDataFaults()
      if (faults.length > 0) this.error(`The shipped data does not validate:\n${faults.join('\n')}`)
    },
  }
}

/**
 * The model's schemas (zod) and the validator have no side effects when loaded: a chunk that uses
 * none of their values leaves them out, so they load on demand (src/engine/model/validator.ts).
 */
function validatorOnDemand(): Plugin {
  return {
    name: 'vagval-validator-on-demand',
    transform(code, id) {
      if (/\/src\/engine\/model\/(model|validate)\.ts$/.test(id)) return { code, map: null, moduleSideEffects: false }
      return null
    },
  }
}

/**
 * English in a chunk of its own: src/i18n/english.ts reads each feature module of texts under an id of
 * its own (`?lang=en`), so bundling keeps only `en` of them there and only `sv` in the first screen.
 */
function englishOnDemand(): Plugin {
  return {
    name: 'vagval-english-on-demand',
    apply: 'build',
    enforce: 'pre',
    resolveId: {
      filter: { id: /^\.\/[\w-]+$/ },
      async handler(source, importer) {
        if (!importer?.endsWith('/src/i18n/english.ts') || source === './en' || source === './index') return null
        const resolved = await this.resolve(source, importer, { skipSelf: true })
        return resolved ? `${resolved.id}?lang=en` : null
      },
    },
  }
}

export default defineConfig({
  // Relative base: the built app works from any plain web server or an intranet subfolder.
  base: './',
  // No Options API (the app uses `<script setup>` only): a smaller Vue in the first screen.
  plugins: [vue({ features: { optionsAPI: false } }), contentSecurityPolicy(), shippedData(), validatorOnDemand(), englishOnDemand()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  preview: { headers: { ...HOST_HEADERS } },
  // The spreadsheet writer is loaded only on a click; pre-bundled when the development server starts,
  // so that its first use does not make Vite optimise it then and reload the page (losing the download).
  optimizeDeps: { include: ['@cj-tech-master/excelts'] },
  resolve: {
    alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Inline assets would be data: URLs; keep them files so the policy stays simple.
    assetsInlineLimit: 0,
    // The spreadsheet writer (about 460 kB, loaded only when a workbook is downloaded) is the largest chunk.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      output: {
        // The validator (zod and the model's schemas) in one chunk of its own, loaded on demand: left to
        // itself the bundler put small helpers the first screen needs (limits, amounts) in with it, and
        // the first screen then loaded the whole validator for them.
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'validator', test: /node_modules[\\/]zod[\\/]|src[\\/]engine[\\/]model[\\/](model|validate|migrate)\.ts$/ }] },
      },
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // The validator loads on demand in the app (src/engine/model/validator.ts); the tests read files at once.
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    // Two workers on a two-core machine: much of the suite waits on child processes (LibreOffice, the
    // command line under tsx), and one worker (Vitest's default, CPUs − 1) left a core idle: 170 s against
    // 127 s. Each file still runs in a process of its own, with its own modules (isolation as before).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Two files share the cores, so a CPU-heavy test takes longer than alone; 20 s, not Vitest's 5 s,
    // so that a loaded machine does not fail it. Speed is measured in benchmarks, not by timeouts.
    testTimeout: 20_000,
    // Transformed modules kept on disk between runs (node_modules/.experimental-vitest-cache).
    experimental: { fsModuleCache: true },
  },
})
