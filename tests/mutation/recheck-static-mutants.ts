/**
 * Tests again, each in a fresh Vitest process, the static mutants that
 * Stryker reports as surviving. A static mutant changes a value that is set
 * when its module loads (a table, a list, a constant). Stryker's Vitest runner
 * switches it on after the module has loaded, and it counts a mutant that
 * stops a module from loading as having no tests (stryker-js #6144, #6209).
 * So such mutants "survive" tests that kill them. Here each one is written
 * into a copy of the project, the unit tests related to its file are run, and
 * a failing run marks it killed in reports/mutation/mutation.json.
 * `npm run mutate` runs it between Stryker and the score.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

interface Position {
  line: number
  column: number
}
interface Mutant {
  id: string
  replacement: string
  status: string
  statusReason?: string
  static?: boolean
  location: { start: Position; end: Position }
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>
}

const reportPath = process.argv[2] ?? 'reports/mutation/mutation.json'
const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report
const skipped = new Set(['node_modules', '.git', '.cache', 'reports', 'out', 'test-results', 'playwright-report'])

/** Stryker's positions: lines and columns count from 1, the end is exclusive. */
function offsetOf(source: string, { line, column }: Position): number {
  let offset = 0
  for (let current = 1; current < line; current++) offset = source.indexOf('\n', offset) + 1
  return offset + column - 1
}

function applyMutant(source: string, mutant: Mutant): string {
  return source.slice(0, offsetOf(source, mutant.location.start)) + mutant.replacement + source.slice(offsetOf(source, mutant.location.end))
}

const sandbox = mkdtempSync(path.join(tmpdir(), 'static-mutants-'))
cpSync('.', sandbox, {
  recursive: true,
  filter: (source) => !skipped.has(path.basename(source)) && !path.basename(source).startsWith('.next')
})
symlinkSync(path.resolve('node_modules'), path.join(sandbox, 'node_modules'))

/** The unit tests related to `file`, in the sandbox: true when they pass. */
function testsPass(file: string): { passed: boolean; timedOut: boolean } {
  const run = spawnSync('npx', ['vitest', 'related', '--run', '--bail=1', '--passWithNoTests', '--reporter=dot', file], {
    cwd: sandbox,
    encoding: 'utf8',
    timeout: 120_000
  })
  return { passed: run.status === 0, timedOut: run.signal !== null }
}

const started = performance.now()
let rechecked = 0
let killed = 0
try {
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    const survivors = mutants.filter((candidate) => candidate.static && candidate.status === 'Survived')
    if (survivors.length === 0) continue
    const target = path.join(sandbox, path.relative(process.cwd(), path.resolve(file)))
    // Unmutated, the tests must pass: otherwise every mutant would look killed.
    if (readFileSync(target, 'utf8') !== source || !testsPass(target).passed) {
      throw new Error(`${file}: its tests do not pass unmutated (or it changed since Stryker ran): run npm run mutate again`)
    }
    for (const mutant of survivors) {
      writeFileSync(target, applyMutant(source, mutant))
      const { passed, timedOut } = testsPass(target)
      rechecked++
      if (!passed) {
        killed++
        mutant.status = timedOut ? 'Timeout' : 'Killed'
        mutant.statusReason = 'killed when tested again in a fresh process (static mutant)'
      }
    }
    writeFileSync(target, source)
  }
} finally {
  rmSync(sandbox, { recursive: true, force: true })
}
writeFileSync(reportPath, JSON.stringify(report))
console.log(
  `Static mutants tested again in fresh processes: ${rechecked}, killed ${killed} (${((performance.now() - started) / 1000).toFixed(0)} s)`
)
