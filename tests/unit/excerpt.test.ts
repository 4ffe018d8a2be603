import { describe, expect, it } from 'vitest'
import { excerptOf } from '@/lib/render/excerpt'
import { createMarkdownRenderer } from '@/lib/render/render-markdown'
import { required } from '@/tests/support/required'

const render = createMarkdownRenderer()
const excerpt = (markdown: string, lang = 'en', maxLength?: number) => excerptOf(render(markdown).tree, lang, maxLength)

describe('excerptOf', () => {
  it('takes the first top-level paragraph, not a quote or heading before it', () => {
    expect(excerpt('> A quote\n\n## Heading\n\nFirst *real*\nparagraph.\n\nSecond.')).toBe('First real paragraph.')
  })

  it('cuts long English text at a word boundary and marks the cut', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(10)
    const result = required(excerpt(text, 'en', 50), 'an excerpt')
    expect(result).toBe('The quick brown fox jumps over the lazy dog. The…')
    expect(result.length).toBeLessThanOrEqual(50)
  })

  it('cuts Chinese between words, within the length limit', () => {
    const text = '我们在过去四年里把对冲基金的科学带到了人工智能药物设计中。'.repeat(5)
    const result = required(excerpt(text, 'zh-Hans', 40), 'an excerpt')
    expect(result.endsWith('…')).toBe(true)
    expect(result.length).toBeLessThanOrEqual(40)
    const kept = result.slice(0, -1)
    expect(text.startsWith(kept)).toBe(true)
    expect(result.length).toBeGreaterThan(30)
    // Between words: where the cut falls, the word segmenter has a boundary.
    const boundaries = new Set([...new Intl.Segmenter('zh-Hans', { granularity: 'word' }).segment(text)].map((segment) => segment.index))
    expect(boundaries.has(kept.length)).toBe(true)
  })

  it('never cuts an English word in two', () => {
    for (const maxLength of [20, 33, 47, 58]) {
      const text = 'Liquidity is the ease with which an asset can be sold without moving its price.'.repeat(3)
      const kept = required(excerpt(text, 'en', maxLength), `an excerpt of at most ${maxLength}`).slice(0, -1)
      expect(text[kept.length], `cut at ${kept.length} for ${maxLength}`).toMatch(/[\s.]/)
      expect(kept.length).toBeLessThanOrEqual(maxLength - 1)
    }
  })

  it('leaves out readings shown as ruby over a term', () => {
    const withReadings = createMarkdownRenderer(
      { terms: [{ id: 'city', forms: ['深圳'] }] },
      { readings: new Map([['city', { base: '深圳', reading: 'Shēnzhèn', lang: 'zh' }]]) }
    )
    expect(excerptOf(withReadings('Chips were resold in 深圳.').tree, 'en')).toBe('Chips were resold in 深圳.')
  })

  it('has nothing to say for a text without paragraphs', () => {
    expect(excerpt('## Only a heading\n\n- a list')).toBeUndefined()
  })
})
