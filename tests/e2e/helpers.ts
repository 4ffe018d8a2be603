import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import { axeTags } from '../support/axe-tags'
import { endonyms, type Locale } from './facts'

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

/** Tabs until `target` has focus, failing if it never does within `most` presses. */
export async function focusByTab(page: Page, target: Locator, most = 80) {
  for (let step = 0; step < most; step++) {
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
  expect(overlap(cardBox, openerBox), `${card} covers ${opener}`).toBe(false)
}

export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** The card of a term, and the annotation of a term inside `within` (the essay, or another card). */
export const cardOf = (page: Page, termId: string) => page.locator(`[id="card-${termId}"]`)
export const annotationIn = (page: Page, within: string, termId: string) => page.locator(`${within} a.term[data-term="${termId}"]`).first()
export const openCards = (page: Page) => page.locator('.card:popover-open')

/**
 * Stops the page's clock (Playwright's, installed before navigation): from now
 * on its timers fire only when the test advances time (`page.clock.runFor`).
 * Without it, Playwright's clock runs on in real time, and a slow machine lets
 * a grace time run out between two steps of a test.
 */
export async function pauseTime(page: Page) {
  await page.clock.pauseAt(new Date(Date.now() + 1000))
}

/** Opens the header's language menu and chooses `target` in it. */
export async function switchLanguage(page: Page, target: Locale) {
  await page.locator('.language-button').click()
  const link = page.locator('#language-menu').getByRole('link', { name: endonyms[target], exact: true })
  await expect(link).toBeVisible()
  await link.click()
}

/** Opens the header's settings menu; returns it. */
export async function openSettings(page: Page): Promise<Locator> {
  const menu = page.locator('#settings-menu')
  if (!(await menu.evaluate((element) => element.matches(':popover-open')))) await page.locator('[popovertarget="settings-menu"]').click()
  await expect(menu).toBeVisible()
  return menu
}

/**
 * axe's violations on the page (WCAG 2.2 AA and best practices), as
 * `rule: targets` lines; `include` narrows the check to part of the page
 * where the rest is checked elsewhere (it is the slow part of a test).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(axeTags)
  const { violations } = await (include ? builder.include(include) : builder).analyze()
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)
}
