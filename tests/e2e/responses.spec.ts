// Readers' responses: at the end of an essay and at a paragraph, across
// languages, through moderation, without JavaScript, and against bad input.
// The server's database is its own (tests/support/e2e-paths.mjs); tests that
// need a moderator make one with `npm run responses`, as an author would.
import { execFileSync } from 'node:child_process'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { e2eResponsesDb } from '../support/e2e-paths.mjs'
import { fieldGuide, outdatedSlug, responsesFacts } from './facts'
import { axeViolations, boxOf, cardOf } from './helpers'
import { expect, test } from './ready'

const slug = fieldGuide.slug
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** Runs `npm run responses -- …` against the e2e server's database. */
function responsesCommand(...args: string[]): string {
  return execFileSync('npx', ['tsx', 'scripts/responses.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, RESPONSES_DB: e2eResponsesDb('server'), SITE_URL: 'https://glossa.example' }
  })
}

/** A new moderator, signed in on `page` (on the server at `origin`, else the test's); returns the page's CSRF token for direct posts. */
async function signInModerator(page: Page, origin?: string): Promise<string> {
  const link = responsesCommand('moderator', 'add', `mod-${unique()}`).trim().split('\n').at(-1) ?? ''
  const { pathname, search } = new URL(link)
  await page.goto(origin ? `${origin}${pathname}${search}` : `${pathname}${search}`)
  await expect(page).toHaveURL(/\/en\/moderation$/)
  return (await page.locator('input[name="csrf"]').first().getAttribute('value')) ?? ''
}

/** Sends a response through the essay's API as a page's script does; returns its id and state. */
async function send(request: APIRequestContext, fields: Record<string, string>, baseURL: string) {
  const response = await request.post(`/responses/${fields.essay ?? slug}`, {
    form: { locale: 'en', ...fields },
    headers: { Accept: 'application/json', Origin: new URL(baseURL).origin }
  })
  return { status: response.status(), body: (await response.json()) as { state?: string; id?: string; error?: string } }
}

/** The spam check wants a few seconds between the page and the post: this reader says the form's page came earlier. */
async function pageShownEarlier(form: Locator) {
  await form.locator('input[name="loaded"]').evaluate((input: HTMLInputElement) => {
    input.value = String(Date.now() - 10_000)
  })
}

/** Sends a form once the page's script sends it in place (before that, it posts without script, and the page changes). */
async function sendInPlace(form: Locator) {
  await expect(form).toHaveAttribute('data-response-form', 'in-place')
  await form.getByRole('button', { name: 'Send' }).click()
}

async function approve(page: Page, csrf: string, id: string) {
  const answer = await page.request.post(new URL('/moderation/actions', page.url()).href, {
    form: { csrf, action: `approve:${id}`, locale: 'en' },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0
  })
  expect(answer.status()).toBe(303)
}

/** Reloads `path` until the response is on it: a published response reaches the next reader's page within seconds. */
async function expectPublished(page: Page, path: string, id: string) {
  await expect
    .poll(async () => {
      await page.goto(path)
      return page.locator(`[id="response-${id}"]`).count()
    })
    .toBe(1)
}

test('a reader responds at the end of the essay: waiting for approval, focus on the new response, the text not lost', async ({ page }) => {
  await page.goto(fieldGuide.path('en'))
  const section = page.locator('#responses')
  await expect(page.getByRole('link', { name: /Respond|responses?/ }).first()).toHaveAttribute('href', '#responses')
  const form = section.locator('form[data-response-form]').last()
  const text = `An end response ${unique()}.`
  await form.getByLabel('Your name (optional)').fill('Ann')
  await form.getByLabel('Your response').fill(text)
  await pageShownEarlier(form)
  await sendInPlace(form)
  await expect(form.getByRole('status')).toHaveText('Thank you: your response is waiting for approval.')
  const sent = page.locator('.response-sent')
  await expect(sent).toBeFocused()
  await expect(sent).toContainText(text)
})

test('posting too soon after the page loaded is refused, and the form keeps the text', async ({ page }) => {
  await page.goto(fieldGuide.path('en'))
  const form = page.locator('#responses form[data-response-form]').last()
  await form.getByLabel('Your response').fill('Too quick.')
  await sendInPlace(form)
  await expect(form.getByRole('status')).toHaveText('That was very fast. Please take a moment and send it again.')
  await expect(form.getByLabel('Your response')).toHaveValue('Too quick.')
})

