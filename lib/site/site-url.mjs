// The public URL of the site (SITE_URL), defined once: canonical links,
// hreflang, the sitemap, robots.txt, feeds, Open Graph and JSON-LD start with
// it. next.config.mjs checks it when a build starts.

export const defaultSiteUrl = 'http://localhost:3000'

/**
 * SITE_URL as a URL (without a trailing slash in its path); the default when
 * it is unset. Throws an error naming the variable and the fix when it is malformed.
 * @param {string | undefined} value
 * @returns {URL}
 */
export function parseSiteUrl(value) {
  if (value === undefined || value.trim() === '') return new URL(defaultSiteUrl)
  let url
  try {
    url = new URL(value.trim())
  } catch {
    throw new Error(`SITE_URL="${value}" is not a URL: set it to the site's public address, e.g. SITE_URL=https://reader.example.org`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${value}" must start with https:// (or http://), e.g. SITE_URL=https://reader.example.org`)
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `SITE_URL="${value}" must be the address alone, without query, fragment or credentials, e.g. SITE_URL=${url.origin}${url.pathname}`
    )
  }
  url.pathname = url.pathname.replace(/\/+$/, '') || '/'
  return url
}

/** The warning a build prints when SITE_URL is unset. */
export const siteUrlUnsetWarning = `Warning: SITE_URL is not set, so canonical links, hreflang, the sitemap, robots.txt, feeds and Open Graph say ${defaultSiteUrl}. Set it to the public address before deploying, e.g. SITE_URL=https://reader.example.org npm run export`
