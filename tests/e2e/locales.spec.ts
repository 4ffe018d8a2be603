import type { Page } from '@playwright/test'
import { chainNames, dirOf, englishOnlySlug, fieldGuide, idiom, langOf, locales, siteUrl } from './facts'
import { annotationIn, axeViolations, cardOf, focusAsKeyboard, openCards, switchLanguage } from './helpers'
import { expect, test } from './ready'

/** Index of the first block below the header's line (whether the header shows or has slid away). */
const topBlock = (page: Page) =>
  page.evaluate(() => {
    const top = document.querySelector<HTMLElement>('.site-header')?.offsetHeight ?? 0
    for (const block of document.querySelectorAll<HTMLElement>('[data-block]')) {
      if (block.getBoundingClientRect().bottom > top + 1) return Number(block.dataset.block)
    }
    return -1
  })

test.describe('every locale', () => {
  for (const locale of locales) {
    test(`${locale}: the field guide in ${langOf[locale]}, its title, and each term annotated as often as the text has it`, async ({
      page
    }) => {
      await page.goto(fieldGuide.path(locale))
      await expect(page.locator('html')).toHaveAttribute('lang', langOf[locale])
      await expect(page.locator('html')).toHaveAttribute('dir', dirOf(locale))
      await expect(page.locator('article.essay')).toHaveAttribute('lang', langOf[locale])
      await expect(page.locator('h1')).toHaveText(fieldGuide.titles[locale])
      const [heading, id] = fieldGuide.firstHeading[locale]
      await expect(page.locator('.essay-body h2').first()).toHaveText(heading)
      await expect(page.locator('.essay-body h2').first()).toHaveAttribute('id', id)
      const shown = await page
        .locator('.essay a.term')
        .evaluateAll((terms) => terms.map((term) => term.getAttribute('data-term')).filter((id) => id !== null))
      const counted = [...new Set(shown)].map((termId) => [termId, shown.filter((one) => one === termId).length])
      expect(counted).toEqual(fieldGuide.annotations[locale])
      await expect(annotationIn(page, '.essay', 'fixture-bank-run')).toHaveText(fieldGuide.bankRunText[locale])
    })

    test(`${locale}: hreflang alternates for all locales and x-default, absolute from SITE_URL`, async ({ page }) => {
      await page.goto(fieldGuide.path(locale))
      const alternates = page.locator('link[rel="alternate"][hreflang]:not([type])')
      expect(
        await alternates.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]))
      ).toEqual([
        ...locales.map((other) => [langOf[other], `${siteUrl}${fieldGuide.path(other)}`]),
        ['x-default', `${siteUrl}${fieldGuide.path('en')}`]
      ])
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}${fieldGuide.path(locale)}`)
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${siteUrl}${fieldGuide.path(locale)}`)
    })
  }
})

test('a foreign phrase carries its own language outside it, and none inside it', async ({ page }) => {
  for (const locale of ['en', 'ar', 'ja'] as const) {
    await page.goto(fieldGuide.path(locale))
    await expect(annotationIn(page, '.essay', idiom.id)).toHaveAttribute('lang', idiom.lang)
  }
  await page.goto(fieldGuide.path('zh'))
  await expect(annotationIn(page, '.essay', idiom.id)).not.toHaveAttribute('lang', /./)
})

