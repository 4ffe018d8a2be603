/**
 * One response, on the Node server only: POST with `action` edit or delete
 * (its writer, from the same browser, within 15 minutes) or flag (any reader).
 */
import { refreshEssay, responses } from '@/app/_content/responses'
import { cleanName, Refusal } from '@/lib/responses/submission'
import { essayPath, responsePath, responseStatePath } from '@/lib/site/paths.mjs'
import { localeOf, readerPost, senderOf } from '../../respond'

type Context = { params: Promise<{ id: string }> }

export async function POST(request: Request, { params }: Context) {
  const { id } = await params
  return readerPost(request, responsePath(id), async ({ fields, json }) => {
    const { store, service } = await responses()
    const sender = await senderOf(request, store)
    const action = fields('action')
    const locale = localeOf(fields)
    let location = responseStatePath(locale, id)
    if (action === 'edit') {
      const edited = await service.editOwn(id, sender.writer, { text: fields('text') ?? '', name: cleanName(fields('name')) })
      if (edited.status === 'published') refreshEssay(edited.essay)
    } else if (action === 'delete') {
      const deleted = await service.deleteOwn(id, sender.writer)
      if (deleted.status === 'published') refreshEssay(deleted.essay)
    } else if (action === 'flag') {
      const flagged = await service.flag(id, sender.writer)
      refreshEssay(flagged.essay)
      location = `${essayPath(locale, flagged.essay)}#responses`
    } else {
      throw new Refusal('badRequest')
    }
    const headers = { 'Set-Cookie': sender.cookie }
    if (json) return Response.json({ state: action }, { headers })
    return new Response(null, { status: 303, headers: { ...headers, Location: location } })
  })
}
