/**
 * The fallback rules: what a locale shows when content has not been
 * translated into it. An essay falls back to its source text; a glossary
 * entry to the default locale's entry, else to any entry the term has.
 */
import type { Essay, EssayFile, Term, TermEntry } from '@/lib/content/types'
import type { Locale } from '@/lib/i18n/locales'

/** A piece of content in the language it is shown in, which may not be the page's. */
export interface Localized<T> {
  value: T
  /** The locale of the text: the page's, or the fallback's. */
  locale: Locale
  isFallback: boolean
}

export function essayFileIn(essay: Essay, locale: Locale): Localized<EssayFile> {
  const own = essay.files[locale]
  if (own) return { value: own, locale, isFallback: false }
  return { value: essay.source, locale: essay.sourceLocale, isFallback: true }
}

export function termEntryIn(term: Term, locale: Locale): Localized<TermEntry> {
  const own = term.entries[locale]
  if (own) return { value: own, locale, isFallback: false }
  return { value: term.fallback, locale: term.fallback.locale, isFallback: true }
}
