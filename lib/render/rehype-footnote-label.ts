/**
 * rehype plugin: gives the footnotes' heading an id of the text's own.
 * remark-rehype prefixes footnote ids with its `clobberPrefix`, but writes the
 * heading of the footnotes section as `id="footnote-label"` whatever the
 * prefix, and points every footnote reference at it (`aria-describedby`): two
 * texts with footnotes on one page (the bilingual view) would share that id.
 */
import type { Root } from 'hast'
import { visit } from 'unist-util-visit'

export interface Options {
  /** The text's id prefix (e.g. `es-`). Default: none, which leaves the tree as it is. */
  prefix?: string
}

const label = 'footnote-label'

export default function rehypeFootnoteLabel({ prefix = '' }: Options = {}) {
  return function transformer(tree: Root): undefined {
    if (!prefix) return
    visit(tree, 'element', (node) => {
      if (node.properties.id === label) node.properties.id = `${prefix}${label}`
      const describedBy = node.properties.ariaDescribedBy
      if (Array.isArray(describedBy)) node.properties.ariaDescribedBy = describedBy.map((id) => (id === label ? `${prefix}${label}` : id))
    })
  }
}
