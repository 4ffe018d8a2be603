import { getFormatter, getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import { type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
import { essayPath } from '@/lib/site/paths.mjs'
import SubjectLinks from './SubjectLinks'

/** Essays as a list: title, date, subjects and a one-line excerpt, in the page's language where there is a translation. */
export default async function EssayList({
  slugs,
  locale,
  headingLevel = 2
}: {
  slugs: readonly string[]
  locale: Locale
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const t = await getTranslations({ locale, namespace: 'EssayList' })
  const format = await getFormatter({ locale })
  const publication = getPublication()
  return (
    <ul className="essay-list">
      {slugs.map((slug) => {
        const { value: essay, locale: textLocale, isFallback } = publication.essayFile(slug, locale)
        const { lang, dir } = localeInfo[textLocale]
        const date = publication.essayDate(slug)
        return (
          <li key={slug}>
            <Heading lang={lang} dir={dir}>
              <a href={essayPath(locale, slug)} className="essay-link">
                {essay.title}
              </a>
            </Heading>
            <p className="meta">
              {date ? (
                <time dateTime={date}>{format.dateTime(new Date(date), { dateStyle: 'long', timeZone: 'UTC' })}</time>
              ) : (
                <span>{t('undated')}</span>
              )}
              {isFallback ? (
                <span className="fallback-marker">{t('inLanguage', { language: languageName(textLocale, locale) })}</span>
              ) : null}
              <SubjectLinks ids={publication.essaySubjects(slug)} locale={locale} />
            </p>
            <p className="excerpt" lang={lang} dir={dir}>
              {publication.essayDescription(slug, textLocale)}
            </p>
          </li>
        )
      })}
    </ul>
  )
}
