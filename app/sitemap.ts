import type { MetadataRoute } from 'next'
import { localeInfo, locales, type Locale } from '@/lib/i18n/locales'
import { essaySlugs, termIds } from './_content/publication'
import { essayPath, glossaryPath, homePath, termPath } from './_content/paths'
import { siteUrl } from './_content/metadata'

// Generated once at build time, also for the static export.
export const dynamic = 'force-static'

/** Every page in every locale, each with its alternates in the other locales. */
export default function sitemap(): MetadataRoute.Sitemap {
  const pages: ((locale: Locale) => string)[] = [
    homePath,
    glossaryPath,
    ...essaySlugs().map((slug) => (locale: Locale) => essayPath(locale, slug)),
    ...termIds().map((id) => (locale: Locale) => termPath(locale, id))
  ]
  const absolute = (path: string) => new URL(path, siteUrl).toString()
  return pages.flatMap((pathFor) =>
    locales.map((locale) => ({
      url: absolute(pathFor(locale)),
      alternates: {
        languages: Object.fromEntries(locales.map((other) => [localeInfo[other].lang, absolute(pathFor(other))]))
      }
    }))
  )
}
