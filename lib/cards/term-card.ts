/**
 * A term's definition card, and the parts of a term's entry that its page
 * shows too (its name, the reader's buttons). Its summary is annotated, so
 * that a term it names opens a card of its own.
 */
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { cardControls, cardLinkClass, cardNoteClass } from '@/lib/annotate/card-markup'
import { cardId, cardSummaryId } from '@/lib/annotate/markup'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import type { TermMeta } from '@/lib/content/types'
import { latinScriptOf } from '@/lib/i18n/language-tag'
import { defaultLocale, type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
import type { Publication } from '@/lib/publication/publication'
import { termPath } from '@/lib/site/paths.mjs'
import { cardBar, cardFrame } from './card-frame'
import type { CardText } from './card-text'

export interface TermCardOptions {
  /** Language of the card's text. */
  locale: Locale
  /** Language of the text being read: when it differs from the default locale's, that locale's name of the term is shown too. */
  textLocale: Locale
  /** Locale of the page, for links. */
  pageLocale: Locale
  /** Number of the note in print, when the page numbers its cards. */
  note?: number
  /** Whether only other cards name the term (it is then left out of the printed notes). */
  nested?: boolean
}

/** A term's name as a definition: a foreign phrase written in its original form carries its own language. */
export function termName(name: string, meta: TermMeta): Element {
  return h('dfn', { lang: meta.lang && meta.original === name ? meta.lang : undefined }, name)
}

/**
 * "I know this" and "Save", on a term's card and on its page: the card
 * behaviours give them their behaviour (know-and-save.ts). The CSS shows them
 * only once scripts run: without them the reader's glossary has nowhere to live.
 */
export function termActions(termId: string, t: CardText): Element[] {
  return [
    h('button', { type: 'button', ariaPressed: 'false', [termEntryParts.know.property]: termId }, t('know')),
    h('button', { type: 'button', ariaPressed: 'false', [termEntryParts.save.property]: termId }, t('save'))
  ]
}

interface Fact {
  label: string
  value: string
  lang?: string
  /** A reading of the term, which a saved term keeps. */
  reading?: boolean
}

/** What a card says about the term beside its summary: its original form, readings, literal sense, and its name in the default locale. */
function termFacts(publication: Publication, termId: string, options: TermCardOptions, t: CardText): Fact[] {
  const { locale, textLocale } = options
  const meta = publication.termMeta(termId)
  const { value: entry, locale: entryLocale } = publication.termEntry(termId, locale)
  const defaultEntry = publication.termEntry(termId, defaultLocale).value
  const showDefaultForm = !meta.original && textLocale !== defaultEntry.locale && defaultEntry.term !== entry.term
  const facts: (Fact | undefined)[] = [
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
  ]
  return facts.filter((fact) => fact !== undefined)
}

/** The definition card of one term, in `options.locale` (or the language it falls back to, with a notice). */
export function termCard(publication: Publication, termId: string, options: TermCardOptions, t: CardText): Element {
  const { locale, pageLocale, note, nested } = options
  const meta = publication.termMeta(termId)
  const { value: entry, locale: entryLocale, isFallback } = publication.termEntry(termId, locale)
  const outdated = publication.termStatus(termId, entryLocale)?.state === 'outdated'
  const places = publication.appearsIn(termId, pageLocale).reduce((sum, essay) => sum + essay.occurrences.length, 0)
  const facts = termFacts(publication, termId, options, t)
  const id = cardId(termId)
  const children: (ElementContent | undefined)[] = [
    ...cardBar(id, t, [
      h('span', { className: [cardNoteClass] }, note === undefined ? [] : String(note)),
      h('span', { [termEntryParts.name.property]: '' }, [termName(entry.term, meta)])
    ]),
    facts.length > 0
      ? h(
          'dl',
          { className: ['card-facts'] },
          facts.map((fact) =>
            h('div', [
              h('dt', fact.label),
              h('dd', { lang: fact.lang, [termEntryParts.reading.property]: fact.reading ? '' : undefined }, fact.value)
            ])
          )
        )
      : undefined,
    meta.lang && meta.original
      ? h(
          'button',
          {
            type: 'button',
            className: ['listen'],
            hidden: true,
            [cardControls.speak.property]: meta.original,
            [cardControls.speakLang.property]: meta.lang
          },
          [h('span', { ariaHidden: 'true' }, '🔊 '), t('listen')]
        )
      : undefined,
    h(
      'p',
      { id: cardSummaryId(termId), className: ['card-summary'], [termEntryParts.meaning.property]: '' },
      publication.termSummary(termId, locale, pageLocale).tree.children as ElementContent[]
    ),
    isFallback ? h('p', { className: ['card-notice'] }, t('untranslated', { language: languageName(locale, locale) })) : undefined,
    outdated ? h('p', { className: ['card-notice'] }, t('outdated')) : undefined,
    h(
      'p',
      { className: ['card-reader'], lang: localeInfo[locale].lang },
      [
        ...termActions(termId, t),
        places > 0 ? h('a', { href: `${termPath(pageLocale, termId)}#appears-in` }, t('appearsIn', { count: places })) : undefined
      ].filter((child) => child !== undefined)
    ),
    h('a', { className: [cardLinkClass], href: termPath(pageLocale, termId) }, [t('readMore'), h('span', { ariaHidden: 'true' }, ' →')])
  ]
  return cardFrame(
    { id, locale: entryLocale, note, nested, termEntry: true },
    children.filter((child) => child !== undefined)
  )
}
