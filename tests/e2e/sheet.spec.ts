import type { Page } from '@playwright/test'
import { chain, chainNames, fieldGuide, type Locale } from './facts'
import { annotationIn, axeViolations, boxOf, cardOf, openCards, overlap } from './helpers'
import { expect, test } from './ready'

const [first, second, third] = chain

/** Taps the first annotation of `termId` in the essay and waits for its sheet. */
async function openSheet(page: Page, locale: Locale) {
  await page.goto(fieldGuide.path(locale))
  const term = annotationIn(page, '.essay', first)
  await term.scrollIntoViewIfNeeded()
  await term.tap()
  await expect(cardOf(page, first)).toBeVisible()
  return term
}

test.describe('cards on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a tap opens the card as a sheet at the foot of the screen, clear of the tapped term, with focus in it', async ({ page }) => {
    const term = await openSheet(page, 'en')
    const sheet = cardOf(page, first)
    await expect(sheet).toHaveAttribute('data-sheet', '')
    await expect(sheet).toHaveAttribute('role', 'dialog')
    await expect(sheet).toHaveAccessibleName(chainNames.en[0])
    await expect(sheet).toBeFocused()
    await expect(term).toHaveAttribute('aria-expanded', 'true')
    // Full width at the bottom, at most about half the screen: the page stays readable above it.
    // Polled: the sheet slides up for 160 ms, and a slow machine may measure it mid-way.
    await expect
      .poll(async () => {
        const box = await boxOf(sheet)
        return [box.x, box.width, Math.round(box.y + box.height)]
      })
      .toEqual([0, 390, 844])
    expect((await boxOf(sheet)).height).toBeLessThanOrEqual(844 * 0.56)
    // The tapped term is in sight above it, once any scrolling settled.
    await expect.poll(async () => overlap(await boxOf(term), await boxOf(sheet))).toBe(false)
    await expect(term).toBeInViewport()
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeVisible()
    // The first level has no Back and no trail.
    await expect(sheet.locator('.card-back')).toBeHidden()
    await expect(sheet.locator('.card-trail')).toBeHidden()
  })

  test('a term tapped in the sheet opens the next level of the same sheet, with Back, the trail and focus returning', async ({ page }) => {
    await openSheet(page, 'en')
    await annotationIn(page, `[id="card-${first}"]`, second).tap()
    const level2 = cardOf(page, second)
    await expect(level2).toBeVisible()
    await expect(level2).toHaveAttribute('data-sheet', '')
    // The level below is covered, not closed.
    await expect(cardOf(page, first)).toHaveAttribute('data-covered', '')
    await expect(openCards(page)).toHaveCount(2)
    await expect(level2.locator('.card-trail li')).toHaveText(chainNames.en.slice(0, 2))
    await expect(level2.locator('.card-trail [aria-current="step"]')).toHaveText(chainNames.en[1])
    const back = level2.getByRole('button', { name: `Back: ${chainNames.en[0]}` })
    await expect(back).toBeVisible()
    await annotationIn(page, `[id="card-${second}"]`, third).tap()
    const level3 = cardOf(page, third)
    await expect(level3.locator('.card-trail li')).toHaveText(chainNames.en)
    // Back returns to the level below, focus on the term that opened the closed level.
    await level3.getByRole('button', { name: `Back: ${chainNames.en[1]}` }).tap()
    await expect(level3).toBeHidden()
    await expect(level2).toBeVisible()
    await expect(level2).not.toHaveAttribute('data-covered', '')
    await expect(annotationIn(page, `[id="card-${second}"]`, third)).toBeFocused()
    // A step of the trail goes back to that level.
    await annotationIn(page, `[id="card-${second}"]`, third).tap()
    await expect(level3).toBeVisible()
    await level3.locator('.card-trail').getByRole('button', { name: chainNames.en[0] }).tap()
    await expect(openCards(page)).toHaveCount(1)
    await expect(cardOf(page, first)).toBeVisible()
    // Close closes every level; focus goes back to the term in the text.
    await annotationIn(page, `[id="card-${first}"]`, second).tap()
    await expect(openCards(page)).toHaveCount(2)
    await level2.getByRole('button', { name: 'Close' }).tap()
    await expect(openCards(page)).toHaveCount(0)
    await expect(annotationIn(page, '.essay', first)).toBeFocused()
  })

  test('Esc closes the top level only; a tap outside closes the sheet; a second tap on a term follows its link', async ({ page }) => {
    const term = await openSheet(page, 'en')
    await annotationIn(page, `[id="card-${first}"]`, second).tap()
    await expect(cardOf(page, second)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(cardOf(page, second)).toBeHidden()
    await expect(cardOf(page, first)).toBeVisible()
    await page.locator('h1').tap()
    await expect(openCards(page)).toHaveCount(0)
    await term.tap()
    await expect(cardOf(page, first)).toBeVisible()
    await term.tap()
    await expect(page).toHaveURL(`/en/glossary/${first}`)
  })

  test('Pin keeps the sheet open: a tap outside leaves it, a term tapped in the text opens in it, Close ends it', async ({ page }) => {
    await openSheet(page, 'en')
    const pin = cardOf(page, first).getByRole('button', { name: 'Pin' })
    await pin.tap()
    await expect(pin).toHaveAttribute('aria-pressed', 'true')
    await page.locator('h1').tap()
    await expect(cardOf(page, first)).toBeVisible()
    const other = annotationIn(page, '.essay', 'fixture-lender-of-last-resort')
    await other.scrollIntoViewIfNeeded()
    await other.tap()
    const next = cardOf(page, 'fixture-lender-of-last-resort')
    await expect(next).toBeVisible()
    await expect(next).toHaveAttribute('data-sheet', '')
    await expect(next.getByRole('button', { name: 'Pin' })).toHaveAttribute('aria-pressed', 'true')
    await expect(openCards(page)).toHaveCount(1)
    await next.getByRole('button', { name: 'Close' }).tap()
    await expect(openCards(page)).toHaveCount(0)
    // Unpinned again: the next sheet closes on a tap outside.
    await openSheet(page, 'en')
    await page.locator('h1').tap()
    await expect(openCards(page)).toHaveCount(0)
  })

  test('right to left: the sheet and its levels are in Arabic, Back points right', async ({ page }) => {
    await openSheet(page, 'ar')
    await annotationIn(page, `[id="card-${first}"]`, second).tap()
    const level2 = cardOf(page, second)
    await expect(level2).toHaveAttribute('dir', 'rtl')
    await expect(level2.locator('.card-trail li')).toHaveText(chainNames.ar.slice(0, 2))
    const back = level2.locator('.card-back')
    await expect(back).toBeVisible()
    await expect(back).toHaveAccessibleName(`رجوع: ${chainNames.ar[0]}`)
    // The arrow is mirrored, and the button sits at the start of the line: the right.
    await expect(back.locator('.card-back-arrow')).toHaveCSS('scale', '-1 1')
    const [backBox, sheetBox] = [await boxOf(back), await boxOf(level2)]
    expect(backBox.x + backBox.width).toBeGreaterThan(sheetBox.x + sheetBox.width * 0.6)
  })

  test('axe finds nothing with two levels open', async ({ page }) => {
    test.slow() // axe over a page with a sheet open
    await openSheet(page, 'en')
    await annotationIn(page, `[id="card-${first}"]`, second).tap()
    await expect(openCards(page)).toHaveCount(2)
    expect(await axeViolations(page, '.cards')).toEqual([])
  })

  test.describe('with reduced motion', () => {
    test.use({ reducedMotion: 'reduce' })
    test('the sheet appears without sliding', async ({ page }) => {
      await openSheet(page, 'en')
      expect(await cardOf(page, first).evaluate((element) => element.getAnimations().length)).toBe(0)
    })
  })

  test.describe('without the preference', () => {
    // The suite measures under reduced motion (playwright.config.ts); this reader has not asked for it.
    test.use({ reducedMotion: 'no-preference' })
    test('the sheet slides up', async ({ page }) => {
      await openSheet(page, 'en')
      await expect(cardOf(page, first)).toHaveCSS('animation-name', 'sheet-in')
    })
  })
})
