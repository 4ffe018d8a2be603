/**
 * Where the cards of a page come from, and which element opens which card.
 * Most pages carry their cards. An essay page does not: a long essay's cards
 * would double its weight, and most readers open a few. Its cards are an HTML
 * fragment per language, the essay's cards fragment (`cardsSource` on the
 * cards element names it); the source fetches it when the browser is idle
 * after load, and puts the cards into this page at the reader's first
 * interaction (or before printing, for the notes), numbered as this page's
 * notes. Choosing another language for definitions (CardLanguagePicker)
 * points the source at that language's fragment: cards already here take the
 * other language's text and stay where they are.
 *
 * The fragment is the one HTML string that reaches the page: the server
 * serialised it from the same hast as the cards a page carries (lib/cards:
 * the sanitised texts' trees and our own elements), it comes from this site
 * (same origin, or the responses server the Content-Security-Policy names),
 * and DOMParser reads it into an inert document, where no script runs and
 * nothing loads, before its cards are imported.
 */

import { cardControls, cardNoteClass, cardSelector, cardStates, cardsSource, changeCardsSourceEvent } from '@/lib/annotate/card-markup'
import {
  annotationSelector,
  cardId,
  cardSummaryId,
  noteAttribute,
  previewAttribute,
  previewCardId,
  previewLinkSelector,
  previewSummaryId,
  termAttribute
} from '@/lib/annotate/markup'
import { isMarked, showTermsAsPlain } from '@/lib/reader/settings'

const openerSelector = `${annotationSelector}, ${previewLinkSelector}`

export class CardSource {
  /** The fragment last asked for, and its text (`arrived` once it is there). */
  private fetched?: { path: string; text: Promise<string | undefined>; arrived?: string }
  /** The fragment whose cards are in the page. */
  private shownPath?: string

  constructor(
    private readonly container: HTMLElement | null,
    signal: AbortSignal
  ) {
    if (!container?.hasAttribute(cardsSource.attribute)) {
      // The page carries its cards: they are in the page's state from the start.
      if (container) this.afterInsert()
      return
    }
    // Safari has no requestIdleCallback: a task after load will do.
    const whenIdle = window.requestIdleCallback ?? ((task: () => void) => setTimeout(task, 1))
    const fetchWhenIdle = () => whenIdle(() => void this.fetch())
    if (document.readyState === 'complete') fetchWhenIdle()
    else window.addEventListener('load', fetchWhenIdle, { once: true, signal })
    for (const event of ['pointerover', 'focusin', 'touchstart', 'keydown']) {
      document.addEventListener(event, () => void this.ready(), { once: true, passive: true, capture: true, signal })
    }
    window.addEventListener('beforeprint', () => this.insertNow(), { signal })
    container.addEventListener(changeCardsSourceEvent, () => void this.followSource(), { signal })
  }

  /** The term or link that `target` is in, if it opens a card (a term the reader knows, or with marking off, opens none). */
  openerOf(target: EventTarget | null): HTMLElement | null {
    const opener = target instanceof Element ? target.closest<HTMLElement>(openerSelector) : null
    if (opener?.hasAttribute(termAttribute.attribute) && !isMarked(opener)) return null
    return opener
  }

  /** The card `opener` opens, once the page has it. */
  async cardFor(opener: HTMLElement): Promise<HTMLElement | null> {
    await this.ready()
    const termId = opener.getAttribute(termAttribute.attribute)
    const preview = opener.getAttribute(previewAttribute.attribute)
    return document.getElementById(termId ? cardId(termId) : previewCardId(preview ?? ''))
  }

  /** Resolves once the cards of the source in use are in the page (at once for a page that carries its cards). */
  async ready(): Promise<void> {
    const path = this.container?.getAttribute(cardsSource.attribute)
    if (!path || path === this.shownPath) return
    const text = await this.fetch()
    if (text !== undefined && this.container?.getAttribute(cardsSource.attribute) === path) this.insert(path, text)
  }

  /** Starts fetching the source's fragment, once per path. */
  private fetch(): Promise<string | undefined> {
    const path = this.container?.getAttribute(cardsSource.attribute) ?? ''
    if (this.fetched?.path !== path) {
      const fetched: NonNullable<CardSource['fetched']> = {
        path,
        text: fetch(path)
          .then((response) => (response.ok ? response.text() : undefined))
          .then((text) => (fetched.arrived = text))
          .catch(() => undefined)
      }
      this.fetched = fetched
    }
    return this.fetched.text
  }

