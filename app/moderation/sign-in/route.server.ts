/** A moderator's one-time sign-in link (`npm run responses -- moderator add <name>`): opens a session, then the moderation page. */
import { responses } from '@/app/_content/responses'
import { defaultLocale } from '@/lib/i18n/locales'
import { senderAddress, trustedProxiesFrom } from '@/lib/responses/http'
import { moderators } from '@/lib/responses/moderators'
import { moderationPath } from '@/lib/site/paths.mjs'
import { sessionSetCookie, signInAllowed } from '../session'

export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  if (!signInAllowed(senderAddress(request.headers, trustedProxiesFrom()) ?? 'unknown')) {
    return new Response('Too many sign-in attempts: wait ten minutes.', { status: 429 })
  }
  const { store } = await responses()
  const signedIn = token ? await moderators(store).signIn(token) : undefined
  const location = `${moderationPath(defaultLocale)}${signedIn ? '' : '?signin=failed'}`
  return new Response(null, {
    status: 303,
    headers: { Location: location, ...(signedIn ? { 'Set-Cookie': sessionSetCookie(signedIn.session) } : {}), 'Cache-Control': 'no-store' }
  })
}
