/**
 * `npm run loadtest`: autocannon on loopback, 50 connections for 20 s each,
 * against the essay page and the glossary index served by `npm start`, and —
 * in the same run — by a plain static file server serving the same
 * prerendered HTML. Reports requests/s, p50/p99 latency, errors, non-2xx, the
 * server's memory over the run, and the ratio between the two servers; then
 * loads `npm start` twice more, and fails if its memory is still growing
 * (peak of round 3 more than 10% above round 2) or any request failed.
 * Then the responses (loadtest-responses.ts): readers and writers on the
 * embedded database and on Postgres, and every acknowledged response checked.
 */

import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { loadContent } from '@/lib/content/load-content'
import { required } from '@/tests/support/required'
import { loadResponses } from './loadtest-responses'
import { startServer, waitFor } from './local-server'

const distDir = '.next-audit'
const nextPort = 3301
const staticPort = 3302
const connections = 50
const duration = Number(process.env.LOADTEST_SECONDS ?? 20)
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir }

if (!process.env.LOADTEST_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const content = loadContent(path.resolve('content'), process.cwd())
const [essay] = content.essays.values()
const paths = { essay: `/en/essays/${essay.slug}`, glossary: '/en/glossary' }

const started = [
  startServer('node', ['scripts/start.mjs'], { ...env, PORT: String(nextPort) }),
  startServer('node', ['tests/support/static-server.mjs', path.join(distDir, 'server', 'app')], {
    ...process.env,
    STATIC_PORT: String(staticPort)
  })
]
const servers = started.map((server) => server.process)
const stop = () => {
  for (const server of started) server.stop()
}
await Promise.all([nextPort, staticPort].map((port) => waitFor(`http://localhost:${port}${paths.essay}`)))

/** Resident memory (kB) of a process and all its descendants, read from /proc. */
function treeMemory(rootPid: number): number {
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [rootPid]
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

interface Row {
  round: number
  server: string
  page: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  memoryMB: { start: number; end: number; max: number }
}
const rows: Row[] = []
// Round 1 compares the two servers; rounds 2 and 3 run `npm start` again on
// both pages, to tell a warm-up (memory levels off) from a leak (it keeps
// growing). Round 1 is the warm-up itself (its peak varied from 329 to 375 MB
// between runs of one build), so the leak check compares round 3 with round 2.
const nextServer = ['npm start', nextPort, required(servers[0].pid, 'the pid of npm start')] as const
const staticServer = ['static files', staticPort, required(servers[1].pid, 'the pid of the static file server')] as const
for (const [round, page, url, server, port, pid] of [
  ...Object.entries(paths).flatMap(([page, url]) => [nextServer, staticServer].map((target) => [1, page, url, ...target] as const)),
  ...[2, 3].flatMap((round) => Object.entries(paths).map(([page, url]) => [round, page, url, ...nextServer] as const))
]) {
  const samples: number[] = [treeMemory(pid)]
  const sampler = setInterval(() => samples.push(treeMemory(pid)), 1000)
  const result = await autocannon({ url: `http://localhost:${port}${url}`, connections, duration })
  clearInterval(sampler)
  samples.push(treeMemory(pid))
  const row: Row = {
    round,
    server,
    page,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    memoryMB: {
      start: Math.round(samples[0] / 1024),
      end: Math.round(samples[samples.length - 1] / 1024),
      max: Math.round(Math.max(...samples) / 1024)
    }
  }
  rows.push(row)
  console.log(
    `${round === 1 ? '' : `round ${round} `}${page.padEnd(9)} ${server.padEnd(13)} ${String(row.requestsPerSecond).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}  non-2xx ${row.non2xx}  memory ${row.memoryMB.start}→${row.memoryMB.end} MB (max ${row.memoryMB.max})`
  )
}
const ratios = Object.fromEntries(
  Object.keys(paths).map((page) => {
    const [next, plain] = ['npm start', 'static files'].map((server) =>
      required(
        rows.find((row) => row.round === 1 && row.server === server && row.page === page),
        `a round 1 row for ${server} on the ${page} page`
      )
    )
    return [page, Number((next.requestsPerSecond / plain.requestsPerSecond).toFixed(2))]
  })
)
console.log(`npm start / static files, requests per second: ${JSON.stringify(ratios)}`)
const peak = (round: number) =>
  Math.max(...rows.filter((row) => row.round === round && row.server === 'npm start').map((row) => row.memoryMB.max))
const memory = { firstRoundPeakMB: peak(1), secondRoundPeakMB: peak(2), thirdRoundPeakMB: peak(3), stable: peak(3) <= peak(2) * 1.1 }
console.log(
  `npm start memory: peak ${memory.firstRoundPeakMB} MB in round 1 (warm-up), ${memory.secondRoundPeakMB} MB in round 2, ${memory.thirdRoundPeakMB} MB in round 3 (${memory.stable ? 'stable' : 'still growing'})`
)
stop()

// Responses: an essay that takes them, on the embedded database and on Postgres.
const open = [...content.essays.values()].find((candidate) => candidate.source.comments)
const responses = open ? await loadResponses({ distDir, port: nextPort, slug: open.slug }) : undefined
if (!responses) console.log('responses: no essay has comments: true, so nothing to load')
for (const row of responses?.rows ?? []) {
  console.log(
    `responses ${row.database.padEnd(8)} ${row.what.padEnd(21)} ${String(row.requestsPerSecond).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  errors ${row.errors}  non-2xx ${row.non2xx}`
  )
}
for (const database of Object.keys(responses?.acknowledged ?? {})) {
  console.log(`responses ${database}: ${responses?.acknowledged[database]} acknowledged, ${responses?.lost[database]} missing afterwards`)
}
mkdirSync('reports', { recursive: true })
writeFileSync('reports/loadtest.json', JSON.stringify({ connections, duration, rows, ratios, memory, responses }, null, 2))
const clean =
  rows.every((row) => row.errors === 0 && row.non2xx === 0) &&
  memory.stable &&
  (responses?.rows ?? []).every((row) => row.errors === 0 && row.non2xx === 0) &&
  Object.values(responses?.lost ?? {}).every((lost) => lost === 0)
process.exit(clean ? 0 : 1)
