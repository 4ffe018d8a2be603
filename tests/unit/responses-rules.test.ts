// The rules of responses that need no database: where a response shows, how
// threads form, what a submission may hold, how a reader's Markdown renders,
// and what a request must look like. Expected answers written down by hand.
import { toHtml } from 'hast-util-to-html'
import { describe, expect, test } from 'vitest'
import { createGlossary } from '@/lib/annotate/rehype-glossary'
import { createResponseRenderer, linkCount } from '@/lib/render/render-response'
import { arrangeResponses } from '@/lib/responses/arrangement'
import { signWriter, stillEditable, verifiedWriter } from '@/lib/responses/edit-key'
import { checkOrigin, readFields, senderAddress } from '@/lib/responses/http'
import { placer } from '@/lib/responses/placement'
import { statusUnder } from '@/lib/responses/service'
import type { ResponseRow } from '@/lib/responses/store'
import { cleanName, Refusal, readSubmission } from '@/lib/responses/submission'
import { threadsOf } from '@/lib/responses/threads'

const refusal = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof Refusal) return `${error.status} ${error.reason}`
    throw error
  }
  return 'accepted'
}

describe('placement: the same block in every locale, from the hashes a response kept', () => {
  // Written against source blocks A B C D; the source is now A B' X C (B changed, X added, D removed).
  const written = ['A', 'B', 'C', 'D']
  const now = ['A', 'Bx', 'X', 'C']
  test('on the source page', () => {
    const place = placer(now, [0, 1, 2, 3])
    expect([0, 1, 2, 3].map((block) => place({ block, sourceBlocks: written }))).toEqual([
      { at: 'block', textBlock: 0, sourceBlock: 0, earlier: false },
      { at: 'block', textBlock: 1, sourceBlock: 1, earlier: true },
      { at: 'block', textBlock: 3, sourceBlock: 3, earlier: false },
      { at: 'end', earlier: true }
    ])
    expect(place({ block: null, sourceBlocks: written })).toEqual({ at: 'end', earlier: false })
  })
  test('on an outdated translation that lacks the new block X: C is its third block, not its fourth', () => {
    const place = placer(now, [0, 1, undefined, 2])
    expect(place({ block: 2, sourceBlocks: written })).toEqual({ at: 'block', textBlock: 2, sourceBlock: 3, earlier: false })
    // A response on X, written on the source page, has no block in this translation yet.
    expect(place({ block: 2, sourceBlocks: now })).toEqual({ at: 'end', earlier: false, untranslated: true })
  })
})

const row = (id: string, more: Partial<ResponseRow> = {}): ResponseRow => ({
  id,
  essay: 'e',
  parent_id: null,
  block: null,
  source_blocks: '["A","B"]',
  quote: null,
  locale: 'en',
  name: null,
  body: id,
  status: 'published',
  writer: 'w',
  address: null,
  flags: 0,
  created_at: `2026-01-01T00:00:0${id.slice(-1)}.000Z`,
  updated_at: '2026-01-01T00:00:00.000Z',
  ...more
})

test('threads: a reply to a reply joins its thread, one level deep, oldest first', () => {
  const threads = threadsOf([
    row('r1'),
    row('r2', { parent_id: 'r1' }),
    row('r3'),
    row('r4', { parent_id: 'r2' }),
    row('r5', { parent_id: 'gone' })
  ])
  expect(threads.map((thread) => [thread.response.id, thread.replies.map((reply) => reply.id)])).toEqual([
    ['r1', ['r2', 'r4']],
    ['r3', []],
    ['r5', []]
  ])
})

test('arrangement: threads by block, counts by language, a deleted head kept only for its replies', () => {
  const arrangement = arrangeResponses(
    [
      row('r1', { block: 1, locale: 'zh' }),
      row('r2', { parent_id: 'r1', locale: 'ar' }),
      row('r3', { status: 'deleted' }),
      row('r4', { status: 'deleted', block: 0 }),
      row('r5', { parent_id: 'r4' }),
      row('r6')
    ],
    ['A', 'B'],
    [0, 1]
  )
  expect([...arrangement.byBlock].map(([block, threads]) => [block, threads.map((thread) => thread.response.id)])).toEqual([
    [0, ['r4']],
    [1, ['r1']]
  ])
  expect(arrangement.atEnd.map((thread) => thread.response.id)).toEqual(['r6'])
  expect([arrangement.total, arrangement.byLocale]).toEqual([4, { zh: 1, ar: 1, en: 2 }])
})

