/**
 * The publication, built once: the validated content, each text rendered and
 * annotated per locale, the fallback rules, the bilingual pairs, the reading
 * order, the subjects, the "appears in" index and the glossary index. Plain
 * functions over the content; every piece is computed on first use and kept,
 * so a process that builds every page renders each text once. Where it lives
 * between requests is the caller's choice (app/_content/publication.ts).
 */
import { cardAnnotationIdPrefix } from '@/lib/annotate/markup'
import type { Glossary } from '@/lib/annotate/rehype-glossary'
import type { Content, Essay, EssayFile, Term, TermEntry } from '@/lib/content/types'
import { isLocale, type Locale, localeInfo, locales } from '@/lib/i18n/locales'
import { excerptOf } from '@/lib/render/excerpt'
import { createLocaleRenderer, glossaryFor } from '@/lib/render/locale-renderer'
import type { LinkTarget } from '@/lib/render/rehype-link-previews'
import type { RenderedMarkdown } from '@/lib/render/render-markdown'
import { entryStatus, essayStatus, type TranslationStatus } from '@/lib/translations/status'
import { bilingualPairs, bilingualPartner, isBilingualPair } from './bilingual'
import { neighbours, paginate, readingOrder } from './essay-order'
import { glossaryIndex } from './glossary-index'
import { essayFileIn, type Localized, termEntryIn } from './localized'
import { memoize } from './memo'
import { essaySubjectIds, subjectIndex } from './subjects'

/** The URLs the publication links to from inside texts. */
export interface PublicationPaths {
  essay: (locale: Locale, slug: string) => string
  term: (locale: Locale, termId: string) => string
}

export interface EssayText extends Localized<EssayFile> {
  rendered: RenderedMarkdown
}

export interface AppearsIn {
  slug: string
  title: string
  /** Links to each occurrence, in document order. */
  hrefs: string[]
}

export interface LinkPreview {
  key: string
  title: string
  summary?: string
  /** Language of `title` and `summary`. */
  locale: Locale
  href: string
}

/** Essays on one page of the home list. */
export const essaysPerPage = 10

export type Publication = ReturnType<typeof buildPublication>

