/** A crawl from / through every link, alternate and feed: statuses, #fragments, and agreement with the sitemap. */
import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import type { AuditReport } from '../report'
import type { Site } from '../site'

interface Crawled {
  status: number
  ids: Set<string>
  noindex: boolean
}

export async function auditCrawl(site: Site, report: AuditReport, siteUrl: string) {
  const { origin } = site
  const pages = new Map<string, Crawled>()
  const links: { from: string; to: string }[] = []
  const queue = ['/']
  const follow = (from: string, href: string) => {
    const target = new URL(href, origin + from)
    // Absolute URLs are written with SITE_URL; they name this server's pages.
    if (target.origin !== origin && !target.href.startsWith(siteUrl)) return
    const local = new URL(target.pathname + target.hash, origin)
    links.push({ from, to: decodeURI(local.pathname) + local.hash })
    if (!pages.has(decodeURI(local.pathname))) queue.push(decodeURI(local.pathname))
  }
  for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
    if (pages.has(url)) continue
    const response = await fetch(origin + encodeURI(url))
    const finalPath = decodeURI(new URL(response.url).pathname)
    const type = response.headers.get('content-type') ?? ''
    const body = type.includes('html') || type.includes('xml') ? await response.text() : ''
    const ids = new Set<string>()
    let noindex = false
    if (type.includes('html')) {
      visit(fromHtml(body), 'element', (node: Element) => {
        if (node.properties.id) ids.add(String(node.properties.id))
        if (node.tagName === 'meta' && node.properties.name === 'robots' && String(node.properties.content).includes('noindex'))
          noindex = true
        const isLink = node.tagName === 'a' || (node.tagName === 'link' && String(node.properties.rel).includes('alternate'))
        if (isLink && typeof node.properties.href === 'string') follow(finalPath, node.properties.href)
      })
    } else if (type.includes('atom')) {
      for (const [, href] of body.matchAll(/<link [^>]*href="([^"]+)"/g)) follow(finalPath, href)
    }
    pages.set(url, { status: response.status, ids, noindex })
    if (finalPath !== url) pages.set(finalPath, { status: response.status, ids, noindex })
  }
  const broken = links.filter(({ to }) => (pages.get(to.split('#')[0])?.status ?? 0) !== 200)
  const missingFragments = links.filter(({ to }) => {
    const [pathname, fragment] = to.split('#')
    return fragment && !pages.get(pathname)?.ids.has(decodeURIComponent(fragment))
  })
  const feeds = [...pages.keys()].filter((url) => url.endsWith('/feed.xml'))
  report.record(
    `Crawl: ${pages.size} URLs (${feeds.length} feeds), ${links.length} links, ${broken.length} broken`,
    broken.length === 0,
    broken.slice(0, 50)
  )
  report.record('Crawl: every #fragment resolves', missingFragments.length === 0, missingFragments.slice(0, 50))

  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text()
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => decodeURI(new URL(match[1]).pathname)))
  const crawledIndexable = [...pages.entries()]
    .filter(([url, page]) => page.status === 200 && !page.noindex && url !== '/' && !url.includes('.'))
    .map(([url]) => url)
  const notInSitemap = crawledIndexable.filter((url) => !listed.has(url))
  const notCrawled = [...listed].filter((url) => pages.get(url)?.status !== 200)
  report.record(`Sitemap: ${listed.size} URLs agree with the crawl`, notInSitemap.length === 0 && notCrawled.length === 0, {
    notInSitemap,
    notCrawled
  })
}
