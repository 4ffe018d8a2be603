// Faults, on the real databases: a writer killed with SIGKILL in the middle of
// a burst loses nothing it acknowledged and leaves the database sound; a
// Postgres that goes away makes requests fail fast and clearly, and the same
// pool works again when it is back; a full database or disk, and a read-only
// file or database, refuse the write with a message naming the database and
// the fix, and leave nothing half-written.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { chmodSync } from 'node:fs'
import path from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { type DatabaseTarget, openDatabase, storageProblem } from '@/lib/responses/database'
import { responseStore } from '@/lib/responses/store'
import { type RunningPostgres, startPostgres } from '../support/postgres'
import { testResponse } from '../support/response-row'
import { databaseKinds, freshTarget } from '../support/responses-databases'

/** Starts the burst writer, waits for `acks` acknowledged ids, kills it with SIGKILL; returns every id it acknowledged. */
function burstThenKill(target: DatabaseTarget, acks: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx's loader), so that SIGKILL stops the writer itself, not a launcher in front of it.
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/responses-burst.ts', JSON.stringify(target)], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const acknowledged: string[] = []
    let pending = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      acknowledged.push(...lines.filter(Boolean))
      if (acknowledged.length >= acks && !child.killed) child.kill('SIGKILL')
    })
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString()
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged)
      else reject(new Error(`the writer stopped by itself: ${errors}`))
    })
  })
}

describe.each(databaseKinds)('a writer killed mid-burst, on %s', (kind) => {
  test('every acknowledged response is there afterwards, and the database checks clean', async () => {
    const target = await freshTarget(kind, inject('postgresUrl'))
    const acknowledged = await burstThenKill(target, 150)
    expect(acknowledged.length).toBeGreaterThanOrEqual(150)
    const db = await openDatabase(target)
    try {
      const stored = new Set((await responseStore(db).responsesOf('burst')).map((row) => row.id))
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([])
      if (kind === 'sqlite') {
        const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)
        expect(rows).toEqual([{ integrity_check: 'ok' }])
      }
    } finally {
      await db.destroy()
    }
  })
})

describe('Postgres going away while the server runs', () => {
  let server: RunningPostgres
  beforeAll(async () => {
    server = await startPostgres()
  })
  afterAll(async () => {
    await server.stop()
  })
  test('queries fail fast with a connection error, and work again on the same pool once it is back', async () => {
    const db = await openDatabase({ url: server.url, file: '' })
    const store = responseStore(db)
    try {
      expect(await store.responsesOf('any')).toEqual([])
      await server.pause()
      const started = Date.now()
      await expect(store.responsesOf('any')).rejects.toThrow(/ECONNREFUSED|terminat|connect/i)
      expect(Date.now() - started).toBeLessThan(10_000)
      await server.resume()
      await expect
        .poll(
          () =>
            store.responsesOf('any').then(
              () => 'back',
              () => 'down'
            ),
          { timeout: 30_000 }
        )
        .toBe('back')
    } finally {
      await db.destroy()
    }
  })
})

/** The uid (and gid) of `nobody`, an ordinary user for whom file permissions count. */
const nobody = 65534

/** What tests/support/responses-write-once.ts reports, run in a process of its own (as `uid` when given). */
function writeOnce(target: DatabaseTarget, essay: string, uid?: number): Record<string, unknown> {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'tests/support/responses-write-once.ts', JSON.stringify(target), essay],
    {
      encoding: 'utf8',
      ...(uid === undefined ? {} : { uid, gid: uid, env: { ...process.env, HOME: '/tmp' } })
    }
  )
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}')
}

async function storedCount(target: DatabaseTarget, essay: string): Promise<number> {
  const db = await openDatabase(target)
  try {
    return (await responseStore(db).responsesOf(essay)).length
  } finally {
    await db.destroy()
  }
}

describe('a database that cannot take a write', () => {
  test('SQLite full (its size limit reached, as a full disk): the write is refused as a full disk, nothing of it stored, the file sound, and writes work once there is room', async () => {
    const target = await freshTarget('sqlite', '')
    const db = await openDatabase(target)
    try {
      const store = responseStore(db)
      await store.addResponse(testResponse(0, 'full'))
      const { rows } = await sql<{ page_count: number }>`PRAGMA page_count`.execute(db)
      await sql.raw(`PRAGMA max_page_count = ${rows[0].page_count}`).execute(db)
      const refused = await store.addResponse(testResponse(1, 'full', 'A long response. '.repeat(300))).then(
        () => undefined,
        (error: unknown) => error
      )
      expect((refused as { code?: string }).code).toBe('SQLITE_FULL')
      expect(storageProblem(refused, target)).toBe(
        `The disk holding the responses database ${target.file} is full: nothing was written; free some space`
      )
      expect((await store.responsesOf('full')).map((row) => row.name)).toEqual(['Writer 0'])
      const { rows: check } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)
      expect(check).toEqual([{ integrity_check: 'ok' }])
      await sql.raw('PRAGMA max_page_count = 1073741823').execute(db)
      await store.addResponse(testResponse(2, 'full'))
      expect(await store.responsesOf('full')).toHaveLength(2)
    } finally {
      await db.destroy()
    }
  })

  test('a read-only SQLite file: the server still reads it, refuses the write naming the file and the fix, and stores nothing', async (context) => {
    // Root writes any file: the server runs as an ordinary user here (nobody), as it would on a host, which needs
    // a project that user can read (Stryker's sandbox, a folder only root may enter, is not: the test says so and skips).
    const asRoot = process.getuid?.() === 0
    if (asRoot && spawnSync('test', ['-r', 'tests/support/responses-write-once.ts'], { uid: nobody, gid: nobody }).status !== 0) {
      context.skip(`user ${nobody} cannot read the project in ${process.cwd()}`)
    }
    const target = await freshTarget('sqlite', '')
    const db = await openDatabase(target)
    await responseStore(db).addResponse(testResponse(0, 'read-only'))
    await db.destroy()
    chmodSync(target.file, 0o444)
    if (asRoot) chmodSync(path.dirname(target.file), 0o777)
    const outcome = writeOnce(target, 'read-only', asRoot ? nobody : undefined)
    expect(outcome).toEqual({
      read: 1,
      failedAt: 'write',
      code: 'SQLITE_READONLY',
      problem: `the responses database ${target.file} is read-only: nothing was written; let the server's user write to the file and to its folder (for its -wal and -shm files), or set RESPONSES_DB`
    })
    chmodSync(target.file, 0o644)
    expect(await storedCount(target, 'read-only')).toBe(1)
  })

  test('a read-only Postgres database: reads work, the write is refused naming DATABASE_URL, nothing stored', async () => {
    const target = await freshTarget('postgres', inject('postgresUrl'))
    const db = await openDatabase(target)
    await responseStore(db).addResponse(testResponse(0, 'read-only'))
    await db.destroy()
    const name = new URL(target.url ?? '').pathname.slice(1)
    const admin = new pg.Client({ connectionString: inject('postgresUrl') })
    await admin.connect()
    try {
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`)
      expect(writeOnce(target, 'read-only')).toEqual({
        read: 1,
        failedAt: 'write',
        code: '25006',
        problem:
          'the Postgres database of DATABASE_URL is read-only (default_transaction_read_only, or a standby): nothing was written; point DATABASE_URL at a writable primary'
      })
    } finally {
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = off`)
      await admin.end()
    }
    expect(await storedCount(target, 'read-only')).toBe(1)
  })
})
