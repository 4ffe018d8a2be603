import type { Element } from 'hast'

/** The panel of one block's responses: a native popover, opened by the count beside the block. */
export const blockPanelId = (block: number) => `block-responses-${block}`

/** The count of a block's responses, as the hast the block ends with: a button that opens the block's panel. */
export function blockCountButton(block: number, count: number, label: string): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['block-count'],
      popoverTarget: blockPanelId(block),
      ariaLabel: label,
      dataPagefindIgnore: ''
    },
    children: [{ type: 'text', value: String(count) }]
  }
}
