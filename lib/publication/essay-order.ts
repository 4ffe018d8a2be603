/** The order readers meet essays in: newest first, undated ones after the dated, each group stable by slug. */
import type { Essay } from '@/lib/content/types'

export function readingOrder(essays: Iterable<Essay>): Essay[] {
  const dateOf = (essay: Essay) => essay.source.date
  return [...essays].sort((a, b) => {
    const [dateA, dateB] = [dateOf(a), dateOf(b)]
    if (dateA !== dateB) return dateA === undefined ? 1 : dateB === undefined ? -1 : dateB.localeCompare(dateA)
    return a.slug.localeCompare(b.slug)
  })
}

export interface Page<T> {
  /** 1-based. */
  number: number
  count: number
  items: T[]
}

/** `items` in pages of `size`; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size))
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, count, items: items.slice(index * size, (index + 1) * size) }))
}

/** The essays before and after one in reading order: `older` was published before it, `newer` after. */
export function neighbours<T>(ordered: readonly T[], item: T): { newer?: T; older?: T } {
  const index = ordered.indexOf(item)
  if (index < 0) return {}
  return { newer: ordered[index - 1], older: ordered[index + 1] }
}
