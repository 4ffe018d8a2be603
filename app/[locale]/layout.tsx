import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { localeInfo, locales } from '@/lib/i18n/locales'
import { applySettingsScript } from '@/lib/reader/settings'

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export const dynamicParams = false

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// Pages set their own titles; this one covers the rest.
export async function generateMetadata({ params }: Omit<Props, 'children'>): Promise<Metadata> {
  const locale = await metadataLocale(params)
  if (!locale) return {}
  const t = await getTranslations({ locale, namespace: 'Site' })
  return { title: t('name') }
}

export default async function LocaleLayout({ children, params }: Props) {
  const locale = await pageLocale(params)
  const { lang, dir } = localeInfo[locale]
  return (
    <html lang={lang} dir={dir}>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of our own, not content: the stored reader settings, applied before the first paint */}
        <script dangerouslySetInnerHTML={{ __html: applySettingsScript }} />
      </head>
      <body>{children}</body>
    </html>
  )
}
