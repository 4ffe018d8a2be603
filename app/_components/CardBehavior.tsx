'use client'

import { useEffect } from 'react'
import { annotationSelector, cardClass, cardId, previewCardId, previewLinkSelector } from '@/lib/annotate/markup'
import { sameLanguage } from '@/lib/i18n/language-tag'

const openDelay = 150
const closeGrace = 300
const gap = 8
/** How far an arrow key moves a pinned card (Shift: four times as far). */
const step = 16
const pinnedKey = 'pinned-cards'
const openerSelector = `${annotationSelector}, ${previewLinkSelector}`
const focusableSelector = 'a[href], button:not([hidden]), select, input, [tabindex]:not([tabindex="-1"])'

interface Shown {
  opener: HTMLElement
  card: HTMLElement
}

interface Pinned {
  id: string
  left: number
  top: number
}

/**
 * The cards of a page (server-rendered `popover="manual"` elements): a term's
 * card opens on hover after a short intent delay, on keyboard focus and on
 * tap; a link to another page of the publication opens its preview on hover
 * and focus. A term inside a card opens its own card on top: the open cards
 * form a stack. Esc closes the top card and gives focus back to what opened
 * it; leaving the stack with the pointer closes it after a grace time, and a
 * tap or focus outside closes it at once. ArrowDown enters the card of the
 * focused term, and Tab leaves it again after the term. A card can be pinned
 * (its button, or P): it leaves the stack, stays where it is while the page
 * scrolls, moves by drag or arrow keys, closes with its own button, and is
 * remembered for the session, so that it reopens after a language switch.
 * Renders nothing.
 */
