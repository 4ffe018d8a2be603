/**
 * The one way to the responses database: an embedded SQLite file by default
 * (RESPONSES_DB, else data/responses.db), Postgres when DATABASE_URL is set.
 * Both get the same Kysely queries and the same migrations, which run when
 * the database is first opened in a process; Postgres takes an advisory lock
 * for them and SQLite a write lock, so instances starting at once are safe.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import { migrationProvider } from './migrations'
import type { ResponsesSchema } from './schema'

export type ResponsesDatabase = Kysely<ResponsesSchema>

export interface DatabaseTarget {
  /** A Postgres connection string; when set, `file` is not used. */
  url?: string
  /** The SQLite file. */
  file: string
}

/** Where the environment says the database is. */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DatabaseTarget {
  return { url: env.DATABASE_URL || undefined, file: path.resolve(cwd, env.RESPONSES_DB || 'data/responses.db') }
}

/** Opens (and migrates) a database. Call `destroy()` when done; servers use `sharedDatabase()` instead. */
export async function openDatabase(target: DatabaseTarget): Promise<ResponsesDatabase> {
  const db = target.url ? await openPostgres(target.url) : await openSqlite(target.file)
  try {
    await migrate(db)
  } catch (error) {
    await db.destroy()
    throw error
  }
  return db
}

async function openSqlite(file: string): Promise<ResponsesDatabase> {
  const { default: Database } = await import('better-sqlite3')
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new Database(file)
  // WAL: readers never wait for the writer; a commit is on disk before the reader is told (synchronous FULL).
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('foreign_keys = ON')
  return new Kysely<ResponsesSchema>({ dialect: new SqliteDialect({ database: sqlite }) })
}

async function openPostgres(url: string): Promise<ResponsesDatabase> {
  const { default: pg } = await import('pg')
  // Counts come back as strings and bigints as text: the store converts what it reads (Number(...)).
  // 25 connections per instance: with 10, 50 readers and 10 writers queued for them (npm run loadtest: posting
  // 24 req/s, p99 0.6 s; with 25, 41 to 57 req/s, p99 0.27 to 0.51 s, over two runs). DATABASE_POOL_SIZE changes it (Postgres allows 100 connections by default).
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 25, connectionTimeoutMillis: 5000 })
  // An idle connection that drops (the server restarting) must not crash the process.
  pool.on('error', () => {})
  return new Kysely<ResponsesSchema>({ dialect: new PostgresDialect({ pool }) })
}

async function migrate(db: ResponsesDatabase): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider })
  // Two SQLite processes migrating at once (Kysely takes no lock on SQLite): the second finds the file locked, or the
  // tables made by the first once it gets the lock; its transaction rolls back, and by the retry the first is done.
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest()
    if (!error) return
    if (attempt >= 5 || !/SQLITE_BUSY|database is locked|already exists/.test(String(error))) throw error
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
  }
}

// On globalThis: route bundles may each carry their own copy of this module, and they must share one pool.
const sharedKey = Symbol.for('glossa.responses.database')
const shared = globalThis as { [sharedKey]?: Promise<ResponsesDatabase> }

/** The process's database, opened on first use; a failed open is retried by the next caller. */
export function sharedDatabase(): Promise<ResponsesDatabase> {
  const existing = shared[sharedKey]
  if (existing) return existing
  const opening = openDatabase(databaseTarget())
  shared[sharedKey] = opening
  opening.catch(() => {
    if (shared[sharedKey] === opening) shared[sharedKey] = undefined
  })
  return opening
}

/**
 * What the host should be told when the database refuses to store something
 * because of where it lives (a read-only file or database, a full disk, a
 * file that cannot be opened or written), naming the database; undefined for
 * any other error. The write it refused left nothing behind: each is one
 * transaction.
 */
export function storageProblem(error: unknown, target: DatabaseTarget = databaseTarget()): string | undefined {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '')
  const where = target.url ? 'the Postgres database of DATABASE_URL' : `the responses database ${target.file}`
  if (code.startsWith('SQLITE_READONLY') || code === postgresReadOnly) {
    return target.url
      ? `${where} is read-only (default_transaction_read_only, or a standby): nothing was written; point DATABASE_URL at a writable primary`
      : `${where} is read-only: nothing was written; let the server's user write to the file and to its folder (for its -wal and -shm files), or set RESPONSES_DB`
  }
  if (code === 'SQLITE_FULL' || code === postgresDiskFull) return `The disk holding ${where} is full: nothing was written; free some space`
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return `${where} could not be written or opened (${code}): nothing was written; check the disk and the file's permissions`
  }
  return undefined
}

/** Postgres's SQLSTATEs for a write in a read-only transaction and for a full disk. */
const postgresReadOnly = '25006'
const postgresDiskFull = '53100'
