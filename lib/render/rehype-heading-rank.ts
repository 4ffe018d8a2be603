/**
 * rehype plugin: moves all headings up or down together so that the highest
 * one has rank `top` (default 2: content sits under the page's own h1).
 * Relative order is kept; ranks are clamped to 1–6.
 */
import type { Root } from 'hast'
import { headingRank } from 'hast-util-heading-rank'
import { visit } from 'unist-util-visit'

export interface Options {
  /** Rank the highest heading of a document gets. Default: 2. */
  top?: number
}

export default function rehypeHeadingRank(options: Options = {}) {
  const top = options.top ?? 2
  return function transformer(tree: Root): undefined {
    let highest = 7
    visit(tree, 'element', (node) => {
      highest = Math.min(highest, headingRank(node) ?? 7)
    })
    if (highest === 7 || highest === top) return
    visit(tree, 'element', (node) => {
      const rank = headingRank(node)
      if (rank) node.tagName = `h${Math.min(6, Math.max(1, rank + top - highest))}`
    })
  }
}