export default function CardBehavior() {
  useEffect(() => {
    const controller = new AbortController()
    const listen = { signal: controller.signal }
    const stack: Shown[] = []
    let openTimer: number | undefined
    let closeTimer: number | undefined
    let pointerType = 'mouse'
    /** Set while focus is given back to an opener, so that it does not reopen the card just closed. */
    let givingFocusBack = false

    const openerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(openerSelector) : null)
    const cardOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(`.${cardClass}`) : null)
    const cardFor = (opener: HTMLElement) =>
      document.getElementById(opener.dataset.term ? cardId(opener.dataset.term) : previewCardId(opener.dataset.preview ?? ''))
    const inStack = (node: EventTarget | null) =>
      node instanceof Node && stack.some(({ opener, card }) => card.contains(node) || opener.contains(node))
    const isPointer = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen'
    const clearTimers = () => {
      clearTimeout(openTimer)
      clearTimeout(closeTimer)
    }

    const hide = ({ opener, card }: Shown) => {
      card.hidePopover()
      opener.setAttribute('aria-expanded', 'false')
    }

    /** Closes the cards of the stack above `level` (0: all of them). */
    const closeAbove = (level: number) => {
      clearTimers()
      for (const shown of stack.splice(level).reverse()) hide(shown)
    }

    const open = (opener: HTMLElement, pointer?: { x: number; y: number }) => {
      clearTimers()
      const card = cardFor(opener)
      if (!card || (opener.dataset.term && document.documentElement.dataset.annotations === 'off')) return
      if (card.matches(':popover-open')) return // Already shown: pinned, or lower in this stack.
      const parent = cardOf(opener)
      closeAbove(parent ? stack.findIndex((shown) => shown.card === parent) + 1 : 0)
      card.showPopover()
      opener.setAttribute('aria-expanded', 'true')
      stack.push({ opener, card })
      revealListenButton(card)
      place(card, opener, pointer)
    }

    /** Closes the stack's cards from `index` up; focus inside them goes back to the opener of the lowest. */
    const closeFrom = (index: number) => {
      const opener = stack[index]?.opener
      const hadFocus = stack.slice(index).some(({ card }) => card.contains(document.activeElement))
      closeAbove(index)
      if (!hadFocus || !opener) return
      givingFocusBack = true
      opener.focus()
      givingFocusBack = false
    }

    const readPinned = (): Pinned[] => {
      try {
        return JSON.parse(sessionStorage.getItem(pinnedKey) ?? '[]')
      } catch {
        return []
      }
    }
    const savePinned = () => {
      const pinned = [...document.querySelectorAll<HTMLElement>(`.${cardClass}[data-pinned]`)].map((card) => ({
        id: card.id,
        ...positionOf(card)
      }))
      try {
        // Cards pinned on other pages, that this page does not have, stay remembered.
        const elsewhere = readPinned().filter(({ id }) => !document.getElementById(id))
        sessionStorage.setItem(pinnedKey, JSON.stringify([...elsewhere, ...pinned]))
      } catch {
        // Without storage, pinned cards last for this page.
      }
    }

    const setPinned = (card: HTMLElement, pinned: boolean) => {
      card.toggleAttribute('data-pinned', pinned)
      card.querySelector('[data-pin]')?.setAttribute('aria-pressed', String(pinned))
    }

    const pin = (card: HTMLElement) => {
      const index = stack.findIndex((shown) => shown.card === card)
      if (index >= 0) stack.splice(index, 1)[0].opener.setAttribute('aria-expanded', 'false')
      setPinned(card, true)
      savePinned()
    }

    const unpin = (card: HTMLElement) => {
      setPinned(card, false)
      card.hidePopover()
      savePinned()
    }

    const moveBy = (card: HTMLElement, dx: number, dy: number) => {
      const { left, top } = positionOf(card)
      moveTo(card, left + dx, top + dy)
      savePinned()
    }

    // Cards pinned earlier in this session reopen where they were, in this page's language.
    for (const { id, left, top } of readPinned()) {
      const card = document.getElementById(id)
      if (!card?.classList.contains(cardClass)) continue
      card.showPopover()
      setPinned(card, true)
      moveTo(card, left, top)
    }

    document.addEventListener(
      'pointerover',
      (event) => {
        pointerType = event.pointerType
        if (!isPointer(event)) return
        const opener = openerOf(event.target)
        if (inStack(event.target)) clearTimeout(closeTimer)
        if (opener && !(stack.at(-1)?.opener === opener)) {
          clearTimeout(openTimer)
          openTimer = window.setTimeout(() => open(opener, { x: event.clientX, y: event.clientY }), openDelay)
        }
      },
      listen
    )

    document.addEventListener(
      'pointerout',
      (event) => {
        if (!isPointer(event) || inStack(event.relatedTarget)) return
        if (openerOf(event.target)) clearTimeout(openTimer)
        if (stack.length > 0 && inStack(event.target)) {
          clearTimeout(closeTimer)
          closeTimer = window.setTimeout(() => closeAbove(0), closeGrace)
        }
      },
      listen
    )

    document.addEventListener(
      'pointerdown',
      (event) => {
        pointerType = event.pointerType
        if (!cardOf(event.target) && !openerOf(event.target)) closeAbove(0)
        const card = cardOf(event.target)
        const handle = event.target instanceof Element && event.target.closest('[data-drag]')
        if (card?.dataset.pinned !== undefined && handle) drag(card, event, savePinned)
      },
      { ...listen, capture: true }
    )

    document.addEventListener(
      'click',
      (event) => {
        const target = event.target instanceof Element ? event.target : null
        const card = cardOf(target)
        const action = target?.closest<HTMLElement>('[data-speak], [data-pin], [data-close]')
        if (card && action) {
          if (action.dataset.speak) return speak(action)
          if (action.dataset.pin !== undefined) return card.dataset.pinned === undefined ? pin(card) : unpin(card)
          if (card.dataset.pinned !== undefined) return unpin(card)
          return closeFrom(
            Math.max(
              0,
              stack.findIndex((shown) => shown.card === card)
            )
          )
        }
        const opener = openerOf(target)
        if (!opener?.dataset.term || pointerType === 'mouse') return
        // A tap opens the card; a second tap on the same term follows its link.
        if (stack.at(-1)?.opener === opener) return
        event.preventDefault()
        open(opener)
      },
      listen
    )

    document.addEventListener(
      'focusin',
      (event) => {
        const opener = openerOf(event.target)
        if (givingFocusBack) return
        if (opener?.matches(':focus-visible')) open(opener)
        else if (!inStack(event.target) && !cardOf(event.target)) closeAbove(0)
        else clearTimers()
      },
      listen
    )

    document.addEventListener(
      'keydown',
      (event) => {
        const top = stack.at(-1)
        const focused = document.activeElement
        const card = cardOf(focused)
        if (event.key === 'Escape' && top) {
          event.preventDefault()
          closeFrom(stack.length - 1)
        } else if (event.key.toLowerCase() === 'p' && !event.ctrlKey && !event.metaKey && !event.altKey && top && !isTextEntry(focused)) {
          pin(top.card)
        } else if (event.key === 'ArrowDown' && top && focused === top.opener) {
          event.preventDefault()
          focusablesIn(top.card)[0]?.focus()
        } else if (
          event.key.startsWith('Arrow') &&
          card?.dataset.pinned !== undefined &&
          focused instanceof Element &&
          focused.matches('[data-drag]')
        ) {
          event.preventDefault()
          const distance = event.shiftKey ? step * 4 : step
          const [dx, dy] = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[event.key] ?? [0, 0]
          moveBy(card, dx * distance, dy * distance)
        } else if (event.key === 'Tab' && card) {
          const shown = stack.find((entry) => entry.card === card)
          if (shown) leaveCardByTab(event, card, shown.opener)
        }
      },
      listen
    )

    // Other leaves (the language switch) ask for a card by dispatching `term:open` on the term.
    document.addEventListener(
      'term:open',
      (event) => {
        const opener = openerOf(event.target)
        if (opener) open(opener)
      },
      listen
    )

    const follow = () => {
      for (const { card, opener } of stack) place(card, opener)
    }
    window.addEventListener('resize', follow, listen)
    window.addEventListener('scroll', follow, { ...listen, passive: true })
    return () => {
      clearTimers()
      controller.abort()
    }
  }, [])

  return null
}

