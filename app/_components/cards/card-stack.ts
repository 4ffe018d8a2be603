/**
 * The cards open on a page: a stack, from the card of a term in the text up
 * to the card of a term named in the card below it, and so on. Every
 * behaviour opens and closes cards through it, and hears what it does. A
 * stack opened by touch is a bottom sheet (see sheet.ts), else its cards are
 * popovers placed next to what opened them (placement.ts).
 */
import { cardControls, cardSelector, cardStates } from '@/lib/annotate/card-markup'

export interface Shown {
  opener: HTMLElement
  card: HTMLElement
}

export type CardLayout = 'popover' | 'sheet'

export interface OpenOptions {
  /** Where the pointer was, to place the card by the line it points at. */
  pointer?: { x: number; y: number }
  /** How a stack opened from the text shows; a nested card shows as its stack does. */
  layout?: CardLayout
}

interface Listeners {
  open: (shown: Shown, options: OpenOptions) => void
  close: (shown: Shown) => void
}

export class CardStack {
  readonly shown: Shown[] = []
  private currentLayout: CardLayout = 'popover'
  /** A sheet the reader pinned: presses outside it do not close it, and a term tapped in the text opens in it. */
  private isDocked = false
  private listeners: { [Event in keyof Listeners]: Listeners[Event][] } = { open: [], close: [] }
  /** Set while focus is given back to an opener, so that it does not reopen the card just closed. */
  private focusGoingBack = false
  /** Counts requests to open a card: only the latest may show its card once fetched. */
  private requests = 0

  constructor(private readonly cardFor: (opener: HTMLElement) => Promise<HTMLElement | null>) {}

  on<Event extends keyof Listeners>(event: Event, listener: Listeners[Event]) {
    this.listeners[event].push(listener)
  }

  top(): Shown | undefined {
    return this.shown.at(-1)
  }

  indexOf(card: HTMLElement): number {
    return this.shown.findIndex((shown) => shown.card === card)
  }

  /** Whether `node` is in one of the stack's cards or openers. */
  contains(node: EventTarget | null): boolean {
    return node instanceof Node && this.shown.some(({ opener, card }) => card.contains(node) || opener.contains(node))
  }

  /**
   * Shows the card of `opener` on top of the card it is in (closing any
   * above that), or as the first of a new stack. The card may first have to
   * be fetched: if another card is asked for meanwhile, the later wins.
   */
  async open(opener: HTMLElement, options: OpenOptions = {}): Promise<void> {
    const request = ++this.requests
    const card = await this.cardFor(opener)
    if (!card || request !== this.requests || card.matches(':popover-open')) return // Gone, superseded, or already shown (pinned, or lower here).
    const parent = opener.closest<HTMLElement>(cardSelector)
    const level = parent ? this.indexOf(parent) + 1 : 0
    const docked = this.isDocked
    this.closeAbove(level)
    if (level === 0) {
      this.currentLayout = docked ? 'sheet' : (options.layout ?? 'popover')
      this.isDocked = docked
    }
    card.showPopover()
    opener.setAttribute('aria-expanded', 'true')
    const shown = { opener, card }
    this.shown.push(shown)
    for (const listener of this.listeners.open) listener(shown, options)
  }

  /** Closes the cards above `level` (0: all of them), the top one first. */
  closeAbove(level: number) {
    for (const shown of this.shown.splice(level).reverse()) {
      shown.card.hidePopover()
      shown.opener.setAttribute('aria-expanded', 'false')
      for (const listener of this.listeners.close) listener(shown)
    }
    if (this.shown.length === 0) this.isDocked = false
  }

  /** How the stack shows: popovers by their terms, or the bottom sheet (set when its first card opens). */
  get layout(): CardLayout {
    return this.currentLayout
  }

  /** True while focus is given back to an opener, so that it does not reopen the card just closed. */
  get givingFocusBack(): boolean {
    return this.focusGoingBack
  }

  /** The sheet is pinned: presses outside it do not close it, and a term tapped in the text opens in it. */
  get docked(): boolean {
    return this.isDocked
  }

  /** Pins (or unpins) the sheet: every level shown says so, by its state and its Pin button. */
  dock(docked: boolean) {
    this.isDocked = docked
    for (const { card } of this.shown) showPinned(card, docked)
  }

  /** Closes the cards from `index` up; focus inside them goes back to the opener of the lowest. */
  closeFrom(index: number) {
    const opener = this.shown[index]?.opener
    const hadFocus = this.shown.slice(index).some(({ card }) => card.contains(document.activeElement))
    this.closeAbove(index)
    if (hadFocus && opener) this.focusWithoutOpening(opener)
  }

  /** Takes a card out of the stack without closing it (it is pinned). */
  release(card: HTMLElement) {
    const index = this.indexOf(card)
    if (index >= 0) this.shown.splice(index, 1)[0].opener.setAttribute('aria-expanded', 'false')
  }

  /** Cancels a card still being fetched, as a closed stack should not open one later. */
  cancelPending() {
    this.requests++
  }

  private focusWithoutOpening(element: HTMLElement) {
    this.focusGoingBack = true
    element.focus()
    this.focusGoingBack = false
  }
}

/** Shows a card as pinned or not: its state, and its Pin button's. */
export function showPinned(card: HTMLElement, pinned: boolean) {
  card.toggleAttribute(cardStates.pinned.attribute, pinned)
  card.querySelector(cardControls.pin.selector)?.setAttribute('aria-pressed', String(pinned))
}
