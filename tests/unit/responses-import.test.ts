// Comments from Disqus and WordPress, as responses: fixture exports
// (tests/fixtures/comments), expected results written down by hand.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { placeComments, readCommentFile, slugOfUrl } from '@/lib/responses/comment-import'

const fixture = (name: string) => readFileSync(`tests/fixtures/comments/${name}`, 'utf8')
const essays: Record<string, { locale: string; sourceBlocks: string[] }> = {
  open: { locale: 'en', sourceBlocks: ['aaaa0001'] },
  'open-essay': { locale: 'fr', sourceBlocks: ['bbbb0001', 'bbbb0002'] }
}
const essay = (slug: string) => essays[slug]

test('thread URLs name their essay by the slug in them', () => {
  expect(
    [
      'https://blog.example/2025/12/01/open.html',
      'https://wp.example/open-essay/',
      '/notes/x.htm',
      'https://a.example/',
      'not a url at all'
    ].map(slugOfUrl)
  ).toEqual(['open', 'open-essay', 'x', undefined, 'not a url at all'])
})

describe('a Disqus export', () => {
  const file = readCommentFile(fixture('disqus.xml'))
  test('is recognised and read: names, dates, replies, spam', () => {
    expect(file.format).toBe('disqus')
    expect(file.comments.map((comment) => [comment.id, comment.parent, comment.name, comment.createdAt, comment.status])).toEqual([
      ['disqus_1001', undefined, 'Ann', '2025-12-02T10:00:00.000Z', 'published'],
      ['disqus_1002', 'disqus_1001', 'Bo', '2025-12-02T11:00:00.000Z', 'published'],
      ['disqus_1003', undefined, 'Spam', '2025-12-02T12:00:00.000Z', 'spam'],
      ['disqus_1004', undefined, 'Cy', '2025-12-02T13:00:00.000Z', 'published'],
      ['disqus_1005', 'disqus_999', 'Di', '2025-12-02T14:00:00.000Z', 'published']
    ])
  })
  test('is placed on essays, its HTML sanitised into Markdown; a page that is no essay and an orphan are reported', () => {
    const { responses, unplaced } = placeComments(file.comments, { map: new Map(), essay })
    expect(
      responses.map((response) => [response.id, response.essay, response.parent_id, response.status, response.body, response.locale])
    ).toEqual([
      ['r_disqus_1001', 'open', null, 'published', 'Great *post*, see [this](https://example.org/x).', 'en'],
      ['r_disqus_1002', 'open', 'r_disqus_1001', 'published', 'Thanks, Ann!', 'en'],
      ['r_disqus_1003', 'open', null, 'spam', 'Buy pills', 'en']
    ])
    expect(responses[0].source_blocks).toBe('["aaaa0001"]')
    expect(unplaced).toEqual([
      'disqus_1004: https://blog.example/about/ is not an essay (map it with --map)',
      'disqus_1005: its parent disqus_999 is not among the imported comments of open'
    ])
  })
  test('a mapping places a thread whose URL does not name an essay', () => {
    const { unplaced } = placeComments(file.comments, { map: new Map([['https://blog.example/about/', 'open']]), essay })
    expect(unplaced).toEqual(['disqus_1005: its parent disqus_999 is not among the imported comments of open'])
  })
})

test('a WordPress WXR file: approved, waiting, and no pingbacks', () => {
  const file = readCommentFile(fixture('wordpress.xml'))
  expect(file.format).toBe('wordpress')
  const { responses, unplaced } = placeComments(file.comments, { map: new Map(), essay })
  expect(
    responses.map((response) => [response.id, response.parent_id, response.name, response.status, response.body, response.created_at])
  ).toEqual([
    ['r_wp_7', null, 'Eve', 'published', 'First line.\n\n**Bold** claim.', '2024-03-04T05:06:07.000Z'],
    ['r_wp_8', 'r_wp_7', 'Fay', 'held', 'Waiting reply.', '2024-03-05T05:06:07.000Z']
  ])
  expect(unplaced).toEqual([])
})

test('anything else is refused with a clear error', () => {
  expect(() => readCommentFile('<html><body>hi</body></html>')).toThrow('not a Disqus export')
})
