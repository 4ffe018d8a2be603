/**
 * `terms coverage`: per essay, the candidates at or above a score that no
 * term covers; and the published terms that no essay's text uses.
 */
import type { Content } from '@/lib/content/types'
import { glossaryMatch } from './glossary-match'
import { termForms } from './publication-text'
import type { TermFinder } from './term-finder'
import { textBlocks } from './text-blocks'
import type { Candidate } from './types'

export interface EssayCoverage {
  slug: string
  file: string
  uncovered: Candidate[]
}

export interface CoverageReport {
  essays: EssayCoverage[]
  /** Published terms whose forms occur in no essay, in any locale (link text counts: the term is used, only not annotated). */
  unusedTerms: string[]
}

/** Default score above which an uncovered candidate is listed. */
export const defaultCoverageThreshold = 4

export function coverageReport(content: Content, finder: TermFinder, threshold = defaultCoverageThreshold): CoverageReport {
  const essays = [...content.essays.values()].map((essay) => {
    const file = essay.source
    const candidates = finder.suggest({ markdown: file.body, locale: file.locale, terms: termForms(content, file.locale) })
    return {
      slug: essay.slug,
      file: file.file,
      uncovered: candidates.filter((candidate) => candidate.score >= threshold && !candidate.covered.termId)
    }
  })
  const used = new Set<string>()
  for (const essay of content.essays.values()) {
    for (const file of Object.values(essay.files)) {
      for (const id of glossaryMatch(termForms(content, file.locale), file.locale).uses(textBlocks(file.body)).keys()) used.add(id)
    }
  }
  return { essays, unusedTerms: [...content.terms.keys()].filter((id) => !used.has(id)).sort() }
}
