/**
 * The Atom feed of a locale: the essays shown in it, newest first, each in
 * its translation or, where there is none, its source with that language
 * marked (`xml:lang` on the entry and a note in the summary). Dates come from
 * front matter; an undated essay is dated 1970-01-01T00:00:00Z, so that the
 * feed is the same from build to build and undated essays sort last.
 */
import { Feed } from 'feed'
import { type Locale, languageName, localeInfo } from '@/lib/i18n/locales'
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
  const lang = localeInfo[locale].lang
  const entryLanguages: string[] = []
  const [newest] = publication.essays
    .map((essay) => publication.essayDate(essay.slug))
    .filter((date) => date !== undefined)
    .sort()
    .reverse()
  const feed = new Feed({
    id: urls.feed,
    title: texts.title,
    description: texts.subtitle,
    link: urls.home,
    feed: urls.feed,
    language: lang,
    updated: newest ? new Date(newest) : undated,
    generator: false
  })
  for (const { slug } of publication.essays) {
    const { value: file, locale: textLocale, isFallback } = publication.essayFile(slug, locale)
    const date = publication.essayDate(slug)
    const description = publication.essayDescription(slug, textLocale) ?? ''
    entryLanguages.push(localeInfo[textLocale].lang)
    feed.addItem({
      title: escapeHtml(file.title),
      id: urls.essay(slug),
      link: urls.essay(slug),
      date: date ? new Date(date) : undated,
      published: date ? new Date(date) : undefined,
      description: escapeHtml(isFallback ? `${texts.untranslated(languageName(textLocale, locale))} ${description}` : description),
      category: publication.essaySubjects(slug).map((id) => ({ term: id, name: texts.subject(id) }))
    })
  }
  return withLanguages(feed.atom1(), lang, entryLanguages)
}

/** Titles and summaries are `type="html"`: text goes in escaped, so that nothing in it is read as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Atom says the language of the feed and of each entry in `xml:lang`, which the `feed` package does not write. */
export function withLanguages(xml: string, lang: string, entryLanguages: string[]): string {
  let entry = 0
  return xml
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`)
    .replace(/<entry>/g, () => {
      const entryLang = entryLanguages[entry++]
      return entryLang === lang ? '<entry>' : `<entry xml:lang="${entryLang}">`
    })
}
