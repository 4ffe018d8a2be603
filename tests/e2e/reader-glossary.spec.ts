import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { fieldGuide, idiom, kanjiTerm } from './facts'
import { annotationIn, axeViolations, cardOf, openCards, openSettings, pauseTime } from './helpers'
import { expect, test } from './ready'

// The reader's own glossary (issue 20): every occurrence in context, terms the
// reader knows, how often terms are marked, readings over foreign phrases,
// and a list of saved terms to take away. These run against both serving modes.

const bankRun = 'fixture-bank-run'

/** Opens a term's card in the essay by hovering its first annotation; on a page with Playwright's clock, past the intent delay. */
async function openCard(page: Page, termId: string, { fakeClock = false } = {}) {
  const term = annotationIn(page, '.essay', termId)
  await term.scrollIntoViewIfNeeded()
  await term.hover()
  if (fakeClock) await page.clock.runFor(200)
  await expect(cardOf(page, termId)).toBeVisible()
  return cardOf(page, termId)
}

/** An annotation reads as plain text: no mark, no pointer, out of the Tab order. */
async function expectPlain(page: Page, termId: string) {
  const annotation = page.locator(`main a.term[data-term="${termId}"]`).first()
  await expect(annotation).toHaveCSS('text-decoration-line', 'none')
  await expect(annotation).toHaveCSS('pointer-events', 'none')
  await expect(annotation).toHaveAttribute('tabindex', '-1')
}

test.describe('every occurrence in context', { tag: '@both' }, () => {
  test('en: a term page lists each occurrence in its sentence, the term marked, linking to it', async ({ page }) => {
    await page.goto(`/en/glossary/${bankRun}`)
    const section = page.locator('section[aria-labelledby="appears-in"]')
    await expect(section.locator('h3')).toHaveText([fieldGuide.titles.en])
    const occurrences = section.locator('.occurrences li a')
    await expect(occurrences).toHaveCount(4)
    expect(await occurrences.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      [1, 2, 3, 4].map((n) => `${fieldGuide.path('en')}#term-${bankRun}-${n}`)
    )
    await expect(occurrences.locator('mark')).toHaveText(['bank run', 'bank run', 'bank run', 'bank runs'])
    // Whole sentences, about 200 characters at most.
    for (const text of await occurrences.allInnerTexts()) {
      expect(text.length).toBeLessThanOrEqual(215)
      expect(text).toMatch(/[.…]$/)
    }
  })

  for (const [locale, end] of [
    ['zh', /[。…]$/],
    ['ja', /[。…]$/],
    ['ar', /[.؟…]$/]
  ] as const) {
    test(`${locale}: sentences come from the ${locale} text, cut at its own sentence ends`, async ({ page }) => {
      await page.goto(`/${locale}/glossary/${bankRun}`)
      const occurrences = page.locator('section[aria-labelledby="appears-in"] .occurrences')
      await expect(occurrences).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : locale)
      await expect(occurrences.locator('li')).toHaveCount(4)
      await expect(occurrences.locator('mark').first()).toHaveText(fieldGuide.bankRunText[locale])
      for (const text of await occurrences.locator('li').allInnerTexts()) expect(text.trim()).toMatch(end)
    })
  }

  test('an essay shown in another language says so; a term that appears nowhere says so', async ({ page }) => {
    // Not translated into Japanese: the English text, annotated in English.
    await page.goto('/ja/glossary/fixture-price-risk')
    const essay = page.locator('.concordance-essay').filter({ hasText: 'Liquidity, revised' })
    await expect(essay.locator('.fallback-marker')).toContainText('英語')
    await expect(essay.locator('.occurrences')).toHaveAttribute('lang', 'en')
    await expect(essay.locator('mark')).toHaveText(['price risk'])
    await page.goto('/en/glossary/fixture-narrow-bank')
    await expect(page.locator('section[aria-labelledby="appears-in"] p')).toHaveText(
      'This term does not appear in any essay in this language.'
    )
    await expect(page.locator('section[aria-labelledby="appears-in"] .occurrences')).toHaveCount(0)
  })

  test('a card says in how many places its term appears, linking to the list', async ({ page }) => {
    await page.goto(fieldGuide.path('ar'))
    const card = await openCard(page, bankRun)
    const link = card.locator('.card-reader a')
    await expect(link).toHaveText('يرد في 4 مواضع')
    await expect(link).toHaveAttribute('href', `/ar/glossary/${bankRun}#appears-in`)
  })
})

