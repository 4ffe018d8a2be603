/**
 * The author's term finder (`npm run terms -- <command>`):
 *
 *   suggest <slug> [--json|--csv] [--locale xx] [--limit N] [--questions <file>]
 *                     ranked candidates for the essay's glossary (a translation's with --locale), each
 *                     with its forms, count, first sentence, the term that covers it (if any), readers' questions
 *   new <term-id> --from <slug> "<form>" ["<form>"…]
 *                     writes content/glossary/<term-id>/en.md, a draft entry with those forms and the sentences they occur in
 *   coverage [--threshold S]
 *                     per essay, the candidates scoring at least S that no term covers; and every term no essay uses
 *
 * Refusals are one line and exit with code 1.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { contentDir } from '@/lib/content/content-dir'
import { loadContent } from '@/lib/content/load-content'
import { ContentError, formatProblem } from '@/lib/content/problems'
import { isLocale, locales } from '@/lib/i18n/locales'
import { databaseTarget, openDatabase } from '@/lib/responses/database'
import { responseStore } from '@/lib/responses/store'
import { coverageReport, defaultCoverageThreshold } from '@/lib/terms/coverage-report'
import { draftEntry } from '@/lib/terms/draft-entry'
import { essayFile, termForms } from '@/lib/terms/publication-text'
import { parseQuestions } from '@/lib/terms/reader-questions'
import { createTermFinder } from '@/lib/terms/term-finder'
import { TermsError } from '@/lib/terms/terms-error'
import type { Candidate, ReaderQuestion } from '@/lib/terms/types'

const usage = `usage: npm run terms -- suggest <slug> [--json|--csv] [--locale xx] [--limit N] [--questions <file>]
       npm run terms -- new <term-id> --from <slug> "<form>" ["<form>"…]
       npm run terms -- coverage [--threshold S]`

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      locale: { type: 'string' },
      limit: { type: 'string' },
      questions: { type: 'string' },
      from: { type: 'string' },
      threshold: { type: 'string' }
    }
  })
  const [command, ...rest] = positionals
  const folder = contentDir()
  const content = loadContent(folder, process.cwd())
  if (command === 'suggest') {
    if (rest.length !== 1) throw new TermsError(`suggest takes one essay slug\n${usage}`)
    if (values.locale !== undefined && !isLocale(values.locale))
      throw new TermsError(`--locale ${values.locale} is not a locale: use one of ${locales.join(', ')}`)
    const file = essayFile(content, rest[0], values.locale)
    const questions = values.questions
      ? parseQuestions(readFileSync(values.questions, 'utf8'), values.questions)
      : await storedQuestions(rest[0])
    const candidates = createTermFinder().suggest({
      markdown: file.body,
      locale: file.locale,
      terms: termForms(content, file.locale),
      questions
    })
    const shown = candidates.slice(0, values.limit === undefined ? undefined : count(values.limit, '--limit'))
    console.log(values.json ? JSON.stringify(shown.map(asJson), null, 2) : values.csv ? asCsv(shown) : asText(shown, file.file))
  } else if (command === 'new') {
    const [id, ...forms] = rest
    if (!id || !values.from) throw new TermsError(`new needs a term id and --from <slug>\n${usage}`)
    const entry = draftEntry(content, { id, slug: values.from, forms })
    const target = path.join(folder, entry.file)
    const shown = path.relative(process.cwd(), target)
    if (existsSync(target)) throw new TermsError(`${shown} already exists: remove it or choose another id`)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, entry.text)
    try {
      loadContent(folder, process.cwd())
    } catch (error) {
      // What the loader refuses is not left behind.
      rmSync(path.dirname(target), { recursive: true, force: true })
      throw error
    }
    console.log(`wrote ${shown} (draft: write its summary, then remove draft: true to publish it)`)
  } else if (command === 'coverage') {
    const threshold = values.threshold === undefined ? defaultCoverageThreshold : Number(values.threshold)
    if (!Number.isFinite(threshold)) throw new TermsError(`--threshold ${values.threshold} is not a number`)
    const report = coverageReport(content, createTermFinder(), threshold)
    for (const essay of report.essays) {
      console.log(`${essay.file}: ${essay.uncovered.length} candidate(s) scoring ${threshold} or more that no term covers`)
      for (const candidate of essay.uncovered) console.log(`  ${candidate.phrase} (×${candidate.count}, ${candidate.score.toFixed(1)})`)
    }
    console.log(`Terms no essay uses: ${report.unusedTerms.length === 0 ? 'none' : report.unusedTerms.join(', ')}`)
  } else {
    throw new TermsError(command ? `unknown command "${command}"\n${usage}` : usage)
  }
}

function count(value: string, flag: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new TermsError(`${flag} ${value} is not a whole number of at least 1`)
  return number
}

function asJson(candidate: Candidate) {
  return {
    phrase: candidate.phrase,
    forms: candidate.forms,
    count: candidate.count,
    sentence: candidate.sentence,
    covered: candidate.covered.termId,
    coveredOnlyInLinkText: candidate.covered.onlyInLinkText,
    askedBy: candidate.askedBy,
    typoOf: candidate.typoOf ?? null,
    score: Number(candidate.score.toFixed(2)),
    signals: candidate.signals
  }
}

function coverageOf({ covered }: Candidate): string {
  if (!covered.termId) return 'not covered'
  return covered.onlyInLinkText ? `covered by ${covered.termId} only inside link text` : `covered by ${covered.termId}`
}

function asText(candidates: Candidate[], file: string): string {
  const lines = [`${file}: ${candidates.length} candidate(s), best first`]
  candidates.forEach((candidate, index) => {
    const notes = [
      `×${candidate.count}`,
      coverageOf(candidate),
      ...(candidate.forms.length > 1 ? [`forms: ${candidate.forms.join(' | ')}`] : []),
      ...(candidate.askedBy > 0 ? [`asked by ${candidate.askedBy} reader${candidate.askedBy === 1 ? '' : 's'}`] : []),
      ...(candidate.typoOf ? [`looks like a typo of "${candidate.typoOf}"`] : [])
    ]
    lines.push(`${String(index + 1).padStart(4)}. ${candidate.phrase}  (${notes.join('; ')})`)
    if (candidate.sentence) lines.push(`        ${candidate.sentence}`)
  })
  return lines.join('\n')
}

function asCsv(candidates: Candidate[]): string {
  const cell = (value: string | number) => (/[",\n\r]/u.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value))
  const rows = candidates.map((candidate, index) =>
    [
      index + 1,
      candidate.phrase,
      candidate.forms.join(' | '),
      candidate.count,
      candidate.covered.termId ?? '',
      candidate.covered.onlyInLinkText ? 'yes' : '',
      candidate.askedBy,
      candidate.typoOf ?? '',
      candidate.sentence
    ]
      .map(cell)
      .join(',')
  )
  return ['rank,phrase,forms,count,covered,covered_only_in_link_text,asked_by,typo_of,sentence', ...rows].join('\n')
}

/**
 * Readers' "What does this phrase mean?" notes about this essay, counted per
 * phrase, from the responses store the server writes (RESPONSES_DB or
 * DATABASE_URL); none when there is no database yet.
 */
async function storedQuestions(slug: string): Promise<ReaderQuestion[]> {
  const target = databaseTarget()
  if (!target.url && !existsSync(target.file)) return []
  const db = await openDatabase(target)
  try {
    return (await responseStore(db).termQuestions(slug)).map(({ phrase, count }) => ({ phrase, count }))
  } finally {
    await db.destroy()
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof TermsError) console.error(error.message)
  else if (error instanceof ContentError) console.error(error.problems.map(formatProblem).join('\n'))
  else if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('ERR_PARSE_ARGS'))
    console.error(`${error.message}\n${usage}`)
  else if (error instanceof Error && 'code' in error && error.code === 'ENOENT') console.error(error.message)
  else throw error
  process.exitCode = 1
})
