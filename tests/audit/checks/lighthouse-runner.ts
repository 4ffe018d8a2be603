/**
 * Lighthouse (mobile emulation, simulated throttling: its default config) in
 * Debian's Chromium through Puppeteer, for `npm run audit`:
 *   - `lighthousePages` runs each page `runs` times and keeps the median of every score and metric;
 *   - `cardOpenShift` records a Lighthouse timespan while a reader opens cards
 *     (hover, keyboard, tap) and reads its cumulative layout shift, next to the raw
 *     sum of every layout-shift entry, including those that follow input.
 */
import lighthouse, { type Result, startFlow } from 'lighthouse'
import puppeteer, { type Browser } from 'puppeteer-core'

export type { Browser }

import { chromiumArgs, chromiumPath } from '@/tests/support/chromium'
import { required } from '@/tests/support/required'

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const metrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index'
] as const

export interface PageSummary {
  url: string
  runs: number
  /** Median category scores, 0–100. */
  scores: Record<(typeof categories)[number], number>
  /** Median metric values (milliseconds; unitless for CLS). */
  metrics: Record<(typeof metrics)[number], number>
  /** Scored audits below 1 in the median-performance run, e.g. `{ "meta-description": 0 }`. */
  failing: Record<string, number | null>
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

export async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true })
  try {
    return await use(browser)
  } finally {
    await browser.close()
  }
}

export async function lighthousePage(browser: Browser, url: string, runs: number): Promise<PageSummary> {
  const results: Result[] = []
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage()
    const result = await lighthouse(url, { output: 'json', logLevel: 'error', onlyCategories: [...categories] }, undefined, page)
    await page.close()
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`)
    results.push(result.lhr)
  }
  const score = (lhr: Result, category: (typeof categories)[number]) => Math.round((lhr.categories[category].score ?? 0) * 100)
  const byPerformance = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const medianRun = byPerformance[Math.floor(byPerformance.length / 2)]
  const failing: PageSummary['failing'] = {}
  for (const category of categories) {
    for (const ref of medianRun.categories[category].auditRefs) {
      const audit = medianRun.audits[ref.id]
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing[ref.id] = audit.score
    }
  }
  return {
    url,
    runs,
    scores: Object.fromEntries(
      categories.map((category) => [category, median(results.map((lhr) => score(lhr, category)))])
    ) as PageSummary['scores'],
    metrics: Object.fromEntries(
      metrics.map((metric) => [metric, median(results.map((lhr) => lhr.audits[metric].numericValue ?? NaN))])
    ) as PageSummary['metrics'],
    failing
  }
}

export interface CardShift {
  url: string
  /** Cumulative layout shift of the Lighthouse timespan (shifts right after input excluded, as the metric defines). */
  lighthouseCls: number
  /** Every layout-shift entry during the interactions, including those after input. */
  allShifts: number
  cardsOpened: number
}

/** Opens cards the three ways a reader does (hover, Tab, tap) inside a Lighthouse timespan. */
export async function cardOpenShift(browser: Browser, url: string): Promise<CardShift> {
  const page = await browser.newPage()
  const flow = await startFlow(page, { name: `Card open on ${url}`, flags: { logLevel: 'error' } })
  await flow.navigate(url)
  await flow.startTimespan()
  // Lighthouse re-applies its mobile emulation when a step starts; let that resize
  // settle, then record every layout shift from here on.
  await new Promise((resolve) => setTimeout(resolve, 500))
  await page.evaluate(() => {
    const shifts: number[] = []
    ;(window as unknown as { __shifts: number[] }).__shifts = shifts
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value)
    }).observe({ type: 'layout-shift' })
  })
  let cardsOpened = 0
  const waitForOpenCard = async () => {
    await page.waitForSelector('.card:popover-open', { timeout: 5000 })
    cardsOpened++
  }
  const terms = await page.$$('.essay a.term')
  if (terms.length < 3) throw new Error(`${url} has fewer than 3 annotated terms`)
  await terms[0].hover()
  await waitForOpenCard()
  await page.mouse.move(0, 0)
  await page.waitForSelector('.card:popover-open', { hidden: true, timeout: 5000 })
  await terms[1].focus()
  await waitForOpenCard()
  await page.keyboard.press('Escape')
  await terms[2].tap()
  await waitForOpenCard()
  await new Promise((resolve) => setTimeout(resolve, 500))
  const allShifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0))
  await flow.endTimespan()
  const flowResult = await flow.createFlowResult()
  await page.close()
  const timespan = required(
    flowResult.steps.find((step) => step.lhr.gatherMode === 'timespan'),
    `a timespan step in the Lighthouse flow of ${url}`
  ).lhr
  return { url, lighthouseCls: timespan.audits['cumulative-layout-shift'].numericValue ?? NaN, allShifts, cardsOpened }
}
