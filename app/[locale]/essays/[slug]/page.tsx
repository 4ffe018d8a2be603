import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { essaySlugs, getEssayView, getTerm } from '../../../_content/publication'
import { essayPath } from '../../../_content/paths'
import { pageMetadata } from '../../../_content/metadata'
import CardBehavior from '../../../_components/CardBehavior'
import HastContent from '../../../_components/HastContent'
import PageShell from '../../../_components/PageShell'
import TermCard from '../../../_components/TermCard'
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
    description: view.value.description
  })
}

export default async function EssayPage({ params }: Props) {
  const { locale, slug } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const view = getEssayView(slug, locale)
  if (!view) notFound()
  const t = await getTranslations('Essay')
  const format = await getFormatter()
  const { value: essay, locale: textLocale, isFallback, rendered } = view
  const usedTermIds = [...new Set(rendered.occurrences.map((occurrence) => occurrence.termId))]
  const noteOf = Object.fromEntries(usedTermIds.map((termId, index) => [termId, index + 1]))
  const { lang, dir } = localeInfo[textLocale]

  return (
    <PageShell locale={locale} pathFor={(other) => essayPath(other, slug)}>
      <article className="essay" lang={lang} dir={dir}>
        {isFallback ? (
          <p className="notice" lang={localeInfo[locale].lang} dir={localeInfo[locale].dir} role="note">
            {t('fallbackNotice')}
          </p>
        ) : null}
        <header className="essay-header">
          <h1>{essay.title}</h1>
          {essay.categories.length > 0 || essay.date ? (
            <p className="meta">
              {essay.date ? (
                <time dateTime={essay.date}>{t('published', { date: format.dateTime(new Date(essay.date), { dateStyle: 'long' }) })}</time>
              ) : null}
              {essay.categories.length > 0 ? <span className="categories">{essay.categories.join(' · ')}</span> : null}
            </p>
          ) : null}
        </header>
        <div className="essay-body">
          <HastContent tree={rendered.tree} noteOf={noteOf} />
        </div>
      </article>
      <div className="cards">
        <h2 className="print-only">{t('notes')}</h2>
        {usedTermIds.map((termId) => (
          <TermCard key={termId} term={getTerm(termId)!} locale={locale} textLocale={textLocale} pageLocale={locale} note={noteOf[termId]} />
        ))}
      </div>
      <CardBehavior />
    </PageShell>
  )
}
