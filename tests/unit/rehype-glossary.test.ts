import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import rehypeGlossary, { createGlossary, type Options as GlossaryOptions } from '@/lib/annotate/rehype-glossary'
import { createMarkdownRenderer } from '@/lib/render/render-markdown'
import { required } from '@/tests/support/required'
import { fixtureCases } from './support/fixtures'

const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype)

/** The plugin alone on a parsed tree, as unified plugins test themselves. */
function annotate(markdown: string, options: GlossaryOptions) {
  const file = new VFile()
  const tree = unified()
    .use(rehypeGlossary, options)
    .runSync(toHast.runSync(toHast.parse(markdown)) as Root, file)
  return { html: toHtml(tree), occurrences: required(file.data.glossary, 'the glossary data the plugin leaves on the file').occurrences }
}

describe('rehypeGlossary fixtures (tests/fixtures/annotate)', () => {
  fixtureCases<GlossaryOptions>('annotate', (input, config) => annotate(input, config).html)
})

describe('the whole renderer (tests/fixtures/render)', () => {
  fixtureCases<GlossaryOptions>('render', (input, config) => toHtml(createMarkdownRenderer(config)(input).tree))
})

describe('rehypeGlossary', () => {
  const terms = [
    { id: 'nvidia', forms: ['Nvidia'] },
    { id: 'idiom', forms: ['睁一只眼闭一只眼'], lang: 'zh-Hans' }
  ]

  it('publishes what it marked on file.data, in document order, with sections counted from headings', () => {
    const { occurrences } = annotate('Nvidia.\n\n## Later\n\nNvidia and 睁一只眼闭一只眼.', { terms })
    expect(occurrences).toEqual([
      { termId: 'nvidia', id: 'term-nvidia-1', text: 'Nvidia', section: 0 },
      { termId: 'nvidia', id: 'term-nvidia-2', text: 'Nvidia', section: 1 },
      { termId: 'idiom', id: 'term-idiom-1', text: '睁一只眼闭一只眼', section: 1 }
    ])
  })

  it('flags the first occurrence in each section, and only with occurrences: all', () => {
    const flagged = (markdown: string, occurrences?: 'all' | 'first-per-section') =>
      [...annotate(markdown, { terms, occurrences }).html.matchAll(/id="(term-[^"]+)"( data-first="")?/g)].map(
        ([, id, first]) => `${id}${first ? '*' : ''}`
      )
    expect(flagged('Nvidia, Nvidia.\n\n### Next\n\nNvidia.')).toEqual(['term-nvidia-1*', 'term-nvidia-2', 'term-nvidia-3*'])
    expect(flagged('Nvidia.\n\n### Next\n\nNvidia.', 'first-per-section')).toEqual(['term-nvidia-1', 'term-nvidia-2'])
  })

  it('gives a foreign phrase its lang only outside its own language', () => {
    expect(annotate('睁一只眼闭一只眼', { terms, documentLang: 'en' }).html).toContain('lang="zh-Hans"')
    expect(annotate('睁一只眼闭一只眼', { terms, documentLang: 'zh-Hans' }).html).not.toContain('lang=')
    expect(annotate('睁一只眼闭一只眼', { terms, documentLang: 'zh' }).html).not.toContain('lang=')
    expect(annotate('睁一只眼闭一只眼', { terms }).html).toContain('lang="zh-Hans"')
  })

  it('links with href(), and takes a glossary made once as well as a list of terms', () => {
    const glossary = createGlossary(terms)
    const options = { terms: glossary, href: (id: string) => `/fr/glossary/${id}`, idPrefix: 'x-' }
    expect(annotate('Nvidia', options).html).toBe(
      '<p><a href="/fr/glossary/nvidia" class="term" data-term="nvidia" id="x-nvidia-1" data-first="">Nvidia</a></p>'
    )
    expect(annotate('Nvidia', { ...options, terms }).html).toBe(annotate('Nvidia', options).html)
  })

  it('leaves an excluded term as plain text, whatever the mode', () => {
    for (const occurrences of ['all', 'first', 'first-per-section'] as const) {
      expect(
        annotate('Nvidia and 睁一只眼闭一只眼', { terms, exclude: ['nvidia'], occurrences }).occurrences.map((one) => one.termId)
      ).toEqual(['idiom'])
    }
  })

  it('never enters ignored elements, nor an element that is already an annotation', () => {
    const html = annotate('`Nvidia` [Nvidia](https://nvidia.com) <kbd>x</kbd>', { terms }).html
    expect(html).not.toContain('class="term"')
    expect(annotate('Nvidia in *Nvidia*', { terms, ignore: ['em'] }).occurrences).toHaveLength(1)
  })

  it('starts a new section only at the given elements', () => {
    const { occurrences } = annotate('Nvidia\n\n#### Small\n\nNvidia', { terms, sectionStarts: ['h4'] })
    expect(occurrences.map((one) => one.section)).toEqual([0, 1])
  })
})

