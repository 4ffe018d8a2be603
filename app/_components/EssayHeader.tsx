import { getFormatter, getTranslations } from 'next-intl/server'
import type { EssayFile } from '@/lib/content/load-content'
import { localeInfo, type Locale } from '@/lib/i18n/locales'

interface Props {
  essay: EssayFile
  /** The page's locale; differs from the essay file's when the translation is missing. */
  locale: Locale
  isFallback: boolean
}

/** Fallback notice, title, date and categories of an essay. */
export default async function EssayHeader({ essay, locale, isFallback }: Props) {
  const t = await getTranslations({ locale, namespace: 'Essay' })
  const format = await getFormatter({ locale })
  return (
    <>
      {isFallback ? (
        <p className="notice" lang={localeInfo[locale].lang} dir={localeInfo[locale].dir} role="note">
          {t('fallbackNotice')}
        </p>
      ) : null}
      <header className="essay-header">
        <h1>{essay.title}</h1>
        {essay.categories.length > 0 || essay.date ? (
          <p className="meta">
            {essay.date ? (
              <time dateTime={essay.date} lang={localeInfo[locale].lang}>
                {t('published', { date: format.dateTime(new Date(essay.date), { dateStyle: 'long', timeZone: 'UTC' }) })}
              </time>
            ) : null}
            {essay.categories.length > 0 ? <span className="categories">{essay.categories.join(' · ')}</span> : null}
          </p>
        ) : null}
      </header>
    </>
  )
}
