// What the end-to-end tests know about the content: they read it as the build
// does (content/ plus tests/fixtures/e2e-content/), so nothing is hard-coded
// and the suite works for any essay and glossary in content/.
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadContent } from '@/lib/content/load-content'
import { type Locale, localeInfo, locales } from '@/lib/i18n/locales'
import { buildPublication } from '@/lib/publication/publication'
import { required } from '@/tests/support/required'

// Each test worker reads its own copy.
const merged = mkdtempSync(path.join(tmpdir(), 'e2e-content-'))
cpSync('content', merged, { recursive: true })
cpSync('tests/fixtures/e2e-content', merged, { recursive: true })
process.on('exit', () => rmSync(merged, { recursive: true, force: true }))

export const content = loadContent(merged, process.cwd())
export const publication = buildPublication(content)

/** An essay of content/ (not a fixture) that exists in every locale. */
export const essaySlug =
  [...content.essays.values()].find((essay) => !essay.slug.startsWith('fixture-') && locales.every((locale) => essay.files[locale]))
    ?.slug ?? [...content.essays.keys()][0]

/** The fixture essay that has no translations (tests/fixtures/e2e-content). */
export const englishOnlySlug = 'fixture-english-only'

/** The fixture essay whose French translation is older than its source, and whose German one is current. */
export const outdatedSlug = 'fixture-outdated'

export const termId = required(
  [...content.terms.keys()].find((id) => !id.startsWith('fixture-')),
  'a glossary term in content/ (not a fixture)'
)

/** The SITE_URL the end-to-end builds are made with (tests/support/e2e-server.mjs). */
export const siteUrl = 'https://glossa.example'

export { type Locale, localeInfo, locales }
