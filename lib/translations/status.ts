/** Whether a translation follows the current version of its source, down to the block. */

import type { SourceBlock } from './block-hashes'
import { type BlockChange, compareBlocks } from './compare-blocks'

export type TranslationStatus =
  | { state: 'current' }
  /** Never stamped: nothing is known about what it follows. */
  | { state: 'unknown' }
  | { state: 'outdated'; changes: BlockChange[] }

export function translationStatus(stamp: readonly string[] | undefined, source: readonly SourceBlock[]): TranslationStatus {
  if (stamp === undefined) return { state: 'unknown' }
  const changes = compareBlocks(
    stamp,
    source.map((block) => block.hash)
  )
  return changes.length === 0 ? { state: 'current' } : { state: 'outdated', changes }
}

/** Indexes of the current source's blocks that changed, were added or moved since the stamp. */
export function changedSourceBlocks(status: TranslationStatus): number[] {
  return status.state === 'outdated' ? status.changes.filter((change) => change.kind !== 'removed').map((change) => change.index) : []
}
