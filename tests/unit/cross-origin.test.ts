import { describe, expect, it } from 'vitest'
import { corsHeaders, crossOrigins, parseResponsesOrigin } from '@/lib/site/cross-origin.mjs'

describe('RESPONSES_ORIGIN', () => {
  it('is the origin of the address given, or nothing when unset', () => {
    expect(parseResponsesOrigin('https://responses.example.org/some/path')).toBe('https://responses.example.org')
    expect(parseResponsesOrigin('http://localhost:3100')).toBe('http://localhost:3100')
    expect(parseResponsesOrigin(undefined)).toBeUndefined()
    expect(parseResponsesOrigin('  ')).toBeUndefined()
  })

  it('names the variable when it is not an http(s) address', () => {
    expect(() => parseResponsesOrigin('responses.example.org')).toThrow('RESPONSES_ORIGIN="responses.example.org" is not a URL')
    expect(() => parseResponsesOrigin('ftp://responses.example.org')).toThrow('must start with https://')
  })
})

describe('the origins whose pages may post responses here', () => {
  it('are SITE_URL’s and those listed in RESPONSES_ALLOWED_ORIGINS', () => {
    expect(
      crossOrigins({
        SITE_URL: 'https://reader.example.org/essays',
        RESPONSES_ALLOWED_ORIGINS: 'https://staging.example.org/, http://localhost:3200'
      })
    ).toEqual(['https://reader.example.org', 'https://staging.example.org', 'http://localhost:3200'])
    expect(crossOrigins({})).toEqual([])
  })
})

describe('CORS headers', () => {
  const allowed = ['https://reader.example.org']

  it('let an allowed origin post responses and read essay pages, with credentials', () => {
    expect(corsHeaders({ method: 'POST', origin: 'https://reader.example.org', pathname: '/responses/an-essay' }, allowed)).toEqual({
      'Access-Control-Allow-Origin': 'https://reader.example.org',
      'Access-Control-Allow-Credentials': 'true',
      Vary: 'Origin'
    })
    expect(corsHeaders({ method: 'GET', origin: 'https://reader.example.org', pathname: '/zh/essays/an-essay' }, allowed)).toMatchObject({
      'Access-Control-Allow-Origin': 'https://reader.example.org'
    })
  })

  it('answer a preflight with the methods and headers the forms use', () => {
    expect(
      corsHeaders({ method: 'OPTIONS', origin: 'https://reader.example.org', pathname: '/responses/item/abc' }, allowed)
    ).toMatchObject({
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type, Accept'
    })
  })

  it('are absent for another origin, no origin, or any other path (moderation above all)', () => {
    expect(corsHeaders({ method: 'POST', origin: 'https://elsewhere.example', pathname: '/responses/an-essay' }, allowed)).toBeUndefined()
    expect(corsHeaders({ method: 'POST', pathname: '/responses/an-essay' }, allowed)).toBeUndefined()
    for (const pathname of [
      '/moderation/actions',
      '/en/moderation',
      '/responses/',
      '/en/essays',
      '/en/glossary/a-term',
      '/en/essays/a/compare/zh'
    ]) {
      expect(corsHeaders({ method: 'POST', origin: 'https://reader.example.org', pathname }, allowed), pathname).toBeUndefined()
    }
  })
})
