import { expect, type Locator, type Page } from '@playwright/test'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Where `locator`'s element is on the page; throws, naming it, when it has no box (not visible). */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox()
  if (box === null) throw new Error(`${locator} has no bounding box: it is not visible`)
  return box
}

/** The DOM text (`textContent`) of `locator`'s element; throws, naming it, when it has none. */
export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.textContent()
  if (text === null) throw new Error(`${locator} has no text content`)
  return text
}

/** Tabs until `target` has focus, failing if it never does. */
export async function focusByTab(page: Page, target: Locator) {
  for (let step = 0; step < 80; step++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  await expect(target).toBeFocused()
}

/** Gives `target` focus as a keyboard user's would be (`:focus-visible`), without tabbing through all that precedes it. */
export async function focusAsKeyboard(page: Page, target: Locator) {
  await page.keyboard.press('Shift')
  await target.focus()
  await expect(target).toBeFocused()
  expect(await target.evaluate((element) => element.matches(':focus-visible'))).toBe(true)
}

/** A card lies inside the viewport and over no part of what opened it. */
export async function expectInViewportNotCovering(page: Page, card: Locator, opener: Locator) {
  const [cardBox, openerBox] = [await boxOf(card), await boxOf(opener)]
  const viewport = page.viewportSize() ?? { width: 0, height: 0 }
  expect(cardBox.x).toBeGreaterThanOrEqual(0)
  expect(cardBox.y).toBeGreaterThanOrEqual(0)
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(viewport.width + 0.5)
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height + 0.5)
  const overlaps =
    cardBox.x < openerBox.x + openerBox.width &&
    openerBox.x < cardBox.x + cardBox.width &&
    cardBox.y < openerBox.y + openerBox.height &&
    openerBox.y < cardBox.y + cardBox.height
  expect(overlaps).toBe(false)
}
