/** axe-core (WCAG 2.0–2.2 A and AA, and best practices) on every page type in every locale, light and dark, with cards open. */
import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { locales } from '@/lib/i18n/locales'
import { axeTags } from '../../support/axe-tags'
import type { AuditReport } from '../report'
import type { Site } from '../site'

export async function auditAccessibility(browser: Browser, site: Site, report: AuditReport) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme })
    const violations: Record<string, string[]> = {}
    let pages = 0
    for (const locale of locales) {
      for (const [type, url] of Object.entries(site.pageTypes(locale))) {
        const page = await context.newPage()
        await page.goto(site.origin + url)
        if (type === 'essay') {
          // A card, and a card nested in it where its summary names a term.
          await page.locator('.essay a.term').first().hover()
          await page.locator('.card:popover-open').first().waitFor()
          const nested = page.locator('.card:popover-open a.term').first()
          if ((await nested.count()) > 0) await nested.hover()
        }
        if (type === 'search') await page.locator('main .search-status').filter({ hasText: /\S/ }).waitFor()
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
        if (results.violations.length > 0)
          violations[url] = results.violations.map((violation) => `${violation.id} (${violation.nodes.length})`)
        pages++
        await page.close()
      }
    }
    await context.close()
    report.record(`axe (${colorScheme}): ${pages} pages, every page type in every locale`, Object.keys(violations).length === 0, violations)
  }
}