  /** Before printing there is no time to fetch: cards already fetched are put in, synchronously. */
  private insertNow() {
    const path = this.container?.getAttribute(cardsSource.attribute)
    const text = this.fetched?.path === path ? this.fetched?.arrived : undefined
    if (path && path !== this.shownPath && text !== undefined) this.insert(path, text)
  }

  /** After the source changed (another language for definitions): cards already shown take the new text. */
  private async followSource() {
    if (this.shownPath !== undefined) await this.ready()
  }

  /**
   * Puts the cards of a fragment into this page: new ones in the order of
   * the printed notes, existing ones (open or pinned) keep their element,
   * place and state and take the new text.
   */
  private insert(path: string, html: string) {
    const container = this.container
    if (!container) return
    const fetchedCards = new DOMParser().parseFromString(html, 'text/html').querySelectorAll<HTMLElement>(`${cardSelector}[id]`)
    const notes = notesOnPage()
    const added: HTMLElement[] = []
    for (const fetched of fetchedCards) {
      const current = document.getElementById(fetched.id)
      if (current) {
        retext(current, fetched)
      } else {
        const card = document.importNode(fetched, true)
        numberAsNote(card, notes)
        added.push(card)
      }
    }
    const order = (card: HTMLElement) => Number(card.getAttribute(noteAttribute.attribute) ?? Number.POSITIVE_INFINITY)
    container.append(...added.sort((a, b) => order(a) - order(b)))
    this.afterInsert()
    this.shownPath = path
  }

  /** The one place that brings cards that just arrived into the page's state: their openers, and the reader's known terms. */
  private afterInsert() {
    describeOpeners()
    // A known term named in a card reads as plain text there too, and Tab passes it by.
    showTermsAsPlain()
  }
}

/** The print note number of each term annotated on the page, as the page numbered them. */
function notesOnPage(): Map<string, string> {
  const notes = new Map<string, string>()
  for (const annotation of document.querySelectorAll(`${annotationSelector}${noteAttribute.selector}`)) {
    const termId = annotation.getAttribute(termAttribute.attribute)
    const note = annotation.getAttribute(noteAttribute.attribute)
    if (termId && note && !notes.has(termId)) notes.set(termId, note)
  }
  return notes
}

/** A card's print note follows this page's order; a card whose term the page does not annotate is a nested one. */
function numberAsNote(card: HTMLElement, notes: Map<string, string>) {
  const termId = card.id.startsWith(cardId('')) ? card.id.slice(cardId('').length) : undefined
  const note = termId === undefined ? undefined : notes.get(termId)
  card.removeAttribute(noteAttribute.attribute)
  card.toggleAttribute(cardStates.nested.attribute, termId !== undefined && note === undefined)
  if (note) card.setAttribute(noteAttribute.attribute, note)
  const shownNote = card.querySelector(`.${cardNoteClass}`)
  if (shownNote) shownNote.textContent = note ?? ''
}

/** Gives a card already on the page the text of its counterpart in another fragment, keeping its state. */
function retext(current: HTMLElement, fetched: HTMLElement) {
  const note = current.querySelector(`.${cardNoteClass}`)?.textContent ?? ''
  const pinned = current.hasAttribute(cardStates.pinned.attribute)
  current.replaceChildren(...document.importNode(fetched, true).childNodes)
  for (const name of ['lang', 'dir']) current.setAttribute(name, fetched.getAttribute(name) ?? '')
  const shownNote = current.querySelector(`.${cardNoteClass}`)
  if (shownNote) shownNote.textContent = note
  current.querySelector(cardControls.pin.selector)?.setAttribute('aria-pressed', String(pinned))
}

/** Points each opener at its card's summary, now that it is on the page. */
function describeOpeners() {
  for (const opener of document.querySelectorAll<HTMLElement>(openerSelector)) {
    const termId = opener.getAttribute(termAttribute.attribute)
    const preview = opener.getAttribute(previewAttribute.attribute)
    const summary = termId ? cardSummaryId(termId) : previewSummaryId(preview ?? '')
    if (document.getElementById(summary)) opener.setAttribute('aria-describedby', summary)
  }
}
