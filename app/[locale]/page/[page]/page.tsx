import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import HomePage from '@/app/_components/HomePage'
import { pageMetadata } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { staticParams } from '@/app/_content/static-params'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { locales } from '@/lib/i18n/locales'
import { homePath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string; page: string }> }

/** Pages 2 and up of the essay list (page 1 is the home page). */
export function generateStaticParams() {
  const pages = getPublication().homePages().slice(1)
  return staticParams(
    locales.flatMap((locale) => pages.map(({ number }) => ({ locale, page: String(number) }))),
    ['page']
  )
}

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  const page = Number((await params).page)
  if (!locale) return {}
  const t = await getTranslations({ locale, namespace: 'Home' })
  const { count } = getPublication().homePages()[0]
  return pageMetadata({ locale, pathFor: (other) => homePath(other, page), title: t('pageTitle', { page, count }) })
}

export default async function LaterHomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const page = Number((await params).page)
  if (!(page >= 2 && page <= getPublication().homePages().length)) notFound()
  return <HomePage locale={locale} page={page} />
}
