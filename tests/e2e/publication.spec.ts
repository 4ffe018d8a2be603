import { expect, test } from '@playwright/test'
import { required } from '@/tests/support/required'
import { localeInfo, locales, publication, siteUrl } from './content'

// The home page, its later pages, subject pages and the links between essays,
// as the e2e content (content/ plus a dozen fixture essays) makes them.
const pages = publication.homePages()
const [subjectWithBoth] = [...publication.subjects.values()].filter((subject) => subject.essays.length > 0 && subject.terms.length > 0)

test('the content fills more than one page of essays', () => {
  expect(pages.length).toBeGreaterThan(1)
  expect(subjectWithBoth).toBeTruthy()
})

for (const locale of locales) {
  test(`${locale}: the home page lists essays newest first, with date, subjects and excerpt, and pages on with plain links`, async ({
    browser
  }) => {
    // Paging and subjects work without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/${locale}`)
    const items = page.locator('.essay-list > li')
    await expect(items).toHaveCount(pages[0].items.length)
    const [first] = pages[0].items
    const firstFile = publication.essayFile(first, locale)
    await expect(items.first().locator('.essay-link')).toHaveText(firstFile.value.title)
    await expect(items.first().locator('.essay-link')).toHaveAttribute('href', `/${locale}/essays/${first}`)
    await expect(items.first().locator('time')).toHaveAttribute('datetime', publication.essayDate(first) ?? '')
    await expect(items.first().locator('.excerpt')).not.toBeEmpty()
    await expect(items.first().locator('.subjects a').first()).toHaveAttribute('href', new RegExp(`^/${locale}/subjects/`))
    // Essays shown in their source language are marked, in the page's language.
    const fallbacks = pages[0].items.filter((slug) => publication.essayFile(slug, locale).isFallback).length
    await expect(page.locator('.essay-list .fallback-marker')).toHaveCount(fallbacks)
    const nav = page.getByRole('navigation', { name: /./ }).filter({ has: page.locator('ol') })
    await expect(nav.locator('a[aria-current="page"]')).toHaveText('1')
    await nav.locator('a[rel="next"]').click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/page/2$`))
    await expect(page.locator('.essay-list > li')).toHaveCount(pages[1].items.length)
    await expect(page.locator('.essay-list .essay-link').first()).toHaveText(publication.essayFile(pages[1].items[0], locale).value.title)
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${locale}`)
    await context.close()
  })
}

test('undated essays come after the dated ones', async ({ page }) => {
  const undated = publication.essays.filter((essay) => !essay.files[essay.sourceLocale]?.date).map((essay) => essay.slug)
  expect(undated.length).toBeGreaterThan(0)
  await page.goto(`/en/page/${pages.length}`)
  const slugs = await page
    .locator('.essay-list .essay-link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.split('/').at(-1)))
  expect(slugs.slice(-undated.length).sort()).toEqual([...undated].sort())
})

test('a subject page lists its essays and its terms, in the page language, and links back to both', async ({ page }) => {
  await page.goto(`/fr/subjects/${subjectWithBoth.id}`)
  await expect(page.locator('h1')).toHaveText(subjectWithBoth.label('fr').value)
  await expect(page.locator('#subject-essays + .essay-list > li')).toHaveCount(subjectWithBoth.essays.length)
  await expect(page.locator('section[aria-labelledby="subject-terms"] li')).toHaveCount(subjectWithBoth.terms.length)
  await page.locator('section[aria-labelledby="subject-terms"] li a').first().click()
  await expect(page).toHaveURL(new RegExp(`/fr/glossary/${subjectWithBoth.terms[0]}$`))
  await expect(page.locator('.term-facts a')).toHaveAttribute('href', `/fr/subjects/${subjectWithBoth.id}`)
})

test('a subject without a label in a locale shows the default label, and says so', async ({ page }) => {
  const untranslated = required(
    [...publication.subjects.values()].find((subject) => locales.some((locale) => subject.label(locale).isFallback)),
    'a subject without a label in some locale'
  )
  const locale = required(
    locales.find((candidate) => untranslated.label(candidate).isFallback),
    `a locale without a label for the subject ${untranslated.id}`
  )
  const label = untranslated.label(locale)
  await page.goto(`/${locale}/subjects/${untranslated.id}`)
  await expect(page.locator('h1')).toHaveText(label.value)
  await expect(page.locator('h1')).toHaveAttribute('lang', localeInfo[label.locale].lang)
  await expect(page.locator('.notice')).toBeVisible()
})

test('the glossary index and the home page link to every subject that has terms', async ({ page }) => {
  await page.goto('/en/glossary')
  const withTerms = [...publication.subjects.values()].filter((subject) => subject.terms.length > 0)
  await expect(page.locator('.subject-nav a')).toHaveCount(withTerms.length)
  await page.goto('/en')
  await expect(page.locator('.home-more .subject-cloud a')).toHaveCount(publication.subjects.size)
})

test('an essay links to its subjects and to the essays published before and after it', async ({ page }) => {
  const [, middle] = publication.essays
  const { newer, older } = publication.neighbours(middle.slug)
  await page.goto(`/de/essays/${middle.slug}`)
  await expect(page.locator('.essay-header .subjects a')).toHaveCount(publication.essaySubjects(middle.slug).length)
  await expect(page.locator('.essay-neighbours a[rel="next"]')).toHaveAttribute('href', `/de/essays/${newer}`)
  await expect(page.locator('.essay-neighbours a[rel="prev"]')).toHaveAttribute('href', `/de/essays/${older}`)
  await page.locator('.essay-neighbours a[rel="prev"]').click()
  await expect(page.locator('h1')).toHaveText(
    publication.essayFile(required(older, `an essay older than ${middle.slug}`), 'de').value.title
  )
})

test('the sitemap lists every page in every locale, with absolute URLs from SITE_URL, and robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => url))
  const expected = locales.flatMap((locale) => [
    ...pages.map(({ number }) => (number === 1 ? `/${locale}` : `/${locale}/page/${number}`)),
    `/${locale}/glossary`,
    ...publication.essays.map(({ slug }) => `/${locale}/essays/${slug}`),
    ...publication.termIds().map((id) => `/${locale}/glossary/${id}`),
    ...[...publication.subjects.keys()].map((id) => `/${locale}/subjects/${encodeURI(id)}`)
  ])
  expect([...listed].sort()).toEqual(expected.map((path) => `${siteUrl}${path}`).sort())
  expect(xml).toContain(`hreflang="${localeInfo.ar.lang}"`)
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`)
})
