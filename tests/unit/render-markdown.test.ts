import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
import { contentLabels } from '@/lib/i18n/content-labels'
import { createMarkdownRenderer } from '@/lib/render/render-markdown'

const render = createMarkdownRenderer()
const html = (markdown: string) => toHtml(render(markdown).tree)

describe('author HTML comes out safe and valid', () => {
  it('drops MathML and SVG whole, so that nothing they held lands where it is not allowed', () => {
    const out = html(
      'Before\n\n<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>\n\nAfter'
    )
    expect(out).not.toMatch(/<(math|table|mglyph|style|img)\b/)
    expect(out).toContain('Before')
    expect(out).toContain('After')
    expect(html('<svg><text>drawn</text></svg>')).not.toMatch(/<svg|drawn/)
  })

  it('drops media sources left without their player', () => {
    expect(html('<video><source src="a.mp4"></video> text')).toBe('<p data-block="0"> text</p>')
  })

  it('keeps the alt text of an image whose source was unsafe, and marks an image without alt decorative', () => {
    expect(html("![a chart](javascript:alert('x'))")).toBe('<p data-block="0">a chart</p>')
    expect(html('<img src="chart.png">')).toBe('<img src="chart.png" alt="" data-block="0">')
    expect(html('<img src="chart.png" alt="Sales">')).toBe('<img src="chart.png" alt="Sales" data-block="0">')
  })

  it('drops the obsolete name attribute (a clobbering vector)', () => {
    expect(html('<a id="x" name="__next">link</a>')).toBe('<p data-block="0"><a id="user-content-x">link</a></p>')
  })
})

describe('heading ids', () => {
  it('take a prefix, for a second text on the same page', () => {
    const second = createMarkdownRenderer(undefined, { headingIdPrefix: 'es-' })
    expect(toHtml(second('## Hello').tree)).toBe('<h2 id="es-hello" data-block="0">Hello</h2>')
  })
})

describe('what the author sanitiser drops whole', () => {
  for (const tag of ['script', 'style', 'template', 'noscript', 'iframe', 'object']) {
    it(`<${tag}> and all it holds, keeping the text around it`, () => {
      const out = html(`Before <${tag}>inside ${tag}</${tag}> after.`)
      expect(out).toBe('<p data-block="0">Before  after.</p>')
    })
  }

  it('embeds, media tracks, and prefixes author ids so they cannot clobber the page', () => {
    expect(html('A <embed src="x.swf"> B')).toBe('<p data-block="0">A  B</p>')
    expect(html('<audio><track src="a.vtt"></audio>text')).not.toContain('track')
    expect(html('<p id="main">x</p>')).toBe('<p id="user-content-main" data-block="0">x</p>')
  })

  it('keeps footnotes working: every link points to an id on the page, prefixed once', () => {
    const out = html('Text[^1].\n\n[^1]: The note.')
    expect(out).toContain('data-footnote-ref')
    expect(out).toContain('class="data-footnote-backref"')
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id)
    const targets = [...out.matchAll(/href="#([^"]+)"/g)].map(([, id]) => id)
    expect(targets).toEqual(['user-content-fn-1', 'user-content-fnref-1'])
    for (const target of targets) expect(ids).toContain(target)
  })

  it('leads in-page links to the author ids they name, and leaves links to headings as they are', () => {
    const out = html('[to the note](#note) [to the heading](#later)\n\n<p id="note">Note</p>\n\n## Later')
    expect(out).toContain('href="#user-content-note"')
    expect(out).toContain('href="#later"')
    expect(out).toContain('id="user-content-note"')
  })

  it('keeps an in-page link whose fragment is malformed percent-encoding as written, without failing', () => {
    // The Markdown parser escapes the lone %: #%E0%A4%25A, which still does not decode (a cut UTF-8 sequence).
    const out = html('[broken](#%E0%A4%A) <a href="#%E0%A4">raw</a> and [fine](#note)\n\n<p id="note">Note</p>')
    expect(out).toContain('href="#%E0%A4%25A"')
    expect(out).toContain('href="#%E0%A4"')
    expect(out).toContain('href="#user-content-note"')
  })
})

describe('blocks', () => {
  it('are top-level elements, and each list item of both kinds of list, numbered in order', () => {
    const out = html('# Title\n\nText.\n\n- one\n- two\n\n3. three\n4. four\n\n> quote')
    expect([...out.matchAll(/<(\w+)[^>]*data-block="(\d+)"/g)].map(([, tag, n]) => `${tag}${n}`)).toEqual([
      'h20',
      'p1',
      'li2',
      'li3',
      'li4',
      'li5',
      'blockquote6'
    ])
  })
})

describe('heading ranks', () => {
  it('move all headings so that the highest has rank 2, keeping their order and clamping at 6', () => {
    const ranks = (markdown: string) => [...html(markdown).matchAll(/<h(\d)/g)].map(([, rank]) => Number(rank))
    expect(ranks('# A\n\n## B\n\n###### C')).toEqual([2, 3, 6])
    expect(ranks('### A\n\n#### B')).toEqual([2, 3])
    expect(ranks('## A\n\n### B')).toEqual([2, 3])
    expect(ranks('Text only.')).toEqual([])
  })
})

describe('images whose source the sanitiser dropped', () => {
  it('become their alt text, or nothing without one; images with a source stay', () => {
    expect(html('Look: ![a chart](javascript:void(0)) here')).toBe('<p data-block="0">Look: a chart here</p>')
    expect(html('Look: ![](javascript:void(0)) here')).toBe('<p data-block="0">Look:  here</p>')
    expect(html('![a chart](chart.png)')).toBe('<p data-block="0"><img src="chart.png" alt="a chart"></p>')
  })
})

describe('a second text on the page', () => {
  it('has footnote ids of its own', () => {
    const second = createMarkdownRenderer(undefined, { headingIdPrefix: 'es-' })
    const out = toHtml(second('Texto[^1].\n\n[^1]: La nota.').tree)
    expect(out).toContain('id="user-content-es-fn-1"')
    expect(out).toContain('href="#user-content-es-fn-1"')
  })
})

describe('footnotes', () => {
  const markdown = 'A claim.[^1]\n\n[^1]: Its source.'
  it('are headed and linked back in the text’s language, from the locale’s messages', () => {
    const html = toHtml(createMarkdownRenderer(undefined, { footnotes: contentLabels('fr') })(markdown).tree)
    expect(html).toContain('>Notes</h2>')
    expect(html).toContain('aria-label="Retour à l’appel de note 1"')
  })

  it('give a second text on the page ids of its own, the heading included', () => {
    const first = toHtml(createMarkdownRenderer()(markdown).tree)
    const second = toHtml(createMarkdownRenderer(undefined, { headingIdPrefix: 'es-' })(markdown).tree)
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id)
    expect(ids(first)).toContain('user-content-footnote-label')
    expect(ids(second)).toContain('user-content-es-footnote-label')
    expect(ids(second).filter((id) => ids(first).includes(id))).toEqual([])
    // The references point at their own text's heading.
    expect(second).toContain('aria-describedby="user-content-es-footnote-label"')
  })
})
