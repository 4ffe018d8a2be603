import { htmlErrors, htmlFilesIn } from '@/tests/support/nu-html-checker'
import { required } from '@/tests/support/required'
import { fieldGuide } from './facts'
import { expect, test } from './ready'

// How the reader is served: every test here runs against both serving modes (tagged @both).

test.describe('/ sends readers to their language', { tag: '@both' }, () => {
  test.use({ locale: 'zh-CN' })

  test('from the browser’s languages', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/zh$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  })

  test('from the remembered choice first', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'fr', url: required(baseURL, 'a baseURL (playwright.config.ts)') }])
    await page.goto('/')
    await expect(page).toHaveURL(/\/fr$/)
  })
})

test('without JavaScript, / still leads to every language', { tag: '@both' }, async ({ browser }, testInfo) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ja-JP' })
  const page = await context.newPage()
  await page.goto('/')
  if (testInfo.project.name === 'server') {
    // The server negotiates before any page is sent.
    await expect(page).toHaveURL(/\/ja$/)
  } else {
    // A static host cannot negotiate: the page offers a plain list of languages.
    await expect(page.locator('a[hreflang]')).toHaveCount(7)
    await page.locator('a[hreflang="ja"]').click()
    await expect(page).toHaveURL(/\/ja$/)
  }
  await context.close()
})

test('pages carry the security headers, / included; assets carry what applies to them', { tag: '@both' }, async ({ request }) => {
  for (const path of ['/', '/en', fieldGuide.path('en'), '/en/no-such-page']) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy'], path).toContain("object-src 'none'")
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options'], path).toBe('DENY')
    expect(headers['permissions-policy'], path).toContain('camera=()')
  }
  const asset = await request.get('/pagefind/pagefind.js')
  expect(asset.status()).toBe(200)
  expect(asset.headers()['x-content-type-options']).toBe('nosniff')
})

test('the pages run under the CSP without violations', { tag: '@both' }, async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(fieldGuide.path('en'))
  await page.locator('a.term').first().hover()
  await expect(page.locator('.card:popover-open')).toHaveCount(1)
  await page.goto('/en/search?q=bank')
  await expect(page.locator('main .search-results li').first()).toBeVisible()
  expect(violations).toEqual([])
})

test.describe('odd URLs get a redirect or a 404, never an error, the same in both serving modes', { tag: '@both' }, () => {
  // [path, status after redirects]. A 200 comes only after a redirect to a canonical page.
  const odd: [string, 200 | 404][] = [
    ['/en/essays/..%2f..%2fetc%2fpasswd', 404],
    ['/en/essays/..%252f..%252fetc%252fpasswd', 404],
    ['/en/glossary/%2e%2e%2f%2e%2e%2fpackage.json', 404],
    ['/../../etc/passwd', 404],
    ['/EN', 404],
    ['/En/essays', 404],
    ['/en/', 200],
    ['/en/glossary/', 200],
    ['//evil.example/', 404],
    ['/xx', 404],
    ['/en-US/essays', 404],
    [`/en/essays/${'a'.repeat(3000)}`, 404],
    ['/en/essays/%E0%A4%A', 404],
    ['/en/essays/%%%', 404],
    ['/%ff%fe', 404],
    ['/en/glossary/%F0%9F%98%80', 404],
    ['/en/essays/%E6%97%A5%E6%9C%AC%E8%AA%9E', 404],
    ['/en/essays/%3Cscript%3Ealert(1)%3C/script%3E', 404],
    [`/en/essays/${fieldGuide.slug}/compare/xx`, 404],
    [`/en/essays/${fieldGuide.slug}/compare/en`, 404],
    ['/en/cards/no-such-essay', 404],
    ['/en/cards/no-such-essay.html', 404],
    [`/xx/cards/${fieldGuide.slug}.html`, 404],
    ['/en/404', 404],
    ['/en/page/1', 404],
    ['/en/page/999', 404]
  ]
  for (const [path, status] of odd) {
    test(path.length > 80 ? `${path.slice(0, 40)}… (${path.length} characters)` : path, async ({ request, baseURL }) => {
      // Joined by hand: as a relative URL, //evil.example/ would name another host.
      const response = await request.get(`${baseURL}${path}`, { maxRedirects: 5 })
      expect(response.status(), path).toBe(status)
      const body = await response.text()
      expect(body).not.toMatch(/at \S+ \(\/|Error: /)
      const final = new URL(response.url())
      expect(final.host).toBe(new URL(baseURL ?? '').host)
      // Compared as the server saw them: both percent-encoded.
      if (status === 200) expect(final.pathname).not.toBe(new URL(path, 'http://localhost').pathname)
    })
  }
})

test('every prerendered page is valid HTML (Nu HTML Checker)', { tag: '@both' }, async () => {
  // One run of the checker over every page of the build: about a minute on a slow machine.
  test.setTimeout(300_000)
  // The build the server under test serves (see tests/support/e2e-server.mjs).
  const files = htmlFilesIn(test.info().project.name === 'static' ? '.cache/e2e-out' : '.next-e2e/server/app')
  expect(files.length).toBeGreaterThan(100)
  expect(htmlErrors(files).map((error) => `${error.url}: ${error.message}`)).toEqual([])
})
