import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page, test } from '@playwright/test'
import { required } from '@/tests/support/required'
import { axeTags } from '../support/axe-tags'
import { englishOnlySlug, essaySlug, publication, termId } from './content'
import { expectInViewportNotCovering, focusByTab, textOf } from './helpers'

const essay = `/en/essays/${essaySlug}`

/** The card of an annotation element. */
async function cardOf(page: Page, term: Locator) {
  const id = await term.getAttribute('data-term')
  expect(id).toBeTruthy()
  return page.locator(`#card-${id}`)
}

test.describe('definition cards', () => {
  test('hover shows the card only after a short delay; moving into it keeps it; Esc closes it without moving focus', async ({ page }) => {
    await page.goto(essay)
    const term = page.locator('a.term').first()
    const card = await cardOf(page, term)
    await expect(card).toBeHidden()
    // When the pointer arrived, and when the card opened, as the page saw them.
    await card.evaluate((element) => {
      const times = { over: 0, open: 0 }
      Object.assign(window, { times })
      document.addEventListener('pointerover', () => (times.over ||= performance.now()))
      element.addEventListener('toggle', () => (times.open ||= performance.now()))
    })
    await term.hover()
    await expect(card).toBeVisible()
    // The intent delay (150 ms): a pointer passing over a term opens nothing.
    const times = await page.evaluate(() => (window as unknown as { times: { over: number; open: number } }).times)
    expect(times.over).toBeGreaterThan(0)
    expect(times.open - times.over).toBeGreaterThanOrEqual(145)
    await expect(card.locator('.card-summary')).not.toBeEmpty()
    await expect(term).toHaveAttribute('aria-expanded', 'true')
    const box = (await card.boundingBox()) ?? { x: 0, y: 0, width: 0, height: 0 }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 })
    await page.waitForTimeout(600)
    await expect(card).toBeVisible()
    const focusedBefore = await page.evaluate(() => document.activeElement?.tagName)
    await page.keyboard.press('Escape')
    await expect(card).toBeHidden()
    await expect(term).toHaveAttribute('aria-expanded', 'false')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focusedBefore)
  })

  test('a pointer that leaves the term and its card closes the card after a grace time', async ({ page }) => {
    await page.goto(essay)
    const term = page.locator('a.term').first()
    const card = await cardOf(page, term)
    await term.hover()
    await expect(card).toBeVisible()
    await page.mouse.move(5, 5)
    // Still there within the grace time (300 ms), so that a pointer can cross the gap to the card…
    expect(await card.isVisible()).toBe(true)
    // …and gone after it.
    await expect(card).toBeHidden()
  })

  test('the card sits inside the viewport, does not cover its term and shifts no layout', async ({ page }) => {
    await page.goto(essay)
    await page.evaluate(() => {
      ;(window as unknown as { shifts: number }).shifts = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value
      }).observe({ type: 'layout-shift', buffered: false })
    })
    const terms = page.locator('a.term')
    expect(await terms.count()).toBeGreaterThan(10)
    for (const index of [0, 5, 10]) {
      const term = terms.nth(index)
      await term.scrollIntoViewIfNeeded()
      await term.hover()
      const card = await cardOf(page, term)
      await expect(card).toBeVisible()
      await expectInViewportNotCovering(page, card, term)
      await page.keyboard.press('Escape')
    }
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0)
  })

  test('keyboard focus shows the card, Tab moves on and closes it', async ({ page }) => {
    await page.goto(essay)
    const terms = page.locator('a.term')
    const [term, next] = [terms.nth(0), terms.nth(1)]
    const card = await cardOf(page, term)
    await focusByTab(page, term)
    await expect(card).toBeVisible()
    // The description is computed from the DOM text of the summary, as textContent reads it.
    await expect(term).toHaveAccessibleDescription(await textOf(card.locator('.card-summary')))
    await page.keyboard.press('Tab')
    await expect(next).toBeFocused()
    await expect(card).toBeHidden()
    await expect(await cardOf(page, next)).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(await cardOf(page, next)).toBeHidden()
    await expect(next).toBeFocused()
    // Focus that leaves for something that is not a term closes the card too.
    await page.keyboard.press('Shift+Tab')
    await expect(term).toBeFocused()
    await expect(card).toBeVisible()
    await page.keyboard.press('Shift+Tab')
    await expect(page.locator('.essay-tools :focus, .site-header :focus')).toHaveCount(1)
    await expect(card).toBeHidden()
  })

  test('a keyboard-only walk reaches every annotation, opens and dismisses each card, with focus always visible and no trap', async ({
    page
  }) => {
    test.setTimeout(180_000)
    await page.goto(essay)
    const annotations = await page.locator('.essay a.term').count()
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
          termIndex: [...document.querySelectorAll('.essay a.term')].indexOf(element),
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
        await expect(page.locator('.essay a.term').nth(focused.termIndex)).toBeFocused()
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
    const name = await textOf(card.locator('dfn'))
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

  test('the listen button shows where the browser has a voice, and speaks the phrase in its language', async ({ page }) => {
    // A browser with one Chinese voice, which records what it is asked to say.
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = []
      Object.assign(window, { spoken })
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [{ lang: 'zh-CN', name: 'Test voice' }],
          cancel: () => undefined,
          speak: (utterance: { text: string; lang: string }) => spoken.push({ text: utterance.text, lang: utterance.lang })
        }
      })
    })
    await page.goto(essay)
    const phrase = page.locator('a.term[lang]').first()
    const card = await cardOf(page, phrase)
    const listen = card.locator('[data-speak]')
    await expect(listen).toBeHidden()
    await phrase.scrollIntoViewIfNeeded()
    await phrase.hover()
    await expect(listen).toBeVisible()
    await listen.click()
    const original = await listen.getAttribute('data-speak')
    expect(original).toBeTruthy()
    expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken)).toEqual([
      { text: original, lang: await phrase.getAttribute('lang') }
    ])
  })

  test('without a voice for the phrase’s language, the listen button stays hidden', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => [{ lang: 'fr-FR' }], cancel() {}, speak() {} } })
    })
    await page.goto(essay)
    const phrase = page.locator('a.term[lang]').first()
    await phrase.scrollIntoViewIfNeeded()
    await phrase.hover()
    const card = await cardOf(page, phrase)
    await expect(card).toBeVisible()
    await expect(card.locator('[data-speak]')).toBeHidden()
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('a tap shows the card, a tap outside closes it, and a second tap on the term follows its link', async ({ page }) => {
    await page.goto(essay)
    const term = page.locator('a.term').nth(3)
    await term.scrollIntoViewIfNeeded()
    const card = await cardOf(page, term)
    await term.tap()
    await expect(card).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`${essay}$`))
    await expectInViewportNotCovering(page, card, term)
    await page.locator('h1').first().tap()
    await expect(card).toBeHidden()
    await term.tap()
    await expect(card).toBeVisible()
    const href = await term.getAttribute('href')
    await term.tap()
    await expect(page).toHaveURL(new RegExp(`${href}$`))
  })
})

