import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import HomePage from '@/app/_components/HomePage'
import { pageMetadata } from '@/app/_content/metadata'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { homePath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  if (!locale) return {}
  const t = await getTranslations({ locale, namespace: 'Site' })
  return pageMetadata({ locale, pathFor: homePath, title: t('name'), description: t('tagline') })
}

export default async function FirstHomePage({ params }: Props) {
  return <HomePage locale={await pageLocale(params)} page={1} />
}
