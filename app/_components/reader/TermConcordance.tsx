import { getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import { type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
import { essayPath } from '@/lib/site/paths.mjs'

/**
 * Every occurrence of a term in the essays shown in the page's language, each
 * in its sentence with the term marked and linking to that very place,
 * grouped by essay, newest first (the concordance). Essays shown in their
 * source language because they are not translated say so.
 */
export default async function TermConcordance({ termId, locale }: { termId: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Term' })
  const tList = await getTranslations({ locale, namespace: 'EssayList' })
  const found = getPublication().appearsIn(termId, locale)
  return (
    <section aria-labelledby="appears-in" className="concordance">
      <h2 id="appears-in">{t('appearsIn')}</h2>
      {found.length === 0 ? <p>{t('notInEssays')}</p> : null}
      {found.map((essay) => (
        <article key={essay.slug} className="concordance-essay">
          <h3 lang={localeInfo[essay.locale].lang}>
            <a href={essayPath(locale, essay.slug)}>{essay.title}</a>
          </h3>
          {essay.isFallback ? (
            <p className="fallback-marker">{tList('inLanguage', { language: languageName(essay.locale, locale) })}</p>
          ) : null}
          <ol className="occurrences" lang={localeInfo[essay.locale].lang} dir={localeInfo[essay.locale].dir}>
            {essay.occurrences.map(({ href, context }) => (
              <li key={href}>
                <a href={href}>
                  {context.before}
                  <mark>{context.match}</mark>
                  {context.after}
                </a>
              </li>
            ))}
          </ol>
        </article>
      ))}
    </section>
  )
}
