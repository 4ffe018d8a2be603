/**
 * The Pagefind index the build writes to /pagefind/, as the search page
 * uses it in the browser: the page language's index at once, the other
 * languages' only when asked for; results in the reader's order
 * (ranking.ts), read a few at a time (each is a download).
 */
import { contentLinkOf, searchIndexPath } from '@/lib/site/paths.mjs'
import { arrange, comparable } from './ranking'

export interface Result {
  url: string
  title: string
  /** Matching excerpt: text, with the query's words marked (`<mark>`, Pagefind's only markup). */
  excerpt: string
  summary?: string
  kind: 'essay' | 'term'
  locale: string
}

/** What a search found: how many pages match, and the ones shown so far. */
export interface Found {
  total: number
  shown: Result[]
  /** The next results, when there are more than shown. */
  more?: () => Promise<Found>
}

interface PagefindPage {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  sub_results: { url: string; excerpt: string }[]
}

interface PagefindResult {
  data: () => Promise<PagefindPage>
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>
  mergeIndex: (url: string, options: Record<string, unknown>) => Promise<void>
  createInstance: (options: Record<string, unknown>) => Pagefind
}

export interface SearchIndex {
  here: Pagefind
  elsewhere: () => Promise<Pagefind>
}

/** How many results each step shows. */
export const step = 5

/** The filter each indexed page carries (`data-pagefind-filter`): what it is. */
export const kindFilter = 'kind'

/**
 * Pagefind in the page's own thread: its web worker would be one more script
 * to download (11 kB compressed) before the first result, and searching an
 * index of this size takes the main thread a few milliseconds.
 */
const pagefindOptions = { baseUrl: '/', noWorker: true }

/** The page language's index now; the other languages' only when asked for. */
export async function loadSearchIndex(): Promise<SearchIndex> {
  const bundle = `${searchIndexPath}pagefind.js`
  const pagefind: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bundle)
  await pagefind.options(pagefindOptions)
  let elsewhere: Promise<Pagefind> | undefined
  return {
    here: pagefind,
    elsewhere: () => {
      elsewhere ??= (async () => {
        const all = pagefind.createInstance(pagefindOptions)
        const current = document.documentElement.lang.toLowerCase()
        const entry = await (await fetch(`${searchIndexPath}pagefind-entry.json`)).json()
        for (const language of Object.keys(entry.languages)) {
          if (language !== current) await all.mergeIndex(`${location.origin}${searchIndexPath}`, { language, baseUrl: '/' })
        }
        return all
      })()
      return elsewhere
    }
  }
}

/** Searches terms and essays apart (Pagefind's filter), and orders them as ranking.ts says. */
export async function find(pagefind: Pagefind, query: string, locales: Record<string, unknown>): Promise<Found> {
  const search = async (kind: 'term' | 'essay') => (await pagefind.search(query, { filters: { [kindFilter]: kind } }))?.results ?? []
  const [terms, essays] = await Promise.all([search('term'), search('essay')])
  // The best few terms are read at once: one of them may be the entry the query names.
  const pages = new Map<PagefindResult, Promise<PagefindPage>>()
  const page = (result: PagefindResult) => {
    let data = pages.get(result)
    if (!data) {
      data = result.data()
      pages.set(result, data)
    }
    return data
  }
  const leading = await Promise.all(terms.slice(0, step).map(page))
  const wanted = comparable(query)
  const named = new Set(terms.filter((_, index) => leading[index] && comparable(leading[index].meta.title ?? '') === wanted))
  const all = arrange(terms, essays, (term) => named.has(term))
  const upTo = async (count: number): Promise<Found> => ({
    total: all.length,
    shown: await Promise.all(all.slice(0, count).map(async ({ kind, item }) => resultOf(await page(item), kind, locales))),
    more: count < all.length ? () => upTo(count + step) : undefined
  })
  return upTo(step)
}

function resultOf(page: PagefindPage, kind: 'essay' | 'term', locales: Record<string, unknown>): Result {
  const locale = contentLinkOf(page.url)?.locale ?? ''
  // An essay opens at the passage that matches: the heading nearest it, where Pagefind has one.
  const at = page.sub_results.find((sub) => sub.url.includes('#')) ?? page.sub_results[0]
  return {
    url: kind === 'essay' && at ? at.url : page.url,
    title: page.meta.title ?? page.url,
    excerpt: at?.excerpt ?? page.excerpt,
    summary: kind === 'term' ? page.meta.summary : undefined,
    kind,
    locale: locale in locales ? locale : ''
  }
}
