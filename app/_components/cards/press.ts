/**
 * Taps and clicks. A tap on a term opens its card (on a touch screen as a
 * sheet) and a second tap on the same term follows its link to the term's
 * page; a mouse click always follows the link. A press outside every card
 * and term closes the stack, unless the reader pinned the sheet. A card's
 * close button closes it and the cards above it.
 */
import { cardControls, cardSelector, cardStates } from '@/lib/annotate/card-markup'
import { termAttribute } from '@/lib/annotate/markup'
import type { CardSource } from './card-source'
import type { CardStack } from './card-stack'
import type { Pins } from './pinning'

export function openCardsOnPress(stack: CardStack, source: CardSource, pins: Pins, signal: AbortSignal) {
  let pointerType = 'mouse'
  const cardOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(cardSelector) : null)

  document.addEventListener(
    'pointerdown',
    (event) => {
      pointerType = event.pointerType
      const outside = !cardOf(event.target) && !source.openerOf(event.target)
      if (outside && !stack.docked && stack.shown.length > 0) {
        stack.cancelPending()
        stack.closeFrom(0)
      }
    },
    { capture: true, signal }
  )

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null
      const card = cardOf(target)
      // The one close button handler: a pinned card leaves the page; otherwise the card and those above it close (a sheet: all of it).
      if (card && target?.closest(cardControls.close.selector)) {
        if (pins.isPinned(card)) return pins.unpin(card)
        stack.dock(false)
        stack.closeFrom(card.hasAttribute(cardStates.sheet.attribute) ? 0 : Math.max(0, stack.indexOf(card)))
        return
      }
      const opener = source.openerOf(target)
      // A click with no pointer (detail 0: Enter on a focused term) follows the link, as a mouse click does.
      const pressedBy = event.detail === 0 ? 'keyboard' : (event as PointerEvent).pointerType || pointerType
      if (!opener?.hasAttribute(termAttribute.attribute) || pressedBy === 'mouse' || pressedBy === 'keyboard') return
      // A tap opens the card; a second tap on the same term follows its link.
      if (stack.top()?.opener === opener) return
      event.preventDefault()
      void stack.open(opener, { layout: pressedBy === 'touch' ? 'sheet' : 'popover' })
    },
    { signal }
  )
}
