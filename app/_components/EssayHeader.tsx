import { getFormatter, getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import { type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
import { comparePath, essayPath } from '@/lib/site/paths.mjs'
import { changedPassages } from '@/lib/translations/status'
import SubjectLinks from './SubjectLinks'

/** Notices (not translated yet; translated from an older original), title, date and subjects of an essay. */
export default async function EssayHeader({ slug, locale }: { slug: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Essay' })
  const format = await getFormatter({ locale })
  const publication = getPublication()
  const { value: essay, isFallback } = publication.essayFile(slug, locale)
  const status = publication.essayStatus(slug, locale)
  const source = essay.translatedFrom
  const date = publication.essayDate(slug)
  const notice = { lang: localeInfo[locale].lang, dir: localeInfo[locale].dir, role: 'note' }
  return (
    <>
      {isFallback ? (
        <p className="notice" {...notice}>
          {t('fallbackNotice', { language: languageName(locale, locale) })}
        </p>
      ) : null}
      {status?.state === 'outdated' && source ? (
        <p className="notice outdated" {...notice} data-pagefind-ignore>
          {t('outdatedNotice', { count: changedPassages(status) })}{' '}
          <a href={essayPath(source, slug)} hrefLang={localeInfo[source].lang}>
            {t('readOriginal')}
          </a>
          {publication.isBilingualPair(slug, locale, source) ? (
            <>
              {' · '}
              <a href={comparePath(locale, slug, source)}>{t('seeChanges')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <header className="essay-header">
        <h1 data-pagefind-meta="title">{essay.title}</h1>
        <p className="meta">
          {date ? (
            <time dateTime={date} lang={localeInfo[locale].lang}>
              {t('published', { date: format.dateTime(new Date(date), { dateStyle: 'long', timeZone: 'UTC' }) })}
            </time>
          ) : null}
          <SubjectLinks ids={publication.essaySubjects(slug)} locale={locale} />
        </p>
      </header>
    </>
  )
}
