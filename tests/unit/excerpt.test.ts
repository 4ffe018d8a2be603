import { describe, expect, it } from 'vitest'
import { excerptOf } from '../../lib/render/excerpt'
import { createMarkdownRenderer } from '../../lib/render/render-markdown'

const render = createMarkdownRenderer()
const excerpt = (markdown: string, lang = 'en', maxLength?: number) => excerptOf(render(markdown).tree, lang, maxLength)

describe('excerptOf', () => {
  it('takes the first top-level paragraph, not a quote or heading before it', () => {
    expect(excerpt('> A quote\n\n## Heading\n\nFirst *real*\nparagraph.\n\nSecond.')).toBe('First real paragraph.')
  })

  it('cuts long English text at a word boundary and marks the cut', () => {
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(10)
    const result = excerpt(text, 'en', 50)!
    expect(result).toBe('The quick brown fox jumps over the lazy dog. The…')
    expect(result.length).toBeLessThanOrEqual(50)
  })

  it('cuts Chinese between words, never inside the text length limit', () => {
    const text = '我们在过去四年里把对冲基金的科学带到了人工智能药物设计中。'.repeat(5)
    const result = excerpt(text, 'zh-Hans', 40)!
    expect(result.endsWith('…')).toBe(true)
    expect(result.length).toBeLessThanOrEqual(40)
    expect(text.startsWith(result.slice(0, -1))).toBe(true)
    expect(result.length).toBeGreaterThan(30)
  })

  it('has nothing to say for a text without paragraphs', () => {
    expect(excerpt('## Only a heading\n\n- a list')).toBeUndefined()
  })
})
