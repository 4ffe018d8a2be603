import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { absoluteUrl } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { locales } from '@/lib/i18n/locales'
import { atomFeed } from '@/lib/publication/atom-feed'
import { essayPath, feedPath, homePath } from '@/lib/site/paths.mjs'

// Generated once at build time, also for the static export.
export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

/** The Atom feed of the essays in one locale. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(locales, locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'Feed' })
  const tSite = await getTranslations({ locale, namespace: 'Site' })
  const publication = getPublication()
  const xml = atomFeed(
    publication,
    locale,
    {
      title: tSite('feedTitle'),
      subtitle: t('subtitle'),
      untranslated: (language) => t('untranslated', { language }),
      subject: (id) => publication.subjects.get(id)?.label(locale).value ?? id
    },
    { feed: absoluteUrl(feedPath(locale)), home: absoluteUrl(homePath(locale)), essay: (slug) => absoluteUrl(essayPath(locale, slug)) }
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
