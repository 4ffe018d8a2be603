/** Every URL of the site, in one place. Locale prefixes are always present. */
import type { Locale } from '@/lib/i18n/locales'

export const homePath = (locale: Locale) => `/${locale}`
export const essayPath = (locale: Locale, slug: string) => `/${locale}/essays/${slug}`
/** The essay in `locale` side by side with its text in `other`. */
export const comparePath = (locale: Locale, slug: string, other: Locale) => `/${locale}/essays/${slug}/compare/${other}`
/** The cards of an essay's terms in one language (`locale` may be a placeholder). */
export const cardsPath = (locale: Locale | '{locale}', slug: string) => `/${locale}/cards/${slug}`
export const glossaryPath = (locale: Locale) => `/${locale}/glossary`
export const termPath = (locale: Locale, termId: string) => `/${locale}/glossary/${termId}`
