/**
 * Blocks are the units that translations keep aligned: every top-level
 * element of an essay, except that a list counts as its items.
 */
import type { Element, Root } from 'hast'

export function blockElements(tree: Root): Element[] {
  const blocks: Element[] = []
  for (const node of tree.children) {
    if (node.type !== 'element') continue
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      for (const item of node.children) if (item.type === 'element' && item.tagName === 'li') blocks.push(item)
    } else {
      blocks.push(node)
    }
  }
  return blocks
}

/** rehype plugin: numbers the blocks with `data-block`, so a reader's place can be kept across languages. */
export default function rehypeBlockIndex() {
  return function transformer(tree: Root): undefined {
    blockElements(tree).forEach((block, index) => {
      block.properties.dataBlock = index
    })
  }
}
