/**
 * The responses under load, part of `npm run loadtest`: `npm start`'s server
 * with the embedded database, then with Postgres; 50 readers fetching an
 * essay's responses and 10 writers posting, for LOADTEST_RESPONSES_SECONDS
 * (60) each; beside them, in the same run, the prerendered essay page as the
 * baseline. Afterwards every response the server acknowledged (201) must be
 * in the database.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { type DatabaseTarget, openDatabase } from '@/lib/responses/database'
import { startPostgres } from '@/tests/support/postgres'
import { startServer, waitFor } from './local-server'

export interface ResponsesLoadRow {
  database: 'sqlite' | 'postgres'
  what: 'essay page (baseline)' | 'read responses' | 'post a response'
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

export interface ResponsesLoadResult {
  rows: ResponsesLoadRow[]
  /** Acknowledged responses missing from the database afterwards, per database. */
  lost: Record<string, number>
  acknowledged: Record<string, number>
}

export async function loadResponses({
  distDir,
  port,
  slug
}: {
  distDir: string
  port: number
  slug: string
}): Promise<ResponsesLoadResult> {
  const duration = Number(process.env.LOADTEST_RESPONSES_SECONDS ?? 60)
  const result: ResponsesLoadResult = { rows: [], lost: {}, acknowledged: {} }
  const postgres = await startPostgres()
  try {
    const targets: [ResponsesLoadRow['database'], DatabaseTarget][] = [
      ['sqlite', { file: path.join(mkdtempSync(path.join(tmpdir(), 'glossa-load-')), 'responses.db') }],
      ['postgres', { url: postgres.url, file: '' }]
    ]
    for (const [database, target] of targets) {
      const env = {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: distDir,
        PORT: String(port),
        ...(target.url ? { DATABASE_URL: target.url } : { RESPONSES_DB: target.file }),
        // Ten writers from one address for a minute: far above what a reader may send.
        RESPONSES_RATE_PER_WRITER: '1000000'
      }
      const server = startServer('node', ['scripts/start.mjs'], env)
      const base = `http://localhost:${port}`
      try {
        await waitFor(`${base}/en`)
        const acknowledged: string[] = []
        let sent = 0
        const origin = { Origin: base, Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' }
        const [page, reads, posts] = await Promise.all([
          autocannon({ url: `${base}/en/essays/${slug}`, connections: 10, duration }),
          autocannon({ url: `${base}/responses/${slug}`, connections: 50, duration }),
          autocannon({
            url: `${base}/responses/${slug}`,
            connections: 10,
            duration,
            requests: [
              {
                method: 'POST',
                headers: origin,
                setupRequest: (request) => ({
                  ...request,
                  body: new URLSearchParams({ locale: 'en', text: `Load test response ${database} ${process.pid} ${sent++}` }).toString()
                }),
                onResponse: (status, body) => {
                  if (status === 201) acknowledged.push(JSON.parse(body).id)
                }
              }
            ]
          })
        ])
        for (const [what, run] of [
          ['essay page (baseline)', page],
          ['read responses', reads],
          ['post a response', posts]
        ] as const) {
          result.rows.push({
            database,
            what,
            requestsPerSecond: Math.round(run.requests.average),
            p50: run.latency.p50,
            p99: run.latency.p99,
            errors: run.errors + run.timeouts,
            non2xx: run.non2xx
          })
        }
        const db = await openDatabase(target)
        try {
          const stored = new Set((await db.selectFrom('responses').select('id').execute()).map((row) => row.id))
          result.acknowledged[database] = acknowledged.length
          result.lost[database] = acknowledged.filter((id) => !stored.has(id)).length
        } finally {
          await db.destroy()
        }
      } finally {
        server.stop()
      }
    }
  } finally {
    await postgres.stop()
  }
  return result
}
