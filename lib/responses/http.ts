/**
 * What the responses' route handlers read of a request, checked: where it
 * comes from (another site's request is refused), who sent it (an address
 * believed only from the proxies in TRUSTED_PROXIES) and its body (a form
 * post or JSON, of bounded size, in valid UTF-8).
 */
import { createHash } from 'node:crypto'
import { peerHeader } from '@/lib/site/request-headers.mjs'
import { limits, Refusal } from './submission'

/**
 * A state-changing request must come from the publication's own pages: its
 * `Origin` (or, without one, `Sec-Fetch-Site`) must say so. A request with
 * neither is not a browser's, so no other site can have made it.
 */
export function checkOrigin(headers: Headers, allowedOrigins: readonly string[]): void {
  const origin = headers.get('origin')
  if (origin !== null) {
    if (!allowedOrigins.includes(origin)) throw new Refusal('forbidden')
    return
  }
  const site = headers.get('sec-fetch-site')
  if (site !== null && site !== 'same-origin' && site !== 'none') throw new Refusal('forbidden')
}

/** The origins a request may come from: the site's public one, and the one it was addressed to. */
export function ownOrigins(requestUrl: string, siteUrl: string | undefined): string[] {
  const origins = [new URL(requestUrl).origin]
  if (siteUrl) origins.push(new URL(siteUrl).origin)
  return origins
}

/**
 * The sender's address: the connection's, unless it is a trusted proxy, in
 * which case the nearest address in `X-Forwarded-For` that is not one.
 */
export function senderAddress(headers: Headers, trustedProxies: readonly string[]): string | undefined {
  const peer = headers.get(peerHeader) ?? undefined
  if (!peer || !trustedProxies.includes(peer)) return peer
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  for (let index = forwarded.length - 1; index >= 0; index--) {
    if (!trustedProxies.includes(forwarded[index])) return forwarded[index]
  }
  return peer
}

export function trustedProxiesFrom(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

/** An address as stored: salted and hashed, good for counting and nothing else. */
export function addressHash(address: string | undefined, salt: string): string | undefined {
  return address ? createHash('sha256').update(`${salt}:${address}`).digest('hex').slice(0, 32) : undefined
}

export type Fields = (name: string) => string | undefined

/** The body's fields, from `application/x-www-form-urlencoded` or `application/json`; whether the sender wants JSON back. */
export async function readFields(request: Request): Promise<{ fields: Fields; list: (name: string) => string[]; json: boolean }> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') throw new Refusal('unsupportedType')
  const declared = Number(request.headers.get('content-length'))
  if (declared > limits.requestBytes) throw new Refusal('payloadTooLarge')
  const bytes = await readAtMost(request, limits.requestBytes)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Refusal('badRequest')
  }
  const wantsJson = type === 'application/json' || (request.headers.get('accept') ?? '').includes('application/json')
  if (type === 'application/json') {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      throw new Refusal('badRequest')
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Refusal('badRequest')
    const record = value as Record<string, unknown>
    const field = (name: string) => {
      const item = record[name]
      return typeof item === 'string' ? item : typeof item === 'number' ? String(item) : undefined
    }
    const list = (name: string) => {
      const item = record[name]
      return Array.isArray(item)
        ? item.filter((entry): entry is string => typeof entry === 'string')
        : field(name)
          ? [field(name) as string]
          : []
    }
    return { fields: field, list, json: true }
  }
  const form = new URLSearchParams(text)
  return { fields: (name) => form.get(name) ?? undefined, list: (name) => form.getAll(name), json: wantsJson }
}

/** The body, refused once it passes `max` bytes (a sender may leave out Content-Length or lie in it). */
async function readAtMost(request: Request, max: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      throw new Refusal('payloadTooLarge')
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/** Reads one cookie from a Cookie header. */
export function cookieValue(headers: Headers, name: string): string | undefined {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return undefined
}

/** A Set-Cookie value: HttpOnly, SameSite, Path=/, and Secure when the site is served over https. */
export function setCookie(
  name: string,
  value: string,
  { maxAge, sameSite = 'Lax', secure }: { maxAge: number; sameSite?: 'Lax' | 'Strict' | 'None'; secure: boolean }
): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${maxAge}`,
    'HttpOnly',
    `SameSite=${sameSite}`,
    ...(secure ? ['Secure'] : [])
  ].join('; ')
}