test('a response written in Chinese at paragraph 7, once approved, shows beside paragraph 7 in English and Arabic, annotated', async ({
  page,
  baseURL
}) => {
  const text = `我认为${responsesFacts.bankRunZh}的关键在于信息。${unique()}`
  const { status, body } = await send(page.request, { locale: 'zh', block: '6', name: '李雷', text }, baseURL ?? '')
  expect([status, body.state]).toEqual([201, 'held'])
  const id = body.id ?? ''
  // Held: not on the page.
  await page.goto(fieldGuide.path('en'))
  await expect(page.locator(`[id="response-${id}"]`)).toHaveCount(0)
  const csrf = await signInModerator(page)
  await expect(page.locator(`[id="held-${id}"]`)).toContainText(text)
  await approve(page, csrf, id)

  for (const [locale, dir, writtenIn] of [
    ['en', 'ltr', 'written in 简体中文'],
    ['ar', 'rtl', null]
  ] as const) {
    await expectPublished(page, fieldGuide.path(locale), id)
    const count = page.locator('.essay-body [data-block="6"] .block-count')
    await expect(count).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('dir', dir)
    await count.click()
    const panel = page.locator('#block-responses-6')
    await expect(panel).toBeVisible()
    const response = panel.locator(`[id="response-${id}"]`)
    await expect(response).toBeVisible()
    await expect(response.locator('.response-text')).toHaveAttribute('lang', 'zh-Hans')
    await expect(response.locator('.response-text')).toHaveAttribute('dir', 'ltr')
    if (writtenIn) await expect(response).toContainText(writtenIn)
    await expect(response.locator('.response-name')).toHaveText('李雷')
    // The glossary annotates it in its own language, with the same card as the essay's.
    const annotation = response.locator('a.term[data-term="fixture-bank-run"]')
    await expect(annotation).toHaveText(responsesFacts.bankRunZh)
    await page.keyboard.press('Escape')
    await expect(panel).toBeHidden()
  }
  await page.goto(fieldGuide.path('en'))
  await page.locator('.essay-body [data-block="6"] .block-count').click()
  await page.locator(`[id="response-${id}"] a.term`).hover()
  await expect(cardOf(page, 'fixture-bank-run')).toBeVisible()
})

test('a response on an outdated translation’s paragraph is paired through the stamp, not the position', async ({ page, baseURL }) => {
  const text = `On the last paragraph ${unique()}.`
  const { body } = await send(
    page.request,
    { essay: outdatedSlug, block: String(responsesFacts.outdatedLast.sourceBlock), text },
    baseURL ?? ''
  )
  const csrf = await signInModerator(page)
  await approve(page, csrf, body.id ?? '')
  await expectPublished(page, `/fr/essays/${outdatedSlug}`, body.id ?? '')
  const block = page.locator(`.essay-body [data-block="${responsesFacts.outdatedLast.frenchBlock}"]`)
  await expect(block).toContainText(responsesFacts.outdatedLast.french)
  await expect(block.locator('.block-count')).toHaveAttribute('popovertarget', `block-responses-${responsesFacts.outdatedLast.frenchBlock}`)
})

