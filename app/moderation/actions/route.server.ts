/**
 * The moderation page's actions: a signed-in moderator's form posts, each
 * with the session's CSRF token, from this site's own pages.
 */
import { refreshEssay, responses } from '@/app/_content/responses'
import { isLocale } from '@/lib/i18n/locales'
import { checkOrigin, ownOrigins, readFields } from '@/lib/responses/http'
import { type ModerationAction, moderate } from '@/lib/responses/moderation'
import { moderators, sameSecret } from '@/lib/responses/moderators'
import type { Policy } from '@/lib/responses/schema'
import { Refusal } from '@/lib/responses/submission'
import { moderationPath } from '@/lib/site/paths.mjs'
import { sessionClearCookie, sessionOf } from '../session'

export async function POST(request: Request) {
  try {
    checkOrigin(request.headers, ownOrigins(request.url, process.env.SITE_URL))
    const { fields, list } = await readFields(request)
    const { store } = await responses()
    const token = sessionOf(request)
    const session = await moderators(store).session(token)
    if (!session || !sameSecret(fields('csrf') ?? '', session.csrf)) throw new Refusal('forbidden')
    const locale = fields('locale')
    const back = moderationPath(isLocale(locale) ? locale : 'en')
    const action = fields('action') ?? ''
    if (action === 'sign-out') {
      if (token) await moderators(store).signOut(token)
      return new Response(null, { status: 303, headers: { Location: back, 'Set-Cookie': sessionClearCookie() } })
    }
    const essays = await moderate(store, session.moderator, requestOf(action, fields, list))
    for (const essay of essays) refreshEssay(essay)
    return new Response(null, { status: 303, headers: { Location: back } })
  } catch (error) {
    const refusal = error instanceof Refusal ? error : new Refusal('unavailable')
    if (!(error instanceof Refusal)) console.error(error)
    return new Response(refusal.reason, { status: refusal.status })
  }
}

function requestOf(field: string, fields: (name: string) => string | undefined, list: (name: string) => string[]): ModerationAction {
  // A button of one item says `approve:<id>`; the bulk buttons act on the ticked ids.
  const [action, one] = field.split(':', 2)
  if (one) {
    if (action === 'block') return { action, id: one }
    if (action === 'approve' || action === 'reject' || action === 'spam' || action === 'delete') return { action, ids: [one] }
    throw new Refusal('badRequest')
  }
  switch (action) {
    case 'approve':
    case 'reject':
    case 'spam':
    case 'delete':
    case 'notes-done': {
      const ids = list('id')
      if (ids.length === 0) throw new Refusal('badRequest')
      return { action, ids }
    }
    case 'edit':
    case 'block': {
      const id = fields('id')
      if (!id) throw new Refusal('badRequest')
      return action === 'edit' ? { action, id, text: fields('text') ?? '' } : { action, id }
    }
    case 'settings': {
      const scope = fields('scope') ?? ''
      if (scope !== 'publication' && !scope.startsWith('essay:')) throw new Refusal('badRequest')
      const policy = fields('policy')
      return {
        action,
        scope,
        policy: policy ? (policy as Policy) : null,
        closed: scope.startsWith('essay:') ? fields('closed') === 'on' : undefined
      }
    }
    default:
      throw new Refusal('badRequest')
  }
}
