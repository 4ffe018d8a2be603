/**
 * What search costs: bytes transferred for a reader's first query, from the
 * essay page (the header's search box, then the search page and its index),
 * against a goal of 120 kB (Pagefind's own floor, about 100 kB of WebAssembly,
 * script and a first index chunk, plus 20 kB for the search page); and the size of the index on disk per language.
 */
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { getPublication } from '@/app/_content/publication'
import { defaultLocale } from '@/lib/i18n/locales'
import { searchIndexSizes } from '@/lib/site/search-index-size'
import type { AuditReport } from '../report'
import type { Site } from '../site'

/** Pagefind's floor plus 20 kB. */
const searchGoalBytes = 120 * 1024

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

export async function auditSearchCost(browser: Browser, site: Site, report: AuditReport) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(site.origin + site.pageTypes(defaultLocale).essay, { waitUntil: 'networkidle' })
  const beforeSearch: string[] = []
  page.on('request', (request) => beforeSearch.push(new URL(request.url()).pathname))
  // A web worker's own script and fetches are not all counted below: the check fails if search starts one.
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.locator('.site-search input').focus()
  const loadedOnFocus = beforeSearch.filter((url) => url.startsWith('/pagefind/'))
  const transfers: Promise<{ url: string; bytes: number }>[] = []
  page.on('requestfinished', (request) =>
    transfers.push(
      request.sizes().then((sizes) => ({ url: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize }))
    )
  )
  const query = getPublication().termEntry(getPublication().termIds()[0], defaultLocale).value.term
  await page.locator('.site-search input').fill(query)
  await page.locator('.site-search input').press('Enter')
  await page.locator('main .search-results li').first().waitFor()
  await page.waitForLoadState('networkidle')
  const files = await Promise.all(transfers)
  await context.close()
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0)
  const ofSearch = files.filter((file) => file.url.startsWith('/pagefind/')).reduce((sum, file) => sum + file.bytes, 0)
  report.record(
    `Search: a first query from the essay page transfers ${kB(bytes)} (the search page ${kB(bytes - ofSearch)}, Pagefind and its index ${kB(ofSearch)}; goal ≤ 120 kB); nothing of search loads before; no web worker (${workers.length})`,
    bytes <= searchGoalBytes && loadedOnFocus.length === 0 && workers.length === 0,
    { query, bytes, pagefindBytes: ofSearch, files, loadedBeforeSearching: loadedOnFocus, workers }
  )
  const sizes = searchIndexSizes(path.join(site.distDir, 'pagefind'))
  report.record(
    `Search index on disk: ${Object.entries(sizes)
      .map(([language, size]) => `${language} ${kB(size)}`)
      .join(', ')}`,
    Object.keys(sizes).length > 1,
    sizes
  )
}
