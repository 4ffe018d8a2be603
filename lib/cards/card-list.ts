import type { Element } from 'hast'
import type { Locale } from '@/lib/i18n/locales'
import type { PageCardSet, Publication } from '@/lib/publication/publication'
import type { CardText } from './card-text'
import { previewCard } from './preview-card'
import { termCard } from './term-card'

export interface CardListOptions {
  /** Language of the cards, and of the page they are for. */
  locale: Locale
  /** Language of the text being read. */
  textLocale: Locale
  /**
   * Whether the cards are numbered as the page's printed notes (a page that
   * carries its cards). An essay's fetched cards are not: the page that puts
   * them in gives each the number its annotations carry.
   */
  numbered: boolean
}

/** The term cards of a set, in order of first appearance (nested ones marked), then its link previews. */
export function cardList(publication: Publication, cards: PageCardSet, options: CardListOptions, t: CardText): Element[] {
  const { locale, textLocale, numbered } = options
  const termCards = cards.cards.map((termId) =>
    termCard(
      publication,
      termId,
      {
        locale,
        textLocale,
        pageLocale: locale,
        ...(numbered ? { note: cards.notes[termId], nested: cards.notes[termId] === undefined } : {})
      },
      t
    )
  )
  const previews = cards.previews.map((key) => previewCard(publication, key, locale, t)).filter((card) => card !== undefined)
  return [...termCards, ...previews]
}
