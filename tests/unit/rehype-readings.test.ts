import type { Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { toString as textOf } from 'hast-util-to-string'
import { describe, expect, it } from 'vitest'
import { readingClass, searchIgnoreProperty } from '@/lib/annotate/markup'
import type { Options as GlossaryOptions } from '@/lib/annotate/rehype-glossary'
import { createLocaleRenderer, glossaryFor, readingsFor } from '@/lib/render/locale-renderer'
import { plainText } from '@/lib/render/plain-text'
import type { Reading } from '@/lib/render/rehype-readings'
import { createMarkdownRenderer, createTextAnnotator } from '@/lib/render/render-markdown'
import { loadFolder, markdown } from './support/content-folder'
import { fixtureCases } from './support/fixtures'

type ReadingsConfig = GlossaryOptions & { readings: Record<string, Reading> }

const renderWith = ({ readings, ...glossary }: ReadingsConfig) =>
  createMarkdownRenderer(glossary, { readings: new Map(Object.entries(readings)) })

describe('rehypeReadings in the whole renderer (tests/fixtures/readings)', () => {
  fixtureCases<ReadingsConfig>('readings', (input, config) => toHtml(renderWith(config)(input).tree))
})

const idiom: ReadingsConfig = {
  terms: [{ id: 'idiom', forms: ['睁一只眼闭一只眼'], lang: 'zh-Hans' }],
  documentLang: 'en',
  readings: { idiom: { base: '睁一只眼闭一只眼', reading: 'zhēng yī zhī yǎn bì yī zhī yǎn', lang: 'zh-Hans', readingLang: 'zh-Latn' } }
}

describe('rehypeReadings', () => {
  it('leaves the text as it reads: without its ruby text, the page says what it said without readings', () => {
    const markdown = 'They chose to 睁一只眼闭一只眼, again.\n\n- 睁一只眼闭一只眼'
    const withReadings = renderWith(idiom)(markdown).tree
    const without = createMarkdownRenderer(idiom)(markdown).tree
    expect(plainText(withReadings)).toBe(textOf(without))
    expect(textOf(withReadings)).not.toBe(textOf(without))
  })

  it('marks the ruby text so that search skips it and CSS can hide it; the ruby carries the contract’s class', () => {
    const html = toHtml(renderWith(idiom)('睁一只眼闭一只眼').tree)
    expect(html).toContain(
      `<ruby class="${readingClass}">睁<rp data-pagefind-ignore="">(</rp><rt data-pagefind-ignore="" lang="zh-Latn">zhēng</rt>`
    )
    expect(html.match(/<rt /g)).toHaveLength(8)
    expect(html.match(/<rp data-pagefind-ignore="">/g)).toHaveLength(16)
    expect(searchIgnoreProperty).toBe('dataPagefindIgnore')
  })

  it('changes nothing without readings, or for a term without one', () => {
    const markdown = 'They chose to 睁一只眼闭一只眼.'
    const plain = toHtml(createMarkdownRenderer(idiom)(markdown).tree)
    expect(toHtml(renderWith({ ...idiom, readings: {} })(markdown).tree)).toBe(plain)
    expect(toHtml(renderWith({ ...idiom, readings: { other: idiom.readings.idiom } })(markdown).tree)).toBe(plain)
  })

  it('annotates card summaries (plain text) the same way', () => {
    const { readings, ...glossary } = idiom
    const annotate = createTextAnnotator(glossary, { readings: new Map(Object.entries(readings)) })
    const tree: Root = annotate('A gloss of 睁一只眼闭一只眼.').tree
    expect(toHtml(tree)).toContain('<ruby class="reading">')
    expect(plainText(tree)).toBe('A gloss of 睁一只眼闭一只眼.')
  })

  it('does not let authors forge the readings’ markup', () => {
    const html = toHtml(
      createMarkdownRenderer()('<ruby class="reading">漢<rp data-pagefind-ignore>(</rp><rt data-pagefind-ignore>kan</rt></ruby>').tree
    )
    expect(html).toContain('<ruby>漢<rp>(</rp><rt>kan</rt></ruby>')
  })
})

describe('readingsFor: the authors’ readings a locale’s text shows', () => {
  const content = loadFolder({
    'glossary/idiom/meta.yaml': 'lang: zh-Hans\noriginal: 睁一只眼闭一只眼\nromanization: zhēng yī zhī yǎn bì yī zhī yǎn\n',
    'glossary/idiom/en.md': markdown({ term: 'turn a blind eye', summary: 'To ignore.', match: ['睁一只眼闭一只眼'] }),
    'glossary/priced-in/en.md': markdown({ term: 'priced in', summary: 'Already in the price.' }),
    'glossary/priced-in/ja.md': markdown({ term: '織り込み済み', reading: 'おりこみずみ', summary: '価格に反映済み。' }),
    'glossary/no-reading/en.md': markdown({ term: 'liquidity', summary: 'Ease of sale.' }),
    'glossary/no-reading/ja.md': markdown({ term: '流動性', summary: '換金のしやすさ。' })
  })

  it('gives a foreign phrase its romanization over its original in every locale, in Latin script', () => {
    for (const locale of ['en', 'ja'] as const) {
      expect(readingsFor(content, locale).get('idiom')).toEqual({
        base: '睁一只眼闭一只眼',
        reading: 'zhēng yī zhī yǎn bì yī zhī yǎn',
        lang: 'zh-Hans',
        readingLang: 'zh-Latn'
      })
    }
  })

  it('gives a Japanese entry’s term its reading on Japanese pages only, and makes none up', () => {
    expect(readingsFor(content, 'ja').get('priced-in')).toEqual({ base: '織り込み済み', reading: 'おりこみずみ', lang: 'ja' })
    expect(readingsFor(content, 'en').has('priced-in')).toBe(false)
    expect(readingsFor(content, 'ja').has('no-reading')).toBe(false)
  })

  it('reach the locale’s renderers, Markdown and plain text', () => {
    const renderer = createLocaleRenderer(glossaryFor(content, 'ja'), 'ja', readingsFor(content, 'ja'))
    expect(toHtml(renderer.markdown()('すでに織り込み済みだ。').tree)).toContain('<ruby class="reading">織<rp')
    expect(toHtml(renderer.text()('織り込み済み').tree)).toContain('<ruby class="reading">織<rp')
    expect(toHtml(createLocaleRenderer(glossaryFor(content, 'ja'), 'ja').markdown()('織り込み済み').tree)).not.toContain('<ruby')
  })
})
