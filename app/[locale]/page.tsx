import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { localeInfo } from '@/lib/i18n/locales'
import { essaySlugs, getEssayFile, termIds } from '../_content/publication'
import { essayPath, glossaryPath, homePath } from '../_content/paths'
import { pageMetadata } from '../_content/metadata'
import PageShell from '../_components/PageShell'
import { routing } from '../_i18n/routing'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Site' })
  return pageMetadata({ locale, pathFor: homePath, title: t('name'), description: t('tagline') })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('Home')
  const essays = essaySlugs().map((slug) => getEssayFile(slug, locale)!)
  return (
    <PageShell locale={locale} pathFor={homePath}>
      <div className="prose">
        <h1>{t('title')}</h1>
        <p className="lede">{t('intro')}</p>
        {essays.length === 0 ? <p>{t('empty')}</p> : null}
        <ul className="essay-list">
          {essays.map(({ value: essay, locale: textLocale }) => (
            <li key={essay.slug} lang={localeInfo[textLocale].lang} dir={localeInfo[textLocale].dir}>
              <a href={essayPath(locale, essay.slug)} className="essay-link">
                {essay.title}
              </a>
              {essay.description ? <p>{essay.description}</p> : null}
              {essay.categories.length > 0 ? <p className="meta">{essay.categories.join(' · ')}</p> : null}
            </li>
          ))}
        </ul>
        <p>
          <a href={glossaryPath(locale)}>{t('glossaryLink', { count: termIds().length })}</a>
        </p>
      </div>
    </PageShell>
  )
}