export function buildPublication(content: Content, paths: PublicationPaths) {
  const essays = readingOrder(content.essays.values())
  const slugs = essays.map((essay) => essay.slug)
  const subjects = subjectIndex(content, essays)

  const glossary = memoize((locale: Locale): Glossary => glossaryFor(content, locale))
  const renderers = memoize((locale: Locale) => createLocaleRenderer(glossary(locale), locale))
  /** The page of the publication a link in a text points to (any locale's path, or one without locale), in the reader's language. */
  const linkTarget =
    (pageLocale: Locale) =>
    (href: string): LinkTarget | undefined => {
      const [, locale, kind, id, fragment = ''] = /^\/(?:([^/]+)\/)?(essays|glossary)\/([^/#?]+)\/?(#.*)?$/.exec(href) ?? []
      if (!kind || (locale !== undefined && !isLocale(locale))) return undefined
      if (kind === 'essays')
        return content.essays.has(id) ? { key: `essay-${id}`, href: paths.essay(pageLocale, id) + fragment } : undefined
      return content.terms.has(id) ? { key: `term-${id}`, href: paths.term(pageLocale, id) + fragment } : undefined
    }
  const markdownRenderer = memoize((textLocale: Locale, pageLocale: Locale, idNamespace: string, exclude: string) =>
    renderers(textLocale).markdown({
      idNamespace,
      href: (termId) => paths.term(pageLocale, termId),
      exclude: exclude ? [exclude] : [],
      linkTarget: linkTarget(pageLocale)
    })
  )

  /** Pages look essays and terms up (a slug from a URL may name none); the rest is asked about known ones. */
  const essay = (slug: string): Essay | undefined => content.essays.get(slug)
  const term = (id: string): Term | undefined => content.terms.get(id)
  const essayOf = (slug: string): Essay => required(essay(slug), `essay "${slug}"`)
  const termOf = (id: string): Term => required(term(id), `term "${id}"`)

  /**
   * The essay as shown in `textLocale` (its translation, or the source) on a
   * page in `pageLocale`. A second text on the same page (the bilingual view)
   * needs its own `idNamespace` (e.g. `es-`) so that its ids stay unique.
   */
  const renderedEssay = memoize((slug: string, textLocale: Locale, pageLocale: Locale, idNamespace: string): EssayText => {
    const file = essayFileIn(essayOf(slug), textLocale)
    return { ...file, rendered: markdownRenderer(file.locale, pageLocale, idNamespace, '')(file.value.body) }
  })
  const essayText = (slug: string, textLocale: Locale, pageLocale: Locale = textLocale, idNamespace = '') =>
    renderedEssay(slug, textLocale, pageLocale, idNamespace)

  /** The essay's description from its front matter, else the start of its first paragraph. */
  const essayDescription = memoize((slug: string, locale: Locale): string | undefined => {
    const text = essayText(slug, locale)
    return text.value.description ?? excerptOf(text.rendered.tree, localeInfo[text.locale].lang)
  })

  /**
   * A term's summary in `locale` (or its fallback), annotated with other
   * terms: the first occurrence of each. In its `card` its annotations get ids
   * of their own; on its `page`, ids apart from the page's other text.
   */
  const termSummary = memoize((termId: string, locale: Locale, pageLocale: Locale, place: 'card' | 'page' = 'card'): RenderedMarkdown => {
    const entry = termEntryIn(termOf(termId), locale)
    const idPrefix = place === 'card' ? cardAnnotationIdPrefix(termId) : 'summary-'
    return renderers(entry.locale).text({ href: (id) => paths.term(pageLocale, id), occurrences: 'first', exclude: [termId], idPrefix })(
      entry.value.summary
    )
  })

  /** A term's full entry, annotated with other terms like an essay. */
  const termBody = memoize((termId: string, locale: Locale): RenderedMarkdown => {
    const entry = termEntryIn(termOf(termId), locale)
    return markdownRenderer(entry.locale, locale, '', termId)(entry.value.body)
  })

  /** Where each term is annotated in the essays shown in a locale: one pass over them. */
  const appearances = memoize((locale: Locale): Record<string, AppearsIn[]> => {
    const index: Record<string, AppearsIn[]> = {}
    for (const slug of slugs) {
      const text = essayText(slug, locale)
      const byTerm = new Map<string, string[]>()
      for (const occurrence of text.rendered.occurrences) {
        byTerm.set(occurrence.termId, [...(byTerm.get(occurrence.termId) ?? []), `${paths.essay(locale, slug)}#${occurrence.id}`])
      }
      for (const [termId, hrefs] of byTerm) {
        const listed = index[termId] ?? []
        listed.push({ slug, title: text.value.title, hrefs })
        index[termId] = listed
      }
    }
    return index
  })

  return {
    content,
    locales,
    /** Essays in reading order (newest first). */
    essays,
    essay,
    term,
    termIds: () => [...content.terms.keys()],
    essayFile: (slug: string, locale: Locale) => essayFileIn(essayOf(slug), locale),
    /** An essay's date is its source's: translations need not repeat it. */
    essayDate: (slug: string): string | undefined => essayOf(slug).source.date,
    termEntry: (termId: string, locale: Locale): Localized<TermEntry> => termEntryIn(termOf(termId), locale),
    termMeta: (termId: string) => termOf(termId).meta,
    essayText,
    essayDescription,
    termSummary,
    termBody,
    /**
     * The terms whose cards a page needs: those annotated on it, then, for
     * nested cards, every term their summaries name, and so on. In order of
     * first appearance.
     */
    cardTerms: (annotated: readonly string[], locale: Locale, pageLocale: Locale, excluding?: string): string[] => {
      const found = new Set(annotated)
      for (const termId of found) {
        for (const { termId: named } of termSummary(termId, locale, pageLocale).occurrences) if (named !== excluding) found.add(named)
      }
      return [...found]
    },
    /** What the preview card of a linked page shows, in `locale` (or its fallback). */
    preview: (key: string, locale: Locale): LinkPreview | undefined => {
      const [, kind, id] = /^(essay|term)-(.+)$/.exec(key) ?? []
      const [linkedEssay, linkedTerm] = [kind === 'essay' ? essay(id) : undefined, kind === 'term' ? term(id) : undefined]
      if (linkedEssay) {
        const file = essayFileIn(linkedEssay, locale)
        return { key, title: file.value.title, summary: essayDescription(id, locale), locale: file.locale, href: paths.essay(locale, id) }
      }
      if (linkedTerm) {
        const entry = termEntryIn(linkedTerm, locale)
        return { key, title: entry.value.term, summary: entry.value.summary, locale: entry.locale, href: paths.term(locale, id) }
      }
      return undefined
    },
    appearsIn: (termId: string, locale: Locale): AppearsIn[] => appearances(locale)[termId] ?? [],
    glossaryIndex: memoize((locale: Locale) => glossaryIndex(content.terms.values(), locale)),
    homePages: memoize(() => paginate(slugs, essaysPerPage)),
    neighbours: (slug: string) => neighbours(slugs, slug),
    subjects,
    /** Every subject id, in the order of its label in `locale`. */
    subjectIdsByLabel: memoize((locale: Locale): string[] => {
      const collator = new Intl.Collator(localeInfo[locale].lang, { sensitivity: 'base', numeric: true })
      const label = (id: string) => subjects.get(id)?.label(locale).value ?? id
      return [...subjects.keys()].sort((a, b) => collator.compare(label(a), label(b)))
    }),
    essaySubjects: (slug: string) => essaySubjectIds(essayOf(slug)),
    isBilingualPair: (slug: string, locale: Locale, other: Locale) => isBilingualPair(essayOf(slug), locale, other),
    bilingualPartner: (slug: string, locale: Locale) => bilingualPartner(essayOf(slug), locale),
    bilingualPairs: (slug: string) => bilingualPairs(essayOf(slug)),
    /** Whether the file of an essay in `locale` follows its source's current version; undefined for a source or a fallback. */
    essayStatus: memoize((slug: string, locale: Locale): TranslationStatus | undefined => {
      const found = essay(slug)
      return found && essayStatus(found, locale)
    }),
    /** Whether a term's entry in `locale` follows the default locale's current entry; undefined for that entry or a fallback. */
    termStatus: memoize((termId: string, locale: Locale): TranslationStatus | undefined => {
      const found = term(termId)
      return found && entryStatus(found, locale)
    })
  }
}

export type { Localized }

/** A value the caller knows is there; a clear error, naming it, if it is not. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The publication has no ${what}`)
  return value
}
