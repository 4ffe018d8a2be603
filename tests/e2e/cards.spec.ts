import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { required } from '@/tests/support/required'
import { axeTags } from '../support/axe-tags'
import { essaySlug, publication } from './content'
import { boxOf, expectInViewportNotCovering, focusAsKeyboard, focusByTab } from './helpers'

/** A chain of three terms on an essay page in `locale`: the first annotated in the essay, each next named in the previous one's summary. */
function chainOf(slug: string, locale: 'en' | 'ar') {
  const text = required(publication.essayText(slug, locale), `the ${locale} text of ${slug}`)
  const inEssay = [...new Set(text.rendered.occurrences.map((one) => one.termId))]
  const named = (id: string) => publication.termSummary(id, locale, locale).occurrences.map((one) => one.termId)
  for (const first of inEssay) {
    for (const second of named(first)) {
      const third = named(second).find((id) => id !== first && id !== second)
      if (third) return [first, second, third]
    }
  }
  throw new Error(`no chain of three cards in ${slug} (${locale})`)
}

const essay = (locale: string) => `/${locale}/essays/${essaySlug}`
const card = (page: Page, id: string) => page.locator(`#card-${id}`)
const opener = (page: Page, within: string, id: string) => page.locator(`${within} a.term[data-term="${id}"]`).first()

