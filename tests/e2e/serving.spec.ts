import { expect, test } from '@playwright/test'
import { htmlErrors, htmlFilesIn } from '../support/nu-html-checker'
import { essaySlug } from './content'

test.describe('/ sends readers to their language', () => {
  test.use({ locale: 'zh-CN' })

  test('from the browser’s languages', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/zh$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
  })

  test('from the remembered choice first', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'fr', url: baseURL! }])
    await page.goto('/')
    await expect(page).toHaveURL(/\/fr$/)
  })
})

test('without JavaScript, / still leads to every language', async ({ browser }, testInfo) => {
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

test('responses carry the security headers', async ({ request }) => {
  for (const path of ['/en', `/en/essays/${essaySlug}`, '/en/no-such-page']) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy'], path).toContain("object-src 'none'")
    expect(headers['x-content-type-options'], path).toBe('nosniff')
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
    expect(headers['x-frame-options'], path).toBe('DENY')
    expect(headers['permissions-policy'], path).toContain('camera=()')
  }
})

test('the pages run under the CSP without violations', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(`/en/essays/${essaySlug}`)
  await page.locator('a.term').first().hover()
  await expect(page.locator('.card:popover-open')).toHaveCount(1)
  expect(violations).toEqual([])
})

test.describe('odd URLs get a redirect or a 404, never an error', () => {
  const odd = [
    '/en/essays/..%2f..%2fetc%2fpasswd',
    '/en/essays/..%252f..%252fetc%252fpasswd',
    '/en/glossary/%2e%2e%2f%2e%2e%2fpackage.json',
    '/../../etc/passwd',
    '/EN',
    '/En/essays',
    '/en/',
    '/en/glossary/',
    '//evil.example/',
    '/xx',
    '/en-US/essays',
    `/en/essays/${'a'.repeat(3000)}`,
    '/en/essays/%E0%A4%A',
    '/en/essays/%%%',
    '/en/glossary/%F0%9F%98%80',
    '/en/essays/日本語',
    '/en/essays/<script>alert(1)</script>',
    `/en/essays/${essaySlug}/compare/xx`,
    `/en/essays/${essaySlug}/compare/en`,
    '/en/cards/no-such-essay'
  ]
  for (const path of odd) {
    test(path.length > 80 ? `${path.slice(0, 40)}… (${path.length} characters)` : path, async ({ request, baseURL }, testInfo) => {
      // Known shortfall, kept visible: Next.js decodes dynamic segments before any app
      // code (even the proxy) runs, and answers malformed percent-encoding with a 500
      // (vercel/next.js#36964). The static export answers 404.
      test.fail(testInfo.project.name === 'server' && /%(?![0-9A-Fa-f]{2})|%E0%A4%A$/.test(path), 'Next.js 500 on malformed percent-encoding')
      // Joined by hand: as a relative URL, //evil.example/ would name another host.
      const response = await request.get(`${baseURL}${path}`, { maxRedirects: 5 })
      expect(response.status(), path).toBeLessThan(500)
      expect([200, 404]).toContain(response.status())
      const body = await response.text()
      expect(body).not.toMatch(/at \S+ \(\/|Error: /)
      expect(new URL(response.url()).host).toBe(new URL(baseURL!).host)
      if (response.status() === 200) expect(new URL(response.url()).pathname).not.toBe(path)
    })
  }
})

test('every prerendered page is valid HTML (Nu HTML Checker)', async ({}, testInfo) => {
  test.setTimeout(240_000)
  // The build the server under test serves (see tests/support/e2e-server.mjs).
  const files = htmlFilesIn(testInfo.project.name === 'static' ? '.cache/e2e-out' : '.next-e2e/server/app')
  expect(files.length).toBeGreaterThan(100)
  expect(htmlErrors(files).map((error) => `${error.url}: ${error.message}`)).toEqual([])
})
