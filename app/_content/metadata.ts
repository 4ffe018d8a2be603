import type { Metadata } from 'next'
import { defaultLocale, localeInfo, locales, type Locale } from '@/lib/i18n/locales'

/** Absolute URLs in alternates, canonical links and the sitemap start here. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000')

/** Title, description, canonical URL, hreflang alternates and Open Graph for one page. */
export function pageMetadata(options: {
  locale: Locale
  pathFor: (locale: Locale) => string
  title: string
  description?: string
}): Metadata {
  const { locale, pathFor, title, description } = options
  const absolute = (path: string) => new URL(path, siteUrl).toString()
  return {
    metadataBase: siteUrl,
    title,
    description,
    alternates: {
      canonical: absolute(pathFor(locale)),
      languages: {
        ...Object.fromEntries(locales.map((other) => [localeInfo[other].lang, absolute(pathFor(other))])),
        'x-default': absolute(pathFor(defaultLocale))
      }
    },
    openGraph: {
      title,
      description,
      url: absolute(pathFor(locale)),
      locale: localeInfo[locale].lang.replace('-', '_'),
      type: 'article'
    }
  }
}
