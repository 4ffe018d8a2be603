// The server the end-to-end tests run against: a production build of content/
// plus tests/fixtures/e2e-content/, in its own dist folder so that it never
// replaces the build `npm start` serves.
import { spawnSync, spawn } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'

const contentDir = '.cache/e2e-content'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, NEXT_DIST_DIR: '.next-e2e' }

if (!process.env.E2E_SKIP_BUILD) {
  rmSync(contentDir, { recursive: true, force: true })
  cpSync('content', contentDir, { recursive: true })
  cpSync('tests/fixtures/e2e-content', contentDir, { recursive: true })
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const server = spawn('npx', ['next', 'start', '--port', process.env.E2E_PORT ?? '3100'], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
