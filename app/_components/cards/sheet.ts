/**
 * On a touch screen a card opens as a bottom sheet: full width at the foot of
 * the screen, the tapped term scrolled clear above it, the page behind still
 * readable. A term tapped in the sheet opens its card as the next level of
 * the same sheet: the level below is covered, Back returns to it, the trail
 * shows every level (each one a way back) and close closes them all. Focus
 * moves into each level and back to the term that opened it; the device's
 * back gesture (a close request, where the browser has CloseWatcher) closes
 * the top level without leaving the page.
 */
import { cardControls, cardNoteClass, cardStates, cardTitleId } from '@/lib/annotate/card-markup'
import type { CardStack, Shown } from './card-stack'

/** Room kept between the tapped term and the sheet. */
const clearance = 16

/** The page's padding at its foot while a sheet is open, so that its last lines can scroll above the sheet. */
const sheetSpaceProperty = '--sheet-space'

interface CloseWatcherLike {
  onclose: (() => void) | null
  destroy(): void
}
declare const CloseWatcher: { new (): CloseWatcherLike } | undefined

export function showStacksAsSheets(stack: CardStack, signal: AbortSignal) {
  const watchers = new Map<HTMLElement, CloseWatcherLike>()

  stack.on('open', ({ card, opener }: Shown) => {
    if (stack.layout !== 'sheet') return
    const level = stack.indexOf(card)
    card.setAttribute(cardStates.sheet.attribute, '')
    card.style.removeProperty('left')
    card.style.removeProperty('top')
    card.style.removeProperty('max-height')
    stack.shown[level - 1]?.card.setAttribute(cardStates.covered.attribute, '')
    showLevel(card, level, stack)
    // The term tapped in the text stays in sight above every level (a deeper one may be taller).
    keepInSight(stack.shown[0]?.opener ?? opener, card)
    card.focus({ preventScroll: true })
    if (typeof CloseWatcher === 'function') {
      const watcher = new CloseWatcher()
      watcher.onclose = () => stack.closeFrom(stack.indexOf(card))
      watchers.set(card, watcher)
    }
  })

  stack.on('close', ({ card }: Shown) => {
    if (!card.hasAttribute(cardStates.sheet.attribute)) return
    card.removeAttribute(cardStates.sheet.attribute)
    card.removeAttribute(cardStates.covered.attribute)
    stack.top()?.card.removeAttribute(cardStates.covered.attribute)
    watchers.get(card)?.destroy()
    watchers.delete(card)
    if (stack.shown.length === 0) document.documentElement.style.removeProperty(sheetSpaceProperty)
  })

  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null
      const back = target?.closest(cardControls.back.selector)
      const step = target?.closest<HTMLElement>(cardControls.trailStep.selector)
      const card = (back ?? step)?.closest<HTMLElement>(`[${cardStates.sheet.attribute}]`)
      if (!card) return
      const level = stack.indexOf(card)
      if (back) stack.closeFrom(level)
      else if (step) stack.closeFrom(Number(step.getAttribute(cardControls.trailStep.attribute)) + 1)
    },
    { signal }
  )
}

/** The back control and the trail of the sheet's levels on the card at `level`. */
function showLevel(card: HTMLElement, level: number, stack: CardStack) {
  const back = card.querySelector<HTMLElement>(cardControls.back.selector)
  const trail = card.querySelector<HTMLElement>(cardControls.trail.selector)
  if (back) {
    back.hidden = level === 0
    const below = stack.shown[level - 1]
    if (below) back.setAttribute('aria-label', `${back.textContent?.replace('←', '').trim()}: ${nameOf(below.card)}`)
  }
  if (!trail) return
  trail.hidden = level === 0
  trail.replaceChildren(
    ...stack.shown.slice(0, level + 1).map(({ card: levelCard }, index) => {
      const item = document.createElement('li')
      if (index === level) {
        item.textContent = nameOf(levelCard)
        item.setAttribute('aria-current', 'step')
      } else {
        const button = document.createElement('button')
        button.type = 'button'
        button.setAttribute(cardControls.trailStep.attribute, String(index))
        button.textContent = nameOf(levelCard)
        item.append(button)
      }
      return item
    })
  )
}

/** A card's name as its title shows it (without the print note number). */
function nameOf(card: HTMLElement): string {
  const title = card.querySelector(`[id="${cardTitleId(card.id)}"]`)?.cloneNode(true)
  if (!(title instanceof Element)) return ''
  for (const hidden of title.querySelectorAll(`.${cardNoteClass}`)) hidden.remove()
  return title.textContent?.trim() ?? ''
}

/** Scrolls the page so that the tapped term stays in sight above the sheet. */
function keepInSight(opener: HTMLElement, card: HTMLElement) {
  const sheetTop = innerHeight - card.offsetHeight
  document.documentElement.style.setProperty(sheetSpaceProperty, `${card.offsetHeight}px`)
  const overlap = opener.getBoundingClientRect().bottom + clearance - sheetTop
  if (overlap <= 0) return
  const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches
  window.scrollBy({ top: overlap, behavior: smooth ? 'smooth' : 'instant' })
}
