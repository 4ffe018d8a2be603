import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { type Locale, locales } from '@/lib/i18n/locales'

/**
 * How every page under `[locale]` opens: the locale from the route, a 404
 * for one that is not configured, and next-intl told which locale renders.
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/** The locale of a route for `generateMetadata`, or undefined for one that is not configured. */
export async function metadataLocale(params: Promise<{ locale: string }>): Promise<Locale | undefined> {
  const { locale } = await params
  return hasLocale(locales, locale) ? locale : undefined
}
