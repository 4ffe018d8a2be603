/**
 * What the cards (built in lib/cards, shown by app/_components/cards) and the behaviours that
 * bring them to life share, beyond the annotation contract of markup.ts: the
 * controls of a card, the states a card is in, where a page's cards come
 * from, and the event other leaves use to ask for a card. Components mark
 * elements with `marker(…)`; behaviours select with `.selector` and read
 * with `.attribute`. Nothing else spells these names. The reader's parts of a
 * term's entry are in reader-markup.ts, the header's in header-markup.ts.
 */
import { cardClass, dataAttribute } from './markup'

/** The props that mark an element with a flag attribute, for JSX: `<button {...marker(cardControls.pin)}>`. */
export function marker(flag: { attribute: string }): Record<string, string> {
  return { [flag.attribute]: '' }
}

/** The controls in a card's title bar. */
export const cardControls = {
  /** Pins the card (on a touch screen: keeps the sheet open). */
  pin: dataAttribute('card-pin'),
  /** Closes the card (on a touch screen: the whole sheet). */
  close: dataAttribute('card-close'),
  /** Moves a pinned card: dragged, or by arrow keys. */
  move: dataAttribute('card-move'),
  /** On a touch screen, back from a nested card to the one below it. */
  back: dataAttribute('card-back'),
  /** On a touch screen, the cards of the sheet from the first to this one. */
  trail: dataAttribute('card-trail'),
  /** A level of the trail to go back to; its value is the level (0: the first card). */
  trailStep: dataAttribute('card-level'),
  /** Says the phrase aloud; the attribute holds the phrase. */
  speak: dataAttribute('speak'),
  /** The BCP 47 language of the phrase to speak. */
  speakLang: dataAttribute('speak-lang')
} as const

/** States of a card, set by the behaviours and styled by the CSS. */
export const cardStates = {
  /** Pinned: out of the stack, stays while the page scrolls (desktop), or keeps the sheet open (touch). */
  pinned: dataAttribute('pinned'),
  /** Shown as a level of the bottom sheet (opened by touch). */
  sheet: dataAttribute('sheet'),
  /** A lower level of the sheet, under the one shown. */
  covered: dataAttribute('covered'),
  /** Only other cards name its term: not a note of the printed page. */
  nested: dataAttribute('nested')
} as const

/**
 * On the element that holds a page's cards: the page whose cards these are,
 * when they are not in the page itself (an essay's cards fragment, see
 * `cardsPath`); the behaviours fetch them from there when first needed.
 */
export const cardsSource = dataAttribute('cards-src')

/** Set on the cards element once the card behaviours listen: before it, a hover or a tap finds no one to open a card. */
export const cardsReady = dataAttribute('cards-ready')

/** Dispatched on the cards element after its `cardsSource` changed (another language for definitions). */
export const changeCardsSourceEvent = 'cards:source'

/** Class of the element that holds a page's cards (and, in print, its notes). */
export const cardsClass = 'cards'

/** On a term's card: its print note number (shown in print only), and its link to the term's page. */
export const cardNoteClass = 'card-note'
export const cardLinkClass = 'card-link'

/** CSS selector of a card. */
export const cardSelector = `.${cardClass}`

/** Id of a card's title, which names the card (a dialog) for screen readers. */
export const cardTitleId = (cardElementId: string) => `${cardElementId}-title`

/**
 * Dispatched (bubbling) on an annotation to open its card, by leaves other
 * than the card behaviours (the language switch reopens the card the reader
 * had open). `detail.sheet` asks for the bottom sheet.
 */
export const openCardEvent = 'term:open'
export interface OpenCardDetail {
  sheet?: boolean
}
