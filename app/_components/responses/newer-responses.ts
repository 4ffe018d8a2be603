/**
 * A static copy's responses brought up to date. Its pages carry the responses
 * published when they were built; when the copy was built with
 * RESPONSES_ORIGIN, the page asks that server for the same essay page, as it
 * is now, once a reader reaches the responses (ResponseFormScript), and takes
 * from it what changed: the lists at the end, the paragraphs' panels (not one
 * a reader has open) and counts, the header's count. The forms that arrive
 * post to that server too. The new parts come from the publication's own
 * server, rendered and sanitised there like the page itself.
 */
import { blockAttribute } from '@/lib/annotate/markup'
import { responseLists } from './newer-responses-markup'

const listsSelector = responseLists.selector
const countSelector = '.essay-body .block-count'

/** Asks `origin` for this page and shows its responses here; the page stays as it is if that fails. */
export async function showNewerResponses(origin: string): Promise<void> {
  let text: string
  try {
    const answer = await fetch(new URL(window.location.pathname, origin), { credentials: 'omit' })
    if (!answer.ok) return
    text = await answer.text()
  } catch {
    return
  }
  const current = new DOMParser().parseFromString(text, 'text/html')
  if (!current.querySelector(listsSelector)) return
  const loaded = document.querySelector<HTMLInputElement>('[data-response-form] input[name="loaded"]')?.value ?? ''
  const arrived = [replaceLists(current), ...replacePanels(current), ...replaceCounts(current)]
  for (const selector of ['#responses-heading .response-count', '.responses-link a']) {
    const here = document.querySelector(selector)
    const there = current.querySelector(selector)
    if (here && there) here.textContent = there.textContent
  }
  for (const part of arrived) {
    if (!part) continue
    for (const form of part.querySelectorAll('form')) form.setAttribute('action', new URL(form.getAttribute('action') ?? '', origin).href)
    for (const input of part.querySelectorAll<HTMLInputElement>('input[name="loaded"]')) input.value = loaded
  }
}

/** The lists at the end, keeping the reader's choice of languages. */
function replaceLists(current: Document): Element | undefined {
  const here = document.querySelector(listsSelector)
  const there = current.querySelector(listsSelector)
  if (!here || !there) return undefined
  const choice = here.querySelector<HTMLInputElement>('.response-filter input:checked')?.value
  here.replaceChildren(...[...there.childNodes].map((node) => document.importNode(node, true)))
  const again = choice && here.querySelector<HTMLInputElement>(`.response-filter input[value="${CSS.escape(choice)}"]`)
  if (again) again.checked = true
  return here
}

/** Each paragraph's panel as it is now, unless the reader has it open; new panels after the last one. */
function replacePanels(current: Document): Element[] {
  const section = document.getElementById('responses')
  if (!section) return []
  return [...current.querySelectorAll('.block-panel')].flatMap((there) => {
    const here = document.getElementById(there.id)
    if (here?.matches(':popover-open')) return []
    const panel = document.importNode(there, true)
    if (here) here.replaceWith(panel)
    else ([...document.querySelectorAll('.block-panel')].at(-1) ?? section).after(panel)
    return [panel]
  })
}

/** The count at the end of each block, on the block of the same number (the same text on both). */
function replaceCounts(current: Document): Element[] {
  for (const count of document.querySelectorAll(countSelector)) count.remove()
  return [...current.querySelectorAll(countSelector)].flatMap((count) => {
    const number = count.closest(blockAttribute.selector)?.getAttribute(blockAttribute.attribute)
    const block = number && document.querySelector(`.essay-body [${blockAttribute.attribute}="${CSS.escape(number)}"]`)
    if (!block) return []
    const copy = document.importNode(count, true)
    block.append(copy)
    return [copy]
  })
}
