// Per-folder mutation scores from a Stryker JSON report (mutation-testing-report-schema).
// Usage: tsx tests/mutation/mutation-score.ts [reports/mutation/mutation.json] [--files]
// Score = (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), the same definition Stryker uses;
// CompileError, RuntimeError and Ignored mutants are not counted. The last line of output is one JSON object.
import { readFileSync } from 'node:fs'

type Status = 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending'
interface Report {
  schemaVersion: string
  files: Record<string, { mutants: { status: Status }[] }>
}
interface Tally {
  killed: number
  timeout: number
  survived: number
  noCoverage: number
  compileError: number
  runtimeError: number
  ignored: number
  total: number
}

const args = process.argv.slice(2)
const reportPath = args.find((arg) => !arg.startsWith('--')) ?? 'reports/mutation/mutation.json'
const showFiles = args.includes('--files')
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report

const empty = (): Tally => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, compileError: 0, runtimeError: 0, ignored: 0, total: 0 })
const key: Record<Status, keyof Tally | undefined> = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'noCoverage',
  CompileError: 'compileError',
  RuntimeError: 'runtimeError',
  Ignored: 'ignored',
  Pending: undefined
}

/** lib/annotate/matcher.ts → lib/annotate; a file directly under lib/ is its own folder "lib". */
const folderOf = (file: string) => file.replace(/\\/g, '/').split('/').slice(0, -1).slice(0, 2).join('/') || '.'

const all = empty()
const folders = new Map<string, Tally>()
const files = new Map<string, Tally>()
for (const [file, { mutants }] of Object.entries(report.files)) {
  const name = file.replace(/\\/g, '/')
  const folder = folders.get(folderOf(name)) ?? empty()
  const own = empty()
  for (const { status } of mutants) {
    const field = key[status]
    if (field === undefined) throw new Error(`${name}: mutant with status ${status}; the report is incomplete`)
    for (const tally of [all, folder, own]) {
      tally[field]++
      tally.total++
    }
  }
  folders.set(folderOf(name), folder)
  files.set(name, own)
}

const detected = (t: Tally) => t.killed + t.timeout
const valid = (t: Tally) => detected(t) + t.survived + t.noCoverage
/** Percentage with two decimals, or null when there is nothing to score. */
const score = (t: Tally) => (valid(t) === 0 ? null : Math.round((10_000 * detected(t)) / valid(t)) / 100)
const covered = (t: Tally) =>
  detected(t) + t.survived === 0 ? null : Math.round((10_000 * detected(t)) / (detected(t) + t.survived)) / 100

const row = (name: string, t: Tally) =>
  [
    name.padEnd(40),
    String(score(t) ?? 'n/a').padStart(7),
    String(covered(t) ?? 'n/a').padStart(8),
    ...[t.killed, t.timeout, t.survived, t.noCoverage, t.compileError + t.runtimeError].map((n) => String(n).padStart(6))
  ].join(' ')
console.log([''.padEnd(40), '  score', ' covered', 'killed', 'tmout', 'surv', 'nocov', 'errors'].join(' '))
const sorted = [...folders].sort(([a], [b]) => a.localeCompare(b))
for (const [folder, tally] of sorted) {
  console.log(row(folder, tally))
  if (showFiles)
    for (const [file, own] of [...files].filter(([f]) => folderOf(f) === folder).sort(([a], [b]) => a.localeCompare(b)))
      console.log(row(`  ${file.slice(folder.length + 1)}`, own))
}
console.log(row('all', all))
console.log(
  JSON.stringify({
    report: reportPath,
    score: score(all),
    scoreCovered: covered(all),
    mutants: all.total,
    folders: Object.fromEntries(
      sorted.map(([folder, t]) => [
        folder,
        {
          score: score(t),
          killed: t.killed,
          timeout: t.timeout,
          survived: t.survived,
          noCoverage: t.noCoverage,
          errors: t.compileError + t.runtimeError
        }
      ])
    )
  })
)
