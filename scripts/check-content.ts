/**
 * `npm run check:content`: validates content/ and prints, per translation,
 * how many blocks are aligned, and per locale what is not translated yet.
 * Exits 1 on any problem; missing translations are information only.
 */
import path from 'node:path'
import { checkAlignment, countAnnotations, coverage } from '../content/check-translations'
import { loadContent } from '../content/load-content'
import { ContentError, formatProblem } from '../content/problems'

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content')

try {
  const content = loadContent(contentDir, process.cwd())
  console.log(`Content: ${content.essays.size} essay(s), ${content.terms.size} term(s).`)
  const reports = checkAlignment(content)
  for (const report of reports) {
    console.log(`  ${report.file}: ${report.aligned}/${report.blocks} blocks aligned with ${report.sourceFile}`)
  }
  for (const count of countAnnotations(content)) {
    console.log(
      `  ${count.file}: ${count.terms} terms annotated (${count.occurrences} occurrences), ${Math.round(count.ofSource * 100)}% of the source's terms`
    )
  }
  for (const { locale, missingEssays, missingTerms } of coverage(content)) {
    const missing = missingEssays.length + missingTerms.length
    const detail = missing === 0 ? 'complete' : `missing ${missingEssays.length} essay(s) ${missingEssays.join(' ')}, ${missingTerms.length} term(s) ${missingTerms.slice(0, 8).join(' ')}${missingTerms.length > 8 ? ' …' : ''}`
    console.log(`  coverage ${locale}: ${detail}`)
  }
  const problems = reports.flatMap((report) => report.problems)
  if (problems.length > 0) {
    console.error(problems.map(formatProblem).join('\n'))
    process.exit(1)
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error
  console.error(error.problems.map(formatProblem).join('\n'))
  process.exit(1)
}
