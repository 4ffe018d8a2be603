import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import PageCards from '@/app/_components/cards/PageCards'
import HastContent from '@/app/_components/HastContent'
import PageShell from '@/app/_components/PageShell'
import TermConcordance from '@/app/_components/reader/TermConcordance'
import SubjectLinks from '@/app/_components/SubjectLinks'
import { absoluteUrl, pageMetadata } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { staticParams } from '@/app/_content/static-params'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { marker } from '@/lib/annotate/card-markup'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import { termActions, termName } from '@/lib/cards/term-card'
import { type Locale, languageName, localeInfo, locales } from '@/lib/i18n/locales'
import { kindFilter } from '@/lib/search/pagefind-client'
import { glossaryPath, termPath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string; term: string }> }

export function generateStaticParams() {
  return staticParams(
    locales.flatMap((locale) =>
      getPublication()
        .termIds()
        .map((term) => ({ locale, term }))
    ),
    ['term']
  )
}

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  const { term: id } = await params
  if (!locale || !getPublication().term(id)) return {}
  const entry = getPublication().termEntry(id, locale).value
  return pageMetadata({ locale, pathFor: (other) => termPath(other, id), title: entry.term, description: entry.summary })
}

export default async function TermPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { term: id } = await params
  const publication = getPublication()
  const term = publication.term(id)
  if (!term) notFound()
  const t = await getTranslations('Term')
  const tCard = await getTranslations({ locale, namespace: 'Card' })
  const { value: entry, locale: entryLocale, isFallback } = publication.termEntry(id, locale)
  const { lang, dir } = localeInfo[entryLocale]
  const summary = publication.termSummary(id, locale, locale, 'page')
  const body = publication.termBody(id, locale)
  const cards = publication.pageCards([summary, body], locale, id)
  // The authors' romanization of a foreign phrase, or else the kana reading of a Japanese headword.
  const reading = term.meta.romanization || entry.reading

  return (
    <PageShell locale={locale} pathFor={(other) => termPath(other, id)}>
      <article className="prose term-page" {...marker(termEntryParts.entry)}>
        <p className="breadcrumb">
          <a href={glossaryPath(locale)}>{t('backToGlossary')}</a>
        </p>
        {isFallback ? (
          <p className="notice" role="note">
            {t('fallbackNotice', { language: languageName(locale, locale), fallback: languageName(entryLocale, locale) })}
          </p>
        ) : null}
        {publication.termStatus(id, locale)?.state === 'outdated' ? (
          <p className="notice outdated" role="note">
            {t('outdatedNotice')}
          </p>
        ) : null}
        <div lang={lang} dir={dir} {...(isFallback ? {} : { 'data-pagefind-body': '', 'data-pagefind-filter': `${kindFilter}:term` })}>
          <h1 data-pagefind-meta="title" {...marker(termEntryParts.name)}>
            <HastContent tree={[termName(entry.term, term.meta)]} />
          </h1>
          {term.meta.original && term.meta.original !== entry.term ? <p lang={term.meta.lang}>{term.meta.original}</p> : null}
          {reading ? (
            <p className="romanization" {...marker(termEntryParts.reading)}>
              {reading}
            </p>
          ) : null}
          <p className="lede" data-pagefind-meta="summary" {...marker(termEntryParts.meaning)}>
            <HastContent tree={summary.tree} notes={cards.notes} />
          </p>
          <HastContent tree={body.tree} notes={cards.notes} />
        </div>
        <p className="term-actions">
          <HastContent tree={termActions(id, tCard)} />
        </p>
        <dl className="term-facts">
          <dt>{t('subject')}</dt>
          <dd>{term.meta.subject ? <SubjectLinks ids={[term.meta.subject]} locale={locale} /> : t('uncategorised')}</dd>
        </dl>
        {term.meta.related.length > 0 ? (
          <section aria-labelledby="related">
            <h2 id="related">{t('related')}</h2>
            <ul className="inline-list">
              {term.meta.related.map((relatedId) => {
                const related = publication.termEntry(relatedId, locale)
                return (
                  <li key={relatedId} lang={localeInfo[related.locale].lang}>
                    <a href={termPath(locale, relatedId)}>{related.value.term}</a>
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null}
        <TermConcordance termId={id} locale={locale} />
      </article>
      <PageCards cards={cards} locale={locale} textLocale={entryLocale} />
      {/* Text, not markup: React writes it as the script's raw text; definedTermJsonLd leaves no < in it. */}
      <script type="application/ld+json">{definedTermJsonLd(id, locale)}</script>
    </PageShell>
  )
}

/** schema.org DefinedTerm, serialised so that no `<` can close the script element. */
function definedTermJsonLd(id: string, locale: Locale): string {
  const entry = getPublication().termEntry(id, locale).value
  const data = {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': absoluteUrl(termPath(locale, id)),
    name: entry.term,
    description: entry.summary,
    inLanguage: localeInfo[entry.locale].lang,
    termCode: id,
    url: absoluteUrl(termPath(locale, id)),
    inDefinedTermSet: absoluteUrl(glossaryPath(locale))
  }
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
