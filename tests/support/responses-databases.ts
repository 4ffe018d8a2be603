// The databases the responses store's tests run against: a fresh SQLite file,
// and a fresh database on the real Postgres the unit run started
// (tests/support/postgres-global-setup.ts). Never a mock.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { DatabaseTarget } from '@/lib/responses/database'

export type DatabaseKind = 'sqlite' | 'postgres'

export const databaseKinds: DatabaseKind[] = ['sqlite', 'postgres']

let count = 0

/** A target nobody has used yet: a new SQLite file, or a new Postgres database on the server at `postgresUrl`. */
export async function freshTarget(kind: DatabaseKind, postgresUrl: string): Promise<DatabaseTarget> {
  const dir = mkdtempSync(path.join(tmpdir(), 'glossa-responses-'))
  if (kind === 'sqlite') return { file: path.join(dir, 'responses.db') }
  const name = `glossa_${process.pid}_${Date.now()}_${count++}`
  const client = new pg.Client({ connectionString: postgresUrl })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  return { url: url.href, file: path.join(dir, 'unused.db') }
}
