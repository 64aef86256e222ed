/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'

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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'vagval-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}

export default defineConfig({
  // Relative base: the built app works from any plain web server or an intranet subfolder.
  base: './',
  // No Options API (the app uses `<script setup>` only): smaller Vue and vue-i18n in the first screen.
  plugins: [vue({ features: { optionsAPI: false } }), contentSecurityPolicy()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // vue-i18n without its legacy API, global <i18n-t> components and devtools; with `optionsAPI: false`
    // below, 4.4 kB gzipped less in the first screen (measured with scripts/bundle-size.mjs).
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    // The app compiles its messages itself (src/i18n/compile.ts): vue-i18n's compiler stays out of the bundle.
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  resolve: {
    alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // Inline assets would be data: URLs; keep them files so the policy stays simple.
    assetsInlineLimit: 0,
    // exceljs (about 930 kB, loaded only when a workbook is downloaded) is the one chunk above Vite's 500 kB warning.
    chunkSizeWarningLimit: 1000,
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
})
