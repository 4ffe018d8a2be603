import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { englishOnlySlug, essaySlug, localeInfo, locales } from './content'

const essayIn = (locale: string) => `/${locale}/essays/${essaySlug}`

/** Index of the first block not hidden under the sticky header. */
const topBlock = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom
    for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) {
      if (block.getBoundingClientRect().bottom > top + 1) return Number(block.dataset.block)
    }
    return -1
  })

/** Scrolls so that a block starts right below the sticky header. */
const scrollToBlock = (page: Page, index: number) =>
  page.locator(`[data-block="${index}"]`).first().evaluate((block) => {
    const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom
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
      expect(await page.locator('a.term').count()).toBeGreaterThan(10)
      const term = page.locator('a.term').first()
      await term.hover()
      const card = page.locator(`#card-${await term.getAttribute('data-term')}`)
      await expect(card).toBeVisible()
      await expect(card).toHaveAttribute('lang', lang)
      await expect(card.locator('.card-link')).toHaveAttribute('href', new RegExp(`^/${locale}/glossary/`))
    })

    test(`${locale}: hreflang alternates for all locales and x-default, absolute`, async ({ page }) => {
      await page.goto(essayIn(locale))
      const alternates = page.locator('link[rel="alternate"][hreflang]')
      await expect(alternates).toHaveCount(locales.length + 1)
      for (const href of await alternates.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
        expect(href).toMatch(/^https?:\/\//)
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${essayIn(locale)}$`))
    })
  }
})

test('foreign phrases carry their own lang outside their language', async ({ page }) => {
  await page.goto(essayIn('en'))
  const foreign = page.locator('a.term[lang]')
  expect(await foreign.count()).toBeGreaterThan(0)
  for (const tag of await foreign.evaluateAll((links) => links.map((link) => link.getAttribute('lang')))) expect(tag).not.toBe('en')
})

test.describe('switching languages keeps the reader’s place', () => {
  for (const target of ['zh', 'ar']) {
    test(`from the middle of the English essay to ${target}`, async ({ page }) => {
      await page.goto(essayIn('en'))
      const blocks = page.locator('[data-block]')
      const middle = Math.floor((await blocks.count()) / 2)
      await scrollToBlock(page, middle)
      expect(await topBlock(page)).toBe(middle)
      const term = blocks.nth(middle + 1).locator('a.term').first()
      const openTermId = (await term.count()) > 0 ? await term.getAttribute('data-term') : null
      if (openTermId) {
        await term.hover()
        await expect(page.locator(`#card-${openTermId}`)).toBeVisible()
      }
      // Hovering may scroll a little; what counts is the block at the top when switching.
      const atSwitch = await topBlock(page)
      expect(Math.abs(atSwitch - middle)).toBeLessThanOrEqual(1)
      await page.locator(`a[hreflang="${localeInfo[target as 'zh'].lang}"]`).first().click()
      await expect(page).toHaveURL(new RegExp(`/${target}/essays/${essaySlug}`))
      await expect.poll(() => topBlock(page)).toBe(atSwitch)
      if (openTermId) await expect(page.locator(`#card-${openTermId}`)).toBeVisible()
      const cookies = await page.context().cookies()
      expect(cookies.find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe(target)
    })
  }

  test('the query and the hash survive a switch', async ({ page }) => {
    await page.goto(`${essayIn('en')}?cards=en#content`)
    await page.locator('a[hreflang="fr"]').first().click()
    await expect(page).toHaveURL(new RegExp(`/fr/essays/${essaySlug}\\?cards=en#content$`))
  })
})

test('the bilingual view shows both languages block by block, both annotated', async ({ page }) => {
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
    const blocks = await pairs.nth(index).locator('[data-block]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-block')))
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toBe(blocks[1])
  }
  expect(await page.locator('.column[lang="zh-Hans"] a.term').count()).toBeGreaterThan(10)
  expect(await page.locator('.column[lang="en"] a.term').count()).toBeGreaterThan(10)
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id))
  expect(new Set(ids).size).toBe(ids.length)
})