test('an "appears in" list links to every occurrence, each landing on the highlighted annotation', async ({ page }) => {
  await page.goto(essay)
  // The term annotated most often in the essay, as the page shows it.
  const ids = await page.locator('.essay a.term').evaluateAll((terms) => terms.map((term) => (term as HTMLElement).dataset.term ?? ''))
  const id = required(
    [...new Set(ids)].sort((a, b) => ids.filter((x) => x === b).length - ids.filter((x) => x === a).length)[0],
    'an annotated term'
  )
  const onEssayPage = ids.filter((x) => x === id).length
  expect(onEssayPage).toBeGreaterThan(1)
  await page.goto(`/en/glossary/${id}`)
  const listed = page.locator('section[aria-labelledby="appears-in"] .occurrences a')
  // Every occurrence on the essay page is listed, each linking to its annotation, in order.
  await expect(page.locator(`section[aria-labelledby="appears-in"] .occurrences a[href^="${essay}#"]`)).toHaveCount(onEssayPage)
  expect(await listed.count()).toBe(publication.appearsIn(id, 'en').reduce((sum, found) => sum + found.hrefs.length, 0))
  await listed.first().click()
  const hash = new URL(page.url()).hash.slice(1)
  expect(hash).toMatch(new RegExp(`^term-${id}-\\d+$`))
  const target = page.locator(`[id="${hash}"]`)
  await expect(target).toHaveAttribute('data-term', id)
  await expect(target).toBeInViewport()
  await expect(target).toHaveCSS('background-color', /rgb\((?!0, 0, 0\))/)
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true)
})

