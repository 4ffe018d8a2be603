// `npm start`: serves the production build on port 3000, building it first when there is none.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!existsSync('.next/BUILD_ID')) run('npm', ['run', 'build'])
run('npx', ['next', 'start', '--port', process.env.PORT ?? '3000'])
