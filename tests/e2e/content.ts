// What the end-to-end tests read about the content: nothing is hard-coded, so
// the suite works for any essay and glossary in content/.
import path from 'node:path'
import { loadContent } from '../../lib/content/load-content'
import { localeInfo, locales, type Locale } from '../../lib/i18n/locales'

export const content = loadContent(path.resolve('content'), process.cwd())

/** An essay from content/ that exists in every locale (the fixture essay exists in English only). */
export const essaySlug =
  [...content.essays.values()].find((essay) => locales.every((locale) => essay.files[locale]))?.slug ?? [...content.essays.keys()][0]

/** The fixture essay that has no translations (tests/fixtures/e2e-content). */
export const englishOnlySlug = 'fixture-english-only'

export const termId = [...content.terms.keys()][0]

export { localeInfo, locales, type Locale }
