import { outdatedSlug } from './facts'
import { switchLanguage } from './helpers'
import { expect, test } from './ready'

// tests/fixtures/e2e-content: the French translation of fixture-outdated was
// stamped before its source changed (its first paragraph, block 1, edited; a
// third list item, block 5, added); the German one was stamped after. The
// French entry of fixture-price-risk likewise follows an older English entry.
const changedBlocks = ['1', '5']

test('an outdated translation says so in its language, linking to the original and to the changes side by side', async ({ page }) => {
  await page.goto(`/fr/essays/${outdatedSlug}`)
  const notice = page.locator('.notice.outdated')
  await expect(notice).toBeVisible()
  await expect(notice).toHaveAttribute('lang', 'fr')
  await expect(notice).toContainText('2')
  await expect(notice.locator(`a[href="/en/essays/${outdatedSlug}"]`)).toBeVisible()
  await notice.locator(`a[href="/fr/essays/${outdatedSlug}/compare/en"]`).click()
  await expect(page.locator('.changed-legend')).toBeVisible()
  // The blocks of the original that changed are marked, and only those.
  const marked = page.locator('.bilingual .column.changed')
  await expect(marked).toHaveCount(2)
  const rows = await marked.evaluateAll((columns) =>
    columns.map((column) => column.querySelector('[data-block]')?.getAttribute('data-block'))
  )
  expect(rows).toEqual(changedBlocks)
  await expect(marked.first()).toHaveAttribute('lang', 'en')
  await expect(marked.first().locator('.changed-label')).toHaveAttribute('lang', 'fr')
})

test('the original and a current translation show no notice and no marks', async ({ page }) => {
  for (const locale of ['en', 'de']) {
    await page.goto(`/${locale}/essays/${outdatedSlug}`)
    await expect(page.locator('h1')).toBeVisible()
    await expect(page.locator('.notice')).toHaveCount(0)
  }
  await page.goto(`/de/essays/${outdatedSlug}/compare/en`)
  // A heading row, then the source's seven blocks.
  await expect(page.locator('.bilingual .pair')).toHaveCount(8)
  await expect(page.locator('.column.changed')).toHaveCount(0)
  await expect(page.locator('.changed-legend')).toHaveCount(0)
})

test('an outdated glossary entry says so in one line, on its page and in its card', async ({ page }) => {
  await page.goto('/fr/glossary/fixture-price-risk')
  await expect(page.locator('.notice.outdated')).toBeVisible()
  await page.goto('/de/glossary/fixture-price-risk')
  await expect(page.locator('.notice')).toHaveCount(0)
  await page.goto(`/fr/essays/${outdatedSlug}`)
  const term = page.locator('.essay a.term[data-term="fixture-price-risk"]').first()
  await term.hover()
  const card = page.locator('#card-fixture-price-risk')
  await expect(card).toBeVisible()
  await expect(card.locator('.card-notice')).toHaveText('L’entrée originale a changé depuis cette traduction.')
})

test('the bilingual view pairs blocks through the stamp: a source block the translation lacks leaves its side empty and shifts nothing', async ({
  page
}) => {
  await page.goto(`/fr/essays/${outdatedSlug}/compare/en`)
  // A heading row, then one row per block of the current source; French has six blocks for its seven.
  const rows = page.locator('.bilingual .pair')
  await expect(rows).toHaveCount(8)
  const pairs = await rows.evaluateAll((all) =>
    all
      .slice(1)
      .map((row) => [...row.querySelectorAll('.column')].map((column) => column.querySelector('[data-block]')?.textContent?.trim() ?? ''))
  )
  // The page's language on the left.
  expect(pairs.slice(4)).toEqual([
    ['Les actions suivent plus tard.', 'Equity follows later.'],
    ['', 'Currencies react in between.'],
    ['Le dernier paragraphe redit la même chose.', 'The last paragraph says the same thing again.']
  ])
})

test('switching languages keeps the place on a translation that lacks a block of its source', async ({ page }) => {
  // Room below the text on both pages, so that its last paragraph can be scrolled to the top.
  await page.route(`**/essays/${outdatedSlug}`, async (route) => {
    const response = await route.fetch()
    const body = (await response.text()).replace('</head>', '<style>body { padding-bottom: 100vh }</style></head>')
    await route.fulfill({ response, body })
  })
  await page.goto(`/en/essays/${outdatedSlug}`)
  // The last paragraph is source block 6 and French block 5 (French has not got the third list item).
  const last = page.locator('.essay-body [data-block="6"]')
  await expect(last).toHaveText('The last paragraph says the same thing again.')
  await page.setViewportSize({ width: 1280, height: 400 })
  await last.evaluate((element) => {
    const header = document.querySelector<HTMLElement>('.site-header')?.offsetHeight ?? 0
    window.scrollTo({ top: element.getBoundingClientRect().top + window.scrollY - header - 1 })
  })
  // Focus brings the header back (it slid away while scrolling down) without scrolling the text.
  await page.locator('.language-button').focus()
  await expect.poll(async () => (await page.locator('.site-header').boundingBox())?.y).toBe(0)
  await switchLanguage(page, 'fr')
  await expect(page).toHaveURL(`/fr/essays/${outdatedSlug}`)
  const top = () =>
    page.evaluate(() => {
      const header = document.querySelector<HTMLElement>('.site-header')?.offsetHeight ?? 0
      return [...document.querySelectorAll('.essay-body [data-block]')].find((block) => block.getBoundingClientRect().bottom > header + 1)
        ?.textContent
    })
  await expect.poll(top).toBe('Le dernier paragraphe redit la même chose.')
})
