/**
 * What a signed-in moderator can do, one function per action, each logged
 * with who and when. Returns the essays whose pages must be rendered again.
 */
import type { Policy, ResponseStatus } from './schema'
import type { ResponseStore } from './store'
import { cleanText, limits, Refusal } from './submission'

export type ModerationAction =
  | { action: 'approve' | 'reject' | 'spam' | 'delete'; ids: string[] }
  | { action: 'edit'; id: string; text: string }
  | { action: 'block'; id: string }
  | { action: 'notes-done'; ids: string[] }
  | { action: 'settings'; scope: string; policy?: Policy | null; closed?: boolean }

const statusOf: Record<'approve' | 'reject' | 'spam' | 'delete', ResponseStatus> = {
  approve: 'published',
  reject: 'rejected',
  spam: 'spam',
  delete: 'deleted'
}

export const policies: readonly Policy[] = ['hold-first', 'hold-all', 'publish-all']

/** The scope a blocked writer's setting is kept under. */
export const writerScope = (writer: string) => `writer:${writer}`

export async function moderate(store: ResponseStore, moderator: string, request: ModerationAction): Promise<string[]> {
  switch (request.action) {
    case 'approve':
    case 'reject':
    case 'spam':
    case 'delete': {
      const essays = await essaysOf(store, request.ids)
      await store.setStatus(request.ids, statusOf[request.action])
      for (const id of request.ids) await store.log(moderator, request.action, id)
      return essays
    }
    case 'edit': {
      const response = await store.response(request.id)
      if (!response) throw new Refusal('unknownParent')
      const text = cleanText(request.text)
      if (!text) throw new Refusal('emptyText')
      if (text.length > limits.text) throw new Refusal('tooLong')
      await store.edit(request.id, { body: text, name: response.name })
      await store.log(moderator, 'edit', request.id)
      return [response.essay]
    }
    case 'block': {
      const response = await store.response(request.id)
      if (!response) throw new Refusal('unknownParent')
      await store.setSettings(writerScope(response.writer), { closed: true })
      const theirs = (await store.responsesOf(response.essay, ['held'])).filter((row) => row.writer === response.writer)
      await store.setStatus([request.id, ...theirs.map((row) => row.id)], 'spam')
      await store.log(moderator, 'block', request.id)
      return [response.essay]
    }
    case 'notes-done':
      await store.closeNotes(request.ids)
      for (const id of request.ids) await store.log(moderator, 'note-done', id)
      return []
    case 'settings': {
      if (request.policy && !policies.includes(request.policy)) throw new Refusal('badRequest')
      await store.setSettings(request.scope, { policy: request.policy, closed: request.closed })
      await store.log(
        moderator,
        `settings ${request.policy ?? ''}${request.closed === undefined ? '' : request.closed ? ' closed' : ' open'}`.trim(),
        request.scope
      )
      return request.scope.startsWith('essay:') ? [request.scope.slice('essay:'.length)] : []
    }
  }
}

async function essaysOf(store: ResponseStore, ids: readonly string[]): Promise<string[]> {
  const essays = new Set<string>()
  for (const id of ids) {
    const row = await store.response(id)
    if (row) essays.add(row.essay)
  }
  return [...essays]
}
