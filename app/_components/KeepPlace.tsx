'use client'

import { useEffect } from 'react'

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

    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-locale-link]') : null
      if (!link) return
      document.cookie = `NEXT_LOCALE=${link.dataset.localeLink}; path=/; max-age=31536000; samesite=lax`
      link.href = `${link.pathname}${location.search}${location.hash}`
      const block = topBlock()
      if (block === undefined) return
      const openTerm = document.querySelector<HTMLElement>('a.term[aria-expanded="true"]')?.dataset.term
      const place: Place = { path: link.pathname, block, term: openTerm }
      try {
        sessionStorage.setItem(storageKey, JSON.stringify(place))
      } catch {
        // Without storage the switch still works; only the place is lost.
      }
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
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
  const term =
    block.querySelector<HTMLElement>(`a.term[data-term="${place.term}"]`) ??
    document.querySelector<HTMLElement>(`a.term[data-term="${place.term}"]`)
  term?.dispatchEvent(new CustomEvent('term:open', { bubbles: true }))
}
