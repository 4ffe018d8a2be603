/**
 * Where each term is annotated in the essays shown in a locale, with the
 * sentence around each occurrence (the concordance of its term page): one
 * pass over those essays' annotations (which rendering already found) and
 * one walk of each essay's tree for the sentences (once per language an essay
 * is written in: a locale showing it untranslated shares them), never one
 * search per term.
 */
import type { Essay } from '@/lib/content/types'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { type OccurrenceContext, occurrenceContexts } from '@/lib/render/occurrence-contexts'
import { essayPath } from '@/lib/site/paths.mjs'
import type { EssayText } from './texts'

export interface AppearsIn {
  slug: string
  title: string
  /** The language the essay is shown in: the page's, or, when it is not translated, its source's. */
  locale: Locale
  isFallback: boolean
  /** Each occurrence, in document order: a link to it, and the sentence it stands in. */
  occurrences: { href: string; context: OccurrenceContext }[]
}

/**
 * For every term annotated in the essays (in reading order) shown in
 * `locale`, the essays and occurrences; `sentencesOf` gives the sentence of
 * each annotation of an essay in the language it is written in, by annotation id.
 */
export function appearancesIn(
  essays: readonly Essay[],
  locale: Locale,
  textOf: (slug: string) => EssayText,
  sentencesOf: (slug: string, writtenIn: Locale) => ReadonlyMap<string, OccurrenceContext>
): Map<string, AppearsIn[]> {
  const index = new Map<string, AppearsIn[]>()
  for (const { slug } of essays) {
    const text = textOf(slug)
    if (text.rendered.occurrences.length === 0) continue
    const contexts = sentencesOf(slug, text.locale)
    const byTerm = new Map<string, AppearsIn['occurrences']>()
    for (const { termId, id } of text.rendered.occurrences) {
      const context = contexts.get(id)
      if (!context) continue
      const listed = byTerm.get(termId) ?? []
      listed.push({ href: `${essayPath(locale, slug)}#${id}`, context })
      byTerm.set(termId, listed)
    }
    for (const [termId, occurrences] of byTerm) {
      const essaysOfTerm = index.get(termId) ?? []
      essaysOfTerm.push({ slug, title: text.value.title, locale: text.locale, isFallback: text.isFallback, occurrences })
      index.set(termId, essaysOfTerm)
    }
  }
  return index
}

/** The sentence of each annotation of an essay's text, by annotation id, cut by the rules of the text's language. */
export function essaySentences(text: EssayText): Map<string, OccurrenceContext> {
  return occurrenceContexts(text.rendered.tree, localeInfo[text.locale].lang)
}
