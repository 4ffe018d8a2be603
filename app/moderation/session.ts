/** The moderator's session cookie: HttpOnly, SameSite=Strict, Secure over https, and gone after `sessionHours`. */
import { cookieValue, setCookie } from '@/lib/responses/http'
import { sessionHours } from '@/lib/responses/moderators'

export const sessionCookie = 'glossa-moderator'

const secure = (process.env.SITE_URL ?? '').startsWith('https:')

export const sessionOf = (request: Request) => cookieValue(request.headers, sessionCookie)

export const sessionSetCookie = (token: string) =>
  setCookie(sessionCookie, token, { maxAge: sessionHours * 3600, sameSite: 'Strict', secure })

export const sessionClearCookie = () => setCookie(sessionCookie, '', { maxAge: 0, sameSite: 'Strict', secure })

/** Sign-in attempts per address within ten minutes (per server process): guessing a token is slow. */
const attempts = new Map<string, number[]>()
export function signInAllowed(address: string, now = Date.now()): boolean {
  const recent = (attempts.get(address) ?? []).filter((time) => now - time < 10 * 60_000)
  recent.push(now)
  attempts.set(address, recent)
  return recent.length <= 10
}
