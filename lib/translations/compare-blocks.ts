/**
 * Which blocks of a source changed since a translation's stamp. The stamped
 * and current hash lists are aligned by their longest common subsequence;
 * what is left over is classified.
 */

export type BlockChange =
  /** A block at this place whose text changed. `index` is in the current source. */
  | { kind: 'changed'; index: number }
  /** A new block. `index` is in the current source. */
  | { kind: 'added'; index: number }
  /** A block that moved elsewhere, unchanged. `index` is in the current source. */
  | { kind: 'moved'; index: number }
  /** A block that is gone. `index` is its place in the stamped version. */
  | { kind: 'removed'; index: number }

export function compareBlocks(stamped: readonly string[], current: readonly string[]): BlockChange[] {
  return walk(stamped, current).changes
}

/**
 * For each block of the current source, the stamped block it follows (the
 * same block, or the one it replaced or moved from), or undefined for a new
 * one. A translation's block `k` translates stamped block `k`, so this says
 * which block of a translation renders which block of the source.
 */
export function counterparts(stamped: readonly string[], current: readonly string[]): (number | undefined)[] {
  return walk(stamped, current).from
}

function walk(stamped: readonly string[], current: readonly string[]): { changes: BlockChange[]; from: (number | undefined)[] } {
  const pairs = commonSubsequence(stamped, current)
  const changes: BlockChange[] = []
  const from = new Array<number | undefined>(current.length).fill(undefined)
  const unmatchedStamped = new Set(stamped.keys())
  for (const [old, index] of pairs) {
    unmatchedStamped.delete(old)
    from[index] = old
  }
  const stillThere = new Map<string, number[]>()
  for (const index of unmatchedStamped) stillThere.set(stamped[index], [...(stillThere.get(stamped[index]) ?? []), index])

  // Walk the gaps between matched pairs: in each, current blocks pair up with stamped ones in order.
  const bounds: [number, number][] = [[-1, -1], ...pairs, [stamped.length, current.length]]
  for (let gap = 1; gap < bounds.length; gap++) {
    const [fromStart, toStart] = bounds[gap - 1]
    const [fromEnd, toEnd] = bounds[gap]
    const oldOnes = range(fromStart + 1, fromEnd).filter((index) => unmatchedStamped.has(index))
    for (const index of range(toStart + 1, toEnd)) {
      const moved = stillThere.get(current[index])?.shift()
      if (moved !== undefined) {
        unmatchedStamped.delete(moved)
        from[index] = moved
        changes.push({ kind: 'moved', index })
        continue
      }
      const replaced = oldOnes.find((old) => unmatchedStamped.has(old) && !current.includes(stamped[old]))
      if (replaced !== undefined) {
        unmatchedStamped.delete(replaced)
        from[index] = replaced
        changes.push({ kind: 'changed', index })
      } else {
        changes.push({ kind: 'added', index })
      }
    }
  }
  for (const index of unmatchedStamped) changes.push({ kind: 'removed', index })
  return { changes, from }
}

/** Index pairs [stamped, current] of a longest common subsequence, in order. */
function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1])
    }
  }
  const pairs: [number, number][] = []
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) pairs.push([i++, j++])
    else if (lengths[i + 1][j] >= lengths[i][j + 1]) i++
    else j++
  }
  return pairs
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset)
}