test('a response on an earlier version of its paragraph says so and shows that version; one whose paragraph is gone moves to the end', async ({
  page,
  baseURL
}) => {
  const { body } = await send(page.request, { block: '3', text: `Original ${unique()}` }, baseURL ?? '')
  const exported = responsesCommand('export')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
    .find((record) => record.id === body.id)
  const hashes: string[] = JSON.parse(exported.source_blocks)
  // The same response as if written when block 3 read differently, and one on a block since removed.
  const changed = {
    ...exported,
    id: `r_changed${unique()}`,
    status: 'published',
    quote: 'An older wording of this paragraph.',
    body: `Changed ${unique()}`
  }
  changed.source_blocks = JSON.stringify(hashes.map((hash, index) => (index === 3 ? 'deadbeef' : hash)))
  const removed = {
    ...exported,
    id: `r_removed${unique()}`,
    status: 'published',
    quote: 'A paragraph that was cut.',
    body: `Removed ${unique()}`
  }
  removed.source_blocks = JSON.stringify([...hashes.slice(0, 3), 'cafebabe', ...hashes.slice(3)])
  const file = `test-results/earlier-${unique()}.jsonl`
  const { writeFileSync, mkdirSync } = await import('node:fs')
  mkdirSync('test-results', { recursive: true })
  writeFileSync(file, `${JSON.stringify(changed)}\n${JSON.stringify(removed)}\n`)
  expect(responsesCommand('import', file)).toContain('Imported 2 response(s)')
  // Publishing through the command does not refresh the pages: a moderator's action does.
  const csrf = await signInModerator(page)
  await approve(page, csrf, changed.id)
  await expectPublished(page, fieldGuide.path('en'), changed.id)
  await page.locator('.essay-body [data-block="3"] .block-count').click()
  const onChanged = page.locator(`[id="response-${changed.id}"]`)
  await expect(onChanged.locator('.response-earlier summary')).toHaveText('on an earlier version of this paragraph')
  await onChanged.locator('.response-earlier summary').click()
  await expect(onChanged.locator('.response-earlier blockquote')).toHaveText('An older wording of this paragraph.')
  await page.keyboard.press('Escape')
  const onRemoved = page.locator(`#responses [id="response-${removed.id}"]`)
  await expect(onRemoved.locator('.response-earlier summary')).toHaveText('on an earlier version of this paragraph')
})

test('without JavaScript: the form posts, comes back with its state, and the edit link works', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto(fieldGuide.path('en'))
  const form = page.locator('#responses form[data-response-form]').last()
  const text = `Sent without scripts ${unique()}`
  await form.getByLabel('Respond to').selectOption('6')
  await expect(form.getByLabel('Respond to').locator('option:checked')).toContainText(
    `Paragraph 7: “${responsesFacts.seventhBlock.en.slice(0, 16)}`
  )
  await form.getByLabel('Your response').fill(text)
  await form.getByRole('button', { name: 'Send' }).click()
  await expect(page).toHaveURL(/\/en\/responded\/r_/)
  await expect(page.getByRole('status').first()).toHaveText('Thank you: your response is waiting for approval.')
  await page.getByLabel('Your response').fill(`${text}, edited`)
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.response-text')).toHaveText(`${text}, edited`)
  // Another browser cannot edit it.
  const stranger = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const strangerPage = await stranger.newPage()
  await strangerPage.goto(page.url())
  await expect(strangerPage.getByRole('status').first()).toHaveText('This response can no longer be edited from this browser.')
  await expect(strangerPage.getByRole('button', { name: 'Save' })).toHaveCount(0)
  await stranger.close()
  await context.close()
})

test('a refused form posted without JavaScript comes back filled in, with the reason', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto(fieldGuide.path('en'))
  const form = page.locator('#responses form[data-response-form]').last()
  const text = `[a](https://a.example) [b](https://b.example) [c](https://c.example) ${unique()}`
  await form.getByLabel('Your response').fill(text)
  await form.getByRole('button', { name: 'Send' }).click()
  await expect(page.getByRole('alert')).toHaveText('A response can hold at most 2 links.')
  await expect(page.getByLabel('Your response')).toHaveValue(text)
  await context.close()
})

test('hostile names, texts and links never run, and bidirectional controls cannot reorder a name', async ({ page, baseURL }) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const text = `<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[click](javascript:alert(3)) **bold** ${unique()}`
  const name = '\u202Eevil<img src=x onerror=alert(4)>'
  const { body } = await send(page.request, { text, name }, baseURL ?? '')
  const csrf = await signInModerator(page)
  await approve(page, csrf, body.id ?? '')
  await expectPublished(page, fieldGuide.path('en'), body.id ?? '')
  const response = page.locator(`[id="response-${body.id}"]`)
  await expect(response.locator('.response-name')).toHaveText('evil<img src=x onerror=alert(4)>')
  await expect(response.locator('script, img, [onerror]')).toHaveCount(0)
  // HTML a reader types shows as they typed it.
  await expect(response.locator('.response-text p').first()).toHaveText('<script>alert(1)</script><img src=x onerror=alert(2)>')
  await expect(response.locator('strong')).toHaveText('bold')
  await expect(response.getByText('click')).not.toHaveAttribute('href', /.+/)
  await response.getByText('click').click()
  expect(dialogs).toEqual([])
})

