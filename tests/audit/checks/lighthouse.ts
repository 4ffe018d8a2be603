/** Lighthouse (mobile, median of runs) on the essays, the glossary and a term page, against the bare page of the same build; and layout shift while cards open. */
import { defaultLocale } from '@/lib/i18n/locales'
import type { AuditReport } from '../report'
import type { Site } from '../site'
import { cardOpenShift, lighthousePage, type PageSummary, withBrowser } from './lighthouse-runner'

export async function auditLighthouse(site: Site, report: AuditReport, runs: number) {
  const summaries = await withBrowser(async (browser) => {
    const baseline = await lighthousePage(browser, site.origin + site.baselinePath, runs)
    // Within 3 points of a bare page of the same build, measured in the same run (the machine's load moves both).
    const floor = Math.min(100, baseline.scores.performance) - 3
    report.record(`Lighthouse, bare page of the same build (${site.baselinePath}): ${scoreLine(baseline)}`, true, baseline)
    const pages = [...site.essays, site.pageTypes(defaultLocale).glossary, site.pageTypes(defaultLocale).term]
    const all = [baseline]
    for (const url of pages) {
      const summary = await lighthousePage(browser, site.origin + url, runs)
      all.push(summary)
      const { scores, metrics } = summary
      const passed =
        scores.accessibility === 100 &&
        scores['best-practices'] === 100 &&
        scores.seo === 100 &&
        metrics['cumulative-layout-shift'] === 0 &&
        scores.performance >= floor
      report.record(
        `Lighthouse ${url}: ${scoreLine(summary)}, LCP ${Math.round(metrics['largest-contentful-paint'])} ms; bare page: performance ${baseline.scores.performance}, TBT ${Math.round(baseline.metrics['total-blocking-time'])} ms, LCP ${Math.round(baseline.metrics['largest-contentful-paint'])} ms (performance target ≥ ${floor})`,
        passed,
        summary
      )
    }
    for (const url of site.essays) {
      const shift = await cardOpenShift(browser, site.origin + url)
      report.record(
        `Cards opening on ${url} (hover, focus, tap): ${shift.cardsOpened} opened, Lighthouse CLS ${shift.lighthouseCls}, all layout shifts ${shift.allShifts}`,
        shift.cardsOpened === 3 && shift.lighthouseCls === 0 && shift.allShifts === 0,
        shift
      )
    }
    return all
  })
  report.sections.push(lighthouseTable(summaries, runs))
}

function scoreLine({ scores, metrics }: PageSummary): string {
  return `performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}, SEO ${scores.seo}, TBT ${Math.round(metrics['total-blocking-time'])} ms, CLS ${metrics['cumulative-layout-shift'].toFixed(3)}`
}

function lighthouseTable(summaries: PageSummary[], runs: number): string {
  const ms = (value: number) => Math.round(value)
  return [
    `## Lighthouse (mobile, median of ${runs})`,
    '',
    '| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...summaries
      .map(({ url, scores, metrics }) =>
        [
          url,
          scores.performance,
          scores.accessibility,
          scores['best-practices'],
          scores.seo,
          ms(metrics['first-contentful-paint']),
          ms(metrics['largest-contentful-paint']),
          ms(metrics['total-blocking-time']),
          metrics['cumulative-layout-shift'].toFixed(3)
        ].join(' | ')
      )
      .map((row) => `| ${row} |`)
  ].join('\n')
}
