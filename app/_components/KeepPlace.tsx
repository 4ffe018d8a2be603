'use client'

import { useEffect } from 'react'
import { localeCookie } from '@/app/_i18n/locale-cookie'
import { annotationOf, annotationSelector } from '@/lib/annotate/markup'

const storageKey = 'keep-place'

interface Place {
  path: string
  block: number
  term?: string
}

/**
 * Keeps the reader's place across a language switch: the block at the top of
 * the viewport and the open card are carried to the other language (blocks
 * are aligned across translations), and so are the query and the hash.
 * Also remembers the choice in next-intl's locale cookie. Renders nothing.
 */
export default function KeepPlace() {
  useEffect(() => {
    restorePlace()
    const controller = new AbortController()
    // The card open when the reader presses the link: pressing outside a card closes it
    // before the click, so it is read first (window listeners capture before document ones).
    let openTerm: string | undefined
    const openNow = () => document.querySelector<HTMLElement>(`${annotationSelector}[aria-expanded="true"]`)?.dataset.term
    window.addEventListener('pointerdown', () => (openTerm = openNow()), { capture: true, signal: controller.signal })

    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-locale-link]') : null
      if (!link) return
      const { name, maxAge } = localeCookie
      void cookieStore.set({ name, value: link.dataset.localeLink ?? '', path: '/', expires: Date.now() + maxAge * 1000, sameSite: 'lax' })
      link.href = `${link.pathname}${location.search}${location.hash}`
      const block = topBlock()
      if (block === undefined) return
      const place: Place = { path: link.pathname, block, term: openNow() ?? openTerm }
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(place))
      } catch {
        // Without storage the switch still works; only the place is lost.
      }
    }
    document.addEventListener('click', onClick, { signal: controller.signal })
    return () => controller.abort()
  }, [])

  return null
}

function scrollToBlock(block: HTMLElement): number {
  // Rounded up: the block may start a fraction above the header line, never below it.
  window.scrollTo({ top: Math.ceil(block.getBoundingClientRect().top + window.scrollY - readingTop()) })
  return window.scrollY
}

/** Where reading starts: just below the sticky header. */
function readingTop(): number {
  return document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0
}

/** Index of the first block not scrolled away under the header. */
function topBlock(): number | undefined {
  const top = readingTop()
  for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) {
    if (block.getBoundingClientRect().bottom > top + 1) return Number(block.dataset.block)
  }
  return undefined
}

function restorePlace() {
  let place: Place | undefined
  try {
    place = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') ?? undefined
    sessionStorage.removeItem(storageKey)
  } catch {
    return
  }
  if (!place || place.path !== location.pathname) return
  const block = document.querySelector<HTMLElement>(`[data-block="${place.block}"]`)
  if (!block) return
  let expectedY = scrollToBlock(block)
  // Fonts (CJK, Arabic) can arrive after this and move the text: place the block again,
  // unless the reader has scrolled since.
  void document.fonts.ready.then(() => {
    if (Math.abs(window.scrollY - expectedY) < 2) expectedY = scrollToBlock(block)
  })
  if (!place.term) return
  const term = block.querySelector<HTMLElement>(annotationOf(place.term)) ?? document.querySelector<HTMLElement>(annotationOf(place.term))
  term?.dispatchEvent(new CustomEvent('term:open', { bubbles: true }))
}
