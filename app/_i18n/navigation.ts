/**
 * Every URL of the site, in one place. The routing (routing.ts) puts every
 * path under its locale (`localePrefix: 'always'`) and has no translated
 * pathnames, so a page's path is `/<locale><path>`. Not next-intl's
 * `createNavigation`: importing it from a server component puts next-intl's
 * client Link, and next/link with it, into the script of every page that has
 * a client component (15 kB gzipped), though no page renders a Link.
 */
import type { Locale } from '@/lib/i18n/locales'

const path = (locale: Locale, href: string) => `/${locale}${href === '/' ? '' : href}`

export const homePath = (locale: Locale, page = 1) => path(locale, page > 1 ? `/page/${page}` : '/')
export const essayPath = (locale: Locale, slug: string) => path(locale, `/essays/${slug}`)
/** The essay in `locale` side by side with its text in `other`. */
export const comparePath = (locale: Locale, slug: string, other: Locale) => path(locale, `/essays/${slug}/compare/${other}`)
/** The cards of an essay's terms in one language. */
export const cardsPath = (locale: Locale, slug: string) => path(locale, `/cards/${slug}`)
export const glossaryPath = (locale: Locale) => path(locale, '/glossary')
export const termPath = (locale: Locale, termId: string) => path(locale, `/glossary/${termId}`)
export const subjectPath = (locale: Locale, subjectId: string) => path(locale, `/subjects/${subjectId}`)
export const searchPath = (locale: Locale) => path(locale, '/search')
export const feedPath = (locale: Locale) => path(locale, '/feed.xml')
export const notFoundPath = (locale: Locale) => path(locale, '/404')
