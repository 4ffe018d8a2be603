/**
 * `npm run audit`: builds content/ into its own folder (with a bare baseline
 * page), serves it with `npm start`'s server on localhost and runs every
 * check (tests/audit/checks/): axe, script and HTML weight, search cost,
 * Lighthouse, a crawl, the Nu HTML Checker. Writes reports/audit.json and
 * reports/audit.md; exits 1 when a check fails. AUDIT_SKIP_BUILD=1 reuses the
 * last build; LIGHTHOUSE_RUNS sets the runs per page (3).
 */
import { spawnSync } from 'node:child_process'
import { chromium } from 'playwright-core'
import { parseSiteUrl } from '@/lib/site/site-url.mjs'
import { chromiumArgs, chromiumPath } from '@/tests/support/chromium'
import { auditAccessibility } from './checks/accessibility'
import { auditCrawl } from './checks/crawl'
import { auditHtmlValidity } from './checks/html-validity'
import { auditLighthouse } from './checks/lighthouse'
import { auditSearchCost } from './checks/search-cost'
import { auditWeight } from './checks/weight'
import { startServer, waitFor } from './local-server'
import { AuditReport } from './report'
import { siteOf } from './site'

const port = Number(process.env.AUDIT_PORT ?? 3300)
const origin = `http://localhost:${port}`
const distDir = '.next-audit'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, AUDIT_BASELINE: '1', PORT: String(port) }

if (!process.env.AUDIT_SKIP_BUILD) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env })
  if (build.status !== 0) process.exit(build.status ?? 1)
}
const { stop } = startServer('node', ['scripts/start.mjs'], env)
await waitFor(`${origin}/en`)

const report = new AuditReport()
const site = siteOf(origin, distDir)
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  await auditAccessibility(browser, site, report)
  await auditWeight(browser, site, report)
  await auditSearchCost(browser, site, report)
} finally {
  await browser.close()
}
await auditLighthouse(site, report, Number(process.env.LIGHTHOUSE_RUNS ?? 3))
await auditCrawl(site, report, parseSiteUrl(process.env.SITE_URL).origin)
auditHtmlValidity(distDir, report)
report.write(origin)
stop()
process.exit(report.failed.length > 0 ? 1 : 0)
