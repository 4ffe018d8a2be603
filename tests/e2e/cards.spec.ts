import { chain, chainNames, fieldGuide, locales } from './facts'
import {
  annotationIn,
  axeViolations,
  boxOf,
  cardOf,
  expectInViewportNotCovering,
  focusAsKeyboard,
  focusByTab,
  openCards,
  pauseTime,
  switchLanguage
} from './helpers'
import { expect, test } from './ready'

const [first, second, third] = chain
const essay = fieldGuide.path('en')

test.describe('an essay’s cards', () => {
  test('are not in the essay’s HTML: they come from its cards page when first needed, once each', async ({ page, request }) => {
    const html = await (await request.get(essay)).text()
    expect(html).toContain(`data-term="${first}"`)
    expect(html).not.toContain(`id="card-${first}"`)
    expect(html).not.toContain('aria-describedby="card-')
    // The fragment is the cards alone: no page around them, no script, no React payload, no note numbers.
    const fragment = await (await request.get('/en/cards/fixture-field-guide.html')).text()
    expect(fragment).toMatch(
      /^<!doctype html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>[^<]+<\/title><\/head><body><div popover="manual" role="dialog"/
    )
    expect(fragment).not.toMatch(/<script|__next_f|data-note=|<header|<link /)
    const fetched: string[] = []
    page.on('request', (sent) => fetched.push(new URL(sent.url()).pathname))
    await page.goto(essay)
    await annotationIn(page, '.essay', first).hover()
    await expect(cardOf(page, first)).toBeVisible()
    expect(fetched.filter((path) => path === '/en/cards/fixture-field-guide.html')).toHaveLength(1)
    // Every term the essay annotates, and those their cards name, once each; and its two previews.
    const ids = await page.locator('.cards .card').evaluateAll((cards) => cards.map((card) => card.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining([
        ...fieldGuide.annotations.en.map(([id]) => `card-${id}`),
        `preview-${fieldGuide.narrowBankLink.key}`,
        `preview-${fieldGuide.marketNotesLink.key}`
      ])
    )
    // Annotations now point screen readers at their card's summary.
    await expect(annotationIn(page, '.essay', first)).toHaveAttribute('aria-describedby', `card-${first}-summary`)
  })
})

test.describe('nested cards', () => {
  test('a term in a card opens its own card beside it, to three levels; Esc closes from the top, giving focus back', async ({ page }) => {
    await page.goto(essay)
    const root = annotationIn(page, '.essay', first)
    await root.scrollIntoViewIfNeeded()
    await root.hover()
    await expect(cardOf(page, first)).toBeVisible()
    await expect(cardOf(page, first)).toHaveAccessibleName(chainNames.en[0])
    const inFirst = annotationIn(page, `[id="card-${first}"]`, second)
    await inFirst.hover()
    await expect(cardOf(page, second)).toBeVisible()
    await expect(cardOf(page, first)).toBeVisible()
    await expectInViewportNotCovering(page, cardOf(page, second), inFirst)
    const inSecond = annotationIn(page, `[id="card-${second}"]`, third)
    await inSecond.hover()
    await expect(cardOf(page, third)).toBeVisible()
    await expect(openCards(page)).toHaveCount(3)
    await expectInViewportNotCovering(page, cardOf(page, third), inSecond)
    // The last card of the chain names no term.
    await expect(cardOf(page, third).locator('a.term')).toHaveCount(0)
    await inSecond.focus()
    await page.keyboard.press('Escape')
    await expect(cardOf(page, third)).toBeHidden()
    await expect(cardOf(page, second)).toBeVisible()
    await expect(inSecond).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(cardOf(page, second)).toBeHidden()
    await expect(cardOf(page, first)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(openCards(page)).toHaveCount(0)
  })

  test('leaving the whole stack with the pointer closes it after the grace time; moving within it does not', async ({ page }) => {
    await page.clock.install()
    await page.goto(essay)
    await pauseTime(page)
    await annotationIn(page, '.essay', first).scrollIntoViewIfNeeded()
    await annotationIn(page, '.essay', first).hover()
    await page.clock.runFor(200)
    await expect(cardOf(page, first)).toBeVisible()
    await annotationIn(page, `[id="card-${first}"]`, second).hover()
    await page.clock.runFor(200)
    await expect(cardOf(page, second)).toBeVisible()
    // From the term in the first card into the nested card: still inside the stack, past the grace time.
    await cardOf(page, second).locator('.card-term').hover()
    await page.clock.runFor(1000)
    await expect(openCards(page)).toHaveCount(2)
    await page.mouse.move(2, 300)
    await page.clock.runFor(1000)
    await expect(openCards(page)).toHaveCount(0)
  })

  test('keyboard only: into a card, down to a nested one and back out', async ({ page }) => {
    await page.goto(essay)
    const root = annotationIn(page, '.essay', first)
    await focusAsKeyboard(page, root)
    await expect(cardOf(page, first)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(cardOf(page, first).locator(':focus')).toHaveCount(1)
    const inner = annotationIn(page, `[id="card-${first}"]`, second)
    await focusByTab(page, inner, 10)
    await expect(cardOf(page, second)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(cardOf(page, second).locator(':focus')).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(cardOf(page, second)).toBeHidden()
    await expect(inner).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(cardOf(page, first)).toBeHidden()
    await expect(root).toBeFocused()
    // Out of the last control of a card, Tab goes on after the term that opened it: to the same term's next
    // annotation (its card stays), then to the next term (another card).
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect(root).toBeFocused()
    await expect(cardOf(page, first)).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await expect(cardOf(page, first).locator(':focus')).toHaveCount(1)
    await cardOf(page, first).locator('.card-link').focus()
    await expect(cardOf(page, first).locator('.card-link')).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(page.locator('[id="term-fixture-bank-run-2"]')).toBeFocused()
    await expect(cardOf(page, first)).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(annotationIn(page, '.essay', second)).toBeFocused()
    await expect(cardOf(page, first)).toBeHidden()
    await expect(cardOf(page, second)).toBeVisible()
  })

  test('axe finds nothing in a stack of cards', async ({ page }) => {
    test.slow() // axe over the open cards
    await page.goto(essay)
    await annotationIn(page, '.essay', first).scrollIntoViewIfNeeded()
    await annotationIn(page, '.essay', first).hover()
    await annotationIn(page, `[id="card-${first}"]`, second).hover()
    await expect(openCards(page)).toHaveCount(2)
    // The page around them is checked by the page-level axe tests.
    expect(await axeViolations(page, '.cards')).toEqual([])
  })
})

test.describe('pinned cards', () => {
  test('a pinned card stays while the page scrolls, moves by drag and by arrow keys, and closes with its own button', async ({ page }) => {
    await page.goto(essay)
    await annotationIn(page, '.essay', first).scrollIntoViewIfNeeded()
    await annotationIn(page, '.essay', first).hover()
    const pinned = cardOf(page, first)
    const pin = pinned.getByRole('button', { name: 'Pin' })
    await pin.click()
    await expect(pin).toHaveAttribute('aria-pressed', 'true')
    // Its opening animation settled: then its box is where it stays.
    await expect.poll(() => pinned.evaluate((card) => card.getAnimations().length)).toBe(0)
    const before = await boxOf(pinned)
    await page.mouse.move(2, 300)
    await page.mouse.wheel(0, 1500)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
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
    // Esc and a press elsewhere leave it; its close button closes it.
    await page.keyboard.press('Escape')
    await page.locator('h1').click()
    await expect(pinned).toBeVisible()
    await pinned.getByRole('button', { name: 'Close' }).click()
    await expect(pinned).toBeHidden()
  })

  test('P pins the open card; several can be pinned; they reopen in the new language after a switch, where they were', async ({ page }) => {
    const [a, b] = ['fixture-lender-of-last-resort', first]
    await page.goto(essay)
    for (const id of [a, b]) {
      await annotationIn(page, '.essay', id).scrollIntoViewIfNeeded()
      await annotationIn(page, '.essay', id).hover()
      await expect(cardOf(page, id)).toBeVisible()
      await page.keyboard.press('p')
      await expect(cardOf(page, id)).toHaveAttribute('data-pinned', '')
    }
    await page.mouse.move(2, 300)
    await expect(page.locator('.card[data-pinned]:popover-open')).toHaveCount(2)
    await expect.poll(() => cardOf(page, b).evaluate((card) => card.getAnimations().length)).toBe(0)
    const place = await boxOf(cardOf(page, b))
    await switchLanguage(page, 'ar')
    await expect(page).toHaveURL(fieldGuide.path('ar'))
    await expect(cardOf(page, a)).toBeVisible()
    await expect(cardOf(page, b)).toBeVisible()
    await expect(cardOf(page, b)).toHaveAttribute('lang', 'ar')
    await expect(cardOf(page, b).getByRole('button', { pressed: true })).toHaveCount(1)
    // Where it was (to the layout's sub-pixel rounding).
    await expect
      .poll(async () => {
        const box = await cardOf(page, b).boundingBox()
        return box && [Math.round(box.x), Math.round(box.y)]
      })
      .toEqual([Math.round(place.x), Math.round(place.y)])
  })
})

test.describe('previews of linked pages', () => {
  test('a link to another essay previews it on hover and focus, in the page’s language, and goes there on click', async ({ page }) => {
    await page.goto(fieldGuide.path('fr'))
    const link = page.locator(`.essay-body a[data-preview="${fieldGuide.marketNotesLink.key}"]`)
    await expect(link).toHaveAttribute('href', '/fr/essays/fixture-market-notes')
    const preview = page.locator(`[id="preview-${fieldGuide.marketNotesLink.key}"]`)
    await link.scrollIntoViewIfNeeded()
    await link.hover()
    await expect(preview).toBeVisible()
    await expect(preview).toHaveAttribute('lang', 'fr')
    // The linked essay's title and the start of its first paragraph (it has no description), in French.
    await expect(preview.locator('.card-term')).toHaveText("Notes de marché : l'argent qui circule")
    await expect(preview.locator('.card-summary')).toHaveText(
      /^Certains recoins de la finance touchent leurs commissions quand l'argent change de mains/
    )
    await expect(link).toHaveAccessibleDescription(/^Certains recoins de la finance/)
    await page.keyboard.press('Escape')
    await expect(preview).toBeHidden()
    await focusAsKeyboard(page, link)
    await expect(preview).toBeVisible()
    await link.click()
    await expect(page).toHaveURL('/fr/essays/fixture-market-notes')
  })

  test('a glossary link previews the entry, falling back to English where it has no other; external links have no preview', async ({
    page
  }) => {
    await page.goto(fieldGuide.path('de'))
    const link = page.locator(`.essay-body a[data-preview="${fieldGuide.narrowBankLink.key}"]`)
    await expect(link).toHaveAttribute('href', '/de/glossary/fixture-narrow-bank')
    await link.scrollIntoViewIfNeeded()
    await link.hover()
    const preview = page.locator(`[id="preview-${fieldGuide.narrowBankLink.key}"]`)
    await expect(preview.locator('.card-term')).toHaveText(fieldGuide.narrowBankLink.title)
    await expect(preview.locator('.card-summary')).toHaveText(
      'A bank that holds all its deposits in cash or central-bank reserves and makes no loans, so that it can always pay every depositor back.'
    )
    await expect(preview).toHaveAttribute('lang', 'en')
    await page.clock.install()
    await page.goto('/en/essays/fixture-market-notes')
    await pauseTime(page)
    const external = page.locator('.essay-body a[href^="https://"]').first()
    await expect(external).not.toHaveAttribute('data-preview', /./)
    await external.hover()
    await page.clock.runFor(1000)
    await expect(openCards(page)).toHaveCount(0)
  })
})

test.describe('right to left', () => {
  test('nested cards open in Arabic, right to left, inside the screen, aligned with their term', async ({ page }) => {
    await page.goto(fieldGuide.path('ar'))
    const root = annotationIn(page, '.essay', first)
    await root.scrollIntoViewIfNeeded()
    await root.hover()
    await expect(cardOf(page, first)).toHaveAttribute('dir', 'rtl')
    await expect(cardOf(page, first)).toHaveAccessibleName(chainNames.ar[0])
    const inner = annotationIn(page, `[id="card-${first}"]`, second)
    await inner.hover()
    await expect(cardOf(page, second)).toBeVisible()
    await expectInViewportNotCovering(page, cardOf(page, second), inner)
    const [cardBox, termBox] = [await boxOf(cardOf(page, first)), await boxOf(root)]
    expect(Math.abs(cardBox.x + cardBox.width - (termBox.x + termBox.width))).toBeLessThan(termBox.width + 2)
  })
})

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' })
  test('cards appear without animation', async ({ page }) => {
    await page.goto(essay)
    await annotationIn(page, '.essay', first).hover()
    await expect(openCards(page)).toHaveCount(1)
    expect(await openCards(page).evaluate((element) => element.getAnimations().length)).toBe(0)
  })
})

test.describe('no preference for reduced motion', () => {
  // The suite measures under reduced motion (playwright.config.ts); this reader has not asked for it.
  test.use({ reducedMotion: 'no-preference' })
  test('cards fade in', async ({ page }) => {
    await page.goto(essay)
    await annotationIn(page, '.essay', first).hover()
    await expect(openCards(page)).toHaveCount(1)
    await expect(openCards(page)).toHaveCSS('animation-name', 'card-in')
  })
})

test('in every locale the cards come in the page’s language', { tag: '@both' }, async ({ page }) => {
  for (const locale of locales) {
    await page.goto(fieldGuide.path(locale))
    await annotationIn(page, '.essay', first).hover()
    await expect(cardOf(page, first)).toBeVisible()
    await expect(cardOf(page, first).locator('dfn')).toHaveText(chainNames[locale][0])
    await expect(cardOf(page, first).locator('.card-link')).toHaveAttribute('href', `/${locale}/glossary/${first}`)
  }
})

test('a link whose text holds a term shows the term’s card on hover and focus, naming the link’s site, still one click away', async ({
  page
}) => {
  await page.goto('/en/essays/fixture-english-only')
  const link = page.getByRole('link', { name: 'outside primer on the lender of last resort' })
  await expect(link).toHaveAttribute('href', 'https://example.org/primer')
  await expect(link.locator('a.term')).toHaveCount(0)
  const card = page.locator('[id="preview-via-fixture-lender-of-last-resort--aHR0cHM6Ly9leGFtcGxlLm9yZy9wcmltZXI"]')
  await link.hover()
  await expect(card).toBeVisible()
  await expect(card).toContainText('Lender of last resort')
  await expect(card.locator('.card-link')).toHaveText('Go to example.org →')
  await expect(card.locator('.card-link')).toHaveAttribute('href', 'https://example.org/primer')
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()
  await link.focus()
  await expect(card).toBeVisible()
})