test('with annotations off, no card opens on any page, and the setting holds across pages and reloads', async ({ page }) => {
  await page.goto(essay)
  const toggle = page.getByRole('button', { name: 'Annotations' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  for (const path of [essay, `/en/glossary/${termId}`, `/en/essays/${englishOnlySlug}`]) {
    await page.goto(path)
    await expect(page.getByRole('button', { name: 'Annotations' })).toHaveAttribute('aria-pressed', 'false')
    await expect(page.locator('html')).toHaveAttribute('data-annotations', 'off')
    const term = page.locator('main a.term').first()
    await expect(term).toHaveAttribute('tabindex', '-1')
    await expect(term).toHaveCSS('text-decoration-line', 'none')
    await term.hover({ force: true })
    await term.dispatchEvent('term:open')
    await page.waitForTimeout(400)
    await expect(page.locator('.card:popover-open')).toHaveCount(0)
  }
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-annotations', 'off')
  await page.getByRole('button', { name: 'Annotations' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-annotations', 'on')
  await page.locator('main a.term').first().hover()
  await expect(page.locator('.card:popover-open')).toHaveCount(1)
})

test.describe('print', () => {
  test('annotations become numbered notes, listed at the end; screen controls are not printed', async ({ page }) => {
    await page.goto(essay)
    await page.emulateMedia({ media: 'print' })
    const first = page.locator('.essay a.term[data-first]').first()
    const note = await first.getAttribute('data-note')
    expect(Number(note)).toBeGreaterThan(0)
    expect(await first.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`"${note}"`)
    const notes = page.locator(`.cards .card:not([data-nested])`)
    expect(await notes.count()).toBeGreaterThan(10)
    await expect(notes.first()).toBeVisible()
    await expect(page.locator('.cards .card[data-nested]').first()).toBeHidden()
    await expect(page.locator('.cards .print-only')).toBeVisible()
    for (const control of [
      '.site-header',
      '.essay-tools',
      'a[data-compare]',
      '.card-language select',
      '.card-actions',
      '.essay-neighbours'
    ]) {
      const located = page.locator(control).first()
      if ((await page.locator(control).count()) === 0) continue
      await expect(located, control).toBeHidden()
    }
    await expect(page.locator('.essay-tools')).toBeHidden()
  })
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

  test('a 404 under a locale is in that locale’s language, without JavaScript, in both serving modes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const [path, lang] of [
      ['/zh/no/such/page', 'zh-Hans'],
      ['/zh/essays/nope', 'zh-Hans'],
      ['/ar/glossary/nope', 'ar']
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator('h1')).not.toHaveText(/not found/i)
      await expect(page.locator(`main a[href="/${path.split('/')[1]}"]`)).toBeVisible()
    }
    await context.close()
  })
})

test.describe('accessibility (axe)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(colorScheme, () => {
      test.use({ colorScheme })
      for (const path of [essay, '/en/glossary', `/en/glossary/${termId}`, '/en', '/en/search']) {
        test(`${path} has no violations`, async ({ page }) => {
          await page.goto(path)
          const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
          // The page follows the reader's colour scheme.
          expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 22, 26)' : 'rgb(253, 252, 249)')
          const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
          expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual(
            []
          )
        })
      }
    })
  }

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } })
    for (const path of ['/en', '/en/glossary', essay]) {
      test(`${path} has no violations on a narrow screen`, async ({ page }) => {
        await page.goto(path)
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual(
          []
        )
      })
    }
  })

  test('the essay with an open card has no violations', async ({ page }) => {
    await page.goto(essay)
    await page.locator('a.term').first().hover()
    await expect(page.locator('.card:popover-open')).toHaveCount(1)
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
})

test('term pages carry schema.org DefinedTerm JSON-LD', async ({ page }) => {
  await page.goto(`/en/glossary/${termId}`)
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(json['@type']).toBe('DefinedTerm')
  expect(typeof json.name).toBe('string')
  // The name as a reader sees the heading (rendered text).
  await expect(page.locator('h1')).toHaveText(json.name, { useInnerText: true })
})
