'use client'

import { useEffect } from 'react'
import { cardStates, type OpenCardDetail, openCardEvent } from '@/lib/annotate/card-markup'
import { localeLinkAttribute, siteHeaderClass } from '@/lib/annotate/header-markup'
import {
  annotationOf,
  annotationSelector,
  blockAttribute,
  cardId,
  parseSourceBlocks,
  sourceBlocksAttribute,
  termAttribute
} from '@/lib/annotate/markup'
import { forget, readJson, store } from '@/lib/reader/storage'

const storageKey = 'keep-place'

interface Place {
  path: string
  /** The block at the top, as the source block it renders (the same in every language). */
  block: number
  term?: string
  /** Whether the open card was a sheet (opened by touch). */
  sheet?: boolean
}

/**
 * Keeps the reader's place across a language switch: the block at the top of
 * the viewport and the open card are carried to the other language (blocks
 * are aligned across translations), and so are the query and the hash.
 * Renders nothing.
 */
export default function KeepPlace() {
  useEffect(() => {
    restorePlace()
    const controller = new AbortController()
    // The card open when the reader set out to switch: pressing or focusing anything outside a card
    // (the language button) closes it, so what was open is noted first (window listeners capture
    // before the document's), at every press and focus but those in the list of languages itself.
    // A focus that a press brings (between pointerdown and pointerup) is not noted again: the press was.
    let openBeforePress: Pick<Place, 'term' | 'sheet'> = {}
    let pressing = false
    const note = (event: Event) => {
      if (event.type === 'focusin' && pressing) return
      pressing = event.type === 'pointerdown'
      if (!(event.target instanceof Element && event.target.closest(localeLinkAttribute.selector))) openBeforePress = openCard()
    }
    const listen = { capture: true, signal: controller.signal }
    for (const type of ['pointerdown', 'focusin']) window.addEventListener(type, note, listen)
    for (const type of ['pointerup', 'pointercancel']) window.addEventListener(type, () => (pressing = false), listen)

    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(localeLinkAttribute.selector) : null
      if (!link) return
      link.href = `${link.pathname}${location.search}${location.hash}`
      const block = topBlock()
      if (block === undefined) return
      const open = openCard()
      const place: Place = { path: link.pathname, block, ...(open.term ? open : openBeforePress) }
      // Without storage the switch still works; only the place is lost.
      store(storageKey, JSON.stringify(place), 'session')
    }
    document.addEventListener('click', onClick, { signal: controller.signal })
    return () => controller.abort()
  }, [])

  return null
}

/** The term whose card is open (from the text), and whether it shows as a sheet. */
function openCard(): Pick<Place, 'term' | 'sheet'> {
  const term = document.querySelector<HTMLElement>(`${annotationSelector}[aria-expanded="true"]`)?.getAttribute(termAttribute.attribute)
  if (!term) return {}
  return { term, sheet: document.getElementById(cardId(term))?.hasAttribute(cardStates.sheet.attribute) }
}

function scrollToBlock(block: HTMLElement): number {
  // Rounded up: the block may start a fraction above the header line, never below it.
  window.scrollTo({ top: Math.ceil(block.getBoundingClientRect().top + window.scrollY - readingTop()) })
  return window.scrollY
}

/**
 * Where reading starts: below the header, whether it shows or has slid away
 * while the reader scrolls down (it comes back as they scroll up): the same
 * line either way, so that a place taken with the header away is the place
 * restored with it in view.
 */
function readingTop(): number {
  return document.querySelector<HTMLElement>(`.${siteHeaderClass}`)?.offsetHeight ?? 0
}

/** The source block each block of the page renders; without the page saying so, each block is its own. */
function sourceBlocks(): (number | undefined)[] | undefined {
  return parseSourceBlocks(document.querySelector(sourceBlocksAttribute.selector)?.getAttribute(sourceBlocksAttribute.attribute) ?? null)
}

/** The source block of the first block not scrolled away under the header. */
function topBlock(): number | undefined {
  const top = readingTop()
  for (const block of document.querySelectorAll<HTMLElement>(blockAttribute.selector)) {
    if (block.getBoundingClientRect().bottom <= top + 1) continue
    const index = Number(block.getAttribute(blockAttribute.attribute))
    const sources = sourceBlocks()
    return sources ? sources[index] : index
  }
  return undefined
}

/** The page's block that renders source block `source`. */
function blockRendering(source: number): HTMLElement | null {
  const sources = sourceBlocks()
  const index = sources ? sources.indexOf(source) : source
  return index < 0 ? null : document.querySelector<HTMLElement>(`[${blockAttribute.attribute}="${index}"]`)
}

function restorePlace() {
  const place = readJson<Place | undefined>(storageKey, undefined, 'session')
  forget(storageKey, 'session')
  if (!place || place.path !== location.pathname) return
  const block = blockRendering(place.block)
  if (!block) return
  let expectedY = scrollToBlock(block)
  // Fonts (CJK, Arabic) can arrive after this and move the text: place the block again,
  // unless the reader has scrolled since.
  void document.fonts.ready.then(() => {
    if (Math.abs(window.scrollY - expectedY) < 2) expectedY = scrollToBlock(block)
  })
  if (!place.term) return
  const term = block.querySelector<HTMLElement>(annotationOf(place.term)) ?? document.querySelector<HTMLElement>(annotationOf(place.term))
  const detail: OpenCardDetail = { sheet: place.sheet }
  term?.dispatchEvent(new CustomEvent(openCardEvent, { bubbles: true, detail }))
}