describe('a submission', () => {
  const fields = (values: Record<string, string>) => (name: string) => values[name]
  test('is read, cleaned and checked', () => {
    expect(readSubmission(fields({ locale: 'ar', text: ' مرحبا\r\n\r\nثانية ', name: 'evil\u202Egnp.exe', block: '3' }))).toEqual({
      kind: 'response',
      locale: 'ar',
      block: 3,
      parent: undefined,
      name: 'evilgnp.exe',
      text: 'مرحبا\n\nثانية',
      phrase: undefined
    })
    expect(refusal(() => readSubmission(fields({ locale: 'en', text: 'x', website: 'http://spam' })))).toBe('422 looksAutomated')
    expect(refusal(() => readSubmission(fields({ locale: 'en', text: 'x', loaded: '1000' }), 2500))).toBe('429 tooFast')
    expect(refusal(() => readSubmission(fields({ locale: 'en', text: 'x', loaded: '1000' }), 4500))).toBe('accepted')
    expect(refusal(() => readSubmission(fields({ locale: 'xx', text: 'x' })))).toBe('400 badRequest')
    expect(refusal(() => readSubmission(fields({ locale: 'en', text: '   ' })))).toBe('422 emptyText')
    expect(refusal(() => readSubmission(fields({ locale: 'en', text: 'x'.repeat(5001) })))).toBe('413 tooLong')
    expect(refusal(() => readSubmission(fields({ locale: 'en', text: 'x', block: '-1' })))).toBe('404 unknownBlock')
    expect(refusal(() => readSubmission(fields({ locale: 'en', text: '[a](http://a) [b](http://b) [c](http://c)' })))).toBe(
      '422 tooManyLinks'
    )
    expect(refusal(() => readSubmission(fields({ locale: 'en', kind: 'term-question', text: '' })))).toBe('422 emptyText')
    expect(refusal(() => readSubmission(fields({ locale: 'en', kind: 'translation-problem', text: 'x' })))).toBe('404 unknownBlock')
  })
  test('names lose directional and control characters', () => {
    expect(cleanName('\u2067abc\u2069 \u0000 def ')).toBe('abc def')
    expect(cleanName('\u202E')).toBeUndefined()
  })
  test('links are counted, bare URLs included', () => {
    expect([linkCount('plain'), linkCount('[a](https://a.example)'), linkCount('see https://a.example and www.b.example')]).toEqual([
      0, 1, 2
    ])
  })
})

test('the policy: hold-first holds a link or a new writer', () => {
  expect(
    (['hold-first', 'hold-all', 'publish-all'] as const).map((policy) => [
      statusUnder(policy, { hasLink: false, knownWriter: true }),
      statusUnder(policy, { hasLink: true, knownWriter: true }),
      statusUnder(policy, { hasLink: false, knownWriter: false })
    ])
  ).toEqual([
    ['published', 'held', 'held'],
    ['held', 'held', 'held'],
    ['published', 'published', 'published']
  ])
})

