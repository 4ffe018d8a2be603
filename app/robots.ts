import type { MetadataRoute } from 'next'
import { sitemapPath } from '@/lib/site/paths.mjs'
import { absoluteUrl } from './_content/metadata'

// Generated once at build time, also for the static export.
export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(sitemapPath) }
}
