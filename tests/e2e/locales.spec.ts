import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { languageName } from '@/lib/i18n/locales'
import { required } from '@/tests/support/required'
import { axeTags } from '../support/axe-tags'
import { content, englishOnlySlug, essaySlug, localeInfo, locales, publication, siteUrl } from './content'

const essayIn = (locale: string) => `/${locale}/essays/${essaySlug}`

/** Index of the first block not hidden under the sticky header. */
const topBlock = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0
    for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) {
      if (block.getBoundingClientRect().bottom > top + 1) return Number(block.dataset.block)
    }
    return -1
  })

/** Scrolls so that a block starts right below the sticky header. */
const scrollToBlock = (page: Page, index: number) =>
  page
    .locator(`[data-block="${index}"]`)
    .first()
    .evaluate((block) => {
      const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0
      window.scrollBy(0, block.getBoundingClientRect().top - top)
    })

test.describe('every locale', () => {
  for (const locale of locales) {
    const { lang, dir } = localeInfo[locale]
    test(`${locale}: the essay has the right lang/dir, annotations, and cards in ${lang}`, async ({ page }) => {
      await page.goto(essayIn(locale))
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(page.locator('article.essay')).toHaveAttribute('lang', lang)
      expect(await page.locator('.essay a.term').count()).toBeGreaterThan(10)
      const term = page.locator('.essay a.term').first()
      await term.hover()
      const card = page.locator(`#card-${await term.getAttribute('data-term')}`)
      await expect(card).toBeVisible()
      await expect(card).toHaveAttribute('lang', lang)
      await expect(card.locator('.card-link')).toHaveAttribute('href', new RegExp(`^/${locale}/glossary/`))
    })

    test(`${locale}: hreflang alternates for all locales and x-default, absolute from SITE_URL`, async ({ page }) => {
      await page.goto(essayIn(locale))
      const alternates = page.locator('link[rel="alternate"][hreflang]:not([type])')
      await expect(alternates).toHaveCount(locales.length + 1)
      for (const href of await alternates.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(href?.startsWith(`${siteUrl}/`)).toBe(true)
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${essayIn(locale)}`)
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}${essayIn(locale)}`)
    })
  }
})

test('foreign phrases carry their own lang outside their language', async ({ page }) => {
  await page.goto(essayIn('en'))
  const foreign = page.locator('.essay a.term[lang]')
  expect(await foreign.count()).toBeGreaterThan(0)
  for (const tag of await foreign.evaluateAll((links) => links.map((link) => link.getAttribute('lang')))) expect(tag).not.toBe('en')
})

test.describe('switching languages keeps the reader’s place', () => {
  for (const target of ['zh', 'ar'] as const) {
    test(`from the middle of the English essay to ${target}, with the open card`, async ({ page }) => {
      await page.goto(essayIn('en'))
      const withTerms = await page
        .locator('.essay [data-block]')
        .evaluateAll((blocks) =>
          blocks.filter((block) => block.querySelector('a.term')).map((block) => Number((block as HTMLElement).dataset.block))
        )
      const middle = withTerms[Math.floor(withTerms.length / 2)]
      await scrollToBlock(page, middle)
      expect(await topBlock(page)).toBe(middle)
      const term = page.locator(`.essay [data-block="${middle}"] a.term`).first()
      const openTermId = await term.getAttribute('data-term')
      await term.hover()
      await expect(page.locator(`#card-${openTermId}`)).toBeVisible()
      // Hovering may scroll a little; what counts is the block at the top when switching.
      const atSwitch = await topBlock(page)
      expect(Math.abs(atSwitch - middle)).toBeLessThanOrEqual(1)
      await page.locator(`a[hreflang="${localeInfo[target].lang}"]`).first().click()
      await expect(page).toHaveURL(new RegExp(`/${target}/essays/${essaySlug}`))
      await expect.poll(() => topBlock(page)).toBe(atSwitch)
      await expect(page.locator(`#card-${openTermId}`)).toBeVisible()
      await expect(page.locator(`#card-${openTermId}`)).toHaveAttribute('lang', localeInfo[target].lang)
    })
  }

  test('the switcher itself remembers the choice in the locale cookie', async ({ page, context, baseURL }) => {
    await page.goto(essayIn('en'))
    // The cookie says another language; the target page never loads, so nothing but the switcher can set it.
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'fr', url: baseURL ?? '' }])
    await page.route(`**/zh/essays/${essaySlug}`, (route) => route.abort())
    await page.locator(`a[hreflang="${localeInfo.zh.lang}"]`).first().click()
    await expect.poll(async () => (await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('zh')
  })

  test('the query and the hash survive a switch', async ({ page }) => {
    await page.goto(`${essayIn('en')}?cards=en#content`)
    await page.locator('a[hreflang="fr"]').first().click()
    await expect(page).toHaveURL(new RegExp(`/fr/essays/${essaySlug}\\?cards=en#content$`))
  })
})

