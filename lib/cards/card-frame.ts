/**
 * What every card is made of: the frame (a non-modal dialog in the top layer)
 * and its title bar. Built as hast, like the texts, so that one description
 * serves a page that carries its cards (rendered by HastContent) and an
 * essay's cards fragment (serialised for the essay's pages to fetch).
 */
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { cardControls, cardStates, cardTitleId } from '@/lib/annotate/card-markup'
import { cardClass, noteAttribute } from '@/lib/annotate/markup'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import type { CardText } from './card-text'

/** Id of the element that says how to move a pinned card, which every card's move button points to. */
export const moveHintId = 'card-move-hint'

export interface CardFrameOptions {
  id: string
  /** Language of the card's text. */
  locale: Locale
  className?: string
  /** Number of the card in the printed notes, when the page numbers its cards (a fetched card takes the page's number). */
  note?: number
  /** Whether only other cards name its term (it is then left out of the printed notes). */
  nested?: boolean
  /** Whether it is a term's entry, which the reader can mark known or save (see termEntryParts). */
  termEntry?: boolean
}

/**
 * A card: a non-modal dialog named by its title, in the top layer
 * (`popover="manual"`), hidden until a card behaviour shows it. Focusable, so
 * that a sheet opened by touch can take focus.
 */
export function cardFrame(options: CardFrameOptions, children: ElementContent[]): Element {
  const { id, locale, className, note, nested = false, termEntry = false } = options
  const { lang, dir } = localeInfo[locale]
  return h(
    'div',
    {
      popover: 'manual',
      role: 'dialog',
      tabIndex: -1,
      ariaLabelledBy: cardTitleId(id),
      id,
      className: className ? [cardClass, className] : [cardClass],
      lang,
      dir,
      [noteAttribute.property]: note,
      [cardStates.nested.property]: nested ? '' : undefined,
      [termEntryParts.entry.property]: termEntry ? '' : undefined
    },
    children
  )
}

/**
 * The title bar of a card: back (a nested level of the sheet on a touch
 * screen), title, move (shown once pinned), pin and close; and the trail of
 * the sheet's levels. The card behaviours give them their behaviour.
 * `title` names the card and is the handle a pinned card is dragged by.
 */
export function cardBar(cardElementId: string, t: CardText, title: ElementContent[]): ElementContent[] {
  const flag = (control: { property: string }) => ({ [control.property]: '' })
  return [
    h('div', { className: ['card-bar'] }, [
      h('button', { type: 'button', className: ['card-back'], hidden: true, ...flag(cardControls.back) }, [
        h('span', { ariaHidden: 'true', className: ['card-back-arrow'] }, '←'),
        ' ',
        t('back')
      ]),
      h('p', { className: ['card-term'], id: cardTitleId(cardElementId), ...flag(cardControls.move) }, title),
      h('div', { className: ['card-actions'] }, [
        h('button', { type: 'button', className: ['card-move'], ariaDescribedBy: moveHintId, ...flag(cardControls.move) }, t('move')),
        h('button', { type: 'button', className: ['card-pin'], ariaPressed: 'false', ...flag(cardControls.pin) }, t('pin')),
        h('button', { type: 'button', className: ['card-close'], ariaLabel: t('close'), ...flag(cardControls.close) }, [
          h('span', { ariaHidden: 'true' }, '×')
        ])
      ])
    ]),
    h('ol', { className: ['card-trail'], ariaLabel: t('trail'), hidden: true, ...flag(cardControls.trail) })
  ]
}
