/** The pages the audit visits: one of each type in every locale, taken from the content the build used. */
import { getPublication } from '@/app/_content/publication'
import { defaultLocale, type Locale, localeInfo, locales } from '@/lib/i18n/locales'
import { comparePath, essayPath, glossaryPath, homePath, searchPath, subjectPath, termPath } from '@/lib/site/paths.mjs'

export interface Site {
  origin: string
  distDir: string
  /** Every page type of a locale, by name. */
  pageTypes: (locale: Locale) => Record<string, string>
  /** A bare page of the same build (app/[locale]/baseline/page.audit.tsx). */
  baselinePath: string
  /** The essay in the default locale, the first CJK locale and the first right-to-left one. */
  essays: string[]
}

export function siteOf(origin: string, distDir: string): Site {
  const publication = getPublication()
  const [essay] = publication.essays
  const [termId] = publication.termIds()
  const [subject] = publication.subjects.keys()
  const pageTypes = (locale: Locale) => {
    const partner = publication.bilingualPartner(essay.slug, locale)
    return {
      home: homePath(locale),
      essay: essayPath(locale, essay.slug),
      // The bilingual view exists where the pages pair the essay with another language.
      ...(partner ? { bilingual: comparePath(locale, essay.slug, partner) } : {}),
      glossary: glossaryPath(locale),
      term: termPath(locale, termId),
      ...(subject ? { subject: subjectPath(locale, encodeURIComponent(subject)) } : {}),
      search: `${searchPath(locale)}?q=${encodeURIComponent(publication.termEntry(termId, locale).value.term)}`,
      notFound: `${homePath(locale)}/no-such-page`
    }
  }
  const cjk = locales.find((locale) => /^(zh|ja|ko)\b/.test(localeInfo[locale].lang))
  const rtl = locales.find((locale) => localeInfo[locale].dir === 'rtl')
  return {
    origin,
    distDir,
    pageTypes,
    baselinePath: `${homePath(defaultLocale)}/baseline`,
    essays: [...new Set([defaultLocale, cjk, rtl].filter((locale) => locale !== undefined).map((locale) => pageTypes(locale).essay))]
  }
}
