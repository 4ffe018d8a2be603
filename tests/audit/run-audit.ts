/**
 * `npm run audit`: builds content/ into its own folder, serves it on
 * localhost and checks every page type in every locale:
 *   - axe-core (light and dark) on home, essay, bilingual view, glossary, a term page and the 404 page
 *   - the Nu HTML Checker on every prerendered page
 *   - a crawl from / through every link: statuses, #fragments, hreflang alternates, sitemap agreement
 *   - JavaScript weight of the essay page against a bare page of the same build
 *   - Lighthouse (mobile, median of 3) on the essay in three locales, the glossary and a term page,
 *     against that bare page; and layout shift while cards open
 * Writes reports/audit.json and reports/audit.md; exits 1 when a check fails.
 */
import AxeBuilder from '@axe-core/playwright'
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { chromium } from 'playwright-core'
import { defaultLocale, localeInfo, locales, type Locale } from '../../lib/i18n/locales'
import messages from '../../messages/en.json'
import { bilingualPartner, getContent } from '../../app/_content/publication'
import { chromiumArgs, chromiumPath } from '../support/chromium'
import { htmlErrors, htmlFilesIn } from '../support/nu-html-checker'
import { setAsideNotFoundBoundaries } from './flight'
import { cardOpenShift, lighthousePage, withBrowser, type Browser, type PageSummary } from './lighthouse'
import { startServer, waitFor } from './local-server'

const port = Number(process.env.AUDIT_PORT ?? 3300)
const origin = `http://localhost:${port}`
const distDir = '.next-audit'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, AUDIT_BASELINE: '1' }

interface Check {
  name: string
  passed: boolean
  details: unknown
}
const checks: Check[] = []
const record = (name: string, passed: boolean, details: unknown) => {
  checks.push({ name, passed, details })
  console.log(`${passed ? 'PASS' : 'FAIL'} ${name}`)
}

if (!process.env.AUDIT_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const { stop: stopServer } = startServer('npx', ['next', 'start', '--port', String(port)], env)
await waitFor(`${origin}/en`)

const content = getContent()
const [essay] = content.essays.values()
const [termId] = content.terms.keys()
// The bilingual view exists where the pages pair the essay with another language.
const bilingualPage = (locale: Locale) => {
  const partner = bilingualPartner(essay.slug, locale)
  return partner ? { bilingual: `/${locale}/essays/${essay.slug}/compare/${partner}` } : {}
}
const pageTypes = (locale: Locale) => ({
  home: `/${locale}`,
  essay: `/${locale}/essays/${essay.slug}`,
  ...bilingualPage(locale),
  glossary: `/${locale}/glossary`,
  term: `/${locale}/glossary/${termId}`,
  notFound: `/${locale}/no-such-page`,
  localisedNotFound: `/${locale}/404`
})
const baselinePath = `/${defaultLocale}/baseline`
// WCAG 2.0–2.2 A and AA (2.2 adds target size) and axe's best practices.
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const lighthouseRuns = Number(process.env.LIGHTHOUSE_RUNS ?? 3)

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  await auditAccessibility()
  await auditScriptWeight()
} finally {
  await browser.close()
}
const lighthouse = await withBrowser(auditLighthouse)
await crawl()
validateHtml()

mkdirSync('reports', { recursive: true })
writeFileSync('reports/audit.json', JSON.stringify({ date: new Date().toISOString(), origin, checks }, null, 2))
writeFileSync(
  'reports/audit.md',
  [
    '# Audit',
    '',
    '| check | result |',
    '| --- | --- |',
    ...checks.map((check) => `| ${check.name.replaceAll('|', '/')} | ${check.passed ? 'pass' : '**fail**'} |`),
    '',
    `## Lighthouse (mobile, median of ${lighthouseRuns})`,
    '',
    '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...lighthouse.map(({ url, scores, metrics }) => {
      const ms = (value: number) => Math.round(value)
      const cells = [url, scores.performance, scores.accessibility, scores['best-practices'], scores.seo]
      cells.push(ms(metrics['first-contentful-paint']), ms(metrics['largest-contentful-paint']), ms(metrics['total-blocking-time']), metrics['cumulative-layout-shift'].toFixed(3))
      return `| ${cells.join(' | ')} |`
    }),
    ''
  ].join('\n')
)
const failed = checks.filter((check) => !check.passed)
console.log(`\n${checks.length - failed.length} passed, ${failed.length} failed (reports/audit.json, reports/audit.md)`)
stopServer()
process.exit(failed.length > 0 ? 1 : 0)

