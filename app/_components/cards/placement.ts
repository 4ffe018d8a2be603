/**
 * Where a popover card sits: below its opener (above it when there is more
 * room there), inside the viewport, never over any line of the opener;
 * horizontally it starts at the line nearest the pointer, from the opener's
 * side in right-to-left text. A card taller than its room scrolls. Cards of
 * the stack follow their openers as the page scrolls or resizes.
 */
import type { CardStack, OpenOptions, Shown } from './card-stack'

const gap = 8

export function placeCards(stack: CardStack, signal: AbortSignal) {
  stack.on('open', ({ card, opener }: Shown, { pointer }: OpenOptions) => {
    if (stack.layout === 'popover') place(card, opener, pointer)
  })
  const follow = () => {
    if (stack.layout !== 'popover') return
    for (const { card, opener } of stack.shown) place(card, opener)
  }
  window.addEventListener('resize', follow, { signal })
  window.addEventListener('scroll', follow, { passive: true, signal })
}

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

/** Where a card is placed: its `left` and `top`, as placement and moves set them (its box may still be animating in). */
export function positionOf(card: HTMLElement): { left: number; top: number } {
  return { left: Number.parseFloat(card.style.left) || 0, top: Number.parseFloat(card.style.top) || 0 }
}

/** Moves a card, keeping it inside the viewport. */
export function moveTo(card: HTMLElement, left: number, top: number) {
  card.style.left = `${Math.max(0, Math.min(left, innerWidth - card.offsetWidth))}px`
  card.style.top = `${Math.max(0, Math.min(top, innerHeight - card.offsetHeight))}px`
}
