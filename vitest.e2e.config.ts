// Vitest config for the real-browser end-to-end tests (test/e2e/**/*.e2e.ts).
// Run with: vitest run --config vitest.e2e.config.ts   (npm test does this after `vite build`).
// The global setup serves the built dist/ with `vite preview` and hands the URL
// to the tests as inject('baseURL').
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // One browser-driving file at a time: 2 cores, one Chromium per file.
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
})