test('bad requests get the right status and a message', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin
  const post = (path: string, data: string | Buffer, headers: Record<string, string>) =>
    page.request.post(path, { data, headers: { Accept: 'application/json', Origin: origin, ...headers } })
  const form = { 'Content-Type': 'application/x-www-form-urlencoded' }
  const statusOf = async (answer: Awaited<ReturnType<typeof post>>) => [answer.status(), (await answer.json()).error]
  expect(await statusOf(await post(`/responses/${slug}`, 'locale=en&text=hi', { ...form, Origin: 'https://evil.example' }))).toEqual([
    403,
    'forbidden'
  ])
  expect(await statusOf(await post(`/responses/${slug}`, `locale=en&text=${'x'.repeat(1024 * 1024)}`, form))).toEqual([
    413,
    'payloadTooLarge'
  ])
  expect(await statusOf(await post(`/responses/${slug}`, 'hello', { 'Content-Type': 'text/plain' }))).toEqual([415, 'unsupportedType'])
  expect(await statusOf(await post(`/responses/${slug}`, Buffer.from([0x74, 0x65, 0x78, 0x74, 0x3d, 0xff]), form))).toEqual([
    400,
    'badRequest'
  ])
  expect(await statusOf(await post('/responses/no-such-essay', 'locale=en&text=hi', form))).toEqual([404, 'unknownEssay'])
  expect(await statusOf(await post(`/responses/${slug}`, 'locale=en&text=hi&block=999', form))).toEqual([404, 'unknownBlock'])
  expect(await statusOf(await post(`/responses/${slug}`, 'locale=en&text=hi&parent=r_none', form))).toEqual([422, 'unknownParent'])
  // An essay without `comments: true` takes none.
  expect(await statusOf(await post('/responses/fixture-english-only', 'locale=en&text=hi', form))).toEqual([403, 'closed'])
  // A spoofed X-Forwarded-For from an untrusted peer changes nothing (the address is the connection's).
  const spoofed = await post(`/responses/${slug}`, `locale=en&text=spoof-${unique()}`, { ...form, 'X-Forwarded-For': '203.0.113.1' })
  expect(spoofed.status()).toBe(201)
})

test('an essay without comments: true says nothing about responses', async ({ page }) => {
  await page.goto('/en/essays/fixture-english-only')
  await expect(page.locator('#responses, .responses-link, .block-count')).toHaveCount(0)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
  test('a paragraph’s responses open as a sheet at the foot of the screen', async ({ page, baseURL }) => {
    const { body } = await send(page.request, { block: '8', text: `Phone ${unique()}` }, baseURL ?? '')
    const csrf = await signInModerator(page)
    await approve(page, csrf, body.id ?? '')
    await expectPublished(page, fieldGuide.path('en'), body.id ?? '')
    const count = page.locator('.essay-body [data-block="8"] .block-count')
    await count.scrollIntoViewIfNeeded()
    await count.tap()
    const panel = page.locator('#block-responses-8')
    await expect(panel).toBeVisible()
    await expect
      .poll(async () => {
        const box = await boxOf(panel)
        return [box.x, box.width, Math.round(box.y + box.height)]
      })
      .toEqual([0, 390, 844])
    await expect(panel.locator(`[id="response-${body.id}"]`)).toBeVisible()
    expect(await axeViolations(page, '#block-responses-8')).toEqual([])
  })
})

test('the responses, their form and a paragraph’s panel have no axe violations, in English and Arabic', async ({ page }) => {
  for (const locale of ['en', 'ar'] as const) {
    await page.goto(fieldGuide.path(locale))
    expect(await axeViolations(page, '#responses')).toEqual([])
  }
})

