import type { Page } from '@playwright/test'
import { dirOf, endonyms, fieldGuide, type Locale, locales } from './facts'
import { boxOf, openSettings } from './helpers'
import { expect, test } from './ready'

/** One page of each type, in a locale. */
const pageTypes = (locale: Locale) => [
  `/${locale}`,
  `/${locale}/page/2`,
  fieldGuide.path(locale),
  `${fieldGuide.path(locale)}/compare/${locale === 'en' ? 'zh' : 'en'}`,
  `/${locale}/glossary`,
  `/${locale}/glossary/fixture-bank-run`,
  `/${locale}/subjects/finance`,
  `/${locale}/search?q=bank`,
  `/${locale}/no-such-page`
]

/** The header's height, its elements that stick out of the viewport, and how far the page scrolls sideways. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('.site-header')
    const outside = [...(header?.querySelectorAll('*') ?? [])]
      .filter((element) => element.checkVisibility())
      .filter((element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && (box.left < -0.5 || box.right > innerWidth + 0.5 || box.top < -0.5)
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
    return {
      height: header?.getBoundingClientRect().height ?? Number.NaN,
      outside,
      sideways: document.documentElement.scrollWidth - innerWidth
    }
  })

for (const [width, budget] of [
  [320, 56],
  [390, 56],
  [1280, 64]
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })
    for (const locale of locales) {
      test(`${locale}: the header is one row of at most ${budget} px on every page type, nothing cut off, no sideways scroll`, async ({
        page
      }) => {
        for (const path of pageTypes(locale)) {
          await page.goto(path)
          await expect(page.locator('.site-header')).toBeVisible()
          const { height, outside, sideways } = await measure(page)
          expect(height, path).toBeLessThanOrEqual(budget)
          expect(outside, path).toEqual([])
          expect(sideways, path).toBeLessThanOrEqual(0)
        }
      })
    }
  })
}

test.describe('the language menu', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('by touch: two taps to any language, each named in itself, the current one marked', async ({ page }) => {
    await page.goto(fieldGuide.path('de'))
    const menu = page.locator('#language-menu')
    await expect(menu).toBeHidden()
    await page.locator('.language-button').tap()
    await expect(menu).toBeVisible()
    const links = menu.getByRole('link')
    await expect(links).toHaveText(locales.map((locale) => endonyms[locale]))
    await expect(menu.locator('[aria-current="page"]')).toHaveText(endonyms.de)
    await expect(menu.locator('[aria-current]')).toHaveCount(1)
    await menu.getByRole('link', { name: endonyms.ar, exact: true }).tap()
    await expect(page).toHaveURL(fieldGuide.path('ar'))
    await expect(page.locator('html')).toHaveAttribute('dir', dirOf('ar'))
  })

  test('by keyboard: Enter opens it on the current language, an arrow moves, Enter goes', async ({ page }) => {
    await page.goto(fieldGuide.path('en'))
    const button = page.locator('.language-button')
    await expect(button).toHaveAccessibleName(`Language: ${endonyms.en}`)
    await button.focus()
    await page.keyboard.press('Enter')
    const menu = page.locator('#language-menu')
    await expect(menu).toBeVisible()
    await expect(menu.getByRole('link', { name: endonyms.en, exact: true })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('link', { name: endonyms.zh, exact: true })).toBeFocused()
    await page.keyboard.press('End')
    await expect(menu.getByRole('link', { name: endonyms.ar, exact: true })).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(menu.getByRole('link', { name: endonyms.en, exact: true })).toBeFocused()
    // Esc closes the menu and gives focus back to its button.
    await page.keyboard.press('Escape')
    await expect(menu).toBeHidden()
    await expect(button).toBeFocused()
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(fieldGuide.path('ar'))
  })

  test('without JavaScript it still opens and leads to every language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(fieldGuide.path('fr'))
    await page.locator('.language-button').click()
    const link = page.locator('#language-menu').getByRole('link', { name: endonyms.ja, exact: true })
    await expect(link).toBeVisible()
    await link.click()
    await expect(page).toHaveURL(fieldGuide.path('ja'))
    await context.close()
  })
})

test.describe('search and settings on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true })

  test('search is one tap away: the box opens ready to type, and leads to the results', async ({ page }) => {
    await page.goto(fieldGuide.path('en'))
    const box = page.locator('#site-search-query')
    await expect(box).toBeHidden()
    await page.locator('.search-button').tap()
    await expect(box).toBeFocused()
    const { width } = await boxOf(box)
    expect(width).toBeGreaterThan(150)
    await page.keyboard.type('deposit insurance')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/en\/search\?q=deposit\+insurance$/)
    await expect(page.locator('main .search-results li').first()).toBeVisible()
  })

  test('the settings menu holds the reader’s settings, in the page’s language, and leads to their own terms', async ({ page }) => {
    await page.goto(fieldGuide.path('zh'))
    const settings = await openSettings(page)
    await expect(settings.getByRole('radio')).toHaveCount(3)
    await expect(settings.getByRole('radio', { name: '每节首次出现时' })).toBeChecked()
    await expect(settings.getByRole('checkbox', { name: '在外语短语上方显示读音' })).not.toBeChecked()
    await expect(settings.getByRole('link')).toHaveAttribute('href', '/zh/glossary#your-terms')
  })
})

/** Opens the essay on a phone and scrolls down until the header has slid away; returns the header. */
async function readUntilHeaderHides(page: Page) {
  await page.goto(fieldGuide.path('en'))
  const header = page.locator('.site-header')
  const height = (await boxOf(header)).height
  // Scrolling on until it slides away: a scroll before the page's scripts are running moves nothing.
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 200)
      return (await header.boundingBox())?.y ?? 0
    })
    .toBeLessThanOrEqual(-height + 1)
  return header
}

test.describe('while reading', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the header slides away as the page scrolls down and comes back as soon as it scrolls up', async ({ page }) => {
    const header = await readUntilHeaderHides(page)
    await page.mouse.wheel(0, -120)
    await expect.poll(async () => (await header.boundingBox())?.y).toBe(0)
    // A keyboard user tabbing into it brings it back too.
    await page.mouse.wheel(0, 600)
    await expect.poll(async () => (await header.boundingBox())?.y ?? 0).toBeLessThan(0)
    await page.locator('.site-name').focus()
    await expect.poll(async () => (await header.boundingBox())?.y).toBe(0)
  })

  test('the header comes back when a finger scrolls up in many small steps, not only in one jump', async ({ page }) => {
    const header = await readUntilHeaderHides(page)
    // Eight steps of 6 px, each far below a one-jump threshold, as a slow drag sends them.
    for (let step = 0; step < 8; step++) await page.mouse.wheel(0, -6)
    await expect.poll(async () => (await header.boundingBox())?.y).toBe(0)
  })

  test('a jump to a heading or a footnote lands below the header, never under it', async ({ page }) => {
    const [, headingId] = fieldGuide.firstHeading.en
    for (const hash of [headingId, 'user-content-fn-1', 'user-content-fnref-1']) {
      await page.goto(`${fieldGuide.path('en')}#${hash}`)
      const target = page.locator(`[id="${hash}"]`)
      await expect(target).toBeInViewport()
      const [targetBox, headerBox] = [await boxOf(target), await boxOf(page.locator('.site-header'))]
      expect(targetBox.y, hash).toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 1)
    }
  })

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' })
    test('the header moves without sliding', async ({ page }) => {
      await page.goto(fieldGuide.path('en'))
      await expect(page.locator('.site-header')).toHaveCSS('transition-duration', '0s')
    })
  })
})
