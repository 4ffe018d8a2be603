import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // A real Postgres for the responses store's tests, started once for the run (tests/support/postgres.ts).
    globalSetup: ['tests/support/postgres-global-setup.ts']
  }
})
