/**
 * The Atom feed of published responses (an essay's, or the whole
 * publication's), newest first. Each entry is in its writer's language
 * (`xml:lang`), links to the response on the essay's page in that language,
 * and carries the text as the writer wrote it (text, escaped by lib/publication/atom.ts).
 */
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { atomXml } from '@/lib/publication/atom'
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
  const feedLang = localeInfo[options.locale].lang
  return atomXml({
    url: options.feed,
    home: options.home,
    title: options.title,
    updated: new Date(newestFirst[0]?.updated_at ?? 0),
    lang: feedLang,
    entries: newestFirst.map((row) => ({
      url: options.link(row),
      title: options.entryTitle(row),
      updated: new Date(row.updated_at),
      published: new Date(row.created_at),
      lang: localeInfo[row.locale as Locale]?.lang ?? feedLang,
      content: row.body
    }))
  })
}
