import type { GlossaryTerm } from '../annotate/rehype-glossary'
import type { Locale } from '../i18n/locales'
import type { Content } from './load-content'

/** The glossary as the annotation plugin needs it for text written in `locale`: that language's forms. */
export function glossaryTermsFor(content: Content, locale: Locale): GlossaryTerm[] {
  return [...content.terms.values()].map((term) => ({
    id: term.id,
    forms: term.entries[locale]?.match ?? [],
    lang: term.meta.lang
  }))
}
