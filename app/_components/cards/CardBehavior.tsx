'use client'

import { useEffect } from 'react'
import { knowAndSaveTerms, showPressed } from '@/app/_components/reader/know-and-save'
import { cardsClass, cardsReady, type OpenCardDetail, openCardEvent } from '@/lib/annotate/card-markup'
import { termAttribute } from '@/lib/annotate/markup'
import { CardSource } from './card-source'
import { CardStack } from './card-stack'
import { openCardsOnHover } from './hover'
import { openCardsOnFocus } from './keyboard'
import { pinCards } from './pinning'
import { placeCards } from './placement'
import { openCardsOnPress } from './press'
import { showStacksAsSheets } from './sheet'
import { speakPhrases } from './speech'

/**
 * Brings the page's cards to life: one stack of open cards, which hover,
 * focus and taps open and close, placed next to their term or shown as a
 * sheet on a touch screen, pinnable, speaking foreign phrases. Each behaviour
 * is a module of its own; this wires them. Renders nothing.
 */
export default function CardBehavior() {
  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    const container = document.querySelector<HTMLElement>(`.${cardsClass}`)
    const source = new CardSource(container, signal)
    const stack = new CardStack((opener) => source.cardFor(opener))
    placeCards(stack, signal)
    showStacksAsSheets(stack, signal)
    openCardsOnHover(stack, source, signal)
    openCardsOnFocus(stack, source, signal)
    openCardsOnPress(stack, source, pinCards(stack, source, signal), signal)
    speakPhrases(stack, signal)
    knowAndSaveTerms(signal, {
      openerOf: (card) => stack.shown.find((shown) => shown.card === card)?.opener,
      known: (termId) => {
        const index = stack.shown.findIndex(({ opener }) => opener.getAttribute(termAttribute.attribute) === termId)
        if (index >= 0) stack.closeFrom(index)
      }
    })
    stack.on('open', ({ card }) => showPressed(card))
    // Other leaves (the language switch) ask for a card by dispatching this event on its term.
    document.addEventListener(
      openCardEvent,
      (event) => {
        const opener = source.openerOf(event.target)
        const { sheet } = (event as CustomEvent<OpenCardDetail | null>).detail ?? {}
        if (opener) void stack.open(opener, { layout: sheet ? 'sheet' : 'popover' })
      },
      { signal }
    )
    container?.setAttribute(cardsReady.attribute, '')
    return () => {
      container?.removeAttribute(cardsReady.attribute)
      controller.abort()
    }
  }, [])

  return null
}