/**
 * Puts the card below its opener (above it when there is more room there),
 * inside the viewport, never over any line of the opener; horizontally it
 * starts at the line nearest the pointer. A card taller than the room it gets
 * scrolls.
 */
function place(card: HTMLElement, opener: HTMLElement, pointer?: { x: number; y: number }) {
  const whole = opener.getBoundingClientRect()
  const lines = [...opener.getClientRects()]
  const line = (pointer && lines.find((rect) => pointer.y >= rect.top && pointer.y <= rect.bottom)) ?? lines[0] ?? whole
  card.style.maxHeight = ''
  const { offsetWidth: width, offsetHeight: height } = card
  const rtl = getComputedStyle(opener).direction === 'rtl'
  const left = Math.max(gap, Math.min(rtl ? line.right - width : line.left, innerWidth - width - gap))
  const below = innerHeight - whole.bottom - 2 * gap
  const above = whole.top - 2 * gap
  const placeBelow = height <= below || below >= above
  card.style.maxHeight = `${Math.max(below, above)}px`
  card.style.left = `${left}px`
  card.style.top = `${placeBelow ? whole.bottom + gap : whole.top - gap - Math.min(height, above)}px`
}

/** Where a card is placed: its `left` and `top`, which `place` and `moveTo` set (its box may still be animating in). */
function positionOf(card: HTMLElement): { left: number; top: number } {
  return { left: Number.parseFloat(card.style.left) || 0, top: Number.parseFloat(card.style.top) || 0 }
}

/** Moves a pinned card, keeping it inside the viewport. */
function moveTo(card: HTMLElement, left: number, top: number) {
  card.style.left = `${Math.max(0, Math.min(left, innerWidth - card.offsetWidth))}px`
  card.style.top = `${Math.max(0, Math.min(top, innerHeight - card.offsetHeight))}px`
}

/** Follows the pointer from its position on the card's handle until it is released. */
function drag(card: HTMLElement, start: PointerEvent, done: () => void) {
  const { left, top } = positionOf(card)
  const [dx, dy] = [start.clientX - left, start.clientY - top]
  const controller = new AbortController()
  start.preventDefault()
  document.addEventListener('pointermove', (event) => moveTo(card, event.clientX - dx, event.clientY - dy), { signal: controller.signal })
  document.addEventListener(
    'pointerup',
    () => {
      controller.abort()
      done()
    },
    { signal: controller.signal }
  )
}

/**
 * Tab past the last control of a card goes on after its opener, Shift+Tab
 * before the first goes back to the opener: the card sits in the reading
 * order right after the term that opened it.
 */
function leaveCardByTab(event: KeyboardEvent, card: HTMLElement, opener: HTMLElement) {
  const inCard = focusablesIn(card)
  if (event.shiftKey ? document.activeElement !== inCard[0] : document.activeElement !== inCard.at(-1)) return
  event.preventDefault()
  if (event.shiftKey) return opener.focus()
  const all = focusablesIn(document).filter((element) => !element.closest(`.${cardClass}`))
  const next = all.find((element) => opener.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
  ;(next ?? opener).focus()
}

/** What Tab can reach inside `root`, in document order. */
function focusablesIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(focusableSelector)].filter((element) => element.checkVisibility())
}

function isTextEntry(element: Element | null): boolean {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    (element instanceof HTMLElement && element.isContentEditable)
  )
}

/** The listen button shows only where the browser has a voice for the phrase's language. */
function revealListenButton(card: HTMLElement) {
  const button = card.querySelector<HTMLElement>('[data-speak]')
  if (!button || !('speechSynthesis' in window)) return
  const language = button.dataset.speakLang
  button.hidden = !speechSynthesis.getVoices().some((voice) => sameLanguage(voice.lang, language))
}

function speak(button: HTMLElement) {
  const utterance = new SpeechSynthesisUtterance(button.dataset.speak)
  utterance.lang = button.dataset.speakLang ?? ''
  speechSynthesis.cancel()
  speechSynthesis.speak(utterance)
}
