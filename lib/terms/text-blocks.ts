/**
 * An essay's Markdown as the finder reads it: one plain-text block per
 * paragraph, heading or table cell, with the spans that sit inside link text
 * and inside emphasis. Code, HTML and images are left out: nothing in them is
 * ever annotated.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { SKIP, visit } from 'unist-util-visit'

export interface Span {
  start: number
  end: number
}

export interface TextBlock {
  text: string
  /** Spans of `text` that are link text. */
  links: Span[]
  /** Spans of `text` in emphasis (`_…_`, `*…*`). */
  emphasis: Span[]
  /** The block is a heading. */
  heading?: boolean
}

export function textBlocks(markdown: string): TextBlock[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root
  const blocks: TextBlock[] = []
  visit(tree, (node: Nodes) => {
    if (node.type === 'code' || node.type === 'html' || node.type === 'definition') return SKIP
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined
    const block: TextBlock = { text: '', links: [], emphasis: [], ...(node.type === 'heading' ? { heading: true } : {}) }
    for (const child of node.children) addPhrasing(child, block)
    if (block.text.trim()) blocks.push(block)
    return SKIP
  })
  return blocks
}

function addPhrasing(node: PhrasingContent, block: TextBlock): void {
  if (node.type === 'text') block.text += node.value
  else if (node.type === 'break') block.text += '\n'
  else if (node.type === 'inlineCode' || node.type === 'html' || node.type === 'image' || node.type === 'imageReference')
    // A gap that no phrase crosses.
    block.text += ' \u2022 '
  else if ('children' in node) {
    const start = block.text.length
    for (const child of node.children) addPhrasing(child, block)
    const span = { start, end: block.text.length }
    if (node.type === 'link' || node.type === 'linkReference') block.links.push(span)
    else if (node.type === 'emphasis') block.emphasis.push(span)
  }
}