test.describe('switching languages keeps the reader’s place', () => {
  for (const target of ['zh', 'ar'] as const) {
    test(`from the middle of the English field guide to ${target}, with the open card`, async ({ page }) => {
      await page.goto(fieldGuide.path('en'))
      // The block of the list item with the lender of last resort (block 5), scrolled to the top.
      const term = annotationIn(page, '.essay', 'fixture-lender-of-last-resort')
      await term.evaluate((element) => {
        const block = element.closest<HTMLElement>('[data-block]')
        const header = document.querySelector<HTMLElement>('.site-header')?.offsetHeight ?? 0
        window.scrollTo({ top: (block?.getBoundingClientRect().top ?? 0) + window.scrollY - header - 1 })
      })
      await expect.poll(() => topBlock(page)).toBe(5)
      await focusAsKeyboard(page, term)
      await expect(cardOf(page, 'fixture-lender-of-last-resort')).toBeVisible()
      // The header slid away while scrolling down: scrolling up a little brings it back, to reach the language menu.
      await page.mouse.wheel(0, -60)
      await expect.poll(async () => (await page.locator('.site-header').boundingBox())?.y).toBe(0)
      const atSwitch = await topBlock(page)
      expect(atSwitch).toBeGreaterThan(0)
      await switchLanguage(page, target)
      await expect(page).toHaveURL(fieldGuide.path(target))
      await expect.poll(() => topBlock(page)).toBe(atSwitch)
      await expect(cardOf(page, 'fixture-lender-of-last-resort')).toBeVisible()
      await expect(cardOf(page, 'fixture-lender-of-last-resort')).toHaveAttribute('lang', langOf[target])
    })
  }

  test('the language menu remembers the choice in the locale cookie', async ({ page, context, baseURL }) => {
    await page.goto(fieldGuide.path('en'))
    // The cookie says another language; the target page never loads, so nothing but the menu can set it.
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'fr', url: baseURL ?? '' }])
    await page.route(`**${fieldGuide.path('zh')}`, (route) => route.abort())
    await switchLanguage(page, 'zh')
    await expect.poll(async () => (await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('zh')
  })

  test('the query and the hash survive a switch', async ({ page }) => {
    await page.goto(`${fieldGuide.path('en')}?cards=en#content`)
    await switchLanguage(page, 'fr')
    await expect(page).toHaveURL(`${fieldGuide.path('fr')}?cards=en#content`)
  })
})

test('the bilingual view shows both languages block by block, side by side, both annotated', async ({ page }) => {
  await page.goto(fieldGuide.path('zh'))
  await page.locator('a[data-compare]').click()
  await expect(page).toHaveURL(`${fieldGuide.path('zh')}/compare/en`)
  // A heading row, then one row per block.
  const pairs = page.locator('.bilingual .pair')
  await expect(pairs).toHaveCount(fieldGuide.blocks + 1)
  for (let index = 1; index <= fieldGuide.blocks; index++) {
    const columns = pairs.nth(index).locator('.column')
    await expect(columns.nth(0)).toHaveAttribute('lang', 'zh-Hans')
    await expect(columns.nth(1)).toHaveAttribute('lang', 'en')
    const blocks = await pairs
      .nth(index)
      .locator('[data-block]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-block')))
    expect(blocks).toEqual([String(index - 1), String(index - 1)])
  }
  // Side by side on a desktop: the two columns of a pair start on the same line.
  const [left, right] = [
    await pairs.nth(2).locator('.column').nth(0).boundingBox(),
    await pairs.nth(2).locator('.column').nth(1).boundingBox()
  ]
  expect(left && right && Math.abs(left.y - right.y) < 1 && Math.abs(right.x - left.x) > 100).toBe(true)
  await expect(page.locator('.column[lang="zh-Hans"] a.term')).toHaveCount(11)
  await expect(page.locator('.column[lang="en"] a.term')).toHaveCount(12)
  // The second text's ids are its own: its headings prefixed with its locale.
  await expect(page.locator('.column[lang="en"] h2').first()).toHaveAttribute('id', `en-${fieldGuide.firstHeading.en[1]}`)
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id))
  expect(new Set(ids).size).toBe(ids.length)
})

test('the bilingual view keeps ordered lists numbered from where they start, on both sides', async ({ page }) => {
  await page.goto('/fr/essays/fixture-chip-supply/compare/en')
  const lists = page.locator('.bilingual ol')
  await expect(lists).toHaveCount(6)
  expect(await lists.evaluateAll((elements) => elements.map((element) => (element as HTMLOListElement).start))).toEqual([3, 3, 4, 4, 5, 5])
  await expect(page.locator('.bilingual ul li')).toHaveCount(0)
})

