import { toHtml } from 'hast-util-to-html'
import { describe, expect, it } from 'vitest'
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