describe('rehypeGlossary leaves alone', () => {
  const terms = [{ id: 'nvidia', forms: ['Nvidia'] }]
  for (const tag of [
    'a',
    'code',
    'pre',
    'kbd',
    'samp',
    'var',
    'script',
    'style',
    'svg',
    'math',
    'textarea',
    'button',
    'select',
    'option'
  ]) {
    it(`text inside <${tag}>`, () => {
      const tree: Root = {
        type: 'root',
        children: [
          {
            type: 'element',
            tagName: 'p',
            properties: {},
            children: [{ type: 'element', tagName: tag, properties: {}, children: [{ type: 'text', value: 'Nvidia' }] }]
          }
        ]
      }
      const file = new VFile()
      unified().use(rehypeGlossary, { terms }).runSync(tree, file)
      expect(file.data.glossary?.occurrences).toEqual([])
    })
  }

  it('the text around an annotation as it was, without empty text nodes', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Nvidia' }] }]
    }
    unified().use(rehypeGlossary, { terms }).runSync(tree, new VFile())
    const [paragraph] = tree.children
    expect(paragraph.type === 'element' && paragraph.children.map((child) => child.type)).toEqual(['element'])
    const mixed: Root = { type: 'root', children: [{ type: 'text', value: 'a Nvidia b Nvidia' }] }
    unified().use(rehypeGlossary, { terms }).runSync(mixed, new VFile())
    expect(mixed.children.map((child) => (child.type === 'text' ? child.value : 'A'))).toEqual(['a ', 'A', ' b ', 'A'])
  })

  it('starts a section at h1, h2 and h3 by default, not at h4', () => {
    const sections = (markdown: string) => annotate(markdown, { terms }).occurrences.map((one) => one.section)
    expect(sections('Nvidia\n\n# A\n\nNvidia\n\n## B\n\nNvidia\n\n### C\n\nNvidia\n\n#### D\n\nNvidia')).toEqual([0, 1, 2, 3, 3])
  })
})

describe('a term inside a link', () => {
  const terms = [{ id: 'index-investing', forms: ['index investing'] }]
  const linkedTerm = (termId: string, href: string) => `via-${termId}-${href.length}`
  it('is not annotated, but the link previews its card when the renderer asks', () => {
    const file = new VFile()
    const tree = unified()
      .use(rehypeGlossary, { terms, linkedTerm })
      .runSync(toHast.runSync(toHast.parse('Not [better than index investing](https://example.org/a) at all.')) as Root, file)
    expect(toHtml(tree)).toBe(
      '<p>Not <a href="https://example.org/a" data-preview="via-index-investing-21">better than index investing</a> at all.</p>'
    )
    expect(file.data.previews).toEqual(['via-index-investing-21'])
  })
  it('is left alone without the option, and when the link already previews a page of the publication', () => {
    expect(annotate('[index investing](https://example.org/a)', { terms }).html).toBe(
      '<p><a href="https://example.org/a">index investing</a></p>'
    )
    const file = new VFile()
    const hast = toHast.runSync(toHast.parse('[index investing](/essays/x)')) as Root
    const link = (hast.children[0] as { children: { properties: Record<string, unknown> }[] }).children[0]
    link.properties.dataPreview = 'essay-x'
    const tree = unified().use(rehypeGlossary, { terms, linkedTerm }).runSync(hast, file)
    expect(toHtml(tree)).toBe('<p><a href="/essays/x" data-preview="essay-x">index investing</a></p>')
  })
})