test.describe('on a phone the bilingual view stacks', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('columns are one above the other', async ({ page }) => {
    await page.goto(`${fieldGuide.path('ar')}/compare/en`)
    const columns = page.locator('.bilingual .pair').nth(2).locator('.column')
    const [first, second] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()]
    expect(first && second && second.y >= first.y + first.height - 1).toBe(true)
  })
})

test('definitions in another language than the page’s: the card’s text changes, linkable, and remembered when chosen', async ({ page }) => {
  const card = cardOf(page, 'fixture-bank-run')
  const term = annotationIn(page, '.essay', 'fixture-bank-run')
  await page.goto(`${fieldGuide.path('en')}?cards=zh`)
  await term.hover()
  await expect(card).toBeVisible()
  await expect(card).toHaveAttribute('lang', 'zh-Hans')
  await expect(card.locator('dfn')).toHaveText(chainNames.zh[0])
  // A shared link applies to that visit only; an explicit choice is remembered.
  await page.goto(fieldGuide.path('en'))
  await term.hover()
  await expect(card).toHaveAttribute('lang', 'en')
  await page.keyboard.press('Escape')
  await page.getByRole('combobox', { name: 'Definitions in' }).selectOption('ja')
  await expect(page).toHaveURL(`${fieldGuide.path('en')}?cards=ja`)
  await expect(card).toHaveAttribute('lang', 'ja')
  await expect(card.locator('dfn')).toHaveText(chainNames.ja[0])
  await page.goto(fieldGuide.path('en'))
  await term.hover()
  await expect(card).toHaveAttribute('lang', 'ja')
  await page.keyboard.press('Escape')
  await page.getByRole('combobox', { name: 'Definitions in' }).selectOption('')
  await expect(card).toHaveAttribute('lang', 'en')
  await expect(card.locator('dfn')).toHaveText(chainNames.en[0])
  await page.reload()
  await term.hover()
  await expect(card).toHaveAttribute('lang', 'en')
})

test('the cards page of an essay holds the card of every term any of its languages annotates, in that page’s language', async ({
  page
}) => {
  const response = await page.goto('/ja/cards/fixture-field-guide.html')
  expect(response?.status()).toBe(200)
  const ids = await page.locator('.card[id^="card-"]').evaluateAll((cards) => cards.map((card) => card.id.replace(/^card-/, '')))
  // The English text annotates all eight (the Greenspan put only in en, de and fr).
  expect([...ids].sort()).toEqual(fieldGuide.annotations.en.map(([id]) => id).sort())
  await expect(page.locator('.card[id^="card-"]')).toHaveCount(8)
  await expect(cardOf(page, 'fixture-bank-run')).toHaveAttribute('lang', 'ja')
  await expect(cardOf(page, 'fixture-greenspan-put')).toHaveAttribute('lang', 'en')
})

test('a missing translation falls back to the source with a notice in the page’s language', async ({ page }) => {
  const response = await page.goto(`/ja/essays/${englishOnlySlug}`)
  expect(response?.status()).toBe(200)
  await expect(page.locator('.notice')).toBeVisible()
  await expect(page.locator('.notice')).toHaveAttribute('lang', 'ja')
  await expect(page.locator('article.essay')).toHaveAttribute('lang', 'en')
  await expect(page.locator('h1')).toHaveText('A fixture essay with no translations')
})