test('the bilingual view shows both languages block by block, side by side, both annotated', async ({ page }) => {
  await page.goto(essayIn('zh'))
  await page.locator('a[data-compare]').click()
  await expect(page).toHaveURL(new RegExp(`/zh/essays/${essaySlug}/compare/en$`))
  const pairs = page.locator('.bilingual .pair')
  expect(await pairs.count()).toBeGreaterThan(5)
  for (let index = 1; index < (await pairs.count()); index++) {
    const columns = pairs.nth(index).locator('.column')
    await expect(columns).toHaveCount(2)
    await expect(columns.nth(0)).toHaveAttribute('lang', 'zh-Hans')
    await expect(columns.nth(1)).toHaveAttribute('lang', 'en')
    const blocks = await pairs
      .nth(index)
      .locator('[data-block]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-block')))
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toBe(blocks[1])
  }
  // Side by side on a desktop: the two columns of a pair start on the same line.
  const [left, right] = [
    await pairs.nth(2).locator('.column').nth(0).boundingBox(),
    await pairs.nth(2).locator('.column').nth(1).boundingBox()
  ]
  expect(left && right && Math.abs(left.y - right.y) < 1 && right.x > left.x + left.width - 1).toBe(true)
  expect(await page.locator('.column[lang="zh-Hans"] a.term').count()).toBeGreaterThan(10)
  expect(await page.locator('.column[lang="en"] a.term').count()).toBeGreaterThan(10)
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id))
  expect(new Set(ids).size).toBe(ids.length)
})

test('the bilingual view keeps ordered lists numbered from where they start, on both sides', async ({ page }) => {
  await page.goto('/fr/essays/fixture-chip-supply/compare/en')
  const lists = page.locator('.bilingual ol')
  expect(await lists.count()).toBe(6)
  const starts = await lists.evaluateAll((elements) => elements.map((element) => (element as HTMLOListElement).start))
  expect(starts).toEqual([3, 3, 4, 4, 5, 5])
  await expect(page.locator('.bilingual ul li')).toHaveCount(0)
})

test.describe('on a phone the bilingual view stacks', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('columns are one above the other', async ({ page }) => {
    await page.goto(`/ar/essays/${essaySlug}/compare/en`)
    const columns = page.locator('.bilingual .pair').nth(2).locator('.column')
    const [first, second] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()]
    expect(first && second && second.y >= first.y + first.height - 1).toBe(true)
  })
})