async function auditAccessibility() {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme })
    const violations: Record<string, string[]> = {}
    let pages = 0
    for (const locale of locales) {
      for (const [type, url] of Object.entries(pageTypes(locale))) {
        const page = await context.newPage()
        await page.goto(origin + url)
        if (type === 'essay') {
          await page.locator('a.term').first().hover()
          await page.locator('.card:popover-open').waitFor()
        }
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
        if (results.violations.length > 0) violations[url] = results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
        pages++
        await page.close()
      }
    }
    await context.close()
    record(`axe (${colorScheme}): ${pages} pages, every page type in every locale`, Object.keys(violations).length === 0, violations)
  }
}

async function auditScriptWeight() {
  const scriptBytes = async (url: string) => {
    const page = await browser.newPage()
    const bodies: Promise<Buffer>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body())
    })
    await page.goto(origin + url, { waitUntil: 'networkidle' })
    await page.close()
    const html = await (await fetch(origin + url)).text()
    return { gzipped: (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0), html }
  }
  // A page of the same build with the locale layout and nothing of ours (app/[locale]/baseline/page.audit.tsx).
  const bare = await scriptBytes(baselinePath)
  const reader = await scriptBytes(pageTypes('en').essay)
  const added = reader.gzipped - bare.gzipped
  record(`JavaScript: essay ${(reader.gzipped / 1024).toFixed(1)} kB gz, bare page ${(bare.gzipped / 1024).toFixed(1)} kB gz, added ${(added / 1024).toFixed(1)} kB (target ≤ 5 kB)`, added <= 5 * 1024, {
    essayGzipped: reader.gzipped,
    bareGzipped: bare.gzipped,
    added
  })

  // Next serialises every layout's not-found boundary into each page's payload: measured, then set aside.
  const { rest, boundaries, boundaryBytes } = setAsideNotFoundBoundaries(reader.html)
  // Messages of other pages, and glossary entries of terms the essay does not use, must not be shipped with it.
  const shownIds = new Set([...reader.html.matchAll(/data-term="([^"]+)"/g)].map((match) => match[1]))
  const unshownMessages = [messages.Home, messages.Glossary, messages.Term, messages.NotFound].flatMap((namespace) => Object.values(namespace))
  const unshownSummaries = [...content.terms.values()].filter((term) => !shownIds.has(term.id)).map((term) => term.entries.en?.summary ?? '')
  const leaked = [...unshownMessages, ...unshownSummaries].filter((text) => text.length > 12 && rest.includes(text))
  const cards = (reader.html.match(/class="card"/g) ?? []).length
  record(
    `Essay HTML: ${cards} cards for ${shownIds.size} annotated terms; no other page's messages, no entry of the ${unshownSummaries.length} unused terms (Next's not-found boundaries set aside: ${boundaries}, ${boundaryBytes} bytes)`,
    leaked.length === 0 && cards === shownIds.size,
    { leaked, cards, termsShown: shownIds.size, notFoundBoundaries: boundaries, notFoundBoundaryBytes: boundaryBytes }
  )
}

