import { getTranslations } from 'next-intl/server'
import type { Term } from '@/lib/content/load-content'
import { defaultLocale, localeInfo, type Locale } from '@/lib/i18n/locales'
import { getTermEntry } from '../_content/publication'
import { termPath } from '../_content/paths'

export const cardId = (termId: string) => `card-${termId}`
export const cardSummaryId = (termId: string) => `card-${termId}-summary`

interface Props {
  term: Term
  /** Language of the card's text. */
  locale: Locale
  /** Language of the essay being read: when it differs from the term's source, the source form is shown. */
  textLocale: Locale
  /** Locale of the page, for links. */
  pageLocale: Locale
  /** Number of the note in print. */
  note: number
}

/**
 * The definition card of one term: rendered on the server with the page,
 * shown by CardBehavior as a popover next to the term being read.
 */
export default async function TermCard({ term, locale, textLocale, pageLocale, note }: Props) {
  const t = await getTranslations({ locale, namespace: 'Card' })
  const { value: entry, locale: entryLocale, isFallback } = getTermEntry(term, locale)
  const source = getTermEntry(term, defaultLocale).value
  const showSourceForm = textLocale !== source.locale && source.term !== entry.term
  const { lang, dir } = localeInfo[entryLocale]
  return (
    <div popover="auto" id={cardId(term.id)} className="card" lang={lang} dir={dir} data-note={note}>
      <p className="card-term">
        <span className="card-note">{note}</span>
        <dfn lang={term.meta.lang && term.meta.original === entry.term ? term.meta.lang : undefined}>{entry.term}</dfn>
      </p>
      {term.meta.original || showSourceForm ? (
        <dl className="card-facts">
          {term.meta.original && term.meta.original !== entry.term ? (
            <div>
              <dt>{t('original')}</dt>
              <dd lang={term.meta.lang}>{term.meta.original}</dd>
            </div>
          ) : null}
          {term.meta.romanization ? (
            <div>
              <dt>{t('romanization')}</dt>
              <dd lang={term.meta.lang ? `${term.meta.lang.split('-')[0]}-Latn` : undefined}>{term.meta.romanization}</dd>
            </div>
          ) : null}
          {entry.literal ? (
            <div>
              <dt>{t('literal')}</dt>
              <dd>{entry.literal}</dd>
            </div>
          ) : null}
          {entry.meaning ? (
            <div>
              <dt>{t('meaning')}</dt>
              <dd>{entry.meaning}</dd>
            </div>
          ) : null}
          {showSourceForm && !term.meta.original ? (
            <div>
              <dt>{t('sourceForm')}</dt>
              <dd lang={localeInfo[source.locale].lang}>{source.term}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {term.meta.lang && term.meta.original ? (
        <button type="button" className="listen" hidden data-speak={term.meta.original} data-speak-lang={term.meta.lang}>
          <span aria-hidden="true">🔊 </span>
          {t('listen')}
        </button>
      ) : null}
      <p id={cardSummaryId(term.id)} className="card-summary">
        {entry.summary}
      </p>
      {isFallback ? <p className="card-notice">{t('untranslated')}</p> : null}
      <a className="card-link" href={termPath(pageLocale, term.id)}>
        {t('readMore')}
        <span aria-hidden="true"> →</span>
      </a>
    </div>
  )
}
