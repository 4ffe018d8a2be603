/** Every URL of the site, in one place, made by next-intl's navigation from the routing. */
import { createNavigation } from 'next-intl/navigation'
import type { Locale } from '@/lib/i18n/locales'
import { routing } from './routing'

export const { getPathname } = createNavigation(routing)

const path = (locale: Locale, href: string) => getPathname({ locale, href })

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