test('an untranslated term shows the English entry with a notice, on its page and in its card', async ({ page }) => {
  await page.goto('/fr/glossary/fixture-narrow-bank')
  await expect(page.locator('.notice')).toHaveText(
    'Cette entrée n’est pas encore disponible en français ; elle est donc affichée en anglais.'
  )
  await expect(page.locator('.term-page [lang="en"] h1')).toHaveText('Narrow bank')
  // The stablecoin has no German entry: the German text does not annotate it; its page shows the English entry.
  await page.goto(fieldGuide.path('de'))
  await expect(page.locator('.essay a.term[data-term="fixture-stablecoin"]')).toHaveCount(0)
  await page.goto('/de/glossary/fixture-stablecoin')
  await expect(page.locator('.notice')).toBeVisible()
  await expect(page.locator('h1')).toHaveText('Stablecoin')
  // The Greenspan put, annotated in the French text, has a French entry; in the English text its card is English.
  await page.goto(fieldGuide.path('en'))
  const put = annotationIn(page, '.essay', 'fixture-greenspan-put')
  await put.scrollIntoViewIfNeeded()
  await put.hover()
  await expect(cardOf(page, 'fixture-greenspan-put').locator('.card-notice')).toHaveCount(0)
  // In the Japanese cards it falls back to English, and says so in Japanese.
  await page.goto(`${fieldGuide.path('en')}?cards=ja`)
  await put.scrollIntoViewIfNeeded()
  await put.hover()
  await expect(cardOf(page, 'fixture-greenspan-put')).toHaveAttribute('lang', 'en')
  await expect(cardOf(page, 'fixture-greenspan-put').locator('.card-notice')).toHaveText('まだ日本語に翻訳されていません。')
})

test('the glossary index groups Chinese terms by pinyin initial and Japanese ones by kana', async ({ page }) => {
  await page.goto('/zh/glossary')
  const groupOf = (id: string) => page.locator('#glossary-index section').filter({ has: page.locator(`a[href$="/glossary/${id}"]`) })
  for (const [id, initial] of [
    ['fixture-bank-run', 'Y'],
    ['fixture-convoy-system', 'H'],
    ['fixture-deposit-insurance', 'C'],
    ['fixture-moral-hazard', 'D'],
    ['fixture-stablecoin', 'W']
  ]) {
    await expect(groupOf(id).locator('h2'), id).toHaveText(initial)
  }
  const letters = (await page.locator('#glossary-index h2').allInnerTexts()).filter((initial) => /^[A-Z]$/.test(initial))
  expect(letters).toEqual([...letters].sort())
  await page.goto('/ja/glossary')
  for (const [id, initial] of [
    ['fixture-bank-run', 'と'],
    // A voiced kana sorts with its plain row, as in Japanese dictionaries.
    ['fixture-convoy-system', 'こ'],
    ['fixture-lender-of-last-resort', 'さ']
  ]) {
    await expect(groupOf(id).locator('h2'), id).toHaveText(initial)
  }
})

test('the glossary filter shows only matching entries and the groups that hold them, and clearing it restores all', async ({ page }) => {
  await page.goto('/en/glossary')
  const items = page.locator('#glossary-index li')
  const total = await items.count()
  // Its summary count agrees with the list.
  await expect(page.locator('.lede')).toHaveText(`${total} terms are explained in the essays, each with where it appears.`)
  await page.getByLabel('Filter terms').fill('depositor')
  const visible = page.locator('#glossary-index li:visible')
  await expect(visible.locator('a')).toHaveText(['Bank run', 'Deposit insurance', 'Narrow bank'])
  await expect(page.locator('#glossary-index section:visible h2')).toHaveText(['B', 'D', 'N'])
  await page.getByLabel('Filter terms').fill('zzzzqqqq')
  await expect(page.locator('.filter').getByRole('status')).toHaveText('No term matches this filter.')
  await expect(page.locator('#glossary-index section:visible')).toHaveCount(0)
  await page.getByLabel('Filter terms').fill('')
  await expect(page.locator('#glossary-index li:visible')).toHaveCount(total)
  await expect(page.locator('.filter').getByRole('status')).toHaveText('')
})

test.describe('accessibility in CJK and RTL (axe)', () => {
  for (const locale of ['zh', 'ja', 'ar'] as const) {
    for (const path of [
      fieldGuide.path(locale),
      `/${locale}/glossary`,
      `${fieldGuide.path(locale)}/compare/en`,
      `/${locale}/search?q=test`
    ]) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path)
        expect(await axeViolations(page)).toEqual([])
      })
    }
    test(`${locale}: an open card has none either`, async ({ page }) => {
      await page.goto(fieldGuide.path(locale))
      await annotationIn(page, '.essay', 'fixture-deposit-insurance').hover()
      await expect(openCards(page)).toHaveCount(1)
      expect(await axeViolations(page, '.cards')).toEqual([])
    })
  }
})
