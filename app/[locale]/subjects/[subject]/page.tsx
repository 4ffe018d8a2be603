import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import EssayList from '@/app/_components/EssayList'
import PageShell from '@/app/_components/PageShell'
import { pageMetadata } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { staticParams } from '@/app/_content/static-params'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { languageName, localeInfo, locales } from '@/lib/i18n/locales'
import { subjectPath, termPath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string; subject: string }> }

export function generateStaticParams() {
  return staticParams(
    locales.flatMap((locale) => [...getPublication().subjects.keys()].map((subject) => ({ locale, subject }))),
    ['subject']
  )
}

export const dynamicParams = false

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  const subject = getPublication().subjects.get(decodeURIComponent((await params).subject))
  if (!locale || !subject) return {}
  return pageMetadata({ locale, pathFor: (other) => subjectPath(other, subject.id), title: subject.label(locale).value })
}

/** A subject: its essays, then its terms. */
export default async function SubjectPage({ params }: Props) {
  const locale = await pageLocale(params)
  const publication = getPublication()
  const subject = publication.subjects.get(decodeURIComponent((await params).subject))
  if (!subject) notFound()
  const t = await getTranslations('Subject')
  const label = subject.label(locale)
  return (
    <PageShell locale={locale} pathFor={(other) => subjectPath(other, subject.id)}>
      <div className="prose subject-page">
        {label.isFallback ? (
          <p className="notice" role="note">
            {t('untranslatedLabel', { language: languageName(label.locale, locale) })}
          </p>
        ) : null}
        <h1 lang={localeInfo[label.locale].lang}>{label.value}</h1>
        {subject.essays.length + subject.terms.length === 0 ? <p>{t('empty')}</p> : null}
        {subject.essays.length > 0 ? (
          <section aria-labelledby="subject-essays">
            <h2 id="subject-essays">{t('essays')}</h2>
            <EssayList slugs={subject.essays} locale={locale} headingLevel={3} />
          </section>
        ) : null}
        {subject.terms.length > 0 ? (
          <section aria-labelledby="subject-terms">
            <h2 id="subject-terms">{t('terms')}</h2>
            <ul className="term-list">
              {subject.terms.map((id) => {
                const { value: entry, locale: entryLocale } = publication.termEntry(id, locale)
                return (
                  <li key={id} lang={localeInfo[entryLocale].lang}>
                    <a href={termPath(locale, id)}>{entry.term}</a>
                    <p>{entry.summary}</p>
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null}
      </div>
    </PageShell>
  )
}
