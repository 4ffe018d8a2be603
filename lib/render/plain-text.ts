/**
 * The text of a hast tree as it reads: like hast-util-to-string, but without
 * ruby text (`rt`, and the `rp` parentheses around it), which annotates the
 * base text rather than continuing it. Excerpts and the sentences of the
 * concordance are made of this text, so that a reading shown over a term
 * never runs into the sentence.
 */
import type { Element, Nodes } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

/** Whether an element is ruby text: `rt`, or `rp` (the parentheses browsers without ruby show around it). */
export function isRubyText(element: Element): boolean {
  return element.tagName === 'rt' || element.tagName === 'rp'
}

export function plainText(tree: Nodes): string {
  let text = ''
  visit(tree, (node) => {
    if (node.type === 'element' && isRubyText(node)) return SKIP
    if (node.type === 'text') text += node.value
    return undefined
  })
  return text
}
