import type { Page, Route } from '@playwright/test'
import { parseFeed } from '@rowanmanning/feed-parser'
import { chainNames, datedFixtureOrder, essayLocales, fieldGuide, langOf, locales, siteUrl, undatedFixtures } from './facts'
import { expect, test } from './ready'

/** Runs a search from the search page, as a linked `?q=` does, and waits for its answer. */
async function search(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`)
  await expect(page.locator('#search-query')).toHaveValue(query)
  const status = page.locator('main').getByRole('status')
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
    // 合理充裕 stands inside 市场流动性必须保持合理充裕而不能搞大水漫灌, in one essay only.
    const { results } = await search(page, 'zh', '合理充裕')
    await expect(results.first()).toHaveAttribute('lang', 'zh-Hans')
    await expect(results.first().locator('h2 a')).toHaveAttribute('href', /^\/zh\/essays\/fixture-central-bank-wording(#.*)?$/)
    // Segmented into words: the query's words are marked in the unspaced sentence.
    await expect(results.first().locator('mark').first()).toHaveText(/^(合理|充裕|合理充裕)$/)
  })

  test('an Arabic term is found, in a right-to-left page', async ({ page }) => {
    const { results } = await search(page, 'ar', 'التأمين على الودائع')
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    await expect(results.filter({ has: page.locator('a[href="/ar/glossary/fixture-deposit-insurance"]') })).toHaveCount(1)
    await expect(results.first()).toHaveAttribute('dir', 'rtl')
  })

  // A term searched by its name: its entry first, then the essays that discuss it (opened at the passage), then other entries.
  for (const locale of ['en', 'zh', 'ar'] as const) {
    test(`${locale}: searching a term's name finds its entry first, then the essay that discusses it`, { tag: '@both' }, async ({
      page
    }) => {
      const { results } = await search(page, locale, chainNames[locale][0])
      const links = results.locator('h2 a')
      await expect(links.first()).toHaveAttribute('href', `/${locale}/glossary/fixture-bank-run`)
      await expect(links.nth(1)).toHaveAttribute('href', new RegExp(`^/${locale}/essays/fixture-field-guide`))
      // The entry's kind, then a run of essays, then only entries.
      const [entryKind, essayKind, ...rest] = await results.locator('.kind').allInnerTexts()
      expect(essayKind).not.toBe(entryKind)
      const firstEntry = rest.indexOf(entryKind)
      const essays = firstEntry === -1 ? rest : rest.slice(0, firstEntry)
      expect(essays.every((kind) => kind === essayKind)).toBe(true)
      expect(rest.slice(essays.length).every((kind) => kind === entryKind)).toBe(true)
    })
  }

  const entries = {
    fr: { name: 'Assurance des dépôts', summary: 'La garantie que les déposants récupèrent leur argent' },
    ja: { name: '預金保険', summary: '銀行が破綻したとき、一定額までの預金を' }
  }
  for (const locale of ['fr', 'ja'] as const) {
    test(`${locale}: a glossary term, by its name in that language, leads to its entry with its summary`, { tag: '@both' }, async ({
      page
    }) => {
      const { results } = await search(page, locale, entries[locale].name)
      const result = results.filter({ has: page.locator(`a[href="/${locale}/glossary/fixture-deposit-insurance"]`) })
      await expect(result).toHaveCount(1)
      await expect(result.locator('.kind')).toHaveText(locale === 'fr' ? 'Glossaire' : '用語集')
      await expect(result).toContainText(entries[locale].summary)
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

  test('a search that finishes after a newer one was asked does not replace its answer', async ({ page }) => {
    await page.goto('/en/search')
    const status = page.locator('main').getByRole('status')
    // The first query's results are held back until the second has been answered.
    const held: Route[] = []
    let holding = true
    await page.route('**/pagefind/fragment/**', (route) => (holding ? held.push(route) : route.continue()))
    const ask = async (query: string) => {
      await page.locator('#search-query').fill(query)
      await page.locator('#search-query').press('Enter')
    }
    await ask('liquidity')
    await expect.poll(() => held.length).toBeGreaterThan(0)
    holding = false
    await ask('zzyzzx')
    await expect(status).toContainText('zzyzzx')
    const finished = Promise.all(held.map(() => page.waitForEvent('requestfinished', (request) => request.url().includes('/fragment/'))))
    for (const route of held) await route.continue()
    await finished
    // The first search has now resolved too: its answer arrives late and is dropped.
    await expect(page.locator('#search-query')).toHaveValue('zzyzzx')
    await expect(status).toContainText('zzyzzx')
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
    await page.keyboard.type(entries.ja.name)
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/ja\/search\?q=/)
    await expect(page.locator('main .search-results a[href="/ja/glossary/fixture-deposit-insurance"]')).toBeVisible()
    await page.locator('#search-query').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.locator('main .search-results a').first()).toBeFocused()
  })

  test('nothing of search loads on a page before the reader searches', async ({ page }) => {
    const requests: string[] = []
    page.on('request', (request) => requests.push(new URL(request.url()).pathname))
    await page.goto(fieldGuide.path('en'))
    await page.locator('.essay a.term').first().hover()
    await expect(page.locator('.card:popover-open')).toHaveCount(1)
    // Idle after load: the page fetched all it will (its cards) and nothing of search.
    await page.waitForLoadState('networkidle')
    expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([])
    expect(requests).toContain('/en/cards/fixture-field-guide.html')
  })

  test('a search runs in the page: no web worker starts', async ({ page }) => {
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    const { results } = await search(page, 'en', 'liquidity trap')
    await expect(results.first()).toBeVisible()
    expect(workers).toEqual([])
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
    test(`${locale}: the Atom feed lists the essays shown in ${locale}, newest first, in their languages, with working links`, {
      tag: '@both'
    }, async ({ request, page }) => {
      const response = await request.get(`/${locale}/feed.xml`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toMatch(/xml/)
      const xml = await response.text()
      const feed = parseFeed(xml)
      expect(feed.language).toBe(langOf[locale])
      const fixtures = feed.items.filter((item) => (item.url?.split('/').at(-1) ?? '') in essayLocales)
      expect(fixtures.map((item) => item.url)).toEqual(
        [...datedFixtureOrder, ...undatedFixtures].map((slug) => `${siteUrl}/${locale}/essays/${slug}`)
      )
      expect(fixtures[0].title).toBe(fieldGuide.titles[locale])
      // Each entry in the language it is shown in: the page's, or its source's (the Chinese one's is zh).
      const languageOf = Object.fromEntries(
        [...xml.matchAll(/<entry(?: xml:lang="([^"]+)")?>[\s\S]*?<link href="([^"]+)"/g)].map(([, lang, url]) => [
          url.split('/').at(-1),
          lang ?? langOf[locale]
        ])
      )
      for (const slug of [...datedFixtureOrder, ...undatedFixtures]) {
        const source = slug === 'fixture-central-bank-wording' ? 'zh' : 'en'
        expect(languageOf[slug], slug).toBe(essayLocales[slug].includes(locale) ? langOf[locale] : langOf[source])
      }
      for (const item of feed.items.slice(0, 3)) {
        const path = new URL(item.url ?? '').pathname
        expect((await request.get(path)).status(), path).toBe(200)
      }
      // Autodiscovery on the locale's pages, and a visible link on its home page.
      await page.goto(`/${locale}`)
      await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"][hreflang="${langOf[locale]}"]`)).toHaveAttribute(
        'href',
        `${siteUrl}/${locale}/feed.xml`
      )
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
