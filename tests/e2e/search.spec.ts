import { expect, type Page, test } from '@playwright/test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { localeInfo, locales, publication, siteUrl } from './content'

/** Runs a search from the search page, as a linked `?q=` does, and waits for its answer. */
async function search(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`)
  await expect(page.locator('#search-query')).toHaveValue(query)
  const status = page.getByRole('status')
  await expect(status).not.toHaveText(/^$|…|\.\.\./)
  return { status, results: page.locator('main .search-results').first().locator('> li') }
}

test.describe('search', () => {
  test('an English phrase from an essay finds it, with the words marked, linking into the essay', async ({ page }) => {
    const { status, results } = await search(page, 'en', 'liquidity trap')
    await expect(status).toContainText('for “liquidity trap”')
    await expect(results.first().locator('h2 a')).toHaveAttribute('href', /^\/en\/essays\/fixture-liquidity-trap(#[\w-]+)?$/)
    await expect(results.first().locator('mark').first()).toHaveText(/liquidity|trap/i)
    await results.first().locator('h2 a').click()
    await expect(page).toHaveURL(/\/en\/essays\/fixture-liquidity-trap/)
  })

  test('a Chinese word inside a long unspaced sentence is found', async ({ page }) => {
    const { results } = await search(page, 'zh', '流动性')
    await expect(results.first()).toHaveAttribute('lang', 'zh-Hans')
    // Segmented into words: the query's words are marked in the unspaced sentence.
    await expect(page.locator('main .search-results mark').first()).toHaveText(/^流动/)
    await expect(page.locator('main .search-results a[href^="/zh/essays/fixture-central-bank-wording"]').first()).toBeVisible()
  })

  test('an Arabic term is found, in a right-to-left page', async ({ page }) => {
    const term = publication.termEntry('liquidity', 'ar').value.term
    const { results } = await search(page, 'ar', term)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    expect(await results.count()).toBeGreaterThan(0)
    await expect(results.first()).toHaveAttribute('dir', 'rtl')
  })

  for (const locale of ['fr', 'ja'] as const) {
    test(`${locale}: a glossary term, by its name in that language, leads to its entry with its summary`, async ({ page }) => {
      const entry = publication.termEntry('velocity-of-money', locale).value
      const { results } = await search(page, locale, entry.term)
      const result = results.filter({ has: page.locator(`a[href="/${locale}/glossary/velocity-of-money"]`) })
      await expect(result).toHaveCount(1)
      await expect(result.locator('.kind')).toHaveText(/./)
      await expect(result).toContainText(entry.summary.slice(0, 20))
    })
  }

  test('a query with no result here says so, and offers the other languages’ results', async ({ page }) => {
    // An English-only essay's phrase, searched from German pages.
    const { status } = await search(page, 'de', 'liquidity trap')
    await expect(status).toContainText('liquidity trap')
    await expect(page.locator('main .search-results')).toHaveCount(1)
    const elsewhere = page.locator('section[aria-labelledby="search-elsewhere"]')
    await expect(elsewhere.locator('h2')).toBeVisible()
    await expect(elsewhere.locator('li').first()).toHaveAttribute('lang', 'en')
    await expect(elsewhere.locator('a[href^="/en/essays/fixture-liquidity-trap"]').first()).toBeVisible()
  })

  test('a query that matches nothing anywhere says so', async ({ page }) => {
    await search(page, 'en', 'zzyzzx')
    await expect(page.locator('section[aria-labelledby="search-elsewhere"] p')).toContainText('zzyzzx')
    await expect(page.locator('main .search-results')).toHaveCount(0)
  })

  test('a hostile query is shown as text and runs nothing', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    const hostile = '<img src=x onerror=alert(1)>'
    const { status } = await search(page, 'en', hostile)
    await expect(status).toContainText(hostile)
    await expect(page.locator('main img')).toHaveCount(0)
    expect(dialogs).toEqual([])
  })

  test('the header search leads to the search page in the page’s language, keyboard only', async ({ page }) => {
    await page.goto('/ja/glossary')
    await page.getByRole('searchbox', { name: /./ }).first().focus()
    await page.keyboard.type(publication.termEntry('velocity-of-money', 'ja').value.term)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/ja\/search\?q=/)
    await expect(page.locator('main .search-results a[href="/ja/glossary/velocity-of-money"]')).toBeVisible()
    await page.locator('#search-query').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.locator('main .search-results a').first()).toBeFocused()
  })

  test('nothing of search loads on a page before the reader searches', async ({ page }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto(`/en/essays/${publication.essays[0].slug}`)
    await page.locator('a.term').first().hover()
    await page.waitForTimeout(500)
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([])
  })

  test('without JavaScript the search page says search needs it and links to the glossary', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/fr/search?q=test')
    await expect(page.locator('main .notice')).toBeVisible()
    await expect(page.locator('main .notice a')).toHaveAttribute('href', '/fr/glossary')
    await context.close()
  })
})

test.describe('feeds', () => {
  for (const locale of locales) {
    test(`${locale}: the Atom feed lists the essays shown in ${locale}, newest first, in their languages, with working links`, async ({
      request,
      page
    }) => {
      const response = await request.get(`/${locale}/feed.xml`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toMatch(/xml/)
      const xml = await response.text()
      const feed = parseFeed(xml)
      expect(feed.language).toBe(localeInfo[locale].lang)
      expect(feed.items.map((item) => item.url)).toEqual(publication.essays.map(({ slug }) => `${siteUrl}/${locale}/essays/${slug}`))
      expect(feed.items.map((item) => item.title)).toEqual(
        publication.essays.map(({ slug }) => publication.essayFile(slug, locale).value.title)
      )
      const languages = [...xml.matchAll(/<entry(?: xml:lang="([^"]+)")?>/g)].map(([, lang]) => lang ?? localeInfo[locale].lang)
      expect(languages).toEqual(publication.essays.map(({ slug }) => localeInfo[publication.essayFile(slug, locale).locale].lang))
      for (const item of feed.items.slice(0, 3)) {
        const path = new URL(item.url ?? '').pathname
        expect((await request.get(path)).status(), path).toBe(200)
      }
      // Autodiscovery on the locale's pages, and a visible link on its home page.
      await page.goto(`/${locale}`)
      await expect(
        page.locator(`link[rel="alternate"][type="application/atom+xml"][hreflang="${localeInfo[locale].lang}"]`)
      ).toHaveAttribute('href', `${siteUrl}/${locale}/feed.xml`)
      await expect(page.locator(`main a[href="/${locale}/feed.xml"]`)).toBeVisible()
    })
  }

  test('a hostile title reaches feed readers as text', async ({ request }) => {
    const feed = parseFeed(await (await request.get('/en/feed.xml')).text())
    const hostile = feed.items.find((item) => item.url?.endsWith('/fixture-hostile-html'))
    expect(hostile?.title).toContain("<script>alert('title')</script>")
    expect(await (await request.get('/en/feed.xml')).text()).not.toContain('<script>')
  })
})
