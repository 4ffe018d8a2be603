/**
 * The fallback rules: what a locale shows when content has not been
 * translated into it. An essay falls back to its source text; a glossary
 * entry and a subject's label to the default locale's, else to the first the
 * content has in the order of the configured locales (never in the order in
 * which files happen to be read).
 */
import type { Essay, EssayFile, Term, TermEntry } from '@/lib/content/types'
import { defaultLocale, type Locale, locales } from '@/lib/i18n/locales'

/** A piece of content in the language it is shown in, which may not be the page's. */
export interface Localized<T> {
  value: T
  /** The locale of the text: the page's, or the fallback's. */
  locale: Locale
  isFallback: boolean
}

/** The value for `locale`, else the fallback; undefined only when there is no value at all. */
export function localizedIn<T>(values: Partial<Record<Locale, T>>, locale: Locale): Localized<T> | undefined {
  const own = values[locale]
  if (own !== undefined) return { value: own, locale, isFallback: false }
  const fallback = [defaultLocale, ...locales].find((candidate) => values[candidate] !== undefined)
  return fallback === undefined ? undefined : { value: values[fallback] as T, locale: fallback, isFallback: true }
}

export function essayFileIn(essay: Essay, locale: Locale): Localized<EssayFile> {
  const own = essay.files[locale]
  if (own) return { value: own, locale, isFallback: false }
  return { value: essay.source, locale: essay.sourceLocale, isFallback: true }
}

export function termEntryIn(term: Term, locale: Locale): Localized<TermEntry> {
  const entry = localizedIn(term.entries, locale)
  // The loader keeps only terms with at least one entry.
  if (!entry) throw new Error(`Term "${term.id}" has no entry in any locale`)
  return entry
}
