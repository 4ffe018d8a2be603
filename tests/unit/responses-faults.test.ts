// Faults, on the real databases: a writer killed with SIGKILL in the middle of
// a burst loses nothing it acknowledged and leaves the database sound; a
// Postgres that goes away makes requests fail fast and clearly, and the same
// pool works again when it is back.
import { spawn } from 'node:child_process'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { type DatabaseTarget, openDatabase } from '@/lib/responses/database'
import { responseStore } from '@/lib/responses/store'
import { type RunningPostgres, startPostgres } from '../support/postgres'
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
