/**
 * The one factory of renderers for text written in a locale, used by the
 * pages (through lib/publication) and by `npm run check:content` alike: the
 * glossary automaton is built once per locale, and every renderer of that
 * locale shares it.
 */
import { defaultAnnotationIdPrefix } from '@/lib/annotate/markup'
import { createGlossary, type Glossary, type Options as GlossaryOptions } from '@/lib/annotate/rehype-glossary'
import type { Content } from '@/lib/content/types'
import { contentLabels } from '@/lib/i18n/content-labels'
import { latinScriptOf } from '@/lib/i18n/language-tag'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import type { Reading } from './rehype-readings'
import { createMarkdownRenderer, createTextAnnotator, type RenderOptions } from './render-markdown'

/** The glossary of one locale's text: each term's forms in that language. */
export function glossaryFor(content: Content, locale: Locale): Glossary {
  return createGlossary(
    [...content.terms.values()].map((term) => ({
      id: term.id,
      forms: term.entries[locale]?.match ?? [],
      notMatch: term.entries[locale]?.notMatch,
      lang: term.meta.lang
    })),
    { suffixes: localeInfo[locale].suffixes }
  )
}

/**
 * The authors' readings of terms in `locale`'s text, by term id: a Japanese
 * entry's `reading` over its `term` (only ja.md entries have one), else a
 * foreign phrase's `romanization` over its `original`. Never made up: terms
 * without either have none.
 */
export function readingsFor(content: Content, locale: Locale): Map<string, Reading> {
  const readings = new Map<string, Reading>()
  for (const term of content.terms.values()) {
    const entry = term.entries[locale]
    const { original, romanization, lang } = term.meta
    if (entry?.reading) readings.set(term.id, { base: entry.term, reading: entry.reading, lang: localeInfo[locale].lang })
    else if (original && romanization && lang)
      readings.set(term.id, { base: original, reading: romanization, lang, readingLang: latinScriptOf(lang) })
  }
  return readings
}

export type AnnotationOptions = Pick<GlossaryOptions, 'href' | 'idPrefix' | 'occurrences' | 'exclude' | 'linkedTerm'>

export interface TextOptions extends AnnotationOptions, Pick<RenderOptions, 'linkTarget'> {
  /** Prefix of heading ids (and of annotation ids when `idPrefix` is not given), for a second text on a page. */
  idNamespace?: string
}

/**
 * Renderers for Markdown and for plain text written in `locale`, annotated
 * with `glossary`; with `readings` (see `readingsFor`), annotations carry the
 * authors' readings as ruby, which the page shows when the reader asks.
 */
export function createLocaleRenderer(glossary: Glossary, locale: Locale, readings?: ReadonlyMap<string, Reading>) {
  const base = { terms: glossary, documentLang: localeInfo[locale].lang }
  return {
    markdown({ idNamespace = '', idPrefix = `${idNamespace}${defaultAnnotationIdPrefix}`, linkTarget, ...options }: TextOptions = {}) {
      const footnotes = contentLabels(locale)
      return createMarkdownRenderer({ ...base, ...options, idPrefix }, { headingIdPrefix: idNamespace, linkTarget, readings, footnotes })
    },
    text(options: AnnotationOptions = {}) {
      return createTextAnnotator({ ...base, ...options }, { readings })
    }
  }
}
