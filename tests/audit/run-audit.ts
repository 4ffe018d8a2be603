/**
 * `npm run audit`: builds content/ into its own folder, serves it on
 * localhost and checks every page type in every locale:
 *   - axe-core (light and dark) on home, essay, bilingual view, glossary, a term page and the 404 page
 *   - the Nu HTML Checker on every prerendered page
 *   - a crawl from / through every link: statuses, #fragments, hreflang alternates, sitemap agreement
 *   - JavaScript weight of the essay page against a bare page of the same build
 * Writes reports/audit.json and reports/audit.md; exits 1 when a check fails.
 */
import AxeBuilder from '@axe-core/playwright'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { chromium } from 'playwright-core'
import { loadContent } from '../../lib/content/load-content'
import { locales } from '../../lib/i18n/locales'
import messages from '../../messages/en.json'
import { chromiumArgs, chromiumPath } from '../support/chromium'
import { startServer, waitFor } from './local-server'

const port = Number(process.env.AUDIT_PORT ?? 3300)
const origin = `http://localhost:${port}`
const distDir = '.next-audit'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir }

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

const content = loadContent(path.resolve('content'), process.cwd())
const [essay] = content.essays.values()
const [termId] = content.terms.keys()
const partnerOf = (locale: string) => (locale === essay.sourceLocale ? locales.find((other) => other !== locale)! : essay.sourceLocale)
const pageTypes = (locale: string) => ({
  home: `/${locale}`,
  essay: `/${locale}/essays/${essay.slug}`,
  bilingual: `/${locale}/essays/${essay.slug}/compare/${partnerOf(locale)}`,
  glossary: `/${locale}/glossary`,
  term: `/${locale}/glossary/${termId}`,
  notFound: `/${locale}/no-such-page`
})

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  await auditAccessibility()
  await auditScriptWeight()
} finally {
  await browser.close()
}
await crawl()
validateHtml()

mkdirSync('reports', { recursive: true })
writeFileSync('reports/audit.json', JSON.stringify({ date: new Date().toISOString(), origin, checks }, null, 2))
writeFileSync(
  'reports/audit.md',
  ['# Audit', '', '| check | result |', '| --- | --- |', ...checks.map((check) => `| ${check.name} | ${check.passed ? 'pass' : '**fail**'} |`), ''].join('\n')
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
        const results = await new AxeBuilder({ page }).analyze()
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
    const html = await page.content()
    await page.close()
    return { gzipped: (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0), html }
  }
  // A path the locale proxy does not handle renders app/not-found.tsx: the Next.js runtime and nothing of ours.
  const bare = await scriptBytes('/no-such-file.txt')
  const reader = await scriptBytes(pageTypes('en').essay)
  const added = reader.gzipped - bare.gzipped
  record(`JavaScript: essay ${(reader.gzipped / 1024).toFixed(1)} kB gz, bare page ${(bare.gzipped / 1024).toFixed(1)} kB gz, added ${(added / 1024).toFixed(1)} kB (target ≤ 5 kB)`, added <= 5 * 1024, {
    essayGzipped: reader.gzipped,
    bareGzipped: bare.gzipped,
    added
  })
  // Messages of pages other than the essay must not be shipped with it.
  const unshown = [...Object.values(messages.NotFound), ...Object.values(messages.Glossary)]
  const leaked = unshown.filter((text) => text.length > 12 && reader.html.includes(text))
  const cards = (reader.html.match(/class="card"/g) ?? []).length
  const termsShown = new Set([...reader.html.matchAll(/data-term="([^"]+)"/g)].map((match) => match[1])).size
  record(`Essay HTML: ${cards} cards for ${termsShown} annotated terms, no unshown messages`, leaked.length === 0 && cards === termsShown, { leaked, cards, termsShown })
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
  const appDir = path.join(distDir, 'server', 'app')
  const files = (function walk(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? [path.join(dir, entry.name)] : []
    )
  })(appDir)
  const result = spawnSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const messages = (JSON.parse(result.stderr || '{"messages":[]}').messages as { url: string; message: string }[]).filter(Boolean)
  const byMessage: Record<string, number> = {}
  for (const message of messages) byMessage[message.message] = (byMessage[message.message] ?? 0) + 1
  record(`Nu HTML Checker: ${files.length} prerendered pages, ${messages.length} errors`, messages.length === 0, byMessage)
}
