/**
 * An Atom 1.0 document (RFC 4287) as a tree (unified's xast), serialised by
 * xast-util-to-xml: the publication's feeds and the responses' feeds. The
 * languages are attributes of the tree (`xml:lang` on the feed, and on each
 * entry in another language), and every text is a text node, escaped by the
 * serialiser, so nothing in a title or a response is read as markup.
 */
import type { Element } from 'xast'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'

export interface AtomEntry {
  /** Absolute URL, also the entry's id. */
  url: string
  title: string
  updated: Date
  published?: Date
  /** BCP 47 tag of the entry's text. */
  lang: string
  summary?: string
  content?: string
  categories?: readonly { term: string; label: string }[]
}

export interface AtomFeed {
  /** Absolute URL of the feed, also its id. */
  url: string
  /** Absolute URL of the page it follows. */
  home: string
  title: string
  subtitle?: string
  updated: Date
  /** BCP 47 tag of the feed's language. */
  lang: string
  entries: readonly AtomEntry[]
}

export function atomXml(feed: AtomFeed): string {
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.lang }, [
      x('id', feed.url),
      x('title', feed.title),
      ...(feed.subtitle ? [x('subtitle', feed.subtitle)] : []),
      x('updated', feed.updated.toISOString()),
      x('link', { rel: 'alternate', href: feed.home }),
      x('link', { rel: 'self', href: feed.url }),
      ...feed.entries.map((entry) => entryElement(entry, feed.lang))
    ])
  ])
  return toXml(tree, { closeEmptyElements: true })
}

function entryElement(entry: AtomEntry, feedLang: string): Element {
  return x('entry', entry.lang === feedLang ? {} : { 'xml:lang': entry.lang }, [
    x('title', entry.title),
    x('id', entry.url),
    x('link', { href: entry.url }),
    x('updated', entry.updated.toISOString()),
    ...(entry.published ? [x('published', entry.published.toISOString())] : []),
    ...(entry.summary !== undefined ? [x('summary', entry.summary)] : []),
    ...(entry.content !== undefined ? [x('content', entry.content)] : []),
    ...(entry.categories ?? []).map(({ term, label }) => x('category', { term, label }))
  ])
}
