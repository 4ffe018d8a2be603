import { describe, expect, it } from 'vitest'
import { parseSiteUrl } from '@/lib/site/site-url.mjs'

describe('SITE_URL', () => {
  it('defaults to localhost when unset', () => {
    expect(parseSiteUrl(undefined).href).toBe('http://localhost:3000/')
    expect(parseSiteUrl('  ').href).toBe('http://localhost:3000/')
  })

  it('takes an origin, or an origin with a path, without its trailing slash', () => {
    expect(parseSiteUrl('https://reader.example.org').href).toBe('https://reader.example.org/')
    expect(parseSiteUrl('https://example.org/reader/').pathname).toBe('/reader')
  })

  it('rejects what is not a site address, naming the variable and the fix', () => {
    expect(() => parseSiteUrl('reader.example.org')).toThrow(
      /^SITE_URL="reader\.example\.org" is not a URL: set it to the site's public address, e\.g\. SITE_URL=https:\/\/reader\.example\.org$/
    )
    expect(() => parseSiteUrl('ftp://example.org')).toThrow(/^SITE_URL="ftp:\/\/example\.org" must start with https:\/\//)
    expect(() => parseSiteUrl('https://example.org/?a=1')).toThrow(
      /must be the address alone, without query, fragment or credentials, e\.g\. SITE_URL=https:\/\/example\.org\/$/
    )
  })
})
