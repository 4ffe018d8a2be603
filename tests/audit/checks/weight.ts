/**
 * What the essay page costs a reader: the script our code adds to a bare page
 * of the same build (cards, header, settings, the reader's own glossary), the
 * HTML (raw, gzipped, its inline RSC payload, its elements), that its cards
 * are not in it but in its cards fragment, that it carries no other page's
 * messages, and what the responses' code costs when a reader reaches them.
 */
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { defaultLocale } from '@/lib/i18n/locales'
import messages from '@/messages/en.json'
import { required } from '@/tests/support/required'
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
    `JavaScript: essay ${kB(essay)} gz, bare page ${kB(bare)} gz: our client code adds ${kB(added)} (target ≤ 10 kB: cards with sheets and their source, header and settings, 5 kB before; the reader's own glossary, 4 kB; the responses' leaf, which loads their code when a reader reaches them, 1 kB)`,
    added <= 10 * 1024,
    { essayGzipped: essay, bareGzipped: bare, added }
  )

  const responses = await responsesScriptBytes(browser, site.origin + essayUrl)
  if (responses) {
    report.record(
      `Responses: their script loads when a reader reaches them: ${kB(responses.gzipped)} gz in ${responses.files} file(s), none of it with the page (target ≤ 3 kB)`,
      responses.files > 0 && responses.gzipped <= 3 * 1024,
      responses
    )
  }

  const html = await (await fetch(site.origin + essayUrl)).text()
  // Next serialises every layout's not-found boundary into each page's payload: measured, then set aside.
  const { rest, boundaries, boundaryBytes } = setAsideNotFoundBoundaries(html)
  const payloadBytes = [...html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)].reduce(
    (sum, [script]) => sum + script.length,
    0
  )
  // The annotations' terms (an element's attribute: the head script's source also spells data-term).
  const shownIds = new Set([...html.matchAll(/<a [^>]*\bdata-term="([^"]+)"/g)].map((match) => match[1]))
  const unshownMessages = [messages.Home, messages.Glossary, messages.Term, messages.NotFound, messages.Search, messages.Subject].flatMap(
    (namespace) => Object.values(namespace).filter((value) => typeof value === 'string')
  )
  const leaked = unshownMessages.filter((text) => text.length > 12 && rest.includes(text))
  const cardsInPage = (html.match(/class="card[ "]/g) ?? []).length
  // The essay's cards come from its cards fragment, fetched when a reader first needs one.
  const cardsPath = required(/data-cards-src="([^"]+)"/.exec(html)?.[1], `the cards fragment of ${essayUrl}`)
  const cardsHtml = await (await fetch(site.origin + cardsPath)).text()
  const cardIds = new Set([...cardsHtml.matchAll(/id="card-([^"]+)"/g)].map((match) => match[1]))
  const missing = [...shownIds].filter((id) => !cardIds.has(id))
  const domElements = await elementCount(browser, site.origin + essayUrl)
  report.record(
    `Essay HTML: ${kB(html.length)}, ${kB(gzipSync(html).length)} gz, of which the inline RSC payload ${kB(payloadBytes)} (${Math.round((100 * payloadBytes) / html.length)} %); ${domElements} DOM elements; ${cardsInPage} cards in it: the ${shownIds.size} terms' cards come from the fragment ${cardsPath} (${kB(cardsHtml.length)}, ${kB(gzipSync(cardsHtml).length)} gz) when first needed; no other page's messages (Next's not-found boundaries set aside: ${boundaries}, ${boundaryBytes} bytes)`,
    leaked.length === 0 && cardsInPage === 0 && missing.length === 0,
    {
      htmlBytes: html.length,
      htmlGzipBytes: gzipSync(html).length,
      payloadBytes,
      domElements,
      cardsFragment: { path: cardsPath, bytes: cardsHtml.length, gzipBytes: gzipSync(cardsHtml).length },
      leaked,
      termsWithoutCard: missing,
      notFoundBoundaries: boundaries,
      notFoundBoundaryBytes: boundaryBytes
    }
  )
}

/** The script fetched once a reader scrolls to an essay's responses (after the page and its idle fetches); undefined without responses. */
async function responsesScriptBytes(browser: Browser, url: string) {
  const page = await browser.newPage()
  await page.goto(url, { waitUntil: 'networkidle' })
  const section = page.locator('#responses')
  if ((await page.locator('[data-response-form]').count()) === 0) return page.close()
  const bodies: Promise<Buffer>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body())
  })
  await section.scrollIntoViewIfNeeded()
  await page.locator('[data-response-form="in-place"]').first().waitFor({ state: 'attached' })
  await page.waitForLoadState('networkidle')
  await page.close()
  const sizes = (await Promise.all(bodies)).map((body) => gzipSync(body).length)
  return { files: sizes.length, gzipped: sizes.reduce((sum, size) => sum + size, 0) }
}

/** How many elements a page has once loaded. */
async function elementCount(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage()
  await page.goto(url)
  const count = await page.evaluate(() => document.querySelectorAll('*').length)
  await page.close()
  return count
}
