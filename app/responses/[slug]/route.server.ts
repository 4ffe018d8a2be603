/**
 * An essay's responses, on the Node server only (the static export has no
 * route handlers): POST sends a response or a private note, GET lists the
 * published responses as JSON.
 */
import { refreshEssay, responses } from '@/app/_content/responses'
import { addressForgetting } from '@/lib/responses/privacy'
import { readSubmission } from '@/lib/responses/submission'
import { responseStatePath, responsesPath } from '@/lib/site/paths.mjs'
import { localeOf, readerPost, refusalAnswer, senderOf } from '../respond'

type Context = { params: Promise<{ slug: string }> }

const forgetOldAddresses = addressForgetting()

export async function POST(request: Request, { params }: Context) {
  const { slug } = await params
  return readerPost(request, responsesPath(slug), async ({ fields, json }) => {
    const submission = readSubmission(fields)
    const { store, service } = await responses()
    const sender = await senderOf(request, store)
    const received = await service.receive(slug, submission, sender)
    // Old address hashes go as new ones come (not awaited: the reader's answer does not wait for it).
    forgetOldAddresses(store).catch((error) => console.error(`Responses: old addresses not cleared: ${error}`))
    const state = received.kind === 'note' ? 'note' : received.response.status
    if (state === 'published') refreshEssay(slug)
    const id = received.kind === 'response' ? received.response.id : undefined
    const headers = { 'Set-Cookie': sender.cookie }
    if (json) return Response.json({ state, id }, { status: 201, headers })
    const location = id ? responseStatePath(localeOf(fields), id) : `${fields('return') ?? '/'}`
    return new Response(null, { status: 303, headers: { ...headers, Location: safeLocation(location) } })
  })
}

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  try {
    const { store } = await responses()
    const rows = await store.responsesOf(slug)
    return Response.json({
      responses: rows.map(({ id, parent_id, block, locale, name, body, created_at, updated_at }) => ({
        id,
        parent: parent_id,
        block,
        locale,
        name,
        text: body,
        created: created_at,
        updated: updated_at
      }))
    })
  } catch (error) {
    return refusalAnswer(error, { json: true, action: responsesPath(slug) })
  }
}

/** A path of this site (never another site: `return` comes from the form). */
function safeLocation(location: string): string {
  return location.startsWith('/') && !location.startsWith('//') && !location.includes('\\') ? location : '/'
}
