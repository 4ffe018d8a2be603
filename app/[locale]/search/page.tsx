import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import PageShell from '@/app/_components/PageShell'
import SearchPanel, { type SearchMessages } from '@/app/_components/SearchPanel'
import { pageMetadata } from '@/app/_content/metadata'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { languageName, localeInfo, locales } from '@/lib/i18n/locales'
import { pluralTemplates } from '@/lib/i18n/plural-templates'
import { glossaryPath, searchPath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  if (!locale) return {}
  const t = await getTranslations({ locale, namespace: 'Search' })
  return { ...pageMetadata({ locale, pathFor: searchPath, title: t('title') }), robots: { index: false } }
}

/** Full-text search of the essays and the glossary (Pagefind), in the page's language first. `?q=` fills the box. */
export default async function SearchPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Search')
  const { lang } = localeInfo[locale]
  // `{query}` stays a token for the panel to fill in.
  const messages: SearchMessages = {
    label: t('label'),
    submit: t('submit'),
    loading: t('loading'),
    unavailable: t('unavailable'),
    results: pluralTemplates((count) => t('results', { count, query: '{query}' }), lang),
    noResults: t('noResults', { language: languageName(locale, locale), query: '{query}' }),
    otherLanguages: t('otherLanguages'),
    noneAnywhere: t('noneAnywhere', { query: '{query}' }),
    essay: t('essay'),
    term: t('term'),
    more: t('more')
  }
  return (
    <PageShell locale={locale} pathFor={searchPath}>
      <div className="prose search-page">
        <h1>{t('title')}</h1>
        <noscript>
          <p className="notice">
            {t('needsJavaScript')} <a href={glossaryPath(locale)}>{glossaryPath(locale)}</a>
          </p>
        </noscript>
        <SearchPanel
          action={searchPath(locale)}
          lang={lang}
          messages={messages}
          locales={Object.fromEntries(locales.map((other) => [other, { lang: localeInfo[other].lang, dir: localeInfo[other].dir }]))}
        />
      </div>
    </PageShell>
  )
}
