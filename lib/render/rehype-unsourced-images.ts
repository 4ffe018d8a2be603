/**
 * rehype plugin: an image left without a source (the sanitiser drops unsafe
 * URLs such as `javascript:`) cannot be shown; it is replaced by its alt text,
 * so that nothing the author wrote is silently lost and no invalid `<img>` stays.
 */
import type { Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'

export default function rehypeUnsourcedImages() {
  return function transformer(tree: Root): undefined {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || node.properties.src || node.properties.srcSet || !parent || index === undefined) return
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt : ''
      if (alt) parent.children.splice(index, 1, { type: 'text', value: alt })
      else parent.children.splice(index, 1)
      return [SKIP, index]
    })
  }
}
