/**
 * The one factory of renderers for text written in a locale, used by the
 * pages (through lib/publication) and by `npm run check:content` alike: the
 * glossary automaton is built once per locale, and every renderer of that
 * locale shares it.
 */
import { defaultAnnotationIdPrefix } from '@/lib/annotate/markup'
import { createGlossary, type Glossary, type Options as GlossaryOptions } from '@/lib/annotate/rehype-glossary'
import type { Content } from '@/lib/content/types'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
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

export type AnnotationOptions = Pick<GlossaryOptions, 'href' | 'idPrefix' | 'occurrences' | 'exclude'>

export interface TextOptions extends AnnotationOptions, Pick<RenderOptions, 'linkTarget'> {
  /** Prefix of heading ids (and of annotation ids when `idPrefix` is not given), for a second text on a page. */
  idNamespace?: string
}

/** Renderers for Markdown and for plain text written in `locale`, annotated with `glossary`. */
export function createLocaleRenderer(glossary: Glossary, locale: Locale) {
  const base = { terms: glossary, documentLang: localeInfo[locale].lang }
  return {
    markdown({ idNamespace = '', idPrefix = `${idNamespace}${defaultAnnotationIdPrefix}`, linkTarget, ...options }: TextOptions = {}) {
      return createMarkdownRenderer({ ...base, ...options, idPrefix }, { headingIdPrefix: idNamespace, linkTarget })
    },
    text(options: AnnotationOptions = {}) {
      return createTextAnnotator({ ...base, ...options })
    }
  }
}
