import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import createNextIntlPlugin from 'next-intl/plugin'
import { assetHeaders, securityHeaders } from './lib/site/security-headers.mjs'
import { parseSiteUrl, siteUrlUnsetWarning } from './lib/site/site-url.mjs'

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
    // `*.server.ts(x)`: the responses' route handlers and the per-request pages, which only a Node server has.
    pageExtensions: ['tsx', 'ts', ...(staticExport ? [] : ['server.ts', 'server.tsx']), ...(auditBaseline ? ['audit.tsx'] : [])],
    // The end-to-end tests and benchmarks build into their own folders.
    distDir: process.env.NEXT_DIST_DIR ?? '.next',
    ...(staticExport
      ? { output: 'export' }
      : {
          async headers() {
            const list = (headers) => Object.entries(headers).map(([key, value]) => ({ key, value }))
            return [
              // Pages get the whole policy; Next's hashed assets only what applies to a script or a style.
              { source: '/:path((?!_next/static/|icon.svg).*)', headers: list(securityHeaders) },
              { source: '/_next/static/:path*', headers: list(assetHeaders) },
              // The site's icon: its URL carries a hash of it (icon.svg?icon.<hash>.svg), so browsers may keep it.
              {
                source: '/icon.svg',
                headers: [...list(assetHeaders), { key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }]
              }
            ]
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
