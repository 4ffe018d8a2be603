/**
 * A mouse or pen resting on a term (or a link with a preview) opens its card
 * after a short intent delay, so that a pointer passing over text opens
 * nothing; leaving the whole stack closes it after a grace time, long enough
 * to cross the gap between a term and its card.
 */
import type { CardSource } from './card-source'
import type { CardStack } from './card-stack'

const openDelay = 150
const closeGrace = 300

export function openCardsOnHover(stack: CardStack, source: CardSource, signal: AbortSignal) {
  let openTimer: number | undefined
  let closeTimer: number | undefined
  const isHover = (event: PointerEvent) => event.pointerType === 'mouse' || event.pointerType === 'pen'
  // Any card opened or closed by other means settles what a pending hover would have done.
  const cancel = () => {
    clearTimeout(openTimer)
    clearTimeout(closeTimer)
  }
  stack.on('open', cancel)
  stack.on('close', cancel)

  document.addEventListener(
    'pointerover',
    (event) => {
      if (!isHover(event)) return
      const opener = source.openerOf(event.target)
      if (stack.contains(event.target)) clearTimeout(closeTimer)
      if (opener && stack.top()?.opener !== opener) {
        clearTimeout(openTimer)
        const pointer = { x: event.clientX, y: event.clientY }
        openTimer = window.setTimeout(() => void stack.open(opener, { pointer, layout: 'popover' }), openDelay)
      }
    },
    { signal }
  )

  document.addEventListener(
    'pointerout',
    (event) => {
      if (!isHover(event) || stack.contains(event.relatedTarget)) return
      if (source.openerOf(event.target)) clearTimeout(openTimer)
      if (stack.shown.length > 0 && stack.contains(event.target) && stack.layout === 'popover') {
        clearTimeout(closeTimer)
        closeTimer = window.setTimeout(() => stack.closeAbove(0), closeGrace)
      }
    },
    { signal }
  )
  signal.addEventListener('abort', cancel)
}
