/**
 * The glossary index of a locale: every term sorted with the locale's
 * collation by its entry's `sortAs` (pinyin, kana reading) or its name,
 * grouped by initial.
 */

import { termEntryIn } from '@/lib/content/localized'
import type { Term } from '@/lib/content/types'
import { type Locale, localeInfo } from '@/lib/i18n/locales'

export interface IndexEntry {
  id: string
  term: string
  summary: string
  subject?: string
  /** Locale of `term` and `summary` (the page's, or the fallback's). */
  locale: Locale
}

export interface IndexGroup {
  initial: string
  entries: IndexEntry[]
}

export function glossaryIndex(terms: Iterable<Term>, locale: Locale): IndexGroup[] {
  const collator = new Intl.Collator(localeInfo[locale].lang, { sensitivity: 'base', numeric: true })
  const rows = [...terms].map((term) => {
    const { value: entry, locale: entryLocale } = termEntryIn(term, locale)
    const key = entryLocale === locale && entry.sortAs ? entry.sortAs : entry.term
    return { key, entry: { id: term.id, term: entry.term, summary: entry.summary, subject: term.meta.subject, locale: entryLocale } }
  })
  rows.sort((a, b) => collator.compare(a.key, b.key) || a.entry.id.localeCompare(b.entry.id))
  const groups: IndexGroup[] = []
  for (const row of rows) {
    const initial = initialOf(row.key, locale)
    const last = groups.at(-1)
    if (last && collator.compare(last.initial, initial) === 0) last.entries.push(row.entry)
    else groups.push({ initial, entries: [row.entry] })
  }
  return groups
}

/** First letter, without accents for Latin letters (É → E); digits and symbols group under #. */
export function initialOf(key: string, locale: Locale): string {
  const first = [...key.trim()][0] ?? '#'
  if (!/\p{L}/u.test(first)) return '#'
  const base = first.normalize('NFD').replace(/\p{M}/gu, '')
  return base.toLocaleUpperCase(localeInfo[locale].lang)
}
