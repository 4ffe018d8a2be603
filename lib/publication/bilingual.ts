/**
 * The bilingual view pairs an essay's source with each of its translations,
 * both ways; a locale that only falls back to the source has no pair.
 */
import type { Essay } from '@/lib/content/types'
import { type Locale, locales } from '@/lib/i18n/locales'

export function isBilingualPair(essay: Essay, locale: Locale, other: Locale): boolean {
  const source = essay.sourceLocale
  return locale !== other && (locale === source || other === source) && Boolean(essay.files[locale] && essay.files[other])
}

/** The language the bilingual view pairs an essay page in `locale` with, if any. */
export function bilingualPartner(essay: Essay, locale: Locale): Locale | undefined {
  return locales.find((other) => isBilingualPair(essay, locale, other))
}

/** Every pair of an essay, as [page locale, other locale]. */
export function bilingualPairs(essay: Essay): [Locale, Locale][] {
  return locales.flatMap((locale) =>
    locales.filter((other) => isBilingualPair(essay, locale, other)).map((other): [Locale, Locale] => [locale, other])
  )
}
