import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { nextBuildOutput } from '@/lib/site/build-paths.mjs'

/** A build folder laid out as `next build` writes one (the two things npm start's server reads of it). */
function buildFolder({ routes, notFound = true }: { routes?: Record<string, object>; notFound?: boolean }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-'))
  if (routes) writeFileSync(path.join(dir, 'prerender-manifest.json'), JSON.stringify({ version: 4, routes }))
  mkdirSync(path.join(dir, 'server', 'app', 'en'), { recursive: true })
  if (notFound) writeFileSync(path.join(dir, 'server', 'app', '_not-found.html'), '<h1>Not found</h1>')
  return dir
}

describe('what npm start reads of a Next build', () => {
  it('the prerendered paths, and where each page’s HTML is', () => {
    const dir = buildFolder({ routes: { '/en': {}, '/en/404': {}, '/en/essays/x': {} } })
    const { prerendered, htmlOf } = nextBuildOutput(dir)
    expect([...prerendered]).toEqual(['/en', '/en/404', '/en/essays/x'])
    expect(htmlOf('/en/404')).toBe(path.join(dir, 'server', 'app', 'en', '404.html'))
    expect(htmlOf('/')).toBe(path.join(dir, 'server', 'app', 'index.html'))
  })

  it('stops, saying which file and why, when a Next version writes its build otherwise', () => {
    expect(() => nextBuildOutput(buildFolder({}))).toThrow(/prerender-manifest\.json lists no prerendered routes/)
    expect(() => nextBuildOutput(buildFolder({ routes: {} }))).toThrow(/lists no prerendered routes/)
    expect(() => nextBuildOutput(buildFolder({ routes: { '/en': {} }, notFound: false }))).toThrow(/_not-found\.html is missing/)
  })
})
