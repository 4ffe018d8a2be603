/**
 * Blocks are the units that translations keep aligned: every top-level
 * element of an essay, except that a list counts as its items.
 */
import type { Element, ElementContent, Root } from 'hast'
import { toString as textOf } from 'hast-util-to-string'
import { blockAttribute } from '@/lib/annotate/markup'

export interface Block {
  element: Element
  /** For a list item: the list it belongs to, and the number it shows in an ordered list. */
  list?: { element: Element; number: number }
}

export function blocksOf(tree: Root): Block[] {
  const blocks: Block[] = []
  for (const node of tree.children) {
    if (node.type !== 'element') continue
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      let number = typeof node.properties.start === 'number' ? node.properties.start : 1
      for (const item of node.children) {
        if (item.type === 'element' && item.tagName === 'li') blocks.push({ element: item, list: { element: node, number: number++ } })
      }
    } else {
      blocks.push({ element: node })
    }
  }
  return blocks
}

export function blockElements(tree: Root): Element[] {
  return blocksOf(tree).map((block) => block.element)
}

/** What a block says, as one line: its text with runs of white space made one space (hashes, labels, quotes). */
export function blockText(block: Element): string {
  return textOf(block).replace(/\s+/g, ' ').trim()
}

/** A block as a tree of its own; a list item keeps its kind of list around it, and its number in an ordered one. */
export function blockAsTree({ element, list }: Block): Root {
  if (!list) return { type: 'root', children: [element] }
  const properties = { ...list.element.properties, ...(list.element.tagName === 'ol' ? { start: list.number } : {}) }
  return { type: 'root', children: [{ ...list.element, properties, children: [element] }] }
}

/** The hast property that numbers blocks (`data-block`, lib/annotate/markup.ts). */
export const blockProperty = blockAttribute.property

/** rehype plugin: numbers the blocks with `data-block`, so a reader's place can be kept across languages. */
export default function rehypeBlockIndex() {
  return function transformer(tree: Root): undefined {
    blockElements(tree).forEach((block, index) => {
      block.properties[blockProperty] = index
    })
  }
}

/**
 * A copy of `tree` in which block `n` ends with `additions.get(n)` (e.g. the
 * count of a paragraph's responses); only the blocks that change, and the
 * lists around them, are copied: the rendered tree is shared and never edited.
 */
export function withBlockEndings(tree: Root, additions: ReadonlyMap<number, ElementContent>): Root {
  if (additions.size === 0) return tree
  let index = 0
  const extend = (element: Element): Element => {
    const addition = additions.get(index++)
    return addition ? { ...element, children: [...element.children, addition] } : element
  }
  const children = tree.children.map((node) => {
    if (node.type !== 'element') return node
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      return { ...node, children: node.children.map((item) => (item.type === 'element' && item.tagName === 'li' ? extend(item) : item)) }
    }
    return extend(node)
  })
  return { ...tree, children }
}
