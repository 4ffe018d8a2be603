import type { Metadata } from 'next'
import { defaultLocale, type Locale, localeInfo, locales } from '@/lib/i18n/locales'
import { parseSiteUrl } from '@/lib/site/site-url.mjs'

/** Absolute URLs in alternates, canonical links, feeds, JSON-LD and the sitemap start here. */
export const siteUrl = parseSiteUrl(process.env.SITE_URL)

/** A path of the site as an absolute URL (keeping a path SITE_URL may have, e.g. https://example.org/reader). */
export function absoluteUrl(path: string): string {
  return new URL(`${siteUrl.pathname.replace(/\/$/, '')}${path}`, siteUrl).toString()
}

/** hreflang alternates of a page: every locale by its BCP 47 tag, plus x-default. */
export function languageAlternates(pathFor: (locale: Locale) => string): Record<string, string> {
  return {
    ...Object.fromEntries(locales.map((other) => [localeInfo[other].lang, absoluteUrl(pathFor(other))])),
    'x-default': absoluteUrl(pathFor(defaultLocale))
  }
}

/** Title, description, canonical URL, hreflang alternates and Open Graph for one page. */
export function pageMetadata(options: {
  locale: Locale
  pathFor: (locale: Locale) => string
  title: string
  description?: string
}): Metadata {
  const { locale, pathFor, title, description } = options
  return {
    metadataBase: siteUrl,
    title,
    description,
    alternates: {
      canonical: absoluteUrl(pathFor(locale)),
      languages: languageAlternates(pathFor)
    },
    openGraph: {
      title,
      description,
      url: absoluteUrl(pathFor(locale)),
      locale: localeInfo[locale].lang.replace('-', '_'),
      type: 'article'
    }
  }
}
