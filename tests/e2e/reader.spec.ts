import { englishOnlySlug, fieldGuide, idiom } from './facts'
import {
  annotationIn,
  axeViolations,
  cardOf,
  expectInViewportNotCovering,
  focusByTab,
  openCards,
  openSettings,
  pauseTime,
  textOf
} from './helpers'
import { expect, test } from './ready'

const essay = fieldGuide.path('en')
const terms = fieldGuide.annotations.en

test.describe('definition cards', () => {
  test('hover shows the card only after a short delay; moving into it keeps it; Esc closes it without moving focus', async ({ page }) => {
    // The page's clock is Playwright's from the start: time passes only when the test says.
    await page.clock.install()
    await page.goto(essay)
    await pauseTime(page)
    const term = annotationIn(page, '.essay', terms[0][0])
    const card = cardOf(page, terms[0][0])
    // When the pointer arrived, and when the card opened, as the page saw them.
    await page.evaluate(() => {
      const times = { over: 0, open: 0 }
      Object.assign(window, { times })
      document.addEventListener('pointerover', () => (times.over ||= performance.now()))
      document.addEventListener(
        'toggle',
        (event) => {
          if ((event.target as Element).id.startsWith('card-')) times.open ||= performance.now()
        },
        true
      )
    })
    await term.hover()
    // The intent delay (150 ms): a pointer passing over a term opens nothing.
    await page.clock.runFor(100)
    await expect(card).toBeHidden()
    await page.clock.runFor(100)
    await expect(card).toBeVisible()
    const times = await page.evaluate(() => (window as unknown as { times: { over: number; open: number } }).times)
    expect(times.over).toBeGreaterThan(0)
    expect(times.open - times.over).toBeGreaterThanOrEqual(150)
    await expect(card.locator('.card-summary')).not.toBeEmpty()
    await expect(term).toHaveAttribute('aria-expanded', 'true')
    const box = await cardOf(page, terms[0][0]).boundingBox()
    expect(box).not.toBeNull()
    await page.mouse.move((box?.x ?? 0) + 20, (box?.y ?? 0) + 20, { steps: 8 })
    await page.clock.runFor(1000)
    await expect(card).toBeVisible()
    const focusedBefore = await page.evaluate(() => document.activeElement?.tagName)
    await page.keyboard.press('Escape')
    await expect(card).toBeHidden()
    await expect(term).toHaveAttribute('aria-expanded', 'false')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe(focusedBefore)
  })

  test('a pointer that leaves the term and its card closes the card after a grace time, not before', async ({ page }) => {
    await page.clock.install()
    await page.goto(essay)
    await pauseTime(page)
    const term = annotationIn(page, '.essay', terms[0][0])
    await term.hover()
    await page.clock.runFor(200)
    await expect(cardOf(page, terms[0][0])).toBeVisible()
    await page.mouse.move(5, 400)
    // Still there within the grace time (300 ms), so that a pointer can cross the gap to the card…
    await page.clock.runFor(250)
    await expect(cardOf(page, terms[0][0])).toBeVisible()
    // …and gone after it.
    await page.clock.runFor(100)
    await expect(cardOf(page, terms[0][0])).toBeHidden()
  })

  test('each card sits inside the viewport, over none of its term, and shifts no layout', async ({ page }) => {
    await page.goto(essay)
    await page.evaluate(() => {
      ;(window as unknown as { shifts: number }).shifts = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value
      }).observe({ type: 'layout-shift', buffered: false })
    })
    for (const [id] of terms) {
      const term = annotationIn(page, '.essay', id)
      await term.scrollIntoViewIfNeeded()
      await term.hover()
      await expect(cardOf(page, id)).toBeVisible()
      await expectInViewportNotCovering(page, cardOf(page, id), term)
      await page.keyboard.press('Escape')
      await expect(openCards(page)).toHaveCount(0)
    }
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0)
  })

  test('keyboard focus shows the card, Tab moves on and closes it', async ({ page }) => {
    await page.goto(essay)
    // In order: bank run, bank run again (its card stays), deposit insurance.
    const [bankRun, bankRunAgain, depositInsurance] = [0, 1, 2].map((n) => page.locator('.essay a.term').nth(n))
    await expect(depositInsurance).toHaveAttribute('data-term', 'fixture-deposit-insurance')
    await focusByTab(page, bankRun)
    const card = cardOf(page, 'fixture-bank-run')
    await expect(card).toBeVisible()
    // The description is the summary's DOM text, as textContent reads it.
    await expect(bankRun).toHaveAccessibleDescription(await textOf(card.locator('.card-summary')))
    await page.keyboard.press('Tab')
    await expect(bankRunAgain).toBeFocused()
    await expect(card).toBeVisible()
    await page.keyboard.press('Tab')
    await expect(depositInsurance).toBeFocused()
    await expect(card).toBeHidden()
    await expect(cardOf(page, 'fixture-deposit-insurance')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(cardOf(page, 'fixture-deposit-insurance')).toBeHidden()
    await expect(depositInsurance).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(bankRunAgain).toBeFocused()
    await expect(card).toBeVisible()
    // Focus that leaves for something that is not a term closes the card too.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await expect(page.locator('.essay a.term:focus')).toHaveCount(0)
    await expect(page.locator('main :focus')).toHaveCount(1)
    await expect(card).toBeHidden()
  })

  test('a keyboard-only walk reaches every annotation, opens and dismisses each card, with focus always visible and no trap', async ({
    page
  }) => {
    await page.goto(essay)
    const annotations = terms.reduce((sum, [, count]) => sum + count, 0)
    await expect(page.locator('.essay a.term')).toHaveCount(annotations)
    const reached = new Set<number>()
    // No trap: once every annotation has had focus, Tab goes on past them.
    let leftTheAnnotations = false
    for (let step = 0; step < annotations + 80 && !leftTheAnnotations; step++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        if (!element || element === document.body) return null
        const style = getComputedStyle(element)
        return {
          visible: element.matches(':focus-visible') && style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          describe: `${element.tagName}.${element.className} ${element.textContent?.slice(0, 30)}`,
          termIndex: [...document.querySelectorAll('.essay a.term')].indexOf(element),
          termId: element.getAttribute('data-term')
        }
      })
      if (reached.size === annotations && (!focused || focused.termIndex < 0)) leftTheAnnotations = true
      if (!focused) continue
      expect(focused.visible, `focus is visible on ${focused.describe}`).toBe(true)
      if (focused.termIndex >= 0) {
        reached.add(focused.termIndex)
        await expect(cardOf(page, focused.termId ?? '')).toBeVisible()
        await page.keyboard.press('Escape')
        await expect(openCards(page)).toHaveCount(0)
        await expect(page.locator('.essay a.term').nth(focused.termIndex)).toBeFocused()
      }
    }
    expect(reached.size).toBe(annotations)
    expect(leftTheAnnotations).toBe(true)
  })

  test('the card link reaches the term page', async ({ page }) => {
    await page.goto(essay)
    await annotationIn(page, '.essay', terms[0][0]).hover()
    await cardOf(page, terms[0][0]).locator('.card-link').click()
    await expect(page).toHaveURL(`/en/glossary/${terms[0][0]}`)
    await expect(page.locator('h1')).toHaveText('Bank run')
  })

  test('without JavaScript a term is a working link to its glossary page', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(essay)
    await annotationIn(page, '.essay', terms[0][0]).click()
    await expect(page).toHaveURL(`/en/glossary/${terms[0][0]}`)
    await expect(page.locator('h1')).toHaveText('Bank run')
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
    const phrase = annotationIn(page, '.essay', idiom.id)
    await expect(phrase).toHaveAttribute('lang', idiom.lang)
    await phrase.scrollIntoViewIfNeeded()
    await phrase.hover()
    const listen = cardOf(page, idiom.id).getByRole('button', { name: 'Listen' })
    await expect(listen).toBeVisible()
    await listen.click()
    expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken)).toEqual([
      { text: idiom.original, lang: idiom.lang }
    ])
  })

  test('without a voice for the phrase’s language, the listen button stays hidden', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'speechSynthesis', { value: { getVoices: () => [{ lang: 'fr-FR' }], cancel() {}, speak() {} } })
    })
    await page.goto(essay)
    const phrase = annotationIn(page, '.essay', idiom.id)
    await phrase.scrollIntoViewIfNeeded()
    await phrase.hover()
    await expect(cardOf(page, idiom.id)).toBeVisible()
    await expect(cardOf(page, idiom.id).locator('.listen')).toHaveCount(1)
    await expect(cardOf(page, idiom.id).locator('.listen')).toBeHidden()
  })

  test('the idiom’s card gives its original, its pinyin and its literal meaning', async ({ page }) => {
    await page.goto(fieldGuide.path('fr'))
    const phrase = annotationIn(page, '.essay', idiom.id)
    await phrase.scrollIntoViewIfNeeded()
    await phrase.hover()
    const facts = cardOf(page, idiom.id).locator('.card-facts')
    await expect(facts.locator('dd')).toContainText([idiom.romanization, idiom.literal.fr])
  })
})

