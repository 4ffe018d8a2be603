import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { essaySlug, termId } from './content'

const essay = `/en/essays/${essaySlug}`

/** The card of an annotation element. */
async function cardOf(page: Page, term: ReturnType<Page['locator']>) {
  const id = await term.getAttribute('data-term')
  return page.locator(`#card-${id}`)
}

test.describe('definition cards', () => {
  test('hover shows the card after a short delay; moving into it keeps it; Esc closes it without moving focus', async ({ page }) => {
    await page.goto(essay)
    const term = page.locator('a.term').first()
    const card = await cardOf(page, term)
    await expect(card).toBeHidden()
    await term.hover()
    await expect(card).toBeVisible()
    await expect(card.locator('.card-summary')).not.toBeEmpty()
    await expect(term).toHaveAttribute('aria-expanded', 'true')
    const box = (await card.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 })
    await page.waitForTimeout(600)
    await expect(card).toBeVisible()
    const focusedBefore = await page.evaluate(() => document.activeElement?.tagName)
    await page.keyboard.press('Escape')
    await expect(card).toBeHidden()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focusedBefore)
  })

  test('the card sits inside the viewport, does not cover its term and shifts no layout', async ({ page }) => {
    await page.goto(essay)
    await page.evaluate(() => {
      ;(window as unknown as { shifts: number }).shifts = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value
      }).observe({ type: 'layout-shift', buffered: false })
    })
    const terms = page.locator('a.term')
    for (const index of [0, 5, 10]) {
      const term = terms.nth(index)
      await term.scrollIntoViewIfNeeded()
      await term.hover()
      const card = await cardOf(page, term)
      await expect(card).toBeVisible()
      const [cardBox, termBox] = [(await card.boundingBox())!, (await term.boundingBox())!]
      const viewport = page.viewportSize()!
      expect(cardBox.x).toBeGreaterThanOrEqual(0)
      expect(cardBox.y).toBeGreaterThanOrEqual(0)
      expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport.width)
      expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height)
      const overlaps =
        cardBox.x < termBox.x + termBox.width && termBox.x < cardBox.x + cardBox.width && cardBox.y < termBox.y + termBox.height && termBox.y < cardBox.y + cardBox.height
      expect(overlaps).toBe(false)
      await page.keyboard.press('Escape')
    }
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0)
  })

  test('keyboard focus shows the card and Tab moves on', async ({ page }) => {
    await page.goto(essay)
    const term = page.locator('a.term').first()
    const card = await cardOf(page, term)
    await page.keyboard.press('Tab')
    // Tab until the first annotation has focus.
    for (let step = 0; step < 60 && !(await term.evaluate((element) => element === document.activeElement)); step++) {
      await page.keyboard.press('Tab')
    }
    await expect(term).toBeFocused()
    await expect(card).toBeVisible()
    await expect(term).toHaveAccessibleDescription(await card.locator('.card-summary').innerText())
    await page.keyboard.press('Escape')
    await expect(card).toBeHidden()
    await expect(term).toBeFocused()
  })

  test('a keyboard-only walk reaches every annotation, opens and dismisses each card, with focus always visible and no trap', async ({ page }) => {
    test.setTimeout(180_000)
    await page.goto(essay)
    const annotations = await page.locator('a.term').count()
    expect(annotations).toBeGreaterThan(0)
    const reached = new Set<number>()
    // No trap: once every annotation has had focus, Tab goes on past them
    // (to what follows the essay, or out of the page to the browser).
    let leftTheAnnotations = false
    for (let step = 0; step < annotations + 200 && !leftTheAnnotations; step++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        if (!element || element === document.body) return null
        const style = getComputedStyle(element)
        return {
          visible: element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          describe: `${element.tagName}.${element.className} ${element.textContent?.slice(0, 30)}`,
          termIndex: [...document.querySelectorAll('a.term')].indexOf(element),
          termId: element.dataset.term ?? null
        }
      })
      if (reached.size === annotations && (!focused || focused.termIndex < 0)) leftTheAnnotations = true
      if (!focused) continue
      expect(focused.visible, `focus is visible on ${focused.describe}`).toBe(true)
      if (focused.termIndex >= 0) {
        reached.add(focused.termIndex)
        const card = page.locator(`#card-${focused.termId}`)
        await expect(card).toBeVisible()
        await page.keyboard.press('Escape')
        await expect(card).toBeHidden()
        await expect(page.locator('a.term').nth(focused.termIndex)).toBeFocused()
      }
    }
    expect(reached.size).toBe(annotations)
    expect(leftTheAnnotations).toBe(true)
  })

  test('the card link reaches the term page', async ({ page }) => {
    await page.goto(essay)
    const term = page.locator('a.term').first()
    const id = await term.getAttribute('data-term')
    await term.hover()
    const card = await cardOf(page, term)
    const name = await card.locator('dfn').innerText()
    await card.locator('.card-link').click()
    await expect(page).toHaveURL(new RegExp(`/en/glossary/${id}$`))
    await expect(page.locator('h1')).toHaveText(name)
  })

  test('without JavaScript a term is a working link to its glossary page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(essay)
    const term = page.locator('a.term').first()
    const id = await term.getAttribute('data-term')
    await term.click()
    await expect(page).toHaveURL(new RegExp(`/en/glossary/${id}$`))
    await expect(page.locator('h1')).toBeVisible()
    await context.close()
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a tap shows the card and a tap outside closes it', async ({ page }) => {
    await page.goto(essay)
    const term = page.locator('a.term').nth(3)
    await term.scrollIntoViewIfNeeded()
    const card = await cardOf(page, term)
    await term.tap()
    await expect(card).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`${essay}$`))
    await page.locator('h1').first().tap()
    await expect(card).toBeHidden()
  })
})

