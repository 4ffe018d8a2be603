/**
 * Every text of the publication rendered and annotated, each once: essays in
 * a locale (their translation, or their source), term summaries for cards and
 * term pages, term entries, and essay descriptions.
 */
import { cardAnnotationIdPrefix } from '@/lib/annotate/markup'
import { essayFileIn, type Localized, termEntryIn } from '@/lib/content/localized'
import type { Content, Essay, EssayFile, Term } from '@/lib/content/types'
import { isLocale, type Locale, localeInfo } from '@/lib/i18n/locales'
import { excerptOf } from '@/lib/render/excerpt'
import { createLocaleRenderer, glossaryFor, readingsFor } from '@/lib/render/locale-renderer'
import type { LinkTarget } from '@/lib/render/rehype-link-previews'
import type { RenderedMarkdown } from '@/lib/render/render-markdown'
import { createResponseRenderer } from '@/lib/render/render-response'
import { contentLinkOf, essayPath, termPath } from '@/lib/site/paths.mjs'
import { memoize } from './memo'

export interface EssayText extends Localized<EssayFile> {
  rendered: RenderedMarkdown
}

/** Where a summary is shown: in its term's card, or on its term's page (ids apart from the page's other text). */
export type SummaryPlace = 'card' | 'page'

export interface Texts {
  /**
   * The essay as shown in `textLocale` (its translation, or the source) on a
   * page in `pageLocale`. A second text on the same page (the bilingual view)
   * needs its own `idNamespace` (e.g. `es-`) so that its ids stay unique.
   */
  essayText(slug: string, textLocale: Locale, pageLocale?: Locale, idNamespace?: string): EssayText
  /** The essay's description from its front matter, else the start of its first paragraph. */
  essayDescription(slug: string, locale: Locale): string | undefined
  /** A term's summary in `locale` (or its fallback), annotated with the other terms it names: the first occurrence of each. */
  termSummary(termId: string, locale: Locale, pageLocale: Locale, place?: SummaryPlace): RenderedMarkdown
  /** A term's full entry, annotated with other terms like an essay. */
  termBody(termId: string, locale: Locale): RenderedMarkdown
  /** A reader's response written in `textLocale`, on a page in `pageLocale`: reader Markdown, annotated; ids start with `idPrefix`. */
  responseText(markdown: string, textLocale: Locale, pageLocale: Locale, idPrefix: string): RenderedMarkdown
}

export function publicationTexts(content: Content): Texts {
  const essayOf = (slug: string): Essay => required(content.essays.get(slug), `essay "${slug}"`)
  const termOf = (id: string): Term => required(content.terms.get(id), `term "${id}"`)
  const glossaries = memoize((locale: Locale) => glossaryFor(content, locale))
  const renderers = memoize((locale: Locale) => createLocaleRenderer(glossaries(locale), locale, readingsFor(content, locale)))
  const markdownRenderer = memoize((textLocale: Locale, pageLocale: Locale, idNamespace: string, exclude: string) =>
    renderers(textLocale).markdown({
      idNamespace,
      href: (termId) => termPath(pageLocale, termId),
      exclude: exclude ? [exclude] : [],
      linkTarget: (href) => linkTarget(content, pageLocale, href),
      linkedTerm: linkedTermKey
    })
  )

  const essayText = memoize((slug: string, textLocale: Locale, pageLocale: Locale, idNamespace: string): EssayText => {
    const file = essayFileIn(essayOf(slug), textLocale)
    return { ...file, rendered: markdownRenderer(file.locale, pageLocale, idNamespace, '')(file.value.body) }
  })

  const termSummary = memoize((termId: string, locale: Locale, pageLocale: Locale, place: SummaryPlace): RenderedMarkdown => {
    const entry = termEntryIn(termOf(termId), locale)
    const idPrefix = place === 'card' ? cardAnnotationIdPrefix(termId) : 'summary-'
    return renderers(entry.locale).text({ href: (id) => termPath(pageLocale, id), occurrences: 'first', exclude: [termId], idPrefix })(
      entry.value.summary
    )
  })

  return {
    essayText: (slug, textLocale, pageLocale = textLocale, idNamespace = '') => essayText(slug, textLocale, pageLocale, idNamespace),
    essayDescription: memoize((slug: string, locale: Locale) => {
      const text = essayText(slug, locale, locale, '')
      return text.value.description ?? excerptOf(text.rendered.tree, localeInfo[text.locale].lang)
    }),
    termSummary: (termId, locale, pageLocale, place = 'card') => termSummary(termId, locale, pageLocale, place),
    termBody: memoize((termId: string, locale: Locale) => {
      const entry = termEntryIn(termOf(termId), locale)
      return markdownRenderer(entry.locale, locale, '', termId)(entry.value.body)
    }),
    // Kept like the other texts: a page, its cards fragment and every instance's next render ask for the same ones.
    responseText: memoize((markdown: string, textLocale: Locale, pageLocale: Locale, idPrefix: string) =>
      createResponseRenderer({
        terms: glossaries(textLocale),
        documentLang: localeInfo[textLocale].lang,
        href: (termId) => termPath(pageLocale, termId),
        idPrefix
      })(markdown)
    )
  }
}

/** The page of the publication a link in a text points to, in the reader's language: its preview key and its path. */
function linkTarget(content: Content, pageLocale: Locale, href: string): LinkTarget | undefined {
  const link = contentLinkOf(href)
  if (!link || (link.locale !== undefined && !isLocale(link.locale))) return undefined
  if (link.kind === 'essay') {
    return content.essays.has(link.id)
      ? { key: previewKey('essay', link.id), href: essayPath(pageLocale, link.id) + link.fragment }
      : undefined
  }
  return content.terms.has(link.id) ? { key: previewKey('term', link.id), href: termPath(pageLocale, link.id) + link.fragment } : undefined
}

/** Names the preview card of a page of the publication (`essay-<slug>`, `term-<id>`). */
export function previewKey(kind: 'essay' | 'term', id: string): string {
  return `${kind}-${id}`
}

/**
 * Names the card shown on a link whose text holds a term (links are never
 * annotated): the term's card, which names the link's destination
 * (`via-<term-id>--<destination, base64url>`: a valid id, one per link target).
 */
export function linkedTermKey(termId: string, href: string): string {
  return `via-${termId}--${Buffer.from(href).toString('base64url')}`
}

export type PreviewTarget = { kind: 'essay' | 'term'; id: string } | { kind: 'via'; id: string; href: string }

/** The essay or term a preview key names, or the term and destination of a link's term card. */
export function previewTarget(key: string): PreviewTarget | undefined {
  const via = /^via-(.+)--([A-Za-z0-9_-]*)$/.exec(key)
  if (via) return { kind: 'via', id: via[1], href: Buffer.from(via[2], 'base64url').toString() }
  const [, kind, id] = /^(essay|term)-(.+)$/.exec(key) ?? []
  return kind === 'essay' || kind === 'term' ? { kind, id } : undefined
}

/** A value the caller knows is there; a clear error, naming it, if it is not. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The publication has no ${what}`)
  return value
}
