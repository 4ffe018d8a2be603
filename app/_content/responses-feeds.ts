/** The responses' Atom feeds, as the routes serve them (and the static export writes them, as of its build). */
import { getTranslations } from 'next-intl/server'
import { defaultLocale, type Locale } from '@/lib/i18n/locales'
import { responsesFeed } from '@/lib/responses/responses-feed'
import type { ResponseRow } from '@/lib/responses/store'
import { essayPath, homePath } from '@/lib/site/paths.mjs'
import { absoluteUrl } from './metadata'
import { getPublication } from './publication'

export async function responsesFeedResponse(rows: readonly ResponseRow[], feedPath: string, essay?: string): Promise<Response> {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'Responses' })
  const publication = getPublication()
  const titleOf = (slug: string, locale: Locale) => (publication.essay(slug) ? publication.essayText(slug, locale).value.title : slug)
  const xml = responsesFeed(rows, {
    feed: absoluteUrl(feedPath),
    home: absoluteUrl(essay ? essayPath(defaultLocale, essay) : homePath(defaultLocale)),
    title: essay ? `${t('heading')}: ${titleOf(essay, defaultLocale)}` : t('heading'),
    entryTitle: (row) => `${row.name ?? t('anonymous')}: ${titleOf(row.essay, row.locale as Locale)}`,
    link: (row) => absoluteUrl(`${essayPath(row.locale as Locale, row.essay)}#response-${row.id}`),
    locale: defaultLocale
  })
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