async function auditLighthouse(browser: Browser): Promise<PageSummary[]> {
  const baseline = await lighthousePage(browser, origin + baselinePath, lighthouseRuns)
  const floor = Math.min(100, baseline.scores.performance)
  const scoreLine = ({ scores, metrics }: PageSummary) =>
    `performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}, TBT ${Math.round(metrics['total-blocking-time'])} ms, CLS ${metrics['cumulative-layout-shift'].toFixed(3)}`
  record(`Lighthouse, bare page of the same build (${baselinePath}): ${scoreLine(baseline)}`, true, baseline)
  // The essay in the default locale, in the first CJK locale and in the first right-to-left one.
  const cjk = locales.find((locale) => /^(zh|ja|ko)\b/.test(localeInfo[locale].lang))
  const rtl = locales.find((locale) => localeInfo[locale].dir === 'rtl')
  const pages = [
    ...[defaultLocale, cjk, rtl].filter((locale) => locale !== undefined).map((locale) => pageTypes(locale).essay),
    pageTypes(defaultLocale).glossary,
    pageTypes(defaultLocale).term
  ]
  const summaries = [baseline]
  for (const url of [...new Set(pages)]) {
    const summary = await lighthousePage(browser, origin + url, lighthouseRuns)
    summaries.push(summary)
    const { scores, metrics } = summary
    const passed =
      scores.accessibility === 100 && scores['best-practices'] === 100 && scores.seo === 100 && metrics['cumulative-layout-shift'] === 0 && scores.performance >= floor
    record(`Lighthouse ${url}: ${scoreLine(summary)} (performance target ≥ ${floor})`, passed, summary)
  }
  for (const url of pages.filter((url) => url.includes('/essays/'))) {
    const shift = await cardOpenShift(browser, origin + url)
    record(
      `Cards opening on ${url} (hover, focus, tap): ${shift.cardsOpened} opened, Lighthouse CLS ${shift.lighthouseCls}, all layout shifts ${shift.allShifts}`,
      shift.cardsOpened === 3 && shift.lighthouseCls === 0 && shift.allShifts === 0,
      shift
    )
  }
  return summaries
}

async function crawl() {
  const pages = new Map<string, { status: number; ids: Set<string>; noindex: boolean }>()
  const links: { from: string; to: string }[] = []
  const queue = ['/']
  while (queue.length > 0) {
    const url = queue.shift()!
    if (pages.has(url)) continue
    const response = await fetch(origin + url)
    const finalPath = new URL(response.url).pathname
    const html = response.headers.get('content-type')?.includes('text/html') ? await response.text() : ''
    const ids = new Set<string>()
    let noindex = false
    if (html) {
      visit(fromHtml(html), 'element', (node: Element) => {
        if (node.properties.id) ids.add(String(node.properties.id))
        if (node.tagName === 'meta' && node.properties.name === 'robots' && String(node.properties.content).includes('noindex')) noindex = true
        const href = node.tagName === 'a' || (node.tagName === 'link' && node.properties.rel?.toString().includes('alternate')) ? node.properties.href : undefined
        if (typeof href !== 'string') return
        const target = new URL(href, origin + finalPath)
        if (target.origin !== origin && !target.href.startsWith('http://localhost:3000')) return
        const local = new URL(target.pathname + target.hash, origin)
        links.push({ from: finalPath, to: local.pathname + local.hash })
        if (!pages.has(local.pathname)) queue.push(local.pathname)
      })
    }
    pages.set(url, { status: response.status, ids, noindex })
    if (finalPath !== url) pages.set(finalPath, { status: response.status, ids, noindex })
  }
  const broken = links.filter(({ to }) => (pages.get(to.split('#')[0])?.status ?? 0) !== 200)
  const missingFragments = links.filter(({ to }) => to.includes('#') && to.split('#')[1] && !pages.get(to.split('#')[0])?.ids.has(decodeURIComponent(to.split('#')[1])))
  record(`Crawl: ${pages.size} URLs, ${links.length} links, 0 broken`, broken.length === 0, broken.slice(0, 50))
  record(`Crawl: every #fragment resolves`, missingFragments.length === 0, missingFragments.slice(0, 50))

  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname))
  const crawledIndexable = [...pages.entries()].filter(([url, page]) => page.status === 200 && !page.noindex && url !== '/' && !url.includes('.')).map(([url]) => url)
  const notInSitemap = crawledIndexable.filter((url) => !listed.has(url))
  const notCrawled = [...listed].filter((url) => pages.get(url)?.status !== 200)
  record(`Sitemap: ${listed.size} URLs agree with the crawl`, notInSitemap.length === 0 && notCrawled.length === 0, { notInSitemap, notCrawled })
}

function validateHtml() {
  const files = htmlFilesIn(path.join(distDir, 'server', 'app'))
  const errors = htmlErrors(files)
  const byMessage: Record<string, number> = {}
  for (const error of errors) byMessage[error.message] = (byMessage[error.message] ?? 0) + 1
  record(`Nu HTML Checker: ${files.length} prerendered pages, ${errors.length} errors`, errors.length === 0, byMessage)
}
