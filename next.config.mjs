import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./app/_i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The end-to-end tests build into their own folder (see tests/support/e2e-server.mjs).
  distDir: process.env.NEXT_DIST_DIR ?? '.next'
}

export default withNextIntl(nextConfig)