test('the essay’s responses feed lists published responses in their own language @both', async ({ page }, testInfo) => {
  const answer = await page.request.get(`/responses/${slug}/feed.xml`)
  expect(answer.status()).toBe(200)
  // The Node server says Atom; a static host says what its configuration says (README, Deploying).
  expect(answer.headers()['content-type']).toMatch(testInfo.project.name === 'static' ? /xml/ : /^application\/atom\+xml/)
  expect(await answer.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">')
})

test('the static copy (RESPONSES_ORIGIN) sends responses to the Node server and shows the newer ones from it @both', async ({
  page
}, testInfo) => {
  test.skip(testInfo.project.name !== 'static', 'a static copy built with RESPONSES_ORIGIN')
  test.skip(process.env.E2E_MODE === 'static', 'needs the Node server running too')
  const server = `http://localhost:${process.env.E2E_PORT ?? 3100}`
  const staticPage = fieldGuide.path('en')
  await page.goto(staticPage)
  const form = page.locator('#responses form[data-response-form]').last()
  await expect(form).toHaveAttribute('action', `${server}/responses/${slug}`)
  const text = `From the static copy ${unique()}.`
  await form.getByLabel('Respond to').selectOption('2')
  await form.getByLabel('Your response').fill(text)
  await pageShownEarlier(form)
  // Sent in place, across origins (CORS, the page's connect-src), and kept as the server's own.
  await sendInPlace(form)
  await expect(form.getByRole('status')).toHaveText('Thank you: your response is waiting for approval.')
  const id = ((await page.locator('.response-sent').getAttribute('id')) ?? '').replace(/^response-/, '')
  expect(id).not.toBe('')

  const csrf = await signInModerator(page, server)
  await expect(page.locator(`[id="held-${id}"]`)).toContainText(text)
  await approve(page, csrf, id)

  // The static page was built before it: reaching its responses brings it, at paragraph 3 too
  // (once the server has rendered its page again).
  const count = page.locator('.essay-body [data-block="2"] .block-count')
  await expect
    .poll(
      async () => {
        await page.goto(staticPage)
        await page.locator('#responses').scrollIntoViewIfNeeded()
        return count.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false
        )
      },
      { timeout: 30_000 }
    )
    .toBe(true)
  await count.click()
  const response = page.locator(`#block-responses-2 [id="response-${id}"]`)
  await expect(response).toBeVisible()
  await expect(response).toContainText(text)
  // A reply from a panel that arrived this way goes to the server too.
  await expect(page.locator('#block-responses-2 form').first()).toHaveAttribute('action', new RegExp(`^${server}/responses/`))
  // Another site may not: its post is refused, and it cannot read the answer.
  const foreign = await page.request.post(`${server}/responses/${slug}`, {
    form: { locale: 'en', text: 'From elsewhere.' },
    headers: { Accept: 'application/json', Origin: 'https://elsewhere.example' }
  })
  expect(foreign.status()).toBe(403)
  expect(foreign.headers()['access-control-allow-origin']).toBeUndefined()
})

test('a moderator signs in with a one-time link, approves from the queue, and the action is logged; a link works once, a post without the CSRF token is refused', async ({
  page,
  baseURL
}) => {
  const text = `For the queue ${unique()}`
  const { body } = await send(page.request, { text, name: 'Queue' }, baseURL ?? '')
  const name = `mod-${unique()}`
  const link = responsesCommand('moderator', 'add', name).trim().split('\n').at(-1) ?? ''
  const { pathname, search } = new URL(link)
  await page.goto(`${pathname}${search}`)
  await expect(page.getByRole('heading', { name: 'Moderation', level: 1 })).toBeVisible()
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible()
  expect(await axeViolations(page, '.moderation')).toEqual([])
  const item = page.locator(`[id="held-${body.id}"]`)
  await expect(item).toContainText(text)
  await item.getByRole('button', { name: 'Approve' }).click()
  await expect(page).toHaveURL(/\/en\/moderation$/)
  await expect(page.locator(`[id="held-${body.id}"]`)).toHaveCount(0)
  await expect(page.locator('.moderation')).toContainText(`${name}: approve ${body.id}`)
  await expectPublished(page, fieldGuide.path('en'), body.id ?? '')

  // Without the CSRF token, even a signed-in moderator's post is refused.
  const forged = await page.request.post('/moderation/actions', {
    form: { action: `delete:${body.id}`, locale: 'en' },
    headers: { Origin: new URL(baseURL ?? '').origin },
    maxRedirects: 0
  })
  expect(forged.status()).toBe(403)
  // The link was used: a second browser gets nowhere with it.
  const other = await page.context().browser()?.newContext({ baseURL })
  const otherPage = await other?.newPage()
  await otherPage?.goto(`${pathname}${search}`)
  await expect(otherPage?.getByRole('status').first() ?? page.locator('nothing')).toHaveText(
    'This sign-in link is unknown, used or expired. Ask for a new one.'
  )
  await other?.close()
  // Signing out ends the session.
  await page.goto('/en/moderation')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('status').first()).toContainText('Sign in with a link')
})
