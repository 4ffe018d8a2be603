import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import GlossaryFilter from '@/app/_components/GlossaryFilter'
import PageShell from '@/app/_components/PageShell'
import YourTerms from '@/app/_components/reader/YourTerms'
import SubjectLinks from '@/app/_components/SubjectLinks'
import { pageMetadata } from '@/app/_content/metadata'
import { getPublication } from '@/app/_content/publication'
import { metadataLocale, pageLocale } from '@/app/_i18n/page-locale'
import { localeInfo } from '@/lib/i18n/locales'
import { glossaryPath, termPath } from '@/lib/site/paths.mjs'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await metadataLocale(params)
  if (!locale) return {}
  const t = await getTranslations({ locale, namespace: 'Glossary' })
  return pageMetadata({
    locale,
    pathFor: glossaryPath,
    title: t('title'),
    description: t('intro', { count: getPublication().termIds().length })
  })
}

export default async function GlossaryPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('Glossary')
  const tYours = await getTranslations('YourTerms')
  const publication = getPublication()
  const groups = publication.glossaryIndex(locale)
  return (
    <PageShell locale={locale} pathFor={glossaryPath}>
      <div className="prose glossary">
        <h1>{t('title')}</h1>
        <p className="lede">{t('intro', { count: publication.termIds().length })}</p>
        <nav aria-labelledby="glossary-subjects" className="subject-nav">
          <h2 id="glossary-subjects">{t('subjects')}</h2>
          <p className="subject-cloud">
            <SubjectLinks
              ids={publication.subjectIdsByLabel(locale).filter((id) => (publication.subjects.get(id)?.terms.length ?? 0) > 0)}
              locale={locale}
            />
          </p>
        </nav>
        <GlossaryFilter label={t('filterLabel')} placeholder={t('filterPlaceholder')} noMatches={t('noMatches')} listId="glossary-index" />
        <nav aria-label={t('title')} className="initials">
          {groups.map((group, index) => (
            <a key={group.initial} href={`#initial-${index + 1}`}>
              {group.initial}
            </a>
          ))}
        </nav>
        <div id="glossary-index">
          {/* Ids by position: an initial such as "#" or "あ" is not always a valid fragment. */}
          {groups.map((group, index) => (
            <section key={group.initial} aria-labelledby={`initial-${index + 1}`}>
              <h2 id={`initial-${index + 1}`}>{group.initial}</h2>
              <ul className="term-list">
                {group.entries.map((entry) => (
                  <li key={entry.id} lang={localeInfo[entry.locale].lang}>
                    <a href={termPath(locale, entry.id)}>{entry.term}</a>
                    <p>{entry.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {/* Kept in the reader's browser: shown once scripts run (see cards.css). */}
        <section aria-labelledby="your-terms" className="your-terms">
          <h2 id="your-terms">{tYours('heading')}</h2>
          <YourTerms
            termPaths={Object.fromEntries(
              groups.flatMap((group) =>
                group.entries.map((entry) => [
                  entry.id,
                  { path: termPath(locale, entry.id), name: entry.term, lang: localeInfo[entry.locale].lang }
                ])
              )
            )}
            labels={{
              known: tYours('known'),
              noneKnown: tYours('noneKnown'),
              takeBack: tYours('takeBack'),
              takeAllBack: tYours('takeAllBack'),
              saved: tYours('saved'),
              noneSaved: tYours('noneSaved'),
              remove: tYours('remove'),
              csv: tYours('csv'),
              anki: tYours('anki'),
              columns: {
                term: tYours('columnTerm'),
                reading: tYours('columnReading'),
                meaning: tYours('columnMeaning'),
                sentence: tYours('columnSentence'),
                link: tYours('columnLink')
              }
            }}
          />
        </section>
      </div>
    </PageShell>
  )
}
