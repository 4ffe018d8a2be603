import type { Page } from '@playwright/test'
import { datedFixtureOrder, essayLocales, fieldGuide, langOf, locales, siteUrl, undatedFixtures } from './facts'
import { expect, test } from './ready'

// The home page, its later pages, subject pages and the links between essays.
// The e2e content is content/ plus the fixtures: expectations are about the
// fixtures, among whatever content/ holds.

/** The slugs of the essays listed on a home page, in order. */
const listedSlugs = (page: Page) =>
  page.locator('.essay-list .essay-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('/').at(-1) ?? ''))

for (const locale of locales) {
  test(`${locale}: the home page lists essays newest first, with date, subjects, excerpt and fallback marks, and pages on with plain links`, {
    tag: '@both'
  }, async ({ browser }) => {
    // Paging and subjects work without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/${locale}`)
    const first = page.locator('.essay-list > li').first()
    await expect(first.locator('.essay-link')).toHaveText(fieldGuide.titles[locale])
    await expect(first.locator('.essay-link')).toHaveAttribute('href', fieldGuide.path(locale))
    await expect(first.locator('time')).toHaveAttribute('datetime', '2026-12-05')
    await expect(first.locator('.excerpt')).not.toBeEmpty()
    await expect(first.locator('.subjects a')).toHaveAttribute('href', `/${locale}/subjects/finance`)
    // Every fixture essay shown in its source language is marked so, in the page's language; the others are not.
    const onPage = await listedSlugs(page)
    const fixtures = onPage.filter((slug) => slug in essayLocales)
    expect(fixtures.length).toBeGreaterThan(5)
    for (const slug of fixtures) {
      const item = page.locator('.essay-list > li').filter({ has: page.locator(`a.essay-link[href="/${locale}/essays/${slug}"]`) })
      await expect(item.locator('.fallback-marker'), slug).toHaveCount(essayLocales[slug].includes(locale) ? 0 : 1)
    }
    const nav = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('ol') })
    await expect(nav.locator('a[aria-current="page"]')).toHaveText('1')
    await nav.locator('a[rel="next"]').click()
    await expect(page).toHaveURL(`/${locale}/page/2`)
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${locale}`)
    await context.close()
  })
}

test('essays are listed newest first, undated ones after every dated one, across the pages', async ({ page }) => {
  const slugs: string[] = []
  await page.goto('/en')
  slugs.push(...(await listedSlugs(page)))
  for (let number = 2; ; number++) {
    const response = await page.goto(`/en/page/${number}`)
    if (response?.status() === 404) break
    slugs.push(...(await listedSlugs(page)))
  }
  expect(slugs.filter((slug) => slug in essayLocales)).toEqual([...datedFixtureOrder, ...undatedFixtures])
  // Ten to a page.
  expect(slugs.length).toBeGreaterThan(10)
})

test('a subject page lists its essays and its terms, in the page language, and links back to both', async ({ page }) => {
  await page.goto('/fr/subjects/finance')
  await expect(page.locator('h1')).toHaveText('Finance')
  const essays = await page
    .locator('#subject-essays + .essay-list .essay-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('/').at(-1) ?? ''))
  expect(essays.filter((slug) => slug in essayLocales)).toEqual([
    'fixture-field-guide',
    'fixture-reading-guide',
    'fixture-liquidity-trap',
    'fixture-rate-cuts',
    'fixture-market-notes',
    'fixture-outdated',
    'fixture-gpu-financing'
  ])
  const terms = page.locator('section[aria-labelledby="subject-terms"] li a')
  const termHrefs = await terms.evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(termHrefs).toEqual(
    expect.arrayContaining(
      ['fixture-bank-run', 'fixture-deposit-insurance', 'fixture-convoy-system', 'fixture-narrow-bank'].map((id) => `/fr/glossary/${id}`)
    )
  )
  expect(termHrefs).not.toContain('/fr/glossary/fixture-stablecoin')
  await page.locator('section[aria-labelledby="subject-terms"] a[href="/fr/glossary/fixture-bank-run"]').click()
  await expect(page).toHaveURL('/fr/glossary/fixture-bank-run')
  await expect(page.locator('.term-facts a')).toHaveAttribute('href', '/fr/subjects/finance')
})

test('a subject without a label in a locale shows the English label, and says so', async ({ page }) => {
  // "Test fixtures" is a category of one English-only essay: no other language names it.
  await page.goto('/de/subjects/test-fixtures')
  await expect(page.locator('h1')).toHaveText('Test fixtures')
  await expect(page.locator('h1')).toHaveAttribute('lang', 'en')
  await expect(page.locator('.notice')).toBeVisible()
  await page.goto('/en/subjects/test-fixtures')
  await expect(page.locator('.notice')).toHaveCount(0)
})

test('the glossary index and the home page link to the subjects', async ({ page }) => {
  await page.goto('/en/glossary')
  const glossaryLinks = await page.locator('.subject-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(glossaryLinks).toEqual(expect.arrayContaining(['/en/subjects/finance', '/en/subjects/language', '/en/subjects/technology']))
  // Subjects without terms are not in the glossary's list.
  expect(glossaryLinks).not.toContain('/en/subjects/test-fixtures')
  await page.goto('/en')
  const homeLinks = await page.locator('.home-more .subject-cloud a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  expect(homeLinks).toEqual(expect.arrayContaining(['/en/subjects/finance', '/en/subjects/test-fixtures', '/en/subjects/policy']))
})

test('an essay links to its subjects and to the essays published before and after it', async ({ page }) => {
  await page.goto('/de/essays/fixture-loanwords')
  await expect(page.locator('.essay-header .subjects a')).toHaveText(['Sprache'])
  await expect(page.locator('.essay-neighbours a[rel="next"]')).toHaveAttribute('href', fieldGuide.path('de'))
  await expect(page.locator('.essay-neighbours a[rel="prev"]')).toHaveAttribute('href', '/de/essays/fixture-data-center-power')
  await page.locator('.essay-neighbours a[rel="prev"]').click()
  // Not translated into German: its English title.
  await expect(page.locator('h1')).toHaveText('Power is the new bottleneck')
  // The newest essay has no newer one.
  await page.goto(fieldGuide.path('de'))
  await expect(page.locator('.essay-neighbours a[rel="next"]')).toHaveCount(0)
  await expect(page.locator('.essay-neighbours a[rel="prev"]')).toHaveAttribute('href', '/de/essays/fixture-loanwords')
})

test('the sitemap lists every page in every locale, with absolute URLs from SITE_URL, and robots.txt points to it', {
  tag: '@both'
}, async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url)
  expect(new Set(listed).size).toBe(listed.length)
  for (const url of listed) expect(url.startsWith(`${siteUrl}/`), url).toBe(true)
  const expected = locales.flatMap((locale) => [
    `/${locale}`,
    `/${locale}/page/2`,
    `/${locale}/glossary`,
    ...Object.keys(essayLocales).map((slug) => `/${locale}/essays/${slug}`),
    `/${locale}/glossary/fixture-bank-run`,
    `/${locale}/glossary/fixture-narrow-bank`,
    `/${locale}/subjects/finance`,
    `/${locale}/subjects/test-fixtures`
  ])
  expect(listed).toEqual(expect.arrayContaining(expected.map((path) => `${siteUrl}${path}`)))
  // No cards pages, bilingual views or search pages: they are not for search engines.
  expect(listed.filter((url) => /\/(cards|compare|search)(\/|$)/.test(url))).toEqual([])
  expect(xml).toContain(`hreflang="${langOf.ar}"`)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`)
})
