import type { Metadata } from 'next'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { locales } from '@/lib/i18n/locales'
import { glossaryPath, homePath } from '../../_content/paths'
import PageShell from '../../_components/PageShell'
import { routing } from '../../_i18n/routing'

// The localised 404 page, prerendered at /<locale>/404 only: static hosts serve
// it, with status 404, for any path under its locale (see lib/cli/export.ts).
// It is a page rather than a `not-found.tsx` boundary because Next embeds every
// boundary in every page it wraps, and prerenders a notFound() page as an empty
// shell. `next start` answers other unknown paths with app/not-found.tsx.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale, rest: ['404'] }))
}

export const dynamicParams = false

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return { title: t('title'), robots: { index: false } }
}

export default async function LocaleNotFound({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('NotFound')
  return (
    <PageShell locale={locale} pathFor={homePath}>
      <article className="prose not-found">
        <h1>{t('title')}</h1>
        <p>{t('description')}</p>
        <ul>
          <li>
            <a href={homePath(locale)}>{t('home')}</a>
          </li>
          <li>
            <a href={glossaryPath(locale)}>{t('glossary')}</a>
          </li>
        </ul>
      </article>
    </PageShell>
  )
}
