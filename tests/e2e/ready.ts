// Playwright's `test`, with pages that wait, after each navigation, until the
// page's behaviours listen. A page's scripts hydrate after its load event: a
// hover, tap or key press in between reaches no listener, and on a slow
// machine that window is long. Pages with cards say when their behaviours
// listen (`cardsReady` on the cards element); the header's and settings'
// leaves mount in the same commit.
import { test as base, type Page } from '@playwright/test'

export { expect } from '@playwright/test'

/** A page without cards, or whose cards are ready. A locator, not a function polled in the page: the page's timers may be Playwright's fake clock. */
const readySelector = 'html:not(:has(.cards)), .cards[data-cards-ready]'

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload'] as const) {
      const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>
      Object.assign(page, {
        [name]: async (...args: unknown[]) => {
          const response = await navigate(...args)
          await page.locator(readySelector).first().waitFor({ state: 'attached' })
          return response
        }
      })
    }
    await use(page)
  }
})
