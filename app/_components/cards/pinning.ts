/**
 * Pinning. On a desktop a pinned card (its Pin button, or P while it is open)
 * leaves the stack and stays where it is while the page scrolls; it moves by
 * dragging its title or Move button, or by arrow keys on Move (Shift: four
 * times as far); it closes with its own close button; several can be pinned,
 * and they are remembered for the session, so that they reopen, in the page's
 * language, after a language switch. On a touch screen, Pin keeps the sheet
 * open: presses outside it no longer close it, and a term tapped in the text
 * opens in it, until the sheet is closed. A sheet is not remembered.
 */
import { cardControls, cardSelector, cardStates } from '@/lib/annotate/card-markup'
import { readList, store } from '@/lib/reader/storage'
import type { CardSource } from './card-source'
import { type CardStack, showPinned } from './card-stack'
import { followPointer } from './move'
import { moveTo, positionOf } from './placement'

/** How far an arrow key moves a pinned card (Shift: four times as far). */
const step = 16
const storageKey = 'pinned-cards'

interface Pinned {
  id: string
  left: number
  top: number
}

/** What the other behaviours ask of pinning: a card's close button takes a pinned card off the page (press.ts). */
export interface Pins {
  /** Pinned on a desktop (a pinned sheet is the stack's: CardStack.docked). */
  isPinned: (card: HTMLElement) => boolean
  unpin: (card: HTMLElement) => void
}

export function pinCards(stack: CardStack, source: CardSource, signal: AbortSignal): Pins {
  const isPinned = (card: HTMLElement) => card.hasAttribute(cardStates.pinned.attribute)
  const cardOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(cardSelector) : null)

  const pin = (card: HTMLElement) => {
    if (card.hasAttribute(cardStates.sheet.attribute)) return stack.dock(!stack.docked)
    stack.release(card)
    showPinned(card, true)
    save()
  }

  const unpin = (card: HTMLElement) => {
    showPinned(card, false)
    card.hidePopover()
    save()
  }

  stack.on('open', ({ card }) => {
    if (card.hasAttribute(cardStates.sheet.attribute)) stack.dock(stack.docked)
  })
  stack.on('close', ({ card }) => {
    if (stack.layout !== 'sheet') return
    showPinned(card, false)
  })

  const save = () => {
    const pinned = [...document.querySelectorAll<HTMLElement>(`${cardSelector}${cardStates.pinned.selector}`)]
      .filter((card) => !card.hasAttribute(cardStates.sheet.attribute))
      .map((card) => ({ id: card.id, ...positionOf(card) }))
    // Cards pinned on other pages, that this page does not have, stay remembered; without storage, pinned cards last for this page.
    const elsewhere = readPinned().filter(({ id }) => !document.getElementById(id))
    store(storageKey, JSON.stringify([...elsewhere, ...pinned]), 'session')
  }

  const moveBy = (card: HTMLElement, dx: number, dy: number) => {
    const { left, top } = positionOf(card)
    moveTo(card, left + dx, top + dy)
    save()
  }

  // Cards pinned earlier in this session reopen where they were, in this page's language.
  const remembered = readPinned()
  if (remembered.length > 0) {
    void source.ready().then(() => {
      for (const { id, left, top } of remembered) {
        const card = document.getElementById(id)
        if (!card?.matches(cardSelector) || card.matches(':popover-open')) continue
        card.showPopover()
        showPinned(card, true)
        moveTo(card, left, top)
      }
    })
  }

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null
      const card = cardOf(target)
      if (!card) return
      if (!target?.closest(cardControls.pin.selector)) return
      if (card.hasAttribute(cardStates.sheet.attribute) || !isPinned(card)) pin(card)
      else unpin(card)
    },
    { signal }
  )

  document.addEventListener(
    'pointerdown',
    (event) => {
      const card = cardOf(event.target)
      const handle = event.target instanceof Element && event.target.closest(cardControls.move.selector)
      if (card && handle && isPinned(card) && !card.hasAttribute(cardStates.sheet.attribute)) drag(card, event, save)
    },
    { capture: true, signal }
  )

  document.addEventListener(
    'keydown',
    (event) => {
      const focused = document.activeElement
      const top = stack.top()
      if (event.key.toLowerCase() === 'p' && !event.ctrlKey && !event.metaKey && !event.altKey && top && !isTextEntry(focused)) {
        pin(top.card)
        return
      }
      const card = cardOf(focused)
      if (!event.key.startsWith('Arrow') || !card || !isPinned(card) || !focused?.matches(cardControls.move.selector)) return
      event.preventDefault()
      const distance = event.shiftKey ? step * 4 : step
      const [dx, dy] = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key] ?? [0, 0]
      moveBy(card, dx * distance, dy * distance)
    },
    { signal }
  )
  return { isPinned: (card) => isPinned(card) && !card.hasAttribute(cardStates.sheet.attribute), unpin }
}

function readPinned(): Pinned[] {
  return readList<Pinned>(storageKey, 'session')
}

/** Moves the card with the pointer that pressed its handle, keeping the handle under it (move.ts). */
function drag(card: HTMLElement, start: PointerEvent, done: () => void) {
  const { left, top } = positionOf(card)
  const [dx, dy] = [start.clientX - left, start.clientY - top]
  followPointer(start, { move: (x, y) => moveTo(card, x - dx, y - dy), end: done })
}

function isTextEntry(element: Element | null): boolean {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  )
}
