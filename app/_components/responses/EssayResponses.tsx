import { getTranslations } from 'next-intl/server'
import { type Locale, languageName } from '@/lib/i18n/locales'
import type { Arrangement, PlacedThread } from '@/lib/responses/arrangement'
import { responsesOrigin } from '@/lib/site/cross-origin.mjs'
import { responsesFeedPath } from '@/lib/site/paths.mjs'
import { blockPanelId } from './block-count'
import { newerResponsesFrom, responseLists } from './newer-responses-markup'
import ResponseForm from './ResponseForm'
import ResponseFormScript from './ResponseFormScript'
import ResponseThread from './ResponseThread'

export const responsesSectionId = 'responses'

interface Props {
  slug: string
  locale: Locale
  /** Undefined when the database could not be read. */
  arrangement: Arrangement | undefined
  /** The opening words of each block of the page's text, for the form's choice and the panels' headings. */
  blockWords: readonly string[]
  cardNotes: Record<string, number>
  /** Why no new response can be sent here, if so. */
  notAccepting?: 'readOnly' | 'closed'
  translated: boolean
}

/**
 * The end of an essay that takes responses: the responses to the whole essay
 * (and to blocks that are gone), a choice of languages, the form; and, apart,
 * each block's panel. All in the HTML, so none of it needs JavaScript.
 */
export default async function EssayResponses({ slug, locale, arrangement, blockWords, cardNotes, notAccepting, translated }: Props) {
  const t = await getTranslations({ locale, namespace: 'Responses' })
  const canRespond = !notAccepting && arrangement !== undefined
  const threads = (list: readonly PlacedThread[]) => (
    <ol className="response-list">
      {list.map((thread) => (
        <ResponseThread
          key={thread.response.id}
          thread={thread}
          slug={slug}
          locale={locale}
          cardNotes={cardNotes}
          canRespond={canRespond}
        />
      ))}
    </ol>
  )
  const mine = arrangement?.byLocale[locale] ?? 0
  const total = arrangement?.total ?? 0
  return (
    <>
      <section
        id={responsesSectionId}
        className="responses"
        aria-labelledby="responses-heading"
        {...{ [newerResponsesFrom.attribute]: canRespond ? responsesOrigin : undefined }}
      >
        <h2 id="responses-heading">
          {t('heading')} <span className="response-count">({total})</span>
        </h2>
        <div {...{ [responseLists.attribute]: '' }}>
          {arrangement === undefined ? <p className="notice">{t('unavailable')}</p> : null}
          {total > mine ? (
            <fieldset className="response-filter">
              <legend>{t('filterLabel')}</legend>
              <label>
                <input type="radio" name="response-languages" value="all" defaultChecked /> {t('allLanguages', { count: total })}
              </label>
              <label>
                <input type="radio" name="response-languages" value="mine" data-only-lang={locale} />{' '}
                {t('inMyLanguage', { language: languageName(locale, locale), count: mine })}
              </label>
            </fieldset>
          ) : null}
          {arrangement?.atEnd.length ? threads(arrangement.atEnd) : total === 0 ? <p>{t('none')}</p> : null}
        </div>
        {notAccepting ? (
          <p className="notice">{t(notAccepting)}</p>
        ) : canRespond ? (
          <>
            <h3>{t('formHeading')}</h3>
            <ResponseForm slug={slug} locale={locale} idPrefix="respond-" blocks={blockWords} notes translated={translated} />
            <ResponseFormScript
              labels={{
                sending: t('sending'),
                published: t('published'),
                held: t('held'),
                note: t('noteReceived'),
                anonymous: t('anonymous'),
                failed: t('errors.unavailable')
              }}
            />
          </>
        ) : null}
        <p>
          <a href={responsesFeedPath(slug)} type="application/atom+xml">
            {t('feed')}
          </a>
        </p>
      </section>
      {[...(arrangement?.byBlock ?? [])].map(([block, list]) => (
        <section
          key={block}
          id={blockPanelId(block)}
          className="block-panel"
          popover="auto"
          aria-label={t('blockPanel', { words: blockWords[block] ?? '' })}
        >
          <div className="block-panel-bar">
            <h2>{t('blockPanel', { words: blockWords[block] ?? '' })}</h2>
            <button type="button" popoverTarget={blockPanelId(block)} popoverTargetAction="hide" className="card-close">
              {t('close')}
            </button>
          </div>
          {threads(list)}
          {canRespond ? (
            <details className="response-reply">
              <summary>{t('respondToParagraph')}</summary>
              <ResponseForm slug={slug} locale={locale} idPrefix={`block-${block}-`} block={block} />
            </details>
          ) : null}
        </section>
      ))}
    </>
  )
}