test('an "appears in" list links to every occurrence, each landing on its annotation, highlighted', async ({ page }) => {
  await page.goto('/en/glossary/fixture-bank-run')
  const listed = page.locator('section[aria-labelledby="appears-in"] .occurrences a')
  await expect(listed).toHaveCount(4)
  expect(await listed.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
    [1, 2, 3, 4].map((n) => `${essay}#term-fixture-bank-run-${n}`)
  )
  await listed.nth(2).click()
  await expect(page).toHaveURL(`${essay}#${fieldGuide.repeatInSection}`)
  const target = page.locator(`[id="${fieldGuide.repeatInSection}"]`)
  await expect(target).toHaveAttribute('data-term', 'fixture-bank-run')
  await expect(target).not.toHaveAttribute('data-first', '')
  await expect(target).toBeInViewport()
  await expect(target).toHaveCSS('background-color', /rgb\((?!0, 0, 0\))/)
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true)
})

test('with marking off, no term is marked and no card opens on any page, and the setting holds across pages and reloads', async ({
  page
}) => {
  await page.clock.install()
  await page.goto(essay)
  await pauseTime(page)
  const settings = await openSettings(page)
  await expect(settings.getByRole('radio', { name: 'The first time in each section' })).toBeChecked()
  await settings.getByRole('radio', { name: 'Never' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-marking', 'never')
  for (const path of [essay, '/en/glossary/fixture-deposit-insurance', `/en/essays/${englishOnlySlug}`]) {
    await page.goto(path)
    // Applied before the first paint: the attribute is there before any script of the page's ran.
    await expect(page.locator('html')).toHaveAttribute('data-marking', 'never')
    const term = page.locator('main a.term').first()
    await expect(term).toHaveAttribute('tabindex', '-1')
    await expect(term).toHaveCSS('text-decoration-line', 'none')
    await term.hover({ force: true })
    await term.dispatchEvent('term:open')
    await page.clock.runFor(1000)
    await expect(openCards(page)).toHaveCount(0)
    await expect((await openSettings(page)).getByRole('radio', { name: 'Never' })).toBeChecked()
  }
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-marking', 'never')
  await (await openSettings(page)).getByRole('radio', { name: 'Every time' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-marking', 'every')
  await page.keyboard.press('Escape')
  await page.locator('main a.term').first().hover()
  await page.clock.runFor(200)
  await expect(openCards(page)).toHaveCount(1)
})

test.describe('print', () => {
  test('annotations become numbered notes, listed at the end in the page’s order; screen controls are not printed', async ({ page }) => {
    await page.goto(essay)
    // The cards are fetched after load, when the browser is idle; printing puts in those that have arrived
    // (printing before they arrive prints no notes: asked again until they have).
    await expect
      .poll(async () => {
        await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
        return page.locator('.cards .card').count()
      })
      .toBeGreaterThan(0)
    await page.emulateMedia({ media: 'print' })
    const first = page.locator('.essay a.term[data-first]').first()
    await expect(first).toHaveAttribute('data-note', '1')
    expect(await first.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('"1"')
    // One note per annotated term, in order of first appearance; the cards only other cards name are not notes.
    const notes = page.locator('.cards .card:visible')
    await expect(notes).toHaveCount(terms.length)
    expect(await notes.evaluateAll((cards) => cards.map((card) => card.id))).toEqual(terms.map(([id]) => `card-${id}`))
    await expect(page.locator('.cards .print-only')).toBeVisible()
    for (const control of ['.site-header', '.essay-tools', '.essay-neighbours', '.card-actions']) {
      await expect(page.locator(control).first(), control).toBeAttached()
      await expect(page.locator(control).first(), control).toBeHidden()
    }
  })
})

test.describe('404', () => {
  for (const path of ['/en/essays/no-such-essay', '/en/glossary/no-such-term', '/en/no/such/page', '/xx/essays/anything', '/zz']) {
    test(`${path} answers 404 with a way back`, { tag: '@both' }, async ({ page }) => {
      const response = await page.goto(path)
      expect(response?.status()).toBe(404)
      await expect(page.locator('h1')).toHaveText(/not found/i)
      await expect(page.locator('main a').first()).toHaveAttribute('href', /^\/[a-z]{2}(\/|$)/)
    })
  }

  test('a 404 under a locale is in that locale’s language, without JavaScript, in both serving modes', { tag: '@both' }, async ({
    browser
  }) => {
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
      for (const path of [essay, '/en/glossary', '/en/glossary/fixture-bank-run', '/en', '/en/search?q=bank']) {
        test(`${path} has no violations`, async ({ page }) => {
          await page.goto(path)
          const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
          // The page follows the reader's colour scheme.
          expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 22, 26)' : 'rgb(253, 252, 249)')
          expect(await axeViolations(page)).toEqual([])
        })
      }
    })
  }

  test.describe('on a phone, with the menus open', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    for (const menu of ['language-menu', 'settings-menu', 'site-search']) {
      test(`${menu} has no violations`, async ({ page }) => {
        await page.goto(essay)
        await page.locator(`[popovertarget="${menu}"]`).tap()
        await expect(page.locator(`[id="${menu}"]`)).toBeVisible()
        expect(await axeViolations(page, '.site-header')).toEqual([])
      })
    }
  })

  test('the essay with an open card has no violations', async ({ page }) => {
    await page.goto(essay)
    await page.locator('.essay a.term').first().hover()
    await expect(openCards(page)).toHaveCount(1)
    expect(await axeViolations(page, '.cards')).toEqual([])
  })
})

test('term pages carry schema.org DefinedTerm JSON-LD', async ({ page }) => {
  await page.goto('/en/glossary/fixture-deposit-insurance')
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(json).toMatchObject({ '@type': 'DefinedTerm', name: 'Deposit insurance', termCode: 'fixture-deposit-insurance', inLanguage: 'en' })
  await expect(page.locator('h1')).toHaveText(json.name, { useInnerText: true })
})
