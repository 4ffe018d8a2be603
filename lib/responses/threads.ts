/**
 * Responses as threads, as Isso shows them: a response and, under it, every
 * reply in its chain, oldest first, one level deep (a reply to a reply
 * attaches to the same thread, so a chain never narrows the page).
 */

export interface Threadable {
  id: string
  parent_id: string | null
  created_at: string
}

export interface Thread<Row> {
  response: Row
  replies: Row[]
}

/** `rows` oldest first; a reply whose chain does not lead to one of `rows` starts a thread of its own. */
export function threadsOf<Row extends Threadable>(rows: readonly Row[]): Thread<Row>[] {
  const byId = new Map(rows.map((row) => [row.id, row]))
  const rootOf = (row: Row): Row => {
    const seen = new Set<string>()
    let current = row
    while (current.parent_id && byId.has(current.parent_id) && !seen.has(current.id)) {
      seen.add(current.id)
      current = byId.get(current.parent_id) as Row
    }
    return current
  }
  const threads = new Map<string, Thread<Row>>()
  for (const row of rows) {
    const root = rootOf(row)
    let thread = threads.get(root.id)
    if (!thread) {
      thread = { response: root, replies: [] }
      threads.set(root.id, thread)
    }
    if (root !== row) thread.replies.push(row)
  }
  return [...threads.values()]
}
