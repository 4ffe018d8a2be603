// Every URL of the publication, in one place: pages, lib (to recognise links
// between texts), search, the export, the server and the audit build paths
// here. Plain JavaScript with JSDoc types, so that `npm start`'s server, which
// Node runs as is, can import it too.
//
// Every page lives under its locale (`/<locale><path>`, next-intl's
// `localePrefix: 'always'`, app/_i18n/routing.ts) and no pathname is
// translated. Not next-intl's `createNavigation`: importing it from a server
// component puts next-intl's client Link, and next/link with it, into the
// script of every page that has a client component (15 kB gzipped), though no
// page renders a Link.

/** @typedef {import('@/lib/i18n/locales').Locale} Locale */

/**
 * @param {string} locale
 * @param {string} href a path below the locale, `/` for its home
 */
const under = (locale, href) => `/${locale}${href === '/' ? '' : href}`

/** @param {Locale} locale @param {number} [page] a page of the home list, from 1 */
export const homePath = (locale, page = 1) => under(locale, page > 1 ? `/page/${page}` : '/')
/** @param {Locale} locale @param {string} slug */
export const essayPath = (locale, slug) => under(locale, `/essays/${slug}`)
/** The essay in `locale` side by side with its text in `other`. @param {Locale} locale @param {string} slug @param {Locale} other */
export const comparePath = (locale, slug, other) => under(locale, `/essays/${slug}/compare/${other}`)
/**
 * An essay's cards in one language: an HTML fragment (the cards only, no
 * page around them) named after the essay, which its pages fetch.
 * @param {Locale} locale @param {string} slug
 */
export const cardsPath = (locale, slug) => under(locale, `/cards/${cardsFragmentName(slug)}`)
/** The last segment of `cardsPath`, and back: the essay a fragment's name is for (undefined for another name). */
export const cardsFragmentName = (/** @type {string} */ slug) => `${slug}.html`
export const cardsFragmentSlug = (/** @type {string} */ name) => (name.endsWith('.html') ? name.slice(0, -'.html'.length) : undefined)
/** @param {Locale} locale */
export const glossaryPath = (locale) => under(locale, '/glossary')
/** @param {Locale} locale @param {string} termId */
export const termPath = (locale, termId) => under(locale, `/glossary/${termId}`)
/** @param {Locale} locale @param {string} subjectId */
export const subjectPath = (locale, subjectId) => under(locale, `/subjects/${subjectId}`)
/** @param {Locale} locale */
export const searchPath = (locale) => under(locale, '/search')
/** @param {Locale} locale */
export const feedPath = (locale) => under(locale, '/feed.xml')
/** The locale's 404 page, which every miss under the locale shows (with status 404). @param {string} locale */
export const notFoundPath = (locale) => under(locale, '/404')

/** An essay's responses: GET lists the published ones (JSON), POST sends one (a form post or JSON). Served by Node only. */
export const responsesPath = (slug) => `/responses/${encodeURIComponent(slug)}`

/** One response: POST edits, deletes or flags it (`action`). */
export const responsePath = (id) => `/responses/item/${encodeURIComponent(id)}`

/** The Atom feed of an essay's published responses, and of the whole publication's. */
export const responsesFeedPath = (slug) => `/responses/${encodeURIComponent(slug)}/feed.xml`
export const allResponsesFeedPath = '/responses/feed.xml'

/** Where a reader lands after sending a response without JavaScript: its state, and its edit form while it can be edited. */
export const responseStatePath = (locale, id) => under(locale, `/responded/${encodeURIComponent(id)}`)

/** The moderation page (behind a sign-in), its one-time sign-in link and its actions. */
export const moderationPath = (locale) => under(locale, '/moderation')
export const moderationSignInPath = (token) => `/moderation/sign-in?token=${encodeURIComponent(token)}`
export const moderationActionsPath = '/moderation/actions'

/**
 * The pages under a locale that are rendered for each request, not prerendered:
 * the server lets them through to Next instead of answering 404.
 * @param {string} pathname
 */
export const isPerRequestPage = (pathname) => /^\/[^/]+\/(moderation|responded\/[^/]+)$/.test(pathname)

/** Where the search index is served (Pagefind's bundle folder). */
export const searchIndexPath = '/pagefind/'
export const sitemapPath = '/sitemap.xml'

/**
 * The page of the publication an in-text link points to: `/essays/<slug>` or
 * `/glossary/<term-id>`, with or without a locale, with an optional fragment.
 * Authors write links without the locale; the page shows them in the
 * reader's. The locale segment is returned as written, for the caller to check.
 * @param {string} href
 * @returns {{ kind: 'essay' | 'term', id: string, locale?: string, fragment: string } | undefined}
 */
export function contentLinkOf(href) {
  const [, locale, kind, id, fragment = ''] = /^\/(?:([^/]+)\/)?(essays|glossary)\/([^/#?]+)\/?(#.*)?$/.exec(href) ?? []
  if (!kind || !id) return undefined
  return { kind: kind === 'essays' ? 'essay' : 'term', id, locale, fragment }
}
