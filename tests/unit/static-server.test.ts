import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pattern, staticSite } from '@/tests/support/static-server.mjs'

describe('the static test server’s rule patterns', () => {
  it('lets a final /* match the folder itself and everything under it, and nothing beside it', () => {
    expect(['/', '/en', '/en/essays/x'].map((url) => pattern('/*').test(url))).toEqual([true, true, true])
    expect(['/en', '/en/', '/en/x/y', '/english', '/e'].map((url) => pattern('/en/*').test(url))).toEqual([true, true, true, false, false])
  })

  it('takes other characters literally', () => {
    expect(pattern('/a.b').test('/a.b')).toBe(true)
    expect(pattern('/a.b').test('/axb')).toBe(false)
    expect(pattern('/x/*/y').test('/x/anything/y')).toBe(true)
  })
})

describe('the static test server', () => {
  // A site folder and, beside it, a folder whose name starts with the site's: it must stay out of reach.
  const parent = mkdtempSync(path.join(tmpdir(), 'static-'))
  const root = path.join(parent, 'out')
  let server: Server
  let origin: string

  beforeAll(async () => {
    mkdirSync(path.join(root, 'en'), { recursive: true })
    mkdirSync(path.join(parent, 'out-secret'))
    writeFileSync(path.join(parent, 'out-secret', 'x.html'), 'secret')
    writeFileSync(path.join(root, 'index.html'), 'home')
    writeFileSync(path.join(root, '404.html'), 'missing')
    writeFileSync(path.join(root, 'en', '404.html'), 'missing in English')
    writeFileSync(path.join(root, 'en', 'page.html'), 'a page')
    writeFileSync(path.join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n')
    writeFileSync(path.join(root, '_redirects'), '/en/*  /en/404.html  404\n')
    server = createServer(staticSite(root))
    await new Promise<void>((resolve) => server.listen(0, resolve))
    origin = `http://localhost:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.close()
    rmSync(parent, { recursive: true, force: true })
  })

  it('sends the headers of /* with every response, / included', async () => {
    for (const url of ['/', '/en/page', '/en/none']) {
      const response = await fetch(origin + url)
      expect(response.headers.get('x-frame-options'), url).toBe('DENY')
    }
  })

  it('serves /a/b from a/b.html and / from index.html; a miss gets the rule’s page and status', async () => {
    expect(await (await fetch(`${origin}/`)).text()).toBe('home')
    expect(await (await fetch(`${origin}/en/page`)).text()).toBe('a page')
    const miss = await fetch(`${origin}/en/none`)
    expect([miss.status, await miss.text()]).toEqual([404, 'missing in English'])
  })

  it('never serves a file outside its folder, however the path is encoded', async () => {
    for (const url of ['/..%2Fout-secret/x', '/../out-secret/x', '/%2E%2E/out-secret/x', '/..%5Cout-secret/x']) {
      const response = await fetch(origin + url)
      expect(await response.text(), url).not.toBe('secret')
    }
  })
})
