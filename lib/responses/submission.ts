/**
 * What a reader sends, read and checked before anything is stored: each
 * refusal names its reason (a message key, shown in the reader's language)
 * and the HTTP status that goes with it. Nothing here touches the database.
 */
import { isLocale, type Locale } from '@/lib/i18n/locales'
import { linkCount } from '@/lib/render/render-response'

export type SubmissionKind = 'response' | 'term-question' | 'translation-problem'

export interface Submission {
  kind: SubmissionKind
  locale: Locale
  /** A block of the page's text (its `data-block` number); undefined for the whole essay. */
  block?: number
  parent?: string
  name?: string
  text: string
  /** The phrase a term question asks about. */
  phrase?: string
}

export type RefusalReason =
  | 'badRequest'
  | 'emptyText'
  | 'tooLong'
  | 'nameTooLong'
  | 'tooManyLinks'
  | 'tooFast'
  | 'looksAutomated'
  | 'sameText'
  | 'tooMany'
  | 'closed'
  | 'unknownEssay'
  | 'unknownBlock'
  | 'unknownParent'
  | 'notEditable'
  | 'forbidden'
  | 'unavailable'
  | 'payloadTooLarge'
  | 'unsupportedType'

export const refusalStatus: Record<RefusalReason, number> = {
  badRequest: 400,
  emptyText: 422,
  tooLong: 413,
  nameTooLong: 422,
  tooManyLinks: 422,
  tooFast: 429,
  looksAutomated: 422,
  sameText: 409,
  tooMany: 429,
  closed: 403,
  unknownEssay: 404,
  unknownBlock: 404,
  unknownParent: 422,
  notEditable: 403,
  forbidden: 403,
  unavailable: 503,
  payloadTooLarge: 413,
  unsupportedType: 415
}

export class Refusal extends Error {
  readonly status: number
  constructor(readonly reason: RefusalReason) {
    super(reason)
    this.status = refusalStatus[reason]
  }
}

export const limits = {
  /** Characters of a response's text. */
  text: 5000,
  name: 60,
  phrase: 200,
  links: 2,
  /** Bytes of a whole request. */
  requestBytes: 64 * 1024,
  /** Milliseconds between the page's load and a post: faster is a script. */
  minimumMillis: 3000
}

// Directional formatting characters: in a name they could reorder the text that follows it.
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
// Other control characters, except tab and line breaks in a text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g

/** A name as shown: one line, without control or directional characters, trimmed; undefined when nothing is left. */
export function cleanName(name: string | undefined): string | undefined {
  const cleaned = name?.replace(bidiControls, '').replace(controls, '').replace(/\s+/g, ' ').trim()
  return cleaned || undefined
}

/** A text as stored: line breaks made \n, control characters dropped, trailing space trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(controls, '').trim()
}

/** Reads a submission from form fields (a form post or a JSON body: the same names). */
export function readSubmission(fields: (name: string) => string | undefined, now = Date.now()): Submission {
  if (fields('website')) throw new Refusal('looksAutomated')
  const loaded = Number(fields('loaded'))
  // Set by the page's script when the form appeared; a form posted without JavaScript carries none.
  if (fields('loaded') && Number.isFinite(loaded) && now - loaded < limits.minimumMillis) throw new Refusal('tooFast')
  const kind = fields('kind') ?? 'response'
  if (kind !== 'response' && kind !== 'term-question' && kind !== 'translation-problem') throw new Refusal('badRequest')
  const locale = fields('locale')
  if (!isLocale(locale)) throw new Refusal('badRequest')
  const blockField = fields('block')
  const block = blockField === undefined || blockField === '' ? undefined : Number(blockField)
  if (block !== undefined && !(Number.isInteger(block) && block >= 0)) throw new Refusal('unknownBlock')
  const text = cleanText(fields('text') ?? '')
  if (text.length > limits.text) throw new Refusal('tooLong')
  const rawName = fields('name')
  if (rawName && rawName.length > limits.name) throw new Refusal('nameTooLong')
  const phrase = cleanName(fields('phrase'))?.slice(0, limits.phrase)
  if (kind === 'term-question' ? !phrase : !text) throw new Refusal('emptyText')
  if (kind === 'translation-problem' && block === undefined) throw new Refusal('unknownBlock')
  if (linkCount(text) > limits.links) throw new Refusal('tooManyLinks')
  const parent = fields('parent') || undefined
  return { kind, locale, block, parent, name: cleanName(rawName), text, phrase }
}
