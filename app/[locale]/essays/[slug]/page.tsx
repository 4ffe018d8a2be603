import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { essayDescription, essaySlugs, getEssayView, usedTermIds } from '../../../_content/publication'
import { essayPath } from '../../../_content/paths'
import { pageMetadata } from '../../../_content/metadata'
import EssayCards, { notesFor } from '../../../_components/EssayCards'
import EssayHeader from '../../../_components/EssayHeader'
import EssayTools from '../../../_components/EssayTools'
import HastContent from '../../../_components/HastContent'
import PageShell from '../../../_components/PageShell'
import { routing } from '../../../_i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string }> }

export function generateStaticParams() {
  return locales.flatMap((locale) => essaySlugs().map((slug) => ({ locale, slug })))
}

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const view = getEssayView(slug, locale)
  if (!view) return {}
  return pageMetadata({
    locale,
    pathFor: (other) => essayPath(other, slug),
    title: view.value.title,
    description: essayDescription(view)
  })
}

export default async function EssayPage({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const view = getEssayView(slug, locale)
  if (!view) notFound()
  const { value: essay, locale: textLocale, isFallback, rendered } = view
  const termIds = usedTermIds(rendered)
  const { lang, dir } = localeInfo[textLocale]

  return (
    <PageShell locale={locale} pathFor={(other) => essayPath(other, slug)}>
      <article className="essay" lang={lang} dir={dir}>
        <EssayHeader essay={essay} locale={locale} isFallback={isFallback} />
        <EssayTools slug={slug} locale={locale} />
        <div className="essay-body">
          <HastContent tree={rendered.tree} noteOf={notesFor(termIds)} />
        </div>
      </article>
      <EssayCards termIds={termIds} locale={locale} textLocale={textLocale} />
    </PageShell>
  )
}
