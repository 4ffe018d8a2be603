/**
 * `npm run check:content [-- --strict] [-- --brief]`: validates the content
 * folder and prints, per translation, how many blocks are aligned and how
 * richly it is annotated; per locale what is not translated yet; which
 * translations are older than their source; which blocks of a translation
 * annotate none of the forms of a term its source's block annotates; terms
 * that occur in a text only inside links; and readings that readers would see
 * over a whole phrase rather than per character, or not at all. Exits 1 on any
 * problem; outdated translations, term misses and readings are warnings, and
 * fail only with --strict. `--brief` (what `npm run build` runs) prints
 * problems and warnings only, and skips the checks that render every text once
 * more (annotation counts, term consistency, terms inside links).
 */

import { contentDir } from '@/lib/content/content-dir'
import { draftWarnings } from '@/lib/content/drafts'
import { loadContent } from '@/lib/content/load-content'
import { ContentError, formatProblem } from '@/lib/content/problems'
import { checkReadings } from '@/lib/readings/reading-checks'
import { checkAlignment, checkStamps, countAnnotations, coverage } from '@/lib/translations/checks'
import { checkTermConsistency, termsOnlyInLinks } from '@/lib/translations/glossary-checks'

const strict = process.argv.includes('--strict')
const brief = process.argv.includes('--brief')
const detail = (line: string) => {
  if (!brief) console.log(line)
}

try {
  const content = loadContent(contentDir(), process.cwd())
  console.log(
    `Content: ${content.essays.size} essay(s), ${content.terms.size} term(s) (and ${content.drafts.size} draft(s)), ${content.subjects.size} subject(s).`
  )
  const reports = checkAlignment(content)
  for (const report of reports) detail(`  ${report.file}: ${report.aligned}/${report.blocks} blocks aligned with ${report.sourceFile}`)
  for (const count of brief ? [] : countAnnotations(content)) {
    detail(
      `  ${count.file}: ${count.terms} terms annotated (${count.occurrences} occurrences), ${Math.round(count.ofSource * 100)}% of the source's terms`
    )
  }
  for (const { locale, missingEssays, missingTerms } of coverage(content)) {
    const missing = missingEssays.length + missingTerms.length
    const missingDetail =
      missing === 0
        ? 'complete'
        : `missing ${missingEssays.length} essay(s) ${missingEssays.join(' ')}, ${missingTerms.length} term(s) ${missingTerms.slice(0, 8).join(' ')}${missingTerms.length > 8 ? ' …' : ''}`
    detail(`  coverage ${locale}: ${missingDetail}`)
  }
  const stamps = checkStamps(content)
  console.log(`Translations: ${stamps.outdated.length} outdated, ${stamps.unknown.length} unknown (never stamped).`)
  for (const { file, sourceFile, changes, stampCommand } of stamps.outdated) {
    console.warn(`  warning: ${file} is older than ${sourceFile}: ${changes.length} passage(s) (fields and blocks) changed since its stamp`)
    for (const change of changes) console.warn(`    ${change.kind} ${change.label}`)
    console.warn(`    once it is up to date: ${stampCommand}`)
  }
  if (stamps.unknown.length > 0) {
    const listed = stamps.unknown.slice(0, 10).join(', ')
    console.log(
      `  unknown (never stamped, so not checked): ${listed}${stamps.unknown.length > 10 ? `, and ${stamps.unknown.length - 10} more` : ''}`
    )
    console.log('    stamp a translation once it is up to date: npm run translations -- stamp essay|term <id> <locale>')
  }
  const misses = brief ? [] : checkTermConsistency(content)
  for (const { file, block, terms } of misses) {
    const listed = terms.map(({ termId, forms }) => `${termId} (${forms.map((form) => `“${form}”`).join(', ')})`).join('; ')
    console.warn(`  warning: ${file}: block ${block} has none of the forms of ${listed}, which the source annotates in this block`)
  }
  for (const { file, termId, entryFile, forms } of brief ? [] : termsOnlyInLinks(content)) {
    console.warn(
      `  warning: ${file}: ${termId} (${forms.map((form) => `“${form}”`).join(', ')}, a form of ${entryFile}) occurs only inside link text, which is never annotated: readers reach its card only as the link's preview (hover or focus); to mark it in the text, use the term outside the link too`
    )
  }
  const readingWarnings = checkReadings(content)
  for (const warning of readingWarnings) console.warn(`  warning: ${formatProblem(warning)}`)
  const drafts = draftWarnings(content)
  for (const warning of drafts) console.warn(`  warning: ${formatProblem(warning)}`)
  // An outdated translation is expected to be out of step with its source: its problems are warnings.
  for (const problem of reports.filter((report) => report.outdated).flatMap((report) => report.problems)) {
    console.warn(`  warning: ${formatProblem(problem)} (the source changed since the translation's stamp)`)
  }
  const problems = reports.filter((report) => !report.outdated).flatMap((report) => report.problems)
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n'))
    process.exit(1)
  }
  const warnings = stamps.outdated.length + misses.length + readingWarnings.length + drafts.length
  if (strict && warnings > 0) {
    console.error(
      `--strict: ${stamps.outdated.length} outdated translation(s), ${misses.length} block(s) missing a term of their source, ${readingWarnings.length} warning(s) about readings, ${drafts.length} draft term(s).`
    )
    process.exit(1)
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error
  console.error(error.problems.map(formatProblem).join('\n'))
  process.exit(1)
}
