/**
 * The Atom feed of a locale: the essays shown in it, newest first, each in
 * its translation or, where there is none, its source with that language
 * marked (`xml:lang` on the entry and a note in the summary). Dates come from
 * front matter; an undated essay is dated 1970-01-01T00:00:00Z, so that the
 * feed is the same from build to build and undated essays sort last.
 */
import { type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
import { atomXml } from './atom'
import type { Publication } from './publication'

export interface FeedTexts {
  title: string
  subtitle: string
  /** The note on an entry shown in its source language. */
  untranslated: (language: string) => string
  /** A subject's label in the feed's locale. */
  subject: (id: string) => string
}

export interface FeedUrls {
  /** Absolute URLs. */
  feed: string
  home: string
  essay: (slug: string) => string
}

const undated = new Date(0)

export function atomFeed(publication: Publication, locale: Locale, texts: FeedTexts, urls: FeedUrls): string {
  const [newest] = publication.essays
    .map((essay) => publication.essayDate(essay.slug))
    .filter((date) => date !== undefined)
    .sort()
    .reverse()
  return atomXml({
    url: urls.feed,
    home: urls.home,
    title: texts.title,
    subtitle: texts.subtitle,
    updated: newest ? new Date(newest) : undated,
    lang: localeInfo[locale].lang,
    entries: publication.essays.map(({ slug }) => {
      const { value: file, locale: textLocale, isFallback } = publication.essayFile(slug, locale)
      const date = publication.essayDate(slug)
      const description = publication.essayDescription(slug, textLocale) ?? ''
      return {
        url: urls.essay(slug),
        title: file.title,
        updated: date ? new Date(date) : undated,
        published: date ? new Date(date) : undefined,
        lang: localeInfo[textLocale].lang,
        summary: isFallback ? `${texts.untranslated(languageName(textLocale, locale))} ${description}` : description,
        categories: publication.essaySubjects(slug).map((id) => ({ term: id, label: texts.subject(id) }))
      }
    })
  })
}
