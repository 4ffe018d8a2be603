// A throwaway PostgreSQL server for the unit tests: Debian's server binaries, a fresh cluster in a temp dir, a free port.
// Set TEST_DATABASE_URL to use an existing database instead.
import { execFile, execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface RunningPostgres {
  url: string
  stop: () => Promise<void>
  /** Stops the server and keeps its data; `resume` starts it again on the same port (outage tests). */
  pause: () => Promise<void>
  resume: () => Promise<void>
}

const debianRoot = '/usr/lib/postgresql'
const database = 'glossa_test'
const superuser = 'postgres'
const startTimeoutSeconds = 180

interface ServerBinaries {
  dir: string
  initdb: string
  pgCtl: string
  createdb: string
}

function findServerBinaries(): ServerBinaries | undefined {
  if (!existsSync(debianRoot)) return undefined
  const versions = readdirSync(debianRoot)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
  for (const version of versions) {
    const dir = path.join(debianRoot, version, 'bin')
    const bins = { dir, initdb: path.join(dir, 'initdb'), pgCtl: path.join(dir, 'pg_ctl'), createdb: path.join(dir, 'createdb') }
    if (existsSync(bins.initdb) && existsSync(bins.pgCtl) && existsSync(bins.createdb)) return bins
  }
  return undefined
}

const isRoot = () => process.getuid?.() === 0

function installDebianPostgres(): Promise<void> {
  console.log('Installing Debian PostgreSQL for the unit tests…')
  const apt = (...args: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn('apt-get', ['-o', 'DPkg::Lock::Timeout=300', ...args], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
      })
      child.on('error', reject)
      child.on('exit', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`apt-get ${args.join(' ')} failed (${signal ?? `exit ${code}`})`))
      )
    })
  return apt('update').then(() => apt('install', '-y', '--no-install-recommends', 'postgresql'))
}

async function serverBinaries(): Promise<ServerBinaries> {
  const found = findServerBinaries()
  if (found) return found
  const canInstall = process.platform === 'linux' && existsSync('/etc/debian_version') && isRoot()
  if (canInstall) {
    await installDebianPostgres()
    const installed = findServerBinaries()
    if (installed) return installed
  }
  throw new Error(
    `No PostgreSQL server binaries under ${debianRoot}/<version>/bin: install them (Debian: apt-get install postgresql) or set TEST_DATABASE_URL to a postgres:// URL of a database the tests may use.`
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => (port ? resolve(port) : reject(new Error('Could not find a free TCP port'))))
    })
  })
}

// The server refuses to run as root, so as root the cluster belongs to, and is run by, the postgres user.
function asServerUser(command: string, args: string[]): [string, string[]] {
  if (!isRoot()) return [command, args]
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((candidate) => existsSync(candidate))
  if (runuser) return [runuser, ['-u', superuser, '--', command, ...args]]
  const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`
  return ['su', [superuser, '-s', '/bin/sh', '-c', [command, ...args].map(quote).join(' ')]]
}

// libpq and pg_ctl read PG* variables (PGDATA, PGPORT, PGHOST…); keep the caller's out of our cluster.
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' }
  for (const key of Object.keys(env)) if (key.startsWith('PG')) delete env[key]
  return env
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env: cleanEnv(), maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!error) return resolve()
      const output = `${stdout}${stderr}`.trim()
      reject(new Error(`${error.message}\n${output}`))
    })
  })
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-20).join('\n')
  } catch {
    return ''
  }
}

function serverUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, superuser], { encoding: 'utf8' }).trim())
  try {
    return { uid: id('-u'), gid: id('-g') }
  } catch {
    throw new Error(`Running as root, but there is no '${superuser}' user to run PostgreSQL as: create it or set TEST_DATABASE_URL.`)
  }
}

export async function startPostgres(): Promise<RunningPostgres> {
  const external = process.env.TEST_DATABASE_URL
  if (external) {
    const unsupported = async () => {
      throw new Error('TEST_DATABASE_URL names a server these tests do not run: they cannot stop and start it')
    }
    return { url: external, stop: async () => {}, pause: unsupported, resume: unsupported }
  }

  const bins = await serverBinaries()
  const owner = isRoot() ? serverUserIds() : undefined
  const root = mkdtempSync(path.join(tmpdir(), 'glossa-pg-'))
  const dataDir = path.join(root, 'data')
  const logFile = path.join(root, 'server.log')
  if (owner) chownSync(root, owner.uid, owner.gid)
  const pgCtl = (...args: string[]) => {
    const [command, fullArgs] = asServerUser(bins.pgCtl, ['-D', dataDir, ...args])
    return run(command, fullArgs, root)
  }

  let started = false
  const removeDir = () => rmSync(root, { recursive: true, force: true })
  // If the process ends without stop(), don't leave a server behind.
  const onExit = () => {
    if (started) {
      const [command, args] = asServerUser(bins.pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop'])
      try {
        execFileSync(command, args, { cwd: root, env: cleanEnv(), stdio: 'ignore' })
      } catch {}
    }
    removeDir()
  }
  process.on('exit', onExit)

  let stopping: Promise<void> | undefined
  const stop = () => {
    stopping ??= (async () => {
      process.off('exit', onExit)
      try {
        if (started) await pgCtl('-m', 'immediate', '-w', '-t', String(startTimeoutSeconds), 'stop')
        started = false
      } finally {
        removeDir()
      }
    })()
    return stopping
  }

  try {
    const [initdb, initdbArgs] = asServerUser(bins.initdb, [
      '-D',
      dataDir,
      '-U',
      superuser,
      '-A',
      'trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
      '--no-instructions'
    ])
    await run(initdb, initdbArgs, root)
    // Only the socket in our temp dir and 127.0.0.1, both without a password.
    const hba = path.join(dataDir, 'pg_hba.conf')
    writeFileSync(hba, 'local all all trust\nhost all all 127.0.0.1/32 trust\n')
    if (owner) chownSync(hba, owner.uid, owner.gid)

    // The port is free when picked but may be taken before the server binds it: then pick another.
    let port = 0
    let options = ''
    for (let attempt = 1; !started; attempt++) {
      port = await freePort()
      options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
      try {
        await pgCtl('-w', '-t', String(startTimeoutSeconds), '-l', logFile, '-o', options, 'start')
        started = true
      } catch (error) {
        const log = readLog(logFile)
        if (attempt < 5 && /could not bind|address already in use/i.test(log)) continue
        throw new Error(`${(error as Error).message}\n${log}`)
      }
    }

    await run(bins.createdb, ['-h', '127.0.0.1', '-p', String(port), '-U', superuser, database], root)
    const pause = async () => {
      await pgCtl('-m', 'fast', '-w', '-t', String(startTimeoutSeconds), 'stop')
    }
    const resume = async () => {
      await pgCtl('-w', '-t', String(startTimeoutSeconds), '-l', logFile, '-o', options, 'start')
    }
    return { url: `postgres://${superuser}@127.0.0.1:${port}/${database}`, stop, pause, resume }
  } catch (error) {
    await stop().catch(() => {})
    throw error
  }
}
