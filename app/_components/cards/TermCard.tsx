import { getTranslations } from 'next-intl/server'
import HastContent from '@/app/_components/HastContent'
import TermActions from '@/app/_components/reader/TermActions'
import { getPublication } from '@/app/_content/publication'
import { cardControls, cardLinkClass, cardNoteClass, marker } from '@/lib/annotate/card-markup'
import { cardId, cardSummaryId } from '@/lib/annotate/markup'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import { latinScriptOf } from '@/lib/i18n/language-tag'
import { defaultLocale, type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
import { termPath } from '@/lib/site/paths.mjs'
import CardControls from './CardControls'
import CardFrame from './CardFrame'
import TermName from './TermName'

interface Props {
  termId: string
  /** Language of the card's text. */
  locale: Locale
  /** Language of the text being read: when it differs from the default locale's, that locale's name of the term is shown too. */
  textLocale: Locale
  /** Locale of the page, for links. */
  pageLocale: Locale
  /** Number of the note in print. */
  note: number
  /** Whether only other cards name the term (it is then left out of the printed notes). */
  nested?: boolean
}

/**
 * The definition card of one term, rendered on the server; a card behaviour
 * shows it next to the term being read, or as a sheet on a touch screen. Its
 * summary is annotated too, so that a term it names opens a card of its own.
 */
export default async function TermCard({ termId, locale, textLocale, pageLocale, note, nested = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'Card' })
  const publication = getPublication()
  const meta = publication.termMeta(termId)
  const { value: entry, locale: entryLocale, isFallback } = publication.termEntry(termId, locale)
  const defaultEntry = publication.termEntry(termId, defaultLocale).value
  const showDefaultForm = !meta.original && textLocale !== defaultEntry.locale && defaultEntry.term !== entry.term
  const outdated = publication.termStatus(termId, entryLocale)?.state === 'outdated'
  const places = publication.appearsIn(termId, pageLocale).reduce((sum, essay) => sum + essay.occurrences.length, 0)
  const facts = [
    meta.original && meta.original !== entry.term ? { label: t('original'), value: meta.original, lang: meta.lang } : undefined,
    meta.romanization
      ? { label: t('romanization'), value: meta.romanization, lang: meta.lang && latinScriptOf(meta.lang), reading: true }
      : undefined,
    entry.reading ? { label: t('reading'), value: entry.reading, lang: localeInfo[entryLocale].lang, reading: true } : undefined,
    entry.literal ? { label: t('literal'), value: entry.literal } : undefined,
    entry.meaning ? { label: t('meaning'), value: entry.meaning } : undefined,
    showDefaultForm
      ? {
          label: t('defaultForm', { language: languageName(defaultLocale, locale) }),
          value: defaultEntry.term,
          lang: localeInfo[defaultLocale].lang
        }
      : undefined
  ].filter((fact) => fact !== undefined)
  return (
    <CardFrame id={cardId(termId)} locale={entryLocale} note={note} nested={nested} termEntry>
      <CardControls cardId={cardId(termId)} locale={locale}>
        <span className={cardNoteClass}>{note}</span>
        <span {...marker(termEntryParts.name)}>
          <TermName name={entry.term} meta={meta} />
        </span>
      </CardControls>
      {facts.length > 0 ? (
        <dl className="card-facts">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd lang={fact.lang} {...('reading' in fact ? marker(termEntryParts.reading) : {})}>
                {fact.value}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {meta.lang && meta.original ? (
        <button
          type="button"
          className="listen"
          hidden
          {...{ [cardControls.speak.attribute]: meta.original, [cardControls.speakLang.attribute]: meta.lang }}
        >
          <span aria-hidden="true">🔊 </span>
          {t('listen')}
        </button>
      ) : null}
      <p id={cardSummaryId(termId)} className="card-summary" {...marker(termEntryParts.meaning)}>
        <HastContent tree={publication.termSummary(termId, locale, pageLocale).tree} />
      </p>
      {isFallback ? <p className="card-notice">{t('untranslated', { language: languageName(locale, locale) })}</p> : null}
      {outdated ? <p className="card-notice">{t('outdated')}</p> : null}
      <p className="card-reader" lang={localeInfo[locale].lang}>
        <TermActions termId={termId} locale={locale} />
        {places > 0 ? <a href={`${termPath(pageLocale, termId)}#appears-in`}>{t('appearsIn', { count: places })}</a> : null}
      </p>
      <a className={cardLinkClass} href={termPath(pageLocale, termId)}>
        {t('readMore')}
        <span aria-hidden="true"> →</span>
      </a>
    </CardFrame>
  )
}
