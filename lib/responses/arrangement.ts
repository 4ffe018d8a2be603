/**
 * An essay's responses arranged for one locale's page: threads (threads.ts),
 * each placed beside the block of the page's text it answers or at the end
 * (placement.ts). A deleted response stays only as the head of a thread that
 * still has replies.
 */
import type { Locale } from '@/lib/i18n/locales'
import { type Placement, placer } from './placement'
import type { ResponseRow } from './store'
import { type Thread, threadsOf } from './threads'

export interface PlacedThread extends Thread<ResponseRow> {
  placement: Placement
}

export interface Arrangement {
  /** Threads by the block of the page's text they answer, in block order. */
  byBlock: Map<number, PlacedThread[]>
  /** Threads on the whole essay, or on a block that is gone or not translated yet. */
  atEnd: PlacedThread[]
  /** Visible responses in all, and in each locale. */
  total: number
  byLocale: Partial<Record<Locale, number>>
}

export function arrangeResponses(
  rows: readonly ResponseRow[],
  currentBlocks: readonly string[],
  textBlockOf: readonly (number | undefined)[]
): Arrangement {
  const place = placer(currentBlocks, textBlockOf)
  const visible = (row: ResponseRow) => row.status === 'published'
  const byBlock = new Map<number, PlacedThread[]>()
  const atEnd: PlacedThread[] = []
  const byLocale: Partial<Record<Locale, number>> = {}
  let total = 0
  for (const thread of threadsOf(rows)) {
    const replies = thread.replies.filter(visible)
    if (!visible(thread.response) && replies.length === 0) continue
    const placement = place({ block: thread.response.block, sourceBlocks: parseBlocks(thread.response.source_blocks) })
    const placed = { ...thread, replies, placement }
    if (placement.at === 'block') byBlock.set(placement.textBlock, [...(byBlock.get(placement.textBlock) ?? []), placed])
    else atEnd.push(placed)
    for (const row of [thread.response, ...replies].filter(visible)) {
      total++
      const locale = row.locale as Locale
      byLocale[locale] = (byLocale[locale] ?? 0) + 1
    }
  }
  return { byBlock: new Map([...byBlock].sort(([a], [b]) => a - b)), atEnd, total, byLocale }
}

function parseBlocks(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((hash): hash is string => typeof hash === 'string') : []
  } catch {
    return []
  }
}