test.describe('terms the reader knows', { tag: '@both' }, () => {
  test('“I know this” unmarks the term on every page and after a reload; the glossary page takes it back', async ({ page }) => {
    await page.clock.install()
    await page.goto(fieldGuide.path('en'))
    await pauseTime(page)
    const card = await openCard(page, bankRun, { fakeClock: true })
    await card.getByRole('button', { name: 'I know this' }).click()
    await expect(card).toBeHidden()
    // The live region speaks at the next frame.
    await page.clock.runFor(100)
    await expect(page.locator('[data-reader-status]')).toHaveText('“Bank run” is marked as known: it is no longer marked in the text.')
    await expectPlain(page, bankRun)
    // Other terms stay marked.
    await expect(annotationIn(page, '.essay', 'fixture-deposit-insurance')).not.toHaveAttribute('tabindex', '-1')
    // No card opens on hover, on any page, after a reload.
    for (const path of [fieldGuide.path('en'), fieldGuide.path('zh'), fieldGuide.path('ar')]) {
      await page.goto(path)
      await expectPlain(page, bankRun)
      await page.locator(`main a.term[data-term="${bankRun}"]`).first().hover({ force: true })
      await page.clock.runFor(1000)
      await expect(openCards(page)).toHaveCount(0)
    }
    await page.goto('/en/glossary#your-terms')
    const yours = page.locator('section[aria-labelledby="your-terms"]')
    await expect(yours.getByRole('link', { name: 'Bank run' })).toBeVisible()
    await yours.getByRole('button', { name: 'Mark it again' }).click()
    await expect(yours.getByText('None yet: “I know this”', { exact: false })).toBeVisible()
    await page.goto(fieldGuide.path('en'))
    await openCard(page, bankRun, { fakeClock: true })
  })

  test('on a term page too, in Japanese; “Mark them all again” takes every one back', async ({ page }) => {
    for (const id of [bankRun, kanjiTerm.id]) {
      await page.goto(`/ja/glossary/${id}`)
      const know = page.locator('.term-actions').getByRole('button', { name: '知っている' })
      await know.click()
      await expect(know).toHaveAttribute('aria-pressed', 'true')
    }
    await page.goto(fieldGuide.path('ja'))
    await expectPlain(page, bankRun)
    await expectPlain(page, kanjiTerm.id)
    await page.goto('/ja/glossary')
    await page.locator('section[aria-labelledby="your-terms"]').getByRole('button', { name: 'すべて再び表示する' }).click()
    await page.goto(fieldGuide.path('ja'))
    await expect(annotationIn(page, '.essay', bankRun)).not.toHaveAttribute('tabindex', '-1')
    await expect(annotationIn(page, '.essay', kanjiTerm.id)).not.toHaveAttribute('tabindex', '-1')
  })

  test('how often terms are marked: the first time in each section, every time, or never', async ({ page }) => {
    await page.goto(fieldGuide.path('en'))
    const repeat = page.locator(`[id="${fieldGuide.repeatInSection}"]`)
    await expect(repeat).toHaveCSS('text-decoration-style', 'dotted')
    const settings = await openSettings(page)
    await expect(settings.getByRole('radio', { name: 'The first time in each section' })).toBeChecked()
    await settings.getByRole('radio', { name: 'Every time' }).check()
    await expect(repeat).toHaveCSS('text-decoration-style', 'solid')
    await settings.getByRole('radio', { name: 'Never' }).check()
    await page.keyboard.press('Escape')
    await expectPlain(page, bankRun)
    await expectPlain(page, 'fixture-moral-hazard')
    await page.reload()
    // Applied before the page's own scripts ran: by the head script, from storage.
    await expect(page.locator('html')).toHaveAttribute('data-marking', 'never')
    await expectPlain(page, 'fixture-moral-hazard')
    await (await openSettings(page)).getByRole('radio', { name: 'The first time in each section' }).check()
    await page.keyboard.press('Escape')
    await openCard(page, 'fixture-moral-hazard')
  })

  test('a known term looks plain before the page’s scripts run: the head script alone unmarks it', async ({ browser, baseURL }) => {
    // A page of its own: the test's pages wait for the scripts to be running, and these never arrive.
    const context = await browser.newContext({ baseURL })
    const page = await context.newPage()
    await page.addInitScript((termId) => localStorage.setItem('known-terms', JSON.stringify([termId])), bankRun)
    await page.route('**/_next/static/**/*.js', (route) => route.abort())
    await page.goto(fieldGuide.path('en'), { waitUntil: 'load' })
    // Its look (the Tab order is the page script's, once it runs): no mark and no pointer, from the first paint.
    const known = page.locator(`main a.term[data-term="${bankRun}"]`).first()
    await expect(known).toHaveCSS('text-decoration-line', 'none')
    await expect(known).toHaveCSS('pointer-events', 'none')
    await expect(page.locator('main a.term[data-term="fixture-deposit-insurance"]').first()).not.toHaveCSS('pointer-events', 'none')
    await context.close()
  })

  test('axe finds nothing on the glossary page with terms known and saved', async ({ page }) => {
    await page.goto(fieldGuide.path('en'))
    const card = await openCard(page, bankRun)
    await card.getByRole('button', { name: 'Save' }).click()
    await card.getByRole('button', { name: 'I know this' }).click()
    await page.goto('/en/glossary')
    await expect(page.locator('section[aria-labelledby="your-terms"] li')).toHaveCount(2)
    expect(await axeViolations(page, '.your-terms')).toEqual([])
  })
})

