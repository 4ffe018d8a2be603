import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { localeInfo } from '@/lib/i18n/locales'
import { getContent } from '../../_content/publication'
import { glossaryIndex } from '../../_content/glossary-index'
import { glossaryPath, termPath } from '../../_content/paths'
import { pageMetadata } from '../../_content/metadata'
import GlossaryFilter from '../../_components/GlossaryFilter'
import PageShell from '../../_components/PageShell'
import { routing } from '../../_i18n/routing'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const t = await getTranslations({ locale, namespace: 'Glossary' })
  return pageMetadata({ locale, pathFor: glossaryPath, title: t('title'), description: t('intro') })
}

export default async function GlossaryPage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations('Glossary')
  const terms = [...getContent().terms.values()]
  const groups = glossaryIndex(terms, locale)
  return (
    <PageShell locale={locale} pathFor={glossaryPath}>
      <div className="prose glossary">
        <h1>{t('title')}</h1>
        <p className="lede">
          {t('intro')} {t('count', { count: terms.length })}
        </p>
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
            <section key={group.initial} data-group aria-labelledby={`initial-${index + 1}`}>
              <h2 id={`initial-${index + 1}`}>{group.initial}</h2>
              <ul className="term-list">
                {group.entries.map((entry) => (
                  <li key={entry.id} data-filter={`${entry.term} ${entry.summary}`.toLocaleLowerCase()} lang={localeInfo[entry.locale].lang}>
                    <a href={termPath(locale, entry.id)}>{entry.term}</a>
                    <p>{entry.summary}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </PageShell>
  )
}
