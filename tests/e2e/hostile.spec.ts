import { expect, test } from './ready'

// Pages built from tests/fixtures/e2e-content: more than 30 XSS payloads in an
// essay's body and front matter and in a glossary entry.
const pages = [
  '/en/essays/fixture-hostile-html',
  '/ar/essays/fixture-hostile-html',
  '/en/glossary/fixture-hostile-term',
  '/fr/glossary/fixture-hostile-term',
  '/en/glossary',
  '/en',
  '/en/cards/fixture-hostile-html.html'
]

for (const path of pages) {
  test(`${path}: no payload runs or survives`, async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    const requests: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('http://localhost')) requests.push(request.url())
    })
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    // Every card the page's text opens, opened (a card's content comes through the same sanitiser).
    for (const term of await page.locator('main a.term:visible').all()) {
      await term.hover()
      await expect(page.locator(`[id="card-${await term.getAttribute('data-term')}"]`)).toBeVisible()
    }
    await page.waitForLoadState('networkidle')
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])

    const findings = await page.evaluate(() => {
      const problems: string[] = []
      for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on')) problems.push(`${element.tagName} ${attribute.name}`)
          if (
            /^\s*(javascript|data|vbscript):/i.test(attribute.value.replace(/\p{Cc}/gu, '')) &&
            /^(href|src|action|formaction|xlink:href|srcdoc|data)$/.test(attribute.name)
          ) {
            problems.push(`${element.tagName} ${attribute.name}=${attribute.value}`)
          }
        }
      }
      const content = ':is(.essay-body, .essay-header, .card, .term-page, #glossary-index, .essay-list)'
      // A disabled checkbox is what GFM task lists render; no other form control survives.
      for (const element of document.querySelectorAll(
        `${content} :is(iframe, object, embed, base, meta, form, input:not([type="checkbox"][disabled]), style, script, template)`
      )) {
        problems.push(`element ${element.tagName}`)
      }
      for (const script of document.querySelectorAll('script')) {
        const text = script.textContent ?? ''
        // JSON-LD is data, never run; it must not be able to close its script element.
        if (script.type === 'application/ld+json') {
          if (text.includes('<')) problems.push('raw < in JSON-LD')
        } else if (text.includes('alert(') && !text.startsWith('self.__next_f')) {
          problems.push(`script ${text.slice(0, 60)}`)
        }
      }
      if (document.getElementById('term-fixture-hostile-term-1')?.getAttribute('name') === '__next') problems.push('clobbered id')
      return problems
    })
    expect(findings).toEqual([])
  })
}

test('hostile markup is dropped but the text around it is kept', async ({ page }) => {
  await page.goto('/en/essays/fixture-hostile-html')
  // Kept as rendered text, visible to readers, not merely present in the DOM.
  const article = page.locator('article')
  for (const kept of [
    'Plain text survives',
    'styled text kept',
    'paragraph with handlers, text kept',
    'text kept',
    'javascript link',
    'entity-encoded link'
  ]) {
    await expect(article).toContainText(kept, { useInnerText: true })
  }
  await expect(page.locator('article a.term[data-term="fixture-hostile-term"]').first()).toBeVisible()
  await expect(page.locator('h1')).toContainText("Hostile <script>alert('title')</script>")
})
