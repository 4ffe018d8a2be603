import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from './ready'

// The smallest publication a new author starts with: one essay in one
// language, one term, no subjects. Routes with nothing to prerender (a second
// page of essays, a bilingual view, a subject) must not stop `npm run export`,
// which Next does for an empty generateStaticParams under output: 'export'.
// Its own project (playwright.config.ts) runs it before the others, on a quiet
// machine, since it builds. Built without RESPONSES_ORIGIN, its essay's
// responses are read-only.

const files: Record<string, string> = {
  'essays/first-light/en.md':
    '---\ntitle: First light\ndate: 2026-01-02\ncomments: true\n---\n\nA lantern in the window.\n\n## The road\n\nIt burned all night.\n',
  'glossary/lantern/en.md':
    '---\nterm: lantern\nsummary: A lamp in a case that keeps off the wind.\nmatch: [lantern]\n---\n\nA portable lamp.\n'
}
const outDir = '.cache/e2e-smallest-out'
const port = 3250

// One build for both tests.
test.describe.configure({ mode: 'serial' })

let server: ChildProcess | undefined

test.beforeAll(async () => {
  test.setTimeout(600_000)
  const contentDir = mkdtempSync(path.join(tmpdir(), 'smallest-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(contentDir, name)), { recursive: true })
    writeFileSync(path.join(contentDir, name), text)
  }
  rmSync(outDir, { recursive: true, force: true })
  const exported = spawnSync('npx', ['tsx', 'scripts/export.ts'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: contentDir,
      NEXT_DIST_DIR: outDir,
      RESPONSES_DB: `${contentDir}-responses.db`,
      RESPONSES_ORIGIN: '',
      SITE_URL: 'https://glossa.example'
    }
  })
  rmSync(contentDir, { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${contentDir}-responses.db${suffix}`, { force: true })
  expect(exported.status, `${exported.stdout}\n${exported.stderr}`).toBe(0)

  server = spawn('node', ['tests/support/static-server.mjs', outDir], { env: { ...process.env, STATIC_PORT: String(port) } })
  await new Promise((resolve) => server?.stdout?.once('data', resolve))
})

test.afterAll(() => {
  server?.kill()
})

function pathsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? [full, ...pathsUnder(full)] : [full]
  })
}

test('exports, with no placeholder pages left behind', () => {
  expect(existsSync(path.join(outDir, 'en/essays/first-light.html'))).toBe(true)
  expect(existsSync(path.join(outDir, 'zh/glossary/lantern.html'))).toBe(true)
  const all = pathsUnder(outDir)
  expect(all.length).toBeGreaterThan(50)
  expect(all.filter((file) => path.basename(file).startsWith('_none'))).toEqual([])
})

test('the essay reads and annotates in its language and falls back in the others; empty routes are 404s', async ({ page, request }) => {
  const base = `http://localhost:${port}`
  await page.goto(`${base}/en/essays/first-light`)
  await expect(page.locator('h1')).toHaveText('First light')
  const term = page.locator('.essay a.term[data-term="lantern"]')
  await expect(term).toHaveCount(1)
  await term.hover()
  await expect(page.locator('#card-lantern')).toContainText('A lamp in a case')
  // Exported without a server to take them, responses are shown read-only, with no form.
  await expect(page.locator('#responses')).toContainText('Responses are read-only on this copy of the publication.')
  await expect(page.locator('#responses form')).toHaveCount(0)

  expect((await request.get(`${base}/zh/essays/first-light`)).status()).toBe(200)
  await page.goto(`${base}/en`)
  await expect(page.locator(`a[href="/en/essays/first-light"]`).first()).toBeVisible()
  for (const missing of ['/en/page/2', '/en/page/_none', '/en/subjects/_none', '/en/essays/first-light/compare/zh']) {
    expect((await request.get(`${base}${missing}`)).status(), missing).toBe(404)
  }
})
