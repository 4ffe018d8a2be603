import { getFormatter, getTranslations } from 'next-intl/server'
import HastContent from '@/app/_components/HastContent'
import { getPublication } from '@/app/_content/publication'
import { responseIdPrefix } from '@/app/_content/responses'
import { type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
import type { ResponseRow } from '@/lib/responses/store'
import { responsesEndpoint } from '@/lib/site/cross-origin.mjs'
import { responsePath } from '@/lib/site/paths.mjs'

/** The id of a response's element: what a link, or focus after sending, goes to. */
export const responseElementId = (id: string) => `response-${id}`

interface Props {
  response: ResponseRow
  locale: Locale
  cardNotes: Record<string, number>
  /** Marks a response on a block that changed since, with the block as the reader read it. */
  earlier?: boolean
  children?: React.ReactNode
}

/** One response: who, when, in which language, and its text annotated with the glossary in that language. */
export default async function ResponseItem({ response, locale, cardNotes, earlier, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Responses' })
  const format = await getFormatter({ locale })
  const textLocale = response.locale as Locale
  const { lang, dir } = localeInfo[textLocale] ?? localeInfo[locale]
  const deleted = response.status === 'deleted'
  const rendered = deleted ? undefined : getPublication().responseText(response.body, textLocale, locale, responseIdPrefix(response.id))
  return (
    <article className="response" id={responseElementId(response.id)} data-lang={textLocale} tabIndex={-1}>
      <p className="response-meta">
        {deleted ? null : (
          <bdi className="response-name" lang={response.name ? lang : undefined}>
            {response.name ?? t('anonymous')}
          </bdi>
        )}{' '}
        <time dateTime={response.created_at}>
          {format.dateTime(new Date(response.created_at), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })}
        </time>
        {textLocale !== locale && localeInfo[textLocale] ? (
          <span className="response-language"> · {t('writtenIn', { language: languageName(textLocale, textLocale) })}</span>
        ) : null}
      </p>
      {earlier ? (
        <details className="response-earlier">
          <summary>{t('earlierVersion')}</summary>
          <blockquote lang={lang} dir={dir}>
            {response.quote}
          </blockquote>
        </details>
      ) : null}
      {rendered ? (
        <div className="response-text" lang={lang} dir={dir}>
          <HastContent tree={rendered.tree} notes={cardNotes} />
        </div>
      ) : (
        <p className="response-text response-deleted">{t('deleted')}</p>
      )}
      {deleted ? null : (
        <div className="response-actions">
          {children}
          <form method="post" action={responsesEndpoint(responsePath(response.id))} className="response-flag">
            <input type="hidden" name="action" value="flag" />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="link-button">
              {t('flag')}
            </button>
          </form>
        </div>
      )}
    </article>
  )
}
