/**
 * The keyboard: a term (or link with a preview) that takes keyboard focus
 * opens its card, and focus moving anywhere outside the stack closes it.
 * Esc closes the top card and gives focus back to what opened it; ArrowDown
 * enters the card of the focused term; Tab past a card's last control goes on
 * after its term, Shift+Tab before its first goes back to the term: a card
 * sits in the reading order right after the term that opened it.
 */
import { cardSelector, cardStates } from '@/lib/annotate/card-markup'
import type { CardSource } from './card-source'
import type { CardStack } from './card-stack'

const focusableSelector = 'a[href], button:not([hidden]), select, input, [tabindex]:not([tabindex="-1"])'

export function openCardsOnFocus(stack: CardStack, source: CardSource, signal: AbortSignal) {
  const cardOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(cardSelector) : null)

  document.addEventListener(
    'focusin',
    (event) => {
      if (stack.givingFocusBack) return
      const opener = source.openerOf(event.target)
      if (opener?.matches(':focus-visible')) void stack.open(opener, { layout: stack.docked ? 'sheet' : 'popover' })
      else if (!stack.contains(event.target) && !cardOf(event.target) && !stack.docked) stack.closeAbove(0)
    },
    { signal }
  )

  document.addEventListener(
    'keydown',
    (event) => {
      const top = stack.top()
      const focused = document.activeElement
      const card = cardOf(focused)
      if (event.key === 'Escape' && top && !closedByCloseWatcher(top.card)) {
        event.preventDefault()
        stack.closeFrom(stack.shown.length - 1)
      } else if (event.key === 'ArrowDown' && top && focused === top.opener) {
        event.preventDefault()
        focusablesIn(top.card)[0]?.focus()
      } else if (event.key === 'Tab' && card) {
        const shown = stack.shown.find((entry) => entry.card === card)
        if (shown) leaveCardByTab(event, card, shown.opener)
      }
    },
    { signal }
  )
}

/** In a sheet, where the browser has close watchers, Esc is a close request that sheet.ts answers. */
function closedByCloseWatcher(card: HTMLElement): boolean {
  return card.hasAttribute(cardStates.sheet.attribute) && 'CloseWatcher' in window
}

function leaveCardByTab(event: KeyboardEvent, card: HTMLElement, opener: HTMLElement) {
  const inCard = focusablesIn(card)
  if (event.shiftKey ? document.activeElement !== inCard[0] : document.activeElement !== inCard.at(-1)) return
  event.preventDefault()
  if (event.shiftKey) return opener.focus()
  const all = focusablesIn(document).filter((element) => !element.closest(cardSelector))
  const next = all.find((element) => opener.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
  ;(next ?? opener).focus()
}

/** What Tab can reach inside `root`, in document order. */
export function focusablesIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(focusableSelector)].filter((element) => element.checkVisibility())
}
