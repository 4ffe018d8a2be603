import createNextIntlPlugin from 'next-intl/plugin'
import { securityHeaders } from './lib/http/security-headers.mjs'

const withNextIntl = createNextIntlPlugin('./app/_i18n/request.ts')

// `npm run export` sets STATIC_EXPORT: the same pages as plain files in out/.
const staticExport = Boolean(process.env.STATIC_EXPORT)
// `npm run audit` sets AUDIT_BASELINE: also build `*.audit.tsx` routes (a bare baseline page).
const auditBaseline = Boolean(process.env.AUDIT_BASELINE)

/** @type {import('next').NextConfig} */
const nextConfig = {
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
}

export default withNextIntl(nextConfig)
