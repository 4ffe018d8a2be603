import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './tests/support/chromium'

// Two ways of serving the reader: `next start` (project "server") and the
// static export on a plain file server ("static"). Every spec runs against the
// server; the tests tagged @both (how pages are served: status codes, headers,
// negotiation, odd URLs, feeds, search, the cards fetched from a static file,
// the HTML checker) run against the static export too: the pages and scripts
// are the same in both, and running each reading behaviour twice would double
// the suite for nothing. E2E_MODE=server or E2E_MODE=static runs one of them.
const modes = [
  { name: 'server', port: Number(process.env.E2E_PORT ?? 3100) },
  { name: 'static', port: Number(process.env.STATIC_PORT ?? 3200) }
].filter(({ name }) => !process.env.E2E_MODE || process.env.E2E_MODE === name)

const browser = { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // No retries: a flaky test hides a race in the reader or in the test; fix it instead.
  retries: 0,
  reporter: [['list'], ['./tests/support/summary-reporter.ts'], ...(process.env.CI ? [['html', { open: 'never' }] as const] : [])],
  // Far above what any test takes (the slowest take about 10 s on 2 cores); test.slow() where one is heavy by nature.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Geometry is measured once cards and sheets are in place: the short slide-in
  // animations are for readers, and a slow machine could measure them mid-way.
  use: { trace: 'retain-on-failure', reducedMotion: 'reduce' },
  projects: [
    // Builds a publication of its own, so it runs first, alone.
    { name: 'smallest', testMatch: 'smallest-publication.spec.ts', use: browser },
    ...modes.map(({ name, port }) => ({
      name,
      testIgnore: 'smallest-publication.spec.ts',
      ...(name === 'static' ? { grep: /@both/ } : {}),
      dependencies: ['smallest'],
      use: { ...browser, baseURL: `http://localhost:${port}` }
    }))
  ],
  webServer: modes.map(({ name, port }) => ({
    command: `node tests/support/e2e-server.mjs ${name}`,
    url: `http://localhost:${port}/en`,
    timeout: 900_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe' as const
  }))
})
