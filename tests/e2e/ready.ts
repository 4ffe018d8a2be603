// Playwright's `test`, with pages that wait, after each navigation, until the
// page's behaviours listen. A page's scripts hydrate after its load event: a
// hover, tap or key press in between reaches no listener, and on a slow
// machine that window is long. Pages with cards say when their behaviours
// listen (`cardsReady` on the cards element); the header's and settings'
// leaves mount in the same commit.
import { test as base, type Page } from '@playwright/test'

export { expect } from '@playwright/test'

const ready = () => {
  const cards = document.querySelector('.cards')
  return cards === null || cards.hasAttribute('data-cards-ready')
}

export const test = base.extend<{ page: Page }>({
  page: async ({ page }, use) => {
    for (const name of ['goto', 'reload'] as const) {
      const navigate = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page['goto']>
      Object.assign(page, {
        [name]: async (...args: unknown[]) => {
          const response = await navigate(...args)
          await page.waitForFunction(ready)
          return response
        }
      })
    }
    await use(page)
  }
})