test('definitions in another language than the page’s: the card’s text changes, linkable, and remembered when chosen', async ({ page }) => {
  await page.goto(`${essayIn('en')}?cards=zh`)
  const term = page.locator('.essay a.term').first()
  const id = required(await term.getAttribute('data-term'), 'the data-term attribute of the first annotated term')
  const card = page.locator(`#card-${id}`)
  const summary = (locale: 'en' | 'zh' | 'ja') => publication.termEntry(id, locale).value.summary.slice(0, 12)
  await expect(card).toHaveAttribute('lang', 'zh-Hans')
  await expect(card.locator('.card-summary')).toContainText(summary('zh'))
  await term.hover()
  await expect(card).toBeVisible()
  // A shared link applies to that visit only; an explicit choice is remembered.
  await page.goto(essayIn('en'))
  await expect(card).toHaveAttribute('lang', 'en')
  await page.getByRole('combobox', { name: 'Definitions in' }).selectOption('ja')
  await expect(page).toHaveURL(/\?cards=ja$/)
  await expect(card).toHaveAttribute('lang', 'ja')
  await expect(card.locator('.card-summary')).toContainText(summary('ja'))
  await page.goto(essayIn('en'))
  await expect(card).toHaveAttribute('lang', 'ja')
  await page.getByRole('combobox', { name: 'Definitions in' }).selectOption('')
  await expect(card).toHaveAttribute('lang', 'en')
  await expect(card.locator('.card-summary')).toContainText(summary('en'))
  await page.reload()
  await expect(card).toHaveAttribute('lang', 'en')
})

test('the cards page of an essay holds the card of every term it annotates, in that page’s language', async ({ page }) => {
  const response = await page.goto(`/ja/cards/${essaySlug}`)
  expect(response?.status()).toBe(200)
  const text = required(publication.essayText(essaySlug, 'en'), `the en text of ${essaySlug}`)
  const annotated = new Set(text.rendered.occurrences.map((one) => one.termId))
  const ids = await page.locator('.card').evaluateAll((cards) => cards.map((card) => card.id.replace(/^card-/, '')))
  expect(ids).toEqual(expect.arrayContaining([...annotated]))
  await expect(page.locator('.card').first()).toHaveAttribute('lang', 'ja')
})

