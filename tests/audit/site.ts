/** The pages the audit visits: one of each type in every locale, taken from the content the build used. */
import { getPublication } from '@/app/_content/publication'
import { defaultLocale, type Locale, localeInfo, locales } from '@/lib/i18n/locales'

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
      home: `/${locale}`,
      essay: `/${locale}/essays/${essay.slug}`,
      // The bilingual view exists where the pages pair the essay with another language.
      ...(partner ? { bilingual: `/${locale}/essays/${essay.slug}/compare/${partner}` } : {}),
      glossary: `/${locale}/glossary`,
      term: `/${locale}/glossary/${termId}`,
      ...(subject ? { subject: `/${locale}/subjects/${encodeURIComponent(subject)}` } : {}),
      search: `/${locale}/search?q=${encodeURIComponent(publication.termEntry(termId, locale).value.term)}`,
      notFound: `/${locale}/no-such-page`
    }
  }
  const cjk = locales.find((locale) => /^(zh|ja|ko)\b/.test(localeInfo[locale].lang))
  const rtl = locales.find((locale) => localeInfo[locale].dir === 'rtl')
  return {
    origin,
    distDir,
    pageTypes,
    baselinePath: `/${defaultLocale}/baseline`,
    essays: [...new Set([defaultLocale, cjk, rtl].filter((locale) => locale !== undefined).map((locale) => pageTypes(locale).essay))]
  }
}