describe("a reader's Markdown", () => {
  const glossary = createGlossary([{ id: 'carried-interest', forms: ['carried interest'] }])
  const render = createResponseRenderer({
    terms: glossary,
    documentLang: 'en',
    href: (id) => `/en/glossary/${id}`,
    idPrefix: 'response-r1-'
  })
  const html = (markdown: string) => toHtml(render(markdown).tree)
  test('keeps paragraphs, emphasis, quotes, code and safe links, annotated with the glossary', () => {
    expect(html('The *carried interest* rule.\n\n> quoted `code`\n\n[read](https://example.org/a)')).toBe(
      '<p>The <em><a href="/en/glossary/carried-interest" class="term" data-term="carried-interest" id="response-r1-carried-interest-1" data-first="">carried interest</a></em> rule.</p>\n<blockquote>\n<p>quoted <code>code</code></p>\n</blockquote>\n<p><a href="https://example.org/a" rel="nofollow ugc noopener">read</a></p>'
    )
  })
  test('shows raw HTML as the text typed; drops images and javascript: links; headings become paragraphs', () => {
    expect(
      html(
        '<script>alert(1)</script><img src=x onerror=alert(1)> and **bold**\n\n# Big\n\n![pic](https://x/y.png)\n\n[x](javascript:alert(1))'
      )
    ).toBe(
      '<p>&#x3C;script>alert(1)&#x3C;/script>&#x3C;img src=x onerror=alert(1)> and **bold**</p>\n<p>Big</p>\n\n<p><a rel="nofollow ugc noopener">x</a></p>'
    )
    expect(html('Inline <b onclick="x()">tag</b> too.')).toBe('<p>Inline &#x3C;b onclick="x()">tag&#x3C;/b> too.</p>')
  })
})

describe('requests', () => {
  test('another site is refused; the own origin, and a request that is no browser’s, pass', () => {
    const check = (headers: Record<string, string>) => refusal(() => checkOrigin(new Headers(headers), ['https://glossa.example']))
    expect(check({ origin: 'https://evil.example' })).toBe('403 forbidden')
    expect(check({ 'sec-fetch-site': 'cross-site' })).toBe('403 forbidden')
    expect(check({ origin: 'https://glossa.example' })).toBe('accepted')
    expect(check({ 'sec-fetch-site': 'same-origin' })).toBe('accepted')
    expect(check({})).toBe('accepted')
  })
  test('X-Forwarded-For is believed only from a trusted proxy', () => {
    const address = (peer: string, forwarded: string) =>
      senderAddress(new Headers({ 'x-glossa-peer': peer, 'x-forwarded-for': forwarded }), ['10.0.0.1'])
    expect(address('203.0.113.9', '1.2.3.4')).toBe('203.0.113.9')
    expect(address('10.0.0.1', '1.2.3.4, 198.51.100.7')).toBe('198.51.100.7')
    expect(address('10.0.0.1', '1.2.3.4, 10.0.0.1')).toBe('1.2.3.4')
  })
  test('bodies: the wrong type is 415, too large 413, invalid UTF-8 400', async () => {
    const post = (body: BodyInit, type: string) =>
      new Request('https://glossa.example/responses/x', { method: 'POST', body, headers: { 'content-type': type } })
    const read = async (request: Request) => {
      try {
        const { fields } = await readFields(request)
        return fields('text')
      } catch (error) {
        return error instanceof Refusal ? `${error.status} ${error.reason}` : String(error)
      }
    }
    expect(await read(post('text=hi', 'text/plain'))).toBe('415 unsupportedType')
    expect(await read(post(`text=${'x'.repeat(1024 * 1024)}`, 'application/x-www-form-urlencoded'))).toBe('413 payloadTooLarge')
    expect(await read(post(new Uint8Array([0x74, 0x65, 0x78, 0x74, 0x3d, 0xff, 0xfe]), 'application/x-www-form-urlencoded'))).toBe(
      '400 badRequest'
    )
    expect(await read(post('{"text":"hé"}', 'application/json; charset=utf-8'))).toBe('hé')
    expect(await read(post('[1]', 'application/json'))).toBe('400 badRequest')
  })
})

test('edit keys: signed by the server, and good for 15 minutes', () => {
  const value = signWriter('writer1', 'secret')
  expect(verifiedWriter(value, 'secret')).toBe('writer1')
  expect(verifiedWriter(value, 'other secret')).toBeUndefined()
  expect(verifiedWriter(`writer2${value.slice('writer1'.length)}`, 'secret')).toBeUndefined()
  expect([
    stillEditable('2026-01-01T00:00:00.000Z', new Date('2026-01-01T00:14:59.000Z')),
    stillEditable('2026-01-01T00:00:00.000Z', new Date('2026-01-01T00:15:00.000Z'))
  ]).toEqual([true, false])
})
