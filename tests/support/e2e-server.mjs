// The servers the end-to-end tests run against, built from content/ plus
// tests/fixtures/e2e-content/ in folders of their own (never the build that
// `npm start` serves):
//   node tests/support/e2e-server.mjs server   npm start's server (scripts/start.mjs) on E2E_PORT (3100)
//   node tests/support/e2e-server.mjs static   the static export served by a plain file server on STATIC_PORT (3200),
//                                              built with RESPONSES_ORIGIN naming the server
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'
import { e2eResponsesDb } from './e2e-paths.mjs'

const mode = process.argv[2] === 'static' ? 'static' : 'server'
const serverOrigin = `http://localhost:${process.env.E2E_PORT ?? '3100'}`
const staticOrigin = `http://localhost:${process.env.STATIC_PORT ?? '3200'}`
const contentDir = `.cache/e2e-content-${mode}`
const distDir = mode === 'static' ? '.cache/e2e-out' : '.next-e2e'
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: contentDir,
  // A public address of its own, so that the tests see absolute URLs come from SITE_URL (tests/e2e/content.ts).
  SITE_URL: 'https://glossa.example',
  NEXT_DIST_DIR: distDir,
  RESPONSES_DB: e2eResponsesDb(mode),
  // The tests send many responses from one address in a few minutes.
  RESPONSES_RATE_PER_WRITER: '1000',
  // The static copy posts its responses to the Node server and loads newer ones from it;
  // the server lets the static copy's origin do so (it is not SITE_URL's here).
  ...(mode === 'static' ? { RESPONSES_ORIGIN: serverOrigin } : { RESPONSES_ALLOWED_ORIGINS: staticOrigin })
}

if (!process.env.E2E_SKIP_BUILD) {
  rmSync(contentDir, { recursive: true, force: true })
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${e2eResponsesDb(mode)}${suffix}`, { force: true })
  cpSync('content', contentDir, { recursive: true })
  cpSync('tests/fixtures/e2e-content', contentDir, { recursive: true })
  const build = spawnSync('npm', ['run', mode === 'static' ? 'export' : 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const server =
  mode === 'static'
    ? spawn('node', ['tests/support/static-server.mjs', distDir], { stdio: 'inherit', env })
    : spawn('node', ['scripts/start.mjs'], { stdio: 'inherit', env: { ...env, PORT: process.env.E2E_PORT ?? '3100' } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