test.describe('readings over foreign phrases', { tag: '@both' }, () => {
  test('off by default; on, the pinyin stands over the idiom syllable by syllable, in every language’s text', async ({ page }) => {
    await page.goto(fieldGuide.path('en'))
    const phrase = annotationIn(page, '.essay', idiom.id)
    const readings = phrase.locator('ruby.reading rt')
    await expect(readings).toHaveText(idiom.syllables)
    await expect(readings.first()).toBeHidden()
    // The text still reads as the phrase.
    await expect(phrase).toHaveText(idiom.original, { useInnerText: true })
    const settings = await openSettings(page)
    await settings.getByRole('checkbox', { name: 'Show readings over foreign phrases' }).check()
    await expect(readings.first()).toBeVisible()
    await expect(readings.first()).toHaveAttribute('lang', 'zh-Latn')
    for (const locale of ['zh', 'ar'] as const) {
      await page.goto(fieldGuide.path(locale))
      await expect(annotationIn(page, '.essay', idiom.id).locator('ruby.reading rt').first()).toBeVisible()
    }
  })

  test('ja: a kanji term shows its authors’ kana reading as furigana', async ({ page }) => {
    await page.goto(fieldGuide.path('ja'))
    const term = annotationIn(page, '.essay', kanjiTerm.id)
    await expect(term.locator('ruby.reading rt')).toHaveText([kanjiTerm.reading])
    await expect(term.locator('ruby.reading rt')).toBeHidden()
    await (await openSettings(page)).getByRole('checkbox').check()
    await expect(term.locator('ruby.reading rt')).toBeVisible()
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-readings', 'on')
    await expect(term.locator('ruby.reading rt')).toBeVisible()
  })
})

test.describe('a list to take away', { tag: '@both' }, () => {
  test('a saved term keeps its reading, meaning, sentence and link, and downloads as CSV and for Anki', async ({ page }) => {
    await page.goto(fieldGuide.path('en'))
    const card = await openCard(page, idiom.id)
    const save = card.getByRole('button', { name: 'Save' })
    await save.click()
    await expect(save).toHaveAttribute('aria-pressed', 'true')
    await page.goto('/en/glossary#your-terms')
    const saved = page.locator('section[aria-labelledby="your-terms"]')
    await expect(saved.getByRole('link', { name: idiom.original })).toBeVisible()
    const [csv] = await Promise.all([page.waitForEvent('download'), saved.getByRole('button', { name: 'Download as CSV' }).click()])
    const rows = parse(readFileSync(await csv.path(), 'utf8'), { bom: true, columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ Term: idiom.original, Reading: idiom.romanization })
    expect(rows[0].Meaning).toContain('A Chinese idiom for a remedy that makes things worse')
    expect(rows[0].Sentence).toBe(
      "Chinese has a four-character phrase for a cure that feeds the disease: 饮鸩止渴, to drink poisoned wine to quench one's thirst."
    )
    expect(rows[0].Link).toMatch(new RegExp(`/en/glossary/${idiom.id}$`))
    const [anki] = await Promise.all([page.waitForEvent('download'), saved.getByRole('button', { name: 'Download for Anki' }).click()])
    const lines = readFileSync(await anki.path(), 'utf8').split(/\r?\n/)
    expect(lines).toContain('#separator:tab')
    expect(lines.find((line) => line.startsWith(idiom.original))?.split('\t')).toHaveLength(5)
    await saved.getByRole('button', { name: 'Remove' }).click()
    await expect(saved.getByRole('link', { name: idiom.original })).toHaveCount(0)
  })

  test('without JavaScript every term is marked and the reader’s buttons are not offered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/ar/glossary/${bankRun}`)
    await expect(page.locator('.term-actions')).toBeHidden()
    await page.goto(fieldGuide.path('ar'))
    await expect(annotationIn(page, '.essay', bankRun)).toHaveCSS('text-decoration-line', 'underline')
    await context.close()
  })
})

test('a term the reader knows is plain text inside cards that arrive after the page, out of the Tab order', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('known-terms', JSON.stringify(['fixture-deposit-insurance'])))
  await page.goto(fieldGuide.path('en'))
  const card = await openCard(page, bankRun)
  const named = card.locator('a.term[data-term="fixture-deposit-insurance"]')
  await expect(named).toHaveAttribute('tabindex', '-1')
  await expect(named).toHaveCSS('text-decoration-line', 'none')
})