test.describe('on a phone the bilingual view stacks', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('columns are one above the other', async ({ page }) => {
    await page.goto(`/ar/essays/${essaySlug}/compare/en`)
    const columns = page.locator('.bilingual .pair').nth(2).locator('.column')
    const [first, second] = [(await columns.nth(0).boundingBox())!, (await columns.nth(1).boundingBox())!]
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 1)
  })
})

test('definitions in another language than the page’s: linkable, and remembered when chosen', async ({ page }) => {
  await page.goto(`${essayIn('en')}?cards=zh`)
  const term = page.locator('a.term').first()
  const card = () => page.locator(`#card-${termIdOf}`)
  const termIdOf = await term.getAttribute('data-term')
  await expect(card()).toHaveAttribute('lang', 'zh-Hans')
  await term.hover()
  await expect(card()).toBeVisible()
  // A shared link applies to that visit only; an explicit choice is remembered.
  await page.goto(essayIn('en'))
  await expect(card()).toHaveAttribute('lang', 'en')
  await page.getByRole('combobox', { name: 'Definitions in' }).selectOption('ja')
  await expect(page).toHaveURL(/\?cards=ja$/)
  await expect(card()).toHaveAttribute('lang', 'ja')
  await page.goto(essayIn('en'))
  await expect(card()).toHaveAttribute('lang', 'ja')
  await page.getByRole('combobox', { name: 'Definitions in' }).selectOption('')
  await expect(card()).toHaveAttribute('lang', 'en')
  await page.reload()
  await expect(card()).toHaveAttribute('lang', 'en')
})

test('a missing translation falls back to the source with a notice, still annotated', async ({ page }) => {
  await page.goto(`/en/essays/${englishOnlySlug}`)
  const englishTerms = await page.locator('a.term').count()
  const response = await page.goto(`/ja/essays/${englishOnlySlug}`)
  expect(response?.status()).toBe(200)
  await expect(page.locator('.notice')).toBeVisible()
  await expect(page.locator('.notice')).toHaveAttribute('lang', 'ja')
  await expect(page.locator('article.essay')).toHaveAttribute('lang', 'en')
  await expect(page.locator('a.term')).toHaveCount(englishTerms)
  if (englishTerms > 0) await expect(page.locator('a.term').first()).toHaveAttribute('href', /^\/ja\/glossary\//)
})

test('the glossary index groups Chinese terms by pinyin initial, in order', async ({ page }) => {
  await page.goto('/zh/glossary')
  const initials = await page.locator('#glossary-index h2').allInnerTexts()
  expect(initials.length).toBeGreaterThan(5)
  const letters = initials.filter((initial) => /^[A-Z]$/.test(initial))
  expect(letters).toEqual([...letters].sort())
})

test('the glossary filter narrows the list', async ({ page }) => {
  await page.goto('/en/glossary')
  const items = page.locator('#glossary-index li')
  const total = await items.count()
  const first = await items.first().locator('a').innerText()
  await page.getByLabel('Filter terms').fill(first)
  const visible = page.locator('#glossary-index li:visible')
  expect(await visible.count()).toBeLessThan(total)
  await expect(visible.first()).toContainText(first)
  await page.getByLabel('Filter terms').fill('zzzzqqqq')
  await expect(page.getByRole('status')).toHaveText('No term matches this filter.')
})

test('the sitemap lists every page in every locale', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text()
  for (const locale of locales) expect(xml).toContain(`${essayIn(locale)}</loc>`)
  expect(xml).toContain('hreflang="ar"')
})

test.describe('accessibility in CJK and RTL (axe) and screenshots', () => {
  for (const locale of ['zh', 'ja', 'ar']) {
    for (const path of [essayIn(locale), `/${locale}/glossary`, `/${locale}/essays/${essaySlug}/compare/en`]) {
      test(`${path} has no violations`, async ({ page }, testInfo) => {
        await page.goto(path)
        const results = await new AxeBuilder({ page }).analyze()
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([])
        if (path === essayIn(locale)) {
          await page.locator('a.term').nth(1).hover()
          await expect(page.locator('.card:popover-open')).toHaveCount(1)
          await page.screenshot({ path: testInfo.outputPath(`${locale}-essay.png`) })
        }
      })
    }
  }
})
