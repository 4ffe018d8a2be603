/**
 * What the responses' route handlers share: the reader's signed writer id,
 * the answer to a refusal (JSON for the page's script; for a form posted
 * without JavaScript, a page in the reader's language with the form filled in
 * again, so nothing they wrote is lost) and the cookie.
 */
import { getTranslations } from 'next-intl/server'
import { createElement } from 'react'
import { defaultLocale, isLocale, type Locale, localeInfo } from '@/lib/i18n/locales'
import { storageProblem } from '@/lib/responses/database'
import { editKeyCookie, newWriterId, signWriter, verifiedWriter } from '@/lib/responses/edit-key'
import {
  addressHash,
  checkOrigin,
  cookieValue,
  type Fields,
  ownOrigins,
  readFields,
  senderAddress,
  setCookie,
  trustedProxiesFrom
} from '@/lib/responses/http'
import type { ResponseStore } from '@/lib/responses/store'
import { Refusal } from '@/lib/responses/submission'
import { crossOrigins } from '@/lib/site/cross-origin.mjs'
import RefusedPage from './RefusedPage'

const secure = (process.env.SITE_URL ?? '').startsWith('https:')

/** The sender's writer id (from their signed cookie, else a new one), its cookie, and their address's salted hash. */
export async function senderOf(request: Request, store: ResponseStore) {
  const secret = await store.secret('edit-key')
  const known = verifiedWriter(cookieValue(request.headers, editKeyCookie), secret)
  const writer = known ?? newWriterId()
  return {
    writer,
    address: addressHash(senderAddress(request.headers, trustedProxiesFrom()), secret),
    cookie: setCookie(editKeyCookie, signWriter(writer, secret), { maxAge: 365 * 24 * 3600, sameSite: cookieSite(request), secure })
  }
}

/**
 * A post from the static copy on another site (RESPONSES_ORIGIN) keeps its
 * edit key only in a cookie sent to other sites' pages, which browsers allow
 * over https alone; every other post gets a Lax one.
 */
function cookieSite(request: Request): 'Lax' | 'None' {
  const origin = request.headers.get('origin')
  return secure && origin !== null && origin !== new URL(request.url).origin ? 'None' : 'Lax'
}

/** The locale a request's form was sent from (its `locale` field), else the default. */
export function localeOf(fields: Fields | undefined): Locale {
  const locale = fields?.('locale')
  return isLocale(locale) ? locale : defaultLocale
}

/** The answer to a refused or failed request. */
export async function refusalAnswer(error: unknown, { json, fields, action }: { json: boolean; fields?: Fields; action: string }) {
  const refusal = error instanceof Refusal ? error : new Refusal('unavailable')
  if (!(error instanceof Refusal)) {
    console.error(`Responses: ${storageProblem(error) ?? (error instanceof Error ? (error.stack ?? error.message) : String(error))}`)
  }
  const locale = localeOf(fields)
  const t = await getTranslations({ locale, namespace: 'Responses' })
  const message = t(`errors.${refusal.reason}`)
  if (json) return Response.json({ error: refusal.reason, message }, { status: refusal.status })
  const { renderToStaticMarkup } = await import('react-dom/server')
  const page = renderToStaticMarkup(
    createElement(RefusedPage, {
      lang: localeInfo[locale].lang,
      dir: localeInfo[locale].dir,
      message,
      action,
      fields: Object.fromEntries(
        ['locale', 'block', 'parent', 'kind', 'phrase', 'action', 'name', 'text', 'return'].map((name) => [name, fields?.(name) ?? ''])
      ),
      labels: { heading: t('formHeading'), name: t('nameLabel'), text: t('textLabel'), send: t('send'), back: t('backToEssay') }
    })
  )
  return new Response(`<!doctype html>${page}`, { status: refusal.status, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}

/**
 * A reader's post, read and checked the same way for every route: its body
 * (a form or JSON), its origin; then `handle`, whose refusal or failure is
 * answered by `refusalAnswer` (the form `action` posts to, for a refused form).
 */
export async function readerPost(
  request: Request,
  action: string,
  handle: (body: { fields: Fields; json: boolean }) => Promise<Response>
): Promise<Response> {
  let json = (request.headers.get('accept') ?? '').includes('application/json')
  let fields: Fields | undefined
  try {
    const body = await readFields(request)
    json = body.json
    fields = body.fields
    checkOrigin(request.headers, [...ownOrigins(request.url, process.env.SITE_URL), ...crossOrigins()])
    return await handle(body)
  } catch (error) {
    return refusalAnswer(error, { json, fields, action })
  }
}
