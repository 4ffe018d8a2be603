/**
 * What the pages read: the validated content, rendered and annotated per
 * locale. Everything here runs at build time (pages are prerendered); each
 * piece of work is done once per process.
 */
import path from 'node:path'
import { cache } from 'react'
import { glossaryTermsFor } from '@/lib/content/glossary-terms'
import { loadContent, type Content, type EssayFile, type Term, type TermEntry } from '@/lib/content/load-content'
import { defaultLocale, localeInfo, locales, type Locale } from '@/lib/i18n/locales'
import { excerptOf } from '@/lib/render/excerpt'
import { createMarkdownRenderer, type RenderedMarkdown } from '@/lib/render/render-markdown'
import { essayPath, termPath } from './paths'

/** The content folder; tests point it at fixtures with CONTENT_DIR. */
const contentDir = path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'))

export const getContent: () => Content = cache(() => loadContent(contentDir, process.cwd()))

/** A piece of content in the language it is shown in, which may not be the page's. */
export interface Localized<T> {
  value: T
  /** The locale of the text: the page's, or the source's when there is no translation. */
  locale: Locale
  isFallback: boolean
}

export function essaySlugs(): string[] {
  return [...getContent().essays.keys()]
}

export function termIds(): string[] {
  return [...getContent().terms.keys()]
}

export function getEssayFile(slug: string, locale: Locale): Localized<EssayFile> | null {
  const essay = getContent().essays.get(slug)
  if (!essay) return null
  const own = essay.files[locale]
  if (own) return { value: own, locale, isFallback: false }
  return { value: essay.files[essay.sourceLocale]!, locale: essay.sourceLocale, isFallback: true }
}

export function sourceLocaleOf(slug: string): Locale | null {
  return getContent().essays.get(slug)?.sourceLocale ?? null
}

export function getTerm(id: string): Term | null {
  return getContent().terms.get(id) ?? null
}

/** The term's entry in `locale`, else in English, else in any language it has. */
export function getTermEntry(term: Term, locale: Locale): Localized<TermEntry> {
  const own = term.entries[locale]
  if (own) return { value: own, locale, isFallback: false }
  const fallback = term.entries[defaultLocale] ?? Object.values(term.entries)[0]!
  return { value: fallback, locale: fallback.locale, isFallback: true }
}

/** Renders Markdown written in `textLocale` for a page in `pageLocale`, annotating with that language's forms. */
const annotatingRenderer = cache((textLocale: Locale, pageLocale: Locale, idNamespace = '') => {
  return createMarkdownRenderer(
    {
      idPrefix: `${idNamespace}term-`,
      terms: glossaryTermsFor(getContent(), textLocale),
      documentLang: localeInfo[textLocale].lang,
      suffixes: localeInfo[textLocale].suffixes,
      href: (termId) => termPath(pageLocale, termId)
    },
    { headingIdPrefix: idNamespace }
  )
})

const plainRenderer = cache(() => createMarkdownRenderer())

export interface EssayView extends Localized<EssayFile> {
  rendered: RenderedMarkdown
}

/**
 * The essay as shown in `textLocale` (its translation, or the source) on a page
 * in `pageLocale`. A second essay on the same page (the bilingual view) needs
 * its own `idNamespace` (e.g. `es-`) so that its ids, of annotations and
 * headings, stay unique.
 */
export const getEssayView = cache((slug: string, textLocale: Locale, pageLocale = textLocale, idNamespace?: string): EssayView | null => {
  const file = getEssayFile(slug, textLocale)
  if (!file) return null
  return { ...file, rendered: annotatingRenderer(file.locale, pageLocale, idNamespace)(file.value.body) }
})

/**
 * The bilingual view pairs the source with each of its translations, both
 * ways; a locale that only falls back to the source has no pair.
 */
export function isBilingualPair(slug: string, locale: Locale, other: Locale): boolean {
  const source = sourceLocaleOf(slug)
  const hasOwnText = (candidate: Locale) => getEssayFile(slug, candidate)?.locale === candidate
  return locale !== other && (locale === source || other === source) && hasOwnText(locale) && hasOwnText(other)
}

/** The language the bilingual view pairs an essay page in `locale` with, if any. */
export function bilingualPartner(slug: string, locale: Locale): Locale | null {
  return locales.find((other) => isBilingualPair(slug, locale, other)) ?? null
}

/** The essay's description from its front matter, else the start of its first paragraph. */
export function essayDescription(view: EssayView): string | undefined {
  return view.value.description ?? excerptOf(view.rendered.tree, localeInfo[view.locale].lang)
}

/** Terms annotated in a rendered text, in order of first appearance. */
export function usedTermIds(...rendered: RenderedMarkdown[]): string[] {
  return [...new Set(rendered.flatMap((one) => one.occurrences.map((occurrence) => occurrence.termId)))]
}

export const renderEntryBody = cache((term: Term, locale: Locale) => plainRenderer()(getTermEntry(term, locale).value.body))

export interface AppearsIn {
  slug: string
  title: string
  /** Links to each occurrence, in document order. */
  hrefs: string[]
}

/** Where a term is annotated in the essays shown in `locale`. */
export function appearances(termId: string, locale: Locale): AppearsIn[] {
  return essaySlugs().flatMap((slug) => {
    const view = getEssayView(slug, locale)!
    const hrefs = view.rendered.occurrences
      .filter((occurrence) => occurrence.termId === termId)
      .map((occurrence) => `${essayPath(locale, slug)}#${occurrence.id}`)
    return hrefs.length === 0 ? [] : [{ slug, title: view.value.title, hrefs }]
  })
}
