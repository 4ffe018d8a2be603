import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import createNextIntlPlugin from 'next-intl/plugin'
import { securityHeaders } from './scripts/security-headers.mjs'
import { parseSiteUrl, siteUrlUnsetWarning } from './scripts/site-url.mjs'

const withNextIntl = createNextIntlPlugin('./app/_i18n/request.ts')

// `npm run export` sets STATIC_EXPORT: the same pages as plain files in out/.
const staticExport = Boolean(process.env.STATIC_EXPORT)
// `npm run audit` sets AUDIT_BASELINE: also build `*.audit.tsx` routes (a bare baseline page).
const auditBaseline = Boolean(process.env.AUDIT_BASELINE)

/** @type {(phase: string) => import('next').NextConfig} */
export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) checkSiteUrl()
  return withNextIntl({
    poweredByHeader: false,
    pageExtensions: ['tsx', 'ts', ...(auditBaseline ? ['audit.tsx'] : [])],
    // The end-to-end tests and benchmarks build into their own folders.
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    ...(staticExport
      ? { output: 'export' }
      : {
          async headers() {
            return [{ source: '/:path*', headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }]
          }
        })
  })
}

/** A build stops on a malformed SITE_URL and warns, once, when it is unset: every absolute URL of the site starts with it. */
function checkSiteUrl() {
  try {
    parseSiteUrl(process.env.SITE_URL)
  } catch (error) {
    console.error(`\n${error.message}\n`)
    process.exit(1)
  }
  if (!process.env.SITE_URL && !process.env.GLOSSA_SITE_URL_WARNED) {
    process.env.GLOSSA_SITE_URL_WARNED = '1'
    console.warn(`\n${siteUrlUnsetWarning}\n`)
  }
}
