/** Every URL of the site, in one place. Locale prefixes are always present. */
import type { Locale } from '@/lib/i18n/locales'

export const homePath = (locale: Locale) => `/${locale}`
export const essayPath = (locale: Locale, slug: string) => `/${locale}/essays/${slug}`
export const glossaryPath = (locale: Locale) => `/${locale}/glossary`
export const termPath = (locale: Locale, termId: string) => `/${locale}/glossary/${termId}`
