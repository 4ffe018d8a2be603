/**
 * Where a response shows on a locale's page of its essay. A response keeps
 * the essay source's block hashes from when it was written and the index of
 * the block it answered; the current source's blocks are paired with those
 * the way a translation's stamp is (compare-blocks `counterparts`), and the
 * locale's text block comes from the one pairing of blocks (block-pairing).
 * So a response written on the Chinese page shows beside the same paragraph
 * in English and Arabic, an outdated translation included; one whose block
 * changed since is marked as on an earlier version, and one whose block is
 * gone (or not yet translated) moves to the end. None is ever dropped.
 */
import { counterparts } from '@/lib/translations/compare-blocks'

export interface Anchored {
  /** The answered block's index in `sourceBlocks`; null for the whole essay. */
  block: number | null
  /** The source's block hashes when it was written. */
  sourceBlocks: readonly string[]
}

export type Placement =
  /** Beside block `textBlock` of the locale's text; `earlier` when that block changed since. */
  | { at: 'block'; textBlock: number; sourceBlock: number; earlier: boolean }
  /** At the end: an answer to the essay, or to a block that is gone (`earlier`) or not in this translation yet. */
  | { at: 'end'; earlier: boolean; untranslated?: boolean }

/** Places responses on a page whose source now has `currentBlocks` and whose text renders source block `i` as `textBlockOf[i]`. */
export function placer(currentBlocks: readonly string[], textBlockOf: readonly (number | undefined)[]) {
  // Responses written against the same version share one alignment.
  const alignments = new Map<string, (number | undefined)[]>()
  const alignment = (sourceBlocks: readonly string[]) => {
    const key = sourceBlocks.join(' ')
    let from = alignments.get(key)
    if (!from) {
      from = counterparts(sourceBlocks, currentBlocks)
      alignments.set(key, from)
    }
    return from
  }
  return function place({ block, sourceBlocks }: Anchored): Placement {
    if (block === null) return { at: 'end', earlier: false }
    const sourceBlock = alignment(sourceBlocks).indexOf(block)
    if (sourceBlock < 0) return { at: 'end', earlier: true }
    const earlier = currentBlocks[sourceBlock] !== sourceBlocks[block]
    const textBlock = textBlockOf[sourceBlock]
    if (textBlock === undefined) return { at: 'end', earlier, untranslated: true }
    return { at: 'block', textBlock, sourceBlock, earlier }
  }
}