test('a missing translation falls back to the source with a notice, still annotated', async ({ page }) => {
  const annotated = required(publication.essayText(englishOnlySlug, 'en'), `the en text of ${englishOnlySlug}`).rendered.occurrences.length
  expect(annotated).toBeGreaterThan(0)
  await page.goto(`/en/essays/${englishOnlySlug}`)
  await expect(page.locator('.essay a.term')).toHaveCount(annotated)
  const response = await page.goto(`/ja/essays/${englishOnlySlug}`)
  expect(response?.status()).toBe(200)
  await expect(page.locator('.notice')).toBeVisible()
  await expect(page.locator('.notice')).toHaveAttribute('lang', 'ja')
  await expect(page.locator('article.essay')).toHaveAttribute('lang', 'en')
  await expect(page.locator('.essay a.term')).toHaveCount(annotated)
  await expect(page.locator('.essay a.term').first()).toHaveAttribute('href', /^\/ja\/glossary\//)
})

test('an untranslated term shows its default-locale entry with a notice, on its page and in its card', async ({ page }) => {
  const entry = publication.termEntry('fixture-hostile-term', 'fr')
  expect(entry).toMatchObject({ isFallback: true, locale: 'en' })
  await page.goto('/fr/glossary/fixture-hostile-term')
  await expect(page.locator('.notice')).toBeVisible()
  // Languages named as a French sentence names them.
  await expect(page.locator('.notice')).toContainText(languageName('fr', 'fr'))
  await expect(page.locator('.notice')).toContainText(languageName('en', 'fr'))
  await expect(page.locator('.term-page [lang="en"] h1')).toHaveText(entry.value.term)
  await page.goto('/fr/essays/fixture-hostile-html')
  const term = page.locator('.essay a.term[data-term="fixture-hostile-term"]').first()
  await term.hover()
  const card = page.locator('#card-fixture-hostile-term')
  await expect(card).toHaveAttribute('lang', 'en')
  await expect(card.locator('.card-notice')).toBeVisible()
  await expect(card.locator('.card-notice')).toContainText(languageName('fr', 'fr'))
})

test('the glossary index groups Chinese terms by pinyin initial and Japanese ones by kana row', async ({ page }) => {
  // Each Chinese entry with a reading, named in Chinese (not in Latin letters).
  const zhEntries = [...content.terms.values()].flatMap((term) => {
    const entry = term.entries.zh
    return entry?.sortAs && !/^[A-Za-z]/.test(entry.term) ? [{ id: term.id, sortAs: entry.sortAs }] : []
  })
  expect(zhEntries.length).toBeGreaterThan(0)
  await page.goto('/zh/glossary')
  for (const { id, sortAs } of zhEntries.slice(0, 5)) {
    const initial = sortAs[0].toUpperCase()
    const group = page.locator('#glossary-index section').filter({ has: page.locator(`a[href="/zh/glossary/${id}"]`) })
    await expect(group.locator('h2'), id).toHaveText(initial)
  }
  const letters = (await page.locator('#glossary-index h2').allInnerTexts()).filter((initial) => /^[A-Z]$/.test(initial))
  expect(letters).toEqual([...letters].sort())
  // A Japanese entry whose reading starts with hiragana.
  const jaEntry = required(
    [...content.terms.values()].flatMap((term) => {
      const sortAs = term.entries.ja?.sortAs
      return sortAs && /^[\u3041-\u3096]/.test(sortAs) ? [{ id: term.id, sortAs }] : []
    })[0],
    'a Japanese glossary entry whose sortAs starts with hiragana'
  )
  await page.goto('/ja/glossary')
  const jaGroup = page.locator('#glossary-index section').filter({ has: page.locator(`a[href="/ja/glossary/${jaEntry.id}"]`) })
  await expect(jaGroup.locator('h2')).toHaveText(jaEntry.sortAs[0])
})

test('the glossary filter shows only matching entries and the groups that hold them, and clearing it restores all', async ({ page }) => {
  await page.goto('/en/glossary')
  const items = page.locator('#glossary-index li')
  const total = await items.count()
  expect(total).toBe(publication.termIds().length)
  const query = 'capital'
  const matching = publication
    .glossaryIndex('en')
    .flatMap((group) => group.entries)
    .filter((entry) => `${entry.term} ${entry.summary}`.toLowerCase().includes(query))
  expect(matching.length).toBeGreaterThan(1)
  expect(matching.length).toBeLessThan(total)
  await page.getByLabel('Filter terms').fill(query)
  const visible = page.locator('#glossary-index li:visible')
  await expect(visible).toHaveCount(matching.length)
  for (const text of await visible.allInnerTexts()) expect(text.toLowerCase()).toContain(query)
  const visibleGroups = page.locator('#glossary-index section:visible')
  const groupsWithMatches = publication
    .glossaryIndex('en')
    .filter((group) => group.entries.some((entry) => matching.includes(entry))).length
  await expect(visibleGroups).toHaveCount(groupsWithMatches)
  await page.getByLabel('Filter terms').fill('zzzzqqqq')
  await expect(page.getByRole('status')).toHaveText('No term matches this filter.')
  await expect(page.locator('#glossary-index section:visible')).toHaveCount(0)
  await page.getByLabel('Filter terms').fill('')
  await expect(page.locator('#glossary-index li:visible')).toHaveCount(total)
  await expect(page.getByRole('status')).toHaveText('')
})

test('the glossary index says how many terms it explains, in a sentence of each language', async ({ page }) => {
  const count = publication.termIds().length
  await page.goto('/en/glossary')
  await expect(page.locator('.lede')).toHaveText(`${count} terms are explained in the essays, each with where it appears.`)
  await page.goto('/fr/glossary')
  await expect(page.locator('.lede')).toContainText(String(count))
})

test.describe('accessibility in CJK and RTL (axe) and screenshots', () => {
  for (const locale of ['zh', 'ja', 'ar']) {
    for (const path of [essayIn(locale), `/${locale}/glossary`, `/${locale}/essays/${essaySlug}/compare/en`, `/${locale}/search?q=test`]) {
      test(`${path} has no violations`, async ({ page }, testInfo) => {
        await page.goto(path)
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual(
          []
        )
        if (path === essayIn(locale)) {
          await page.locator('.essay a.term').nth(1).hover()
          await expect(page.locator('.card:popover-open')).toHaveCount(1)
          await page.screenshot({ path: testInfo.outputPath(`${locale}-essay.png`) })
        }
      })
    }
  }
})
