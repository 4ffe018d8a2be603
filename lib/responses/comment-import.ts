/**
 * Comments from elsewhere, as responses: a Disqus XML export or a WordPress
 * WXR file (where Jekyll and WordPress blogs keep theirs), told apart by
 * their content. Each thread's URL is mapped to an essay by the slug in it
 * (`/YYYY/MM/DD/<slug>.html`, `/<slug>/`, …) or by a mapping of URLs to
 * slugs; names, dates, reply chains and approval are kept (spam and deleted
 * comments are kept too, never published). What cannot be placed is listed
 * by id, and the rest goes in as one transaction (see transfer.ts).
 */
import { XMLParser } from 'fast-xml-parser'
import { htmlToMarkdown } from './html-to-markdown'
import type { ResponseStatus } from './schema'
import type { NewResponse } from './store'
import { sha256 } from './store'

export interface ImportedComment {
  /** The system's own id, kept in the response's id (`r_disqus_<id>`, `r_wp_<id>`): importing twice adds nothing. */
  id: string
  threadUrl: string
  parent?: string
  name?: string
  html: string
  createdAt: string
  status: ResponseStatus
}

export interface CommentFile {
  format: 'disqus' | 'wordpress'
  comments: ImportedComment[]
}

export interface Placement {
  responses: NewResponse[]
  /** `<id>: <why>` for each comment left out. */
  unplaced: string[]
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: false,
  cdataPropName: false,
  parseTagValue: false
})

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])
const text = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' && '#text' in value ? String(value['#text']) : ''

/** Reads a Disqus or WordPress export; throws a clear error for anything else. */
export function readCommentFile(xml: string): CommentFile {
  const document = parser.parse(xml)
  if (document.disqus) return { format: 'disqus', comments: disqusComments(document.disqus) }
  if (document.rss?.channel) return { format: 'wordpress', comments: wordpressComments(document.rss.channel) }
  throw new Error('not a Disqus export (<disqus>) or a WordPress WXR file (<rss><channel> with wp:comment)')
}

function disqusComments(root: Record<string, unknown>): ImportedComment[] {
  const threads = new Map(list(root.thread as Record<string, unknown>[]).map((thread) => [String(thread['@dsq:id']), text(thread.link)]))
  return list(root.post as Record<string, unknown>[]).map((post) => {
    const author = (post.author ?? {}) as Record<string, unknown>
    const deleted = text(post.isDeleted) === 'true'
    const spam = text(post.isSpam) === 'true'
    return {
      id: `disqus_${post['@dsq:id']}`,
      threadUrl: threads.get(String((post.thread as Record<string, unknown>)?.['@dsq:id'])) ?? '',
      parent: post.parent ? `disqus_${(post.parent as Record<string, unknown>)['@dsq:id']}` : undefined,
      name: text(author.name) || undefined,
      html: text(post.message),
      createdAt: new Date(text(post.createdAt)).toISOString(),
      status: deleted ? 'deleted' : spam ? 'spam' : 'published'
    }
  })
}

function wordpressComments(channel: Record<string, unknown>): ImportedComment[] {
  return list(channel.item as Record<string, unknown>[]).flatMap((item) =>
    list(item['wp:comment'] as Record<string, unknown>[])
      .filter((comment) => !text(comment['wp:comment_type']) || text(comment['wp:comment_type']) === 'comment')
      .map((comment) => {
        const approved = text(comment['wp:comment_approved'])
        const parent = text(comment['wp:comment_parent'])
        return {
          id: `wp_${text(comment['wp:comment_id'])}`,
          threadUrl: text(item.link) || `/${text(item['wp:post_name'])}/`,
          parent: parent && parent !== '0' ? `wp_${parent}` : undefined,
          name: text(comment['wp:comment_author']) || undefined,
          html: paragraphs(text(comment['wp:comment_content'])),
          createdAt: new Date(`${text(comment['wp:comment_date_gmt']).replace(' ', 'T')}Z`).toISOString(),
          status: (approved === '1'
            ? 'published'
            : approved === 'spam'
              ? 'spam'
              : approved === 'trash'
                ? 'deleted'
                : 'held') as ResponseStatus
        }
      })
  )
}

/** WordPress keeps a comment's paragraphs as blank lines and adds the <p> when it shows them (wpautop): so do we. */
function paragraphs(content: string): string {
  if (/<p[\s>]/i.test(content)) return content
  return content
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.trim().replace(/\n/g, '<br>')}</p>`)
    .join('')
}

/** The essay slug in a thread's URL: its last path segment, without `.html` (Jekyll's `/YYYY/MM/DD/<slug>.html` included). */
export function slugOfUrl(url: string): string | undefined {
  let pathname: string
  try {
    pathname = new URL(url, 'https://example.invalid').pathname
  } catch {
    return undefined
  }
  const segment = pathname.split('/').filter(Boolean).at(-1)
  return segment ? decodeURIComponent(segment).replace(/\.html?$/, '') : undefined
}

export interface PlaceOptions {
  /** Thread URL → essay slug, for URLs whose slug is not an essay's. */
  map: ReadonlyMap<string, string>
  /** An essay's source locale and its source's block hashes, or undefined for a slug that is no essay. */
  essay: (slug: string) => { locale: string; sourceBlocks: readonly string[] } | undefined
}

/** The comments as responses to whole essays, replies to their parents; what cannot be placed, with why. */
export function placeComments(comments: readonly ImportedComment[], { map, essay }: PlaceOptions): Placement {
  const responses: NewResponse[] = []
  const unplaced: string[] = []
  const placed = new Map<string, string>()
  // Parents before replies: oldest first.
  for (const comment of [...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
    const slug = map.get(comment.threadUrl) ?? slugOfUrl(comment.threadUrl)
    const target = slug ? essay(slug) : undefined
    if (!slug || !target) {
      unplaced.push(`${comment.id}: ${comment.threadUrl || 'no thread URL'} is not an essay (map it with --map)`)
      continue
    }
    if (comment.parent && placed.get(comment.parent) !== slug) {
      unplaced.push(`${comment.id}: its parent ${comment.parent} is not among the imported comments of ${slug}`)
      continue
    }
    const body = htmlToMarkdown(comment.html)
    if (!body) {
      unplaced.push(`${comment.id}: no text`)
      continue
    }
    placed.set(comment.id, slug)
    responses.push({
      id: `r_${comment.id}`,
      essay: slug,
      parent_id: comment.parent ? `r_${comment.parent}` : null,
      block: null,
      source_blocks: JSON.stringify(target.sourceBlocks),
      quote: null,
      locale: target.locale,
      name: comment.name?.slice(0, 60) ?? null,
      body,
      status: comment.status,
      writer: `import:${sha256(`${comment.name ?? ''}:${comment.id.split('_')[0]}`).slice(0, 24)}`,
      address: null,
      created_at: comment.createdAt,
      updated_at: comment.createdAt
    })
  }
  return { responses, unplaced }
}
