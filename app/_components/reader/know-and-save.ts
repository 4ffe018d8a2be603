/**
 * "I know this" and "Save", on a term's card and on its page: a known term
 * is no longer marked anywhere (lib/reader/settings.ts), a saved one goes to
 * the reader's list (lib/reader/saved-terms.ts) with the sentence the reader
 * met it in. Both buttons are toggles; the page's live region says what
 * happened, so that screen readers hear it.
 */
import { cardLinkClass } from '@/lib/annotate/card-markup'
import { blockAttribute } from '@/lib/annotate/markup'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import { isSaved, savedTerms, saveTerm, unsaveTerms } from '@/lib/reader/saved-terms'
import { knownTerms, setKnown } from '@/lib/reader/settings'

type Message = 'knownMessage' | 'unknownMessage' | 'savedMessage' | 'unsavedMessage'

interface Options {
  /** The term in the text a card was opened from, for the sentence a saved term keeps. */
  openerOf: (card: Element) => Element | undefined
  /** After a term became known: its card, if open, has nothing left to explain. */
  known: (termId: string) => void
}

export function knowAndSaveTerms(signal: AbortSignal, { openerOf, known }: Options) {
  showPressed(document)
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null
      const knowButton = target?.closest<HTMLElement>(termEntryParts.know.selector)
      const saveButton = target?.closest<HTMLElement>(termEntryParts.save.selector)
      const button = knowButton ?? saveButton
      const termId = button?.getAttribute((knowButton ? termEntryParts.know : termEntryParts.save).attribute)
      const entry = button?.closest(termEntryParts.entry.selector)
      if (!button || !termId || !entry) return
      const name = textIn(entry, termEntryParts.name.selector)
      if (knowButton) {
        const nowKnown = !knownTerms().has(termId)
        setKnown([termId], nowKnown)
        announce(nowKnown ? 'knownMessage' : 'unknownMessage', name)
        if (nowKnown) known(termId)
      } else if (isSaved(termId)) {
        unsaveTerms([termId])
        announce('unsavedMessage', name)
      } else {
        const opener = openerOf(entry)
        const term = {
          id: termId,
          term: name,
          reading: textIn(entry, termEntryParts.reading.selector),
          meaning: textIn(entry, termEntryParts.meaning.selector),
          link: new URL(entry.querySelector<HTMLAnchorElement>(`a.${cardLinkClass}`)?.href ?? location.href.split('#')[0]).href,
          savedAt: new Date().toISOString()
        }
        // Saved without its sentence if the rule's code cannot load (the reader went offline).
        void (opener ? sentenceAround(opener).catch(() => '') : Promise.resolve('')).then((sentence) => {
          saveTerm({ ...term, sentence })
          announce('savedMessage', name)
          showPressed(document)
        })
        return
      }
      showPressed(document)
    },
    { signal }
  )
}

/** Sets every know and save button under `root` pressed or not, as the reader's lists say. */
export function showPressed(root: ParentNode) {
  const lists = [
    [termEntryParts.know, knownTerms()],
    [termEntryParts.save, new Set(savedTerms().map(({ id }) => id))]
  ] as const
  for (const [part, ids] of lists) {
    for (const button of root.querySelectorAll(part.selector)) {
      button.setAttribute('aria-pressed', String(ids.has(button.getAttribute(part.attribute) ?? '')))
    }
  }
}

/** Says in the page's live region what the reader's last press did. */
export function announce(message: Message, term: string) {
  const status = document.querySelector(termEntryParts.status.selector)
  const template = status?.getAttribute(termEntryParts[message].attribute)
  // Emptied first, so that the same message twice is heard twice.
  if (!status || !template) return
  status.textContent = ''
  requestAnimationFrame(() => (status.textContent = template.replaceAll('{term}', term)))
}

/** The reading text of the element `selector` names in `entry`, without ruby text. */
function textIn(entry: Element, selector: string): string {
  const element = entry.querySelector(selector)
  return element ? readingText(element).trim() : ''
}

/**
 * Text as it reads, as the concordance takes it (lib/render/occurrence-contexts.ts):
 * without the ruby text (`rt`, `rp`) of readings shown over terms or the
 * footnote marks, white space runs made one space.
 */
function readingText(root: Node, upTo?: Node): string {
  let text = ''
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(notRead) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
  })
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Up to `upTo`: a node inside it or after it follows it.
    if (upTo && upTo.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break
    const collapsed = (node.nodeValue ?? '').replace(/\s+/g, ' ')
    text += text.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed
  }
  return text
}

const notRead = 'rt, rp, [data-footnote-ref], [data-footnote-backref]'

/**
 * The sentence of its block (or its card's summary) that an annotation stands
 * in, cut as the concordance cuts it (sentenceAt). The rule's code loads when
 * a reader first saves a term, not with the page; the text is read at once.
 */
async function sentenceAround(annotation: Element): Promise<string> {
  const block = annotation.closest(`${blockAttribute.selector}, ${termEntryParts.meaning.selector}`) ?? annotation.parentElement
  if (!block) return ''
  const text = readingText(block)
  const start = readingText(block, annotation).length
  const end = Math.min(text.length, start + readingText(annotation).trim().length)
  const lang = annotation.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang
  const { sentenceAt } = await import('@/lib/render/sentence-at')
  const { before, match, after } = sentenceAt(text, { start, end }, lang)
  return `${before}${match}${after}`.trim()
}
