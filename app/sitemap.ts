import type { MetadataRoute } from 'next'
import { type Locale, locales } from '@/lib/i18n/locales'
import { essayPath, glossaryPath, homePath, subjectPath, termPath } from '@/lib/site/paths.mjs'
import { absoluteUrl, languageAlternates } from './_content/metadata'
import { getPublication } from './_content/publication'

// Generated once at build time, also for the static export.
export const dynamic = 'force-static'

/** Every indexable page in every locale, each with its alternates in the other locales. */
export default function sitemap(): MetadataRoute.Sitemap {
  const publication = getPublication()
  const pages: ((locale: Locale) => string)[] = [
    ...publication.homePages().map(
      ({ number }) =>
        (locale: Locale) =>
          homePath(locale, number)
    ),
    glossaryPath,
    ...publication.essays.map(
      ({ slug }) =>
        (locale: Locale) =>
          essayPath(locale, slug)
    ),
    ...publication.termIds().map((id) => (locale: Locale) => termPath(locale, id)),
    ...[...publication.subjects.keys()].map((id) => (locale: Locale) => subjectPath(locale, id))
  ]
  return pages.flatMap((pathFor) =>
    locales.map((locale) => ({ url: absoluteUrl(pathFor(locale)), alternates: { languages: languageAlternates(pathFor) } }))
  )
}
