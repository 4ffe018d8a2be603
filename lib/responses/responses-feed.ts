/**
 * The Atom feed of published responses (an essay's, or the whole
 * publication's), newest first. Each entry is in its writer's language
 * (`xml:lang`), links to the response on the essay's page in that language,
 * and carries the text as the writer wrote it, escaped.
 */
import { Feed } from 'feed'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { escapeHtml, withLanguages } from '@/lib/publication/atom-feed'
import type { ResponseRow } from './store'

export interface ResponsesFeedOptions {
  /** Absolute URLs. */
  feed: string
  home: string
  title: string
  /** The entry's title: who responded to which essay. */
  entryTitle: (row: ResponseRow) => string
  /** Absolute URL of the response on its essay's page. */
  link: (row: ResponseRow) => string
  /** The feed's own language. */
  locale: Locale
}

export function responsesFeed(rows: readonly ResponseRow[], options: ResponsesFeedOptions): string {
  const newestFirst = [...rows].sort((a, b) => b.created_at.localeCompare(a.created_at))
  const feed = new Feed({
    id: options.feed,
    title: options.title,
    link: options.home,
    feed: options.feed,
    language: localeInfo[options.locale].lang,
    updated: new Date(newestFirst[0]?.updated_at ?? 0),
    generator: false,
    copyright: ''
  })
  for (const row of newestFirst) {
    feed.addItem({
      title: escapeHtml(options.entryTitle(row)),
      id: options.link(row),
      link: options.link(row),
      date: new Date(row.updated_at),
      published: new Date(row.created_at),
      content: escapeHtml(row.body)
    })
  }
  const languages = newestFirst.map((row) => localeInfo[row.locale as Locale]?.lang ?? localeInfo[options.locale].lang)
  return withLanguages(feed.atom1(), localeInfo[options.locale].lang, languages)
}
