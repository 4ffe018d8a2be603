/**
 * rehype plugin: in-page links follow the prefix the sanitiser gives author
 * ids. rehype-sanitize writes `id="user-content-x"` for an author's `id="x"`
 * (and a footnote's), so that content cannot clobber the page's own ids; a
 * link `#x` to such an element becomes `#user-content-x`. A link to an id the
 * page has as written (a heading's slug) is left alone.
 */
import type { Element, Root } from 'hast'
import { visit } from 'unist-util-visit'

export interface Options {
  /** The prefix the sanitiser adds. Default: `user-content-`, GitHub's and rehype-sanitize's. */
  prefix?: string
}

export default function rehypeFragmentLinks({ prefix = 'user-content-' }: Options = {}) {
  return function transformer(tree: Root): undefined {
    const ids = new Set<string>()
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id)
    })
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return
      const id = decodedFragment(href)
      if (id !== undefined && !ids.has(id) && ids.has(`${prefix}${id}`)) node.properties.href = `#${prefix}${href.slice(1)}`
    })
  }
}

/** The id a `#fragment` names, or undefined when its percent-encoding is malformed (no id can match it). */
function decodedFragment(href: string): string | undefined {
  try {
    return decodeURIComponent(href.slice(1))
  } catch {
    return undefined
  }
}
