import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import type { PlacedThread } from '@/lib/responses/arrangement'
import ResponseForm from './ResponseForm'
import ResponseItem from './ResponseItem'

interface Props {
  thread: PlacedThread
  slug: string
  locale: Locale
  cardNotes: Record<string, number>
  canRespond: boolean
}

/** A response and its replies, one level deep, with a form to reply (folded until asked for). */
export default async function ResponseThread({ thread, slug, locale, cardNotes, canRespond }: Props) {
  const t = await getTranslations({ locale, namespace: 'Responses' })
  const { response, replies, placement } = thread
  const reply = canRespond && response.status === 'published' && (
    <details className="response-reply">
      <summary>{t('reply')}</summary>
      <ResponseForm slug={slug} locale={locale} idPrefix={`reply-${response.id}-`} parent={response.id} />
    </details>
  )
  return (
    <li className="response-thread" data-other-language={response.locale !== locale ? '' : undefined}>
      <ResponseItem response={response} locale={locale} cardNotes={cardNotes} earlier={placement.earlier}>
        {reply}
      </ResponseItem>
      {replies.length ? (
        <ol className="response-replies">
          {replies.map((row) => (
            <li key={row.id} className="response-thread" data-other-language={row.locale !== locale ? '' : undefined}>
              <ResponseItem response={row} locale={locale} cardNotes={cardNotes} />
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  )
}