test('an "appears in" link lands on the highlighted occurrence', async ({ page }) => {
  await page.goto(essay)
  const id = await page.locator('a.term').nth(2).getAttribute('data-term')
  await page.goto(`/en/glossary/${id}`)
  const occurrence = page.locator('section[aria-labelledby="appears-in"] .occurrences a').first()
  await expect(occurrence).toBeVisible()
  await occurrence.click()
  const hash = new URL(page.url()).hash.slice(1)
  expect(hash).toMatch(new RegExp(`^term-${id}-\\d+$`))
  const target = page.locator(`[id="${hash}"]`)
  await expect(target).toHaveAttribute('data-term', id!)
  await expect(target).toBeInViewport()
  await expect(target).toHaveCSS('background-color', /rgb\((?!0, 0, 0\))/)
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true)
})

test('the annotations setting persists across a reload', async ({ page }) => {
  await page.goto(essay)
  const toggle = page.getByRole('button', { name: 'Annotations' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Annotations' })).toHaveAttribute('aria-pressed', 'false')
  await expect(page.locator('html')).toHaveAttribute('data-annotations', 'off')
  const term = page.locator('a.term').first()
  await expect(term).toHaveAttribute('tabindex', '-1')
  await expect(term).toHaveCSS('text-decoration-line', 'none')
  await page.getByRole('button', { name: 'Annotations' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-annotations', 'on')
})

test.describe('404', () => {
  for (const path of ['/en/essays/no-such-essay', `/en/glossary/no-such-term`, '/en/no/such/page', '/xx/essays/anything', '/zz']) {
    test(`${path} answers 404 with a way back`, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.locator('h1')).toHaveText(/not found/i)
      await expect(page.locator('main a').first()).toHaveAttribute('href', /^\/[a-z]{2}(\/|$)/)
    })
  }

  test('a 404 says so without JavaScript, in the language of its path where the host serves per-locale 404s', async ({ browser }, testInfo) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto('/zh/no/such/page')
    expect(response?.status()).toBe(404)
    await expect(page.locator('h1')).toBeVisible()
    if (testInfo.project.name === 'static') {
      // The static export has one 404 page per locale (out/<locale>/404.html).
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans')
      await expect(page.locator('main a[href="/zh"]')).toBeVisible()
    } else {
      // `next start` answers unknown paths with the one 404 page, which offers every language.
      await expect(page.locator('main a[hreflang="zh-Hans"]')).toHaveAttribute('href', '/zh')
    }
    await context.close()
  })
})

test.describe('accessibility (axe)', () => {
  for (const path of [essay, '/en/glossary', `/en/glossary/${termId}`, '/en']) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path)
      const results = await new AxeBuilder({ page }).analyze()
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([])
    })
  }

  test('the essay with an open card has no violations', async ({ page }) => {
    await page.goto(essay)
    await page.locator('a.term').first().hover()
    await expect(page.locator('.card:popover-open')).toHaveCount(1)
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
})

test('term pages carry schema.org DefinedTerm JSON-LD', async ({ page }) => {
  await page.goto(`/en/glossary/${termId}`)
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
  expect(json['@type']).toBe('DefinedTerm')
  expect(json.name).toBe(await page.locator('h1').innerText())
})
