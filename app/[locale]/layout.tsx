import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'
import { localeInfo } from '@/lib/i18n/locales'
import { routing } from '../_i18n/routing'

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export const dynamicParams = false

// Pages set their own titles; this one covers the rest (cards pages).
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Site' })
  return { title: t('name') }
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const { lang, dir } = localeInfo[locale]
  return (
    <html lang={lang} dir={dir}>
      <body>{children}</body>
    </html>
  )
}
