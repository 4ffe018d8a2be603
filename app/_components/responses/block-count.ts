import type { Element } from 'hast'

/** The panel of one block's responses: a native popover, opened by the count beside the block. */
export const blockPanelId = (block: number) => `block-responses-${block}`

/**
 * The count of a block's responses, as the hast the block ends with: a button
 * that opens the block's panel. The number is drawn by CSS from `data-count`
 * and the button is named by its label, so the block's own text (copied,
 * searched, compared across languages) stays the author's.
 */
export function blockCountButton(block: number, count: number, label: string): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['block-count'],
      popoverTarget: blockPanelId(block),
      ariaLabel: label,
      dataCount: String(count),
      dataPagefindIgnore: ''
    },
    children: []
  }
}
