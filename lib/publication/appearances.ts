/**
 * Where each term is annotated in the essays shown in a locale: one pass over
 * those essays' annotations (which rendering already found), never one search
 * per term.
 */
import type { Essay } from '@/lib/content/types'
import type { Locale } from '@/lib/i18n/locales'
import { essayPath } from '@/lib/site/paths.mjs'
import type { EssayText } from './texts'

export interface AppearsIn {
  slug: string
  title: string
  /** Links to each occurrence, in document order. */
  hrefs: string[]
}

/** For every term annotated in the essays (in reading order) shown in `locale`, the essays and occurrences. */
export function appearancesIn(essays: readonly Essay[], locale: Locale, textOf: (slug: string) => EssayText): Map<string, AppearsIn[]> {
  const index = new Map<string, AppearsIn[]>()
  for (const { slug } of essays) {
    const text = textOf(slug)
    const byTerm = new Map<string, string[]>()
    for (const occurrence of text.rendered.occurrences) {
      const hrefs = byTerm.get(occurrence.termId) ?? []
      hrefs.push(`${essayPath(locale, slug)}#${occurrence.id}`)
      byTerm.set(occurrence.termId, hrefs)
    }
    for (const [termId, hrefs] of byTerm) {
      const listed = index.get(termId) ?? []
      listed.push({ slug, title: text.value.title, hrefs })
      index.set(termId, listed)
    }
  }
  return index
}