test.describe('nested cards', () => {
  const [first, second, third] = chainOf(essaySlug, 'en')

  test('a term in a card opens its own card beside it, to three levels; Esc closes from the top, giving focus back', async ({ page }) => {
    await page.goto(essay('en'))
    const root = opener(page, '.essay', first)
    await root.scrollIntoViewIfNeeded()
    await root.hover()
    await expect(card(page, first)).toBeVisible()
    await opener(page, `#card-${first}`, second).hover()
    await expect(card(page, second)).toBeVisible()
    await expect(card(page, first)).toBeVisible()
    await expectInViewportNotCovering(page, card(page, second), opener(page, `#card-${first}`, second))
    await opener(page, `#card-${second}`, third).hover()
    await expect(card(page, third)).toBeVisible()
    await expect(page.locator('.card:popover-open')).toHaveCount(3)
    await expectInViewportNotCovering(page, card(page, third), opener(page, `#card-${second}`, third))
    // The stack closes from the top.
    await opener(page, `#card-${second}`, third).focus()
    await page.keyboard.press('Escape')
    await expect(card(page, third)).toBeHidden()
    await expect(card(page, second)).toBeVisible()
    await expect(opener(page, `#card-${second}`, third)).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(card(page, second)).toBeHidden()
    await expect(card(page, first)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.locator('.card:popover-open')).toHaveCount(0)
  })

  test('leaving the whole stack with the pointer closes it after the grace time; moving within it does not', async ({ page }) => {
    await page.goto(essay('en'))
    await opener(page, '.essay', first).scrollIntoViewIfNeeded()
    await opener(page, '.essay', first).hover()
    await opener(page, `#card-${first}`, second).hover()
    await expect(card(page, second)).toBeVisible()
    // From the term in the first card into the nested card: still inside the stack.
    await card(page, second).locator('.card-summary').hover()
    await page.waitForTimeout(700)
    await expect(page.locator('.card:popover-open')).toHaveCount(2)
    await page.mouse.move(2, 2)
    await expect(page.locator('.card:popover-open')).toHaveCount(0)
  })

  test('keyboard only: into a card, down to a nested one and back out', async ({ page }) => {
    await page.goto(essay('en'))
    const root = opener(page, '.essay', first)
    await focusAsKeyboard(page, root)
    await expect(card(page, first)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(card(page, first).locator(':focus')).toHaveCount(1)
    const inner = opener(page, `#card-${first}`, second)
    for (let step = 0; step < 10 && !(await inner.evaluate((element) => element === document.activeElement)); step++)
      await page.keyboard.press('Tab')
    await expect(inner).toBeFocused()
    await expect(card(page, second)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(card(page, second).locator(':focus')).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(card(page, second)).toBeHidden()
    await expect(inner).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(card(page, first)).toBeHidden()
    await expect(root).toBeFocused()
    // Out of the last control of a card, Tab goes on after the term that opened it.
    await page.keyboard.press('ArrowDown')
    const controls = card(page, first).locator('a[href], button:visible')
    await controls.last().focus()
    await page.keyboard.press('Tab')
    await expect(card(page, first)).toBeHidden()
    expect(await page.evaluate(() => document.activeElement?.closest('.card'))).toBeNull()
    expect(
      await root.evaluate((element) => {
        const active = document.activeElement
        return active !== null && (element.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      })
    ).toBe(true)
  })

  test('axe finds nothing with a stack of cards open', async ({ page }) => {
    await page.goto(essay('en'))
    await opener(page, '.essay', first).scrollIntoViewIfNeeded()
    await opener(page, '.essay', first).hover()
    await opener(page, `#card-${first}`, second).hover()
    await expect(page.locator('.card:popover-open')).toHaveCount(2)
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([])
  })

  test('cards of nested terms are on the page, once each', async ({ page }) => {
    await page.goto(essay('en'))
    const ids = await page.locator('.cards .card').evaluateAll((cards) => cards.map((element) => element.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining([`card-${first}`, `card-${second}`, `card-${third}`]))
  })
})

test.describe('pinned cards', () => {
  const [first] = chainOf(essaySlug, 'en')

  test('a pinned card stays while the page scrolls, moves by drag and by arrow keys, and closes with its own button', async ({ page }) => {
    await page.goto(essay('en'))
    await opener(page, '.essay', first).scrollIntoViewIfNeeded()
    await opener(page, '.essay', first).hover()
    const pinned = card(page, first)
    const pin = pinned.getByRole('button', { name: 'Pin' })
    await pin.click()
    await expect(pin).toHaveAttribute('aria-pressed', 'true')
    const before = await boxOf(pinned)
    await page.mouse.move(2, 2)
    await page.mouse.wheel(0, 1500)
    await page.waitForTimeout(500)
    await expect(pinned).toBeVisible()
    expect(await boxOf(pinned)).toEqual(before)
    // Drag by the title…
    const handle = pinned.locator('.card-term')
    const start = await boxOf(handle)
    await page.mouse.move(start.x + 10, start.y + 5)
    await page.mouse.down()
    await page.mouse.move(start.x - 90, start.y - 60, { steps: 5 })
    await page.mouse.up()
    const dragged = await boxOf(pinned)
    expect(Math.round(dragged.x - before.x)).toBe(-100)
    expect(Math.round(dragged.y - before.y)).toBe(-65)
    // …or with the Move button and arrow keys.
    const move = pinned.getByRole('button', { name: 'Move' })
    await expect(move).toHaveAccessibleDescription(/arrow keys/)
    await move.focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Shift+ArrowDown')
    const moved = await boxOf(pinned)
    expect(Math.round(moved.x - dragged.x)).toBe(16)
    expect(Math.round(moved.y - dragged.y)).toBe(64)
    // Esc and a tap elsewhere leave it; its close button closes it.
    await page.keyboard.press('Escape')
    await page.locator('h1').click()
    await expect(pinned).toBeVisible()
    await pinned.getByRole('button', { name: 'Close' }).click()
    await expect(pinned).toBeHidden()
  })

  test('P pins the open card; several can be pinned; they reopen in the new language after a switch', async ({ page }) => {
    const text = required(publication.essayText(essaySlug, 'en'), `the en text of ${essaySlug}`)
    const [a, b] = [...new Set(text.rendered.occurrences.map((one) => one.termId))]
    await page.goto(essay('en'))
    for (const id of [a, b]) {
      await opener(page, '.essay', id).scrollIntoViewIfNeeded()
      await opener(page, '.essay', id).hover()
      await expect(card(page, id)).toBeVisible()
      await page.keyboard.press('p')
      await expect(card(page, id)).toHaveAttribute('data-pinned', '')
    }
    await page.mouse.move(2, 2)
    await page.waitForTimeout(500)
    await expect(page.locator('.card[data-pinned]:popover-open')).toHaveCount(2)
    const place = await boxOf(card(page, b))
    await page.locator('a[hreflang="ar"]').first().click()
    await expect(page).toHaveURL(/\/ar\/essays\//)
    await expect(card(page, a)).toBeVisible()
    await expect(card(page, b)).toBeVisible()
    await expect(card(page, b)).toHaveAttribute('lang', 'ar')
    await expect(card(page, b).getByRole('button', { pressed: true })).toHaveCount(1)
    // Where it was (once its opening animation has settled).
    await expect.poll(async () => card(page, b).boundingBox()).toMatchObject({ x: place.x, y: place.y })
  })
})

test.describe('previews of linked pages', () => {
  const slug = 'fixture-reading-guide'

  test('a link to another page of the publication previews it on hover and focus, and goes there on click', async ({ page }) => {
    await page.goto(`/fr/essays/${slug}`)
    const link = page.locator('.essay-body a[data-preview^="essay-"]').first()
    const key = required(await link.getAttribute('data-preview'), 'the data-preview attribute of the first preview link')
    const preview = page.locator(`#preview-${key}`)
    await link.hover()
    await expect(preview).toBeVisible()
    const target = required(publication.preview(key, 'fr'), `the French preview of ${key}`)
    await expect(preview.locator('.card-term')).toHaveText(target.title)
    await expect(link).toHaveAccessibleDescription(target.summary ?? '')
    await page.keyboard.press('Escape')
    await expect(preview).toBeHidden()
    await focusByTab(page, link)
    await expect(preview).toBeVisible()
    await link.click()
    await expect(page).toHaveURL(new RegExp(`${target.href}$`))
  })

  test('a glossary link previews the entry, in the page language; external links have no preview', async ({ page }) => {
    await page.goto(`/en/essays/${slug}`)
    const link = page.locator('.essay-body a[data-preview="term-cuda"]')
    await expect(link).toHaveAttribute('href', '/en/glossary/cuda')
    await link.hover()
    await expect(page.locator('#preview-term-cuda .card-summary')).toHaveText(publication.termEntry('cuda', 'en').value.summary)
    await page.goto('/en/essays/fixture-market-notes')
    const external = page.locator('.essay-body a[href^="https://"]').first()
    await expect(external).not.toHaveAttribute('data-preview', /./)
    await external.hover()
    await page.waitForTimeout(400)
    await expect(page.locator('.card:popover-open')).toHaveCount(0)
  })
})

test.describe('cards on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  const [first, second] = chainOf(essaySlug, 'en')

  test('a tap opens a card, a tap on a term in it opens the nested card inside the screen, a tap outside closes all', async ({ page }) => {
    await page.goto(essay('en'))
    const root = opener(page, '.essay', first)
    await root.scrollIntoViewIfNeeded()
    await root.tap()
    await expect(card(page, first)).toBeVisible()
    await expectInViewportNotCovering(page, card(page, first), root)
    const inner = opener(page, `#card-${first}`, second)
    await inner.tap()
    await expect(card(page, second)).toBeVisible()
    await expectInViewportNotCovering(page, card(page, second), inner)
    await expect(page).toHaveURL(new RegExp(`${essay('en')}$`))
    await page.locator('h1').first().tap()
    await expect(page.locator('.card:popover-open')).toHaveCount(0)
  })
})

test.describe('right to left', () => {
  const [first, second] = chainOf(essaySlug, 'ar')

  test('nested cards open in Arabic, right to left, inside the screen', async ({ page }) => {
    await page.goto(essay('ar'))
    const root = opener(page, '.essay', first)
    await root.scrollIntoViewIfNeeded()
    await root.hover()
    await expect(card(page, first)).toHaveAttribute('dir', 'rtl')
    await opener(page, `#card-${first}`, second).hover()
    await expect(card(page, second)).toBeVisible()
    await expectInViewportNotCovering(page, card(page, second), opener(page, `#card-${first}`, second))
    // Right-aligned with its term, as the text runs.
    const [cardBox, termBox] = [await boxOf(card(page, first)), await boxOf(root)]
    expect(Math.abs(cardBox.x + cardBox.width - (termBox.x + termBox.width))).toBeLessThan(termBox.width + 2)
  })
})

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })
  test('cards appear without animation', async ({ page }) => {
    await page.goto(essay('en'))
    await page.locator('.essay a.term').first().hover()
    const open = page.locator('.card:popover-open')
    await expect(open).toHaveCount(1)
    expect(await open.evaluate((element) => element.getAnimations().length)).toBe(0)
  })

  test('without the preference, cards fade in', async ({ browser }) => {
    const context = await browser.newContext({ reducedMotion: 'no-preference' })
    const page = await context.newPage()
    await page.goto(essay('en'))
    await page.locator('.essay a.term').first().hover()
    await expect(page.locator('.card:popover-open')).toHaveCount(1)
    expect(await page.locator('.card:popover-open').evaluate((element) => getComputedStyle(element).animationName)).toBe('card-in')
    await context.close()
  })
})
