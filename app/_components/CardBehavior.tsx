'use client'

import { useEffect } from 'react'

const openDelay = 150
const closeGrace = 300
const gap = 8

/**
 * Opens a term's card (a server-rendered `popover`) on hover after a short
 * intent delay, on keyboard focus and on tap; keeps it open while the pointer
 * is over the term or the card; closes it on Esc (the platform's popover
 * does that, without moving focus), on a tap outside and when the pointer or
 * focus leaves. It never closes on a timer while hovered. Renders nothing.
 */
export default function CardBehavior() {
  useEffect(() => {
    let openTimer: number | undefined
    let closeTimer: number | undefined
    let current: { term: HTMLElement; card: HTMLElement } | undefined
    let lastPointerType = 'mouse'

    const annotationsOn = () => document.documentElement.dataset.annotations !== 'off'
    const termOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('a.term[data-term]') : null
    const cardOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.card') : null)

    const clearTimers = () => {
      window.clearTimeout(openTimer)
      window.clearTimeout(closeTimer)
    }

    const open = (term: HTMLElement, pointer?: { x: number; y: number }) => {
      clearTimers()
      const card = document.getElementById(`card-${term.dataset.term}`)
      if (!card || !annotationsOn()) return
      if (current?.card !== card && current?.card.matches(':popover-open')) current.card.hidePopover()
      current = { term, card }
      if (!card.matches(':popover-open')) card.showPopover()
      term.setAttribute('aria-expanded', 'true')
      revealListenButton(card)
      place(card, term, pointer)
    }

    const close = () => {
      clearTimers()
      if (!current) return
      if (current.card.matches(':popover-open')) current.card.hidePopover()
    }

    const scheduleClose = () => {
      window.clearTimeout(openTimer)
      window.clearTimeout(closeTimer)
      closeTimer = window.setTimeout(close, closeGrace)
    }

    const onPointerOver = (event: PointerEvent) => {
      lastPointerType = event.pointerType
      if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return
      const term = termOf(event.target)
      if (term) {
        if (current?.term === term && current.card.matches(':popover-open')) return clearTimers()
        window.clearTimeout(openTimer)
        openTimer = window.setTimeout(() => open(term, { x: event.clientX, y: event.clientY }), openDelay)
      } else if (cardOf(event.target) && cardOf(event.target) === current?.card) {
        clearTimers()
      }
    }

    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return
      const from = termOf(event.target) ?? cardOf(event.target)
      const to = termOf(event.relatedTarget) ?? cardOf(event.relatedTarget)
      if (!from || from === to) return
      if (to && (to === current?.card || to === current?.term)) return
      window.clearTimeout(openTimer)
      if (current && (from === current.term || from === current.card)) scheduleClose()
    }

    const onPointerDown = (event: PointerEvent) => {
      lastPointerType = event.pointerType
    }

    const onClick = (event: MouseEvent) => {
      const listen = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-speak]') : null
      if (listen) return speak(listen)
      const term = termOf(event.target)
      if (!term || !annotationsOn() || lastPointerType === 'mouse') return
      // A tap opens the card; a second tap on the same term follows its link.
      if (current?.term === term && current.card.matches(':popover-open')) return
      event.preventDefault()
      open(term)
    }

    const onFocusIn = (event: FocusEvent) => {
      const term = termOf(event.target)
      if (term && term.matches(':focus-visible')) open(term)
      else if (cardOf(event.target)) clearTimers()
    }

    const onFocusOut = (event: FocusEvent) => {
      const to = event.relatedTarget
      if (!current) return
      if (to instanceof Node && (current.card.contains(to) || current.term === to)) return
      if (termOf(event.target) === current.term || cardOf(event.target) === current.card) close()
    }

    const onToggle = (event: Event) => {
      const card = event.target as HTMLElement
      if ((event as ToggleEvent).newState === 'closed' && current?.card === card) {
        current.term.setAttribute('aria-expanded', 'false')
        current = undefined
      }
    }

    // Other leaves (the language switch) ask for a card by dispatching `term:open` on the term.
    const onOpenRequest = (event: Event) => {
      const term = termOf(event.target)
      if (term) open(term)
    }

    const onViewportChange = () => {
      if (current?.card.matches(':popover-open')) place(current.card, current.term)
    }

    document.addEventListener('pointerover', onPointerOver)
    document.addEventListener('pointerout', onPointerOut)
    document.addEventListener('pointerdown', onPointerDown, true)
    document.addEventListener('click', onClick)
    document.addEventListener('focusin', onFocusIn)
    document.addEventListener('focusout', onFocusOut)
    document.addEventListener('toggle', onToggle, true)
    document.addEventListener('term:open', onOpenRequest)
    window.addEventListener('resize', onViewportChange)
    window.addEventListener('scroll', onViewportChange, { passive: true })
    return () => {
      clearTimers()
      document.removeEventListener('pointerover', onPointerOver)
      document.removeEventListener('pointerout', onPointerOut)
      document.removeEventListener('pointerdown', onPointerDown, true)
      document.removeEventListener('click', onClick)
      document.removeEventListener('focusin', onFocusIn)
      document.removeEventListener('focusout', onFocusOut)
      document.removeEventListener('toggle', onToggle, true)
      document.removeEventListener('term:open', onOpenRequest)
      window.removeEventListener('resize', onViewportChange)
      window.removeEventListener('scroll', onViewportChange)
    }
  }, [])

  return null
}

/**
 * Puts the card below the term (above it when there is no room below),
 * inside the viewport, never over any line of the term; horizontally it
 * starts at the line nearest the pointer.
 */
function place(card: HTMLElement, term: HTMLElement, pointer?: { x: number; y: number }) {
  const whole = term.getBoundingClientRect()
  const lines = [...term.getClientRects()]
  const line = (pointer && lines.find((rect) => pointer.y >= rect.top && pointer.y <= rect.bottom)) ?? lines[0] ?? whole
  const width = card.offsetWidth
  const height = card.offsetHeight
  const rtl = getComputedStyle(term).direction === 'rtl'
  const preferredLeft = rtl ? line.right - width : line.left
  const left = Math.max(gap, Math.min(preferredLeft, window.innerWidth - width - gap))
  const fitsBelow = whole.bottom + gap + height <= window.innerHeight
  const fitsAbove = whole.top - gap - height >= 0
  const top = fitsBelow || !fitsAbove ? whole.bottom + gap : whole.top - gap - height
  card.style.left = `${left}px`
  card.style.top = `${top}px`
}

/** The listen button shows only where the browser has a voice for the phrase's language. */
function revealListenButton(card: HTMLElement) {
  const button = card.querySelector<HTMLElement>('[data-speak]')
  if (!button || !('speechSynthesis' in window)) return
  const language = button.dataset.speakLang!.split('-')[0].toLowerCase()
  button.hidden = !speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith(language))
}

function speak(button: HTMLElement) {
  const utterance = new SpeechSynthesisUtterance(button.dataset.speak)
  utterance.lang = button.dataset.speakLang!
  speechSynthesis.cancel()
  speechSynthesis.speak(utterance)
}
