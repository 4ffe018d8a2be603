import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { localeInfo, locales, type Locale } from '@/lib/i18n/locales'
import type { Term } from '@/lib/content/load-content'
import { appearances, getTerm, getTermEntry, renderEntryBody, termIds } from '../../../_content/publication'
import { glossaryPath, termPath } from '../../../_content/paths'
import { pageMetadata, siteUrl } from '../../../_content/metadata'
import HastContent from '../../../_components/HastContent'
import PageShell from '../../../_components/PageShell'
import { routing } from '../../../_i18n/routing'

type Props = { params: Promise<{ locale: string; term: string }> }

export function generateStaticParams() {
  return locales.flatMap((locale) => termIds().map((term) => ({ locale, term })))
}

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, term: id } = await params
  const term = getTerm(id)
  if (!hasLocale(routing.locales, locale) || !term) return {}
  const entry = getTermEntry(term, locale).value
  return pageMetadata({ locale, pathFor: (other) => termPath(other, id), title: entry.term, description: entry.summary })
}

export default async function TermPage({ params }: Props) {
  const { locale, term: id } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const term = getTerm(id)
  if (!term) notFound()
  const t = await getTranslations('Term')
  const tCategories = await getTranslations('Categories')
  const { value: entry, locale: entryLocale, isFallback } = getTermEntry(term, locale)
  const { lang, dir } = localeInfo[entryLocale]
  const found = appearances(id, locale)

  return (
    <PageShell locale={locale} pathFor={(other) => termPath(other, id)}>
      <article className="prose term-page">
        <p className="breadcrumb">
          <a href={glossaryPath(locale)}>{t('backToGlossary')}</a>
        </p>
        {isFallback ? (
          <p className="notice" role="note">
            {t('fallbackNotice')}
          </p>
        ) : null}
        <div lang={lang} dir={dir}>
          <h1>
            <dfn lang={term.meta.lang && term.meta.original === entry.term ? term.meta.lang : undefined}>{entry.term}</dfn>
          </h1>
          {term.meta.original && term.meta.original !== entry.term ? <p lang={term.meta.lang}>{term.meta.original}</p> : null}
          {term.meta.romanization ? <p className="romanization">{term.meta.romanization}</p> : null}
          <p className="lede">{entry.summary}</p>
          <HastContent tree={renderEntryBody(term, locale).tree} />
        </div>
        <dl className="term-facts">
          <dt>{t('category')}</dt>
          <dd>{tCategories(term.meta.category)}</dd>
        </dl>
        {term.meta.related.length > 0 ? (
          <section aria-labelledby="related">
            <h2 id="related">{t('related')}</h2>
            <ul className="inline-list">
              {term.meta.related.map((relatedId) => {
                const related = getTermEntry(getTerm(relatedId)!, locale)
                return (
                  <li key={relatedId} lang={localeInfo[related.locale].lang}>
                    <a href={termPath(locale, relatedId)}>{related.value.term}</a>
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="appears-in">
          <h2 id="appears-in">{t('appearsIn')}</h2>
          {found.length === 0 ? <p>{t('notInEssays')}</p> : null}
          <ul>
            {found.map((essay) => (
              <li key={essay.slug}>
                <span className="essay-title">{essay.title}</span>{' '}
                <span className="occurrences">
                  {essay.hrefs.map((href, index) => (
                    <a key={href} href={href} aria-label={`${essay.title}: ${t('occurrence', { number: index + 1 })}`}>
                      {index + 1}
                    </a>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </article>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: definedTermJsonLd(term, locale) }} />
    </PageShell>
  )
}

/** schema.org DefinedTerm, serialised so that no `<` can close the script element. */
function definedTermJsonLd(term: Term, locale: Locale): string {
  const entry = getTermEntry(term, locale).value
  const data = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': new URL(termPath(locale, term.id), siteUrl).toString(),
    name: entry.term,
    description: entry.summary,
    inLanguage: localeInfo[entry.locale].lang,
    termCode: term.id,
    url: new URL(termPath(locale, term.id), siteUrl).toString(),
    inDefinedTermSet: new URL(glossaryPath(locale), siteUrl).toString()
  }
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
