/**
 * What the essay page costs a reader: the script our code adds to a bare page
 * of the same build (card behaviour, language switch, settings), the HTML
 * (gzipped) with its server-rendered cards, and that it carries nothing it does
 * not show: no other page's messages, no entry of a term it does not use.
 */
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { getPublication } from '@/app/_content/publication'
import { defaultLocale } from '@/lib/i18n/locales'
import messages from '@/messages/en.json'
import { setAsideNotFoundBoundaries } from '../flight'
import type { AuditReport } from '../report'
import type { Site } from '../site'

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`

export async function auditWeight(browser: Browser, site: Site, report: AuditReport) {
  const scriptBytes = async (url: string) => {
    const page = await browser.newPage()
    const bodies: Promise<Buffer>[] = []
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body())
    })
    await page.goto(site.origin + url, { waitUntil: 'networkidle' })
    await page.close()
    return (await Promise.all(bodies)).reduce((sum, body) => sum + gzipSync(body).length, 0)
  }
  const essayUrl = site.pageTypes(defaultLocale).essay
  const bare = await scriptBytes(site.baselinePath)
  const essay = await scriptBytes(essayUrl)
  const added = essay - bare
  report.record(
    `JavaScript: essay ${kB(essay)} gz, bare page ${kB(bare)} gz: cards (nested, pinned, previews), switcher and settings add ${kB(added)} (target ≤ 5 kB)`,
    added <= 5 * 1024,
    { essayGzipped: essay, bareGzipped: bare, added }
  )

  const html = await (await fetch(site.origin + essayUrl)).text()
  // Next serialises every layout's not-found boundary into each page's payload: measured, then set aside.
  const { rest, boundaries, boundaryBytes } = setAsideNotFoundBoundaries(html)
  const publication = getPublication()
  const shownIds = new Set([...html.matchAll(/data-term="([^"]+)"/g)].map((match) => match[1]))
  const unshownMessages = [messages.Home, messages.Glossary, messages.Term, messages.NotFound, messages.Search, messages.Subject].flatMap(
    (namespace) => Object.values(namespace)
  )
  const unshownSummaries = publication
    .termIds()
    .filter((id) => !shownIds.has(id))
    .map((id) => publication.termEntry(id, defaultLocale).value.summary)
  const leaked = [...unshownMessages, ...unshownSummaries].filter((text) => text.length > 12 && rest.includes(text))
  const cards = (html.match(/class="card"/g) ?? []).length
  report.record(
    `Essay HTML: ${kB(html.length)}, ${kB(gzipSync(html).length)} gz; ${cards} cards for the ${shownIds.size} terms annotated in it or its cards; no other page's messages, no entry of the ${unshownSummaries.length} unused terms (Next's not-found boundaries set aside: ${boundaries}, ${boundaryBytes} bytes)`,
    leaked.length === 0 && cards === shownIds.size,
    {
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      leaked,
      cards,
      termsShown: shownIds.size,
      notFoundBoundaries: boundaries,
      notFoundBoundaryBytes: boundaryBytes
    }
  )
}
