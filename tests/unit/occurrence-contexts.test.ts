import { describe, expect, it, vi } from 'vitest'
import type { GlossaryTerm } from '@/lib/annotate/rehype-glossary'
import { type OccurrenceContext, occurrenceContexts } from '@/lib/render/occurrence-contexts'
import { createMarkdownRenderer } from '@/lib/render/render-markdown'
import { required } from '@/tests/support/required'

/** Renders Markdown annotated with `terms` (each term's id is its only form), and returns the contexts in `lang`. */
function contexts(markdown: string, terms: readonly string[], lang: string, maxLength?: number): Map<string, OccurrenceContext> {
  const glossary: GlossaryTerm[] = terms.map((form, index) => ({ id: `t${index}`, forms: [form] }))
  return occurrenceContexts(createMarkdownRenderer({ terms: glossary })(markdown).tree, lang, { maxLength })
}

/** The context of the annotation with this id, as one line: `before[match]after`, with ellipses where cut. */
function line(all: Map<string, OccurrenceContext>, id: string): string {
  const { before, match, after } = required(all.get(id), `the context of ${id}`)
  return `${before}[${match}]${after}`
}

const wordBoundaries = (text: string, lang: string) =>
  new Set(
    [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)].flatMap(({ index, segment }) => [index, index + segment.length])
  )
const graphemeBoundaries = (text: string) =>
  new Set(
    [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].flatMap(({ index, segment }) => [
      index,
      index + segment.length
    ])
  )

describe('occurrenceContexts: the sentence of each annotation', () => {
  it('finds Latin sentences, and the sentence of every occurrence', () => {
    const all = contexts(
      'First sentence. The fund charged carried interest on gains. Then carried interest again!\n\nNew paragraph.',
      ['carried interest'],
      'en'
    )
    expect(line(all, 'term-t0-1')).toBe('The fund charged [carried interest] on gains.')
    expect(line(all, 'term-t0-2')).toBe('Then [carried interest] again!')
    expect(all.get('term-t0-1')).toMatchObject({ cutBefore: false, cutAfter: false })
  })

  it('ends Chinese sentences at 。！？', () => {
    const all = contexts('我们来了。他们讨论了流动性问题！流动性真的重要吗？是的。', ['流动性'], 'zh-Hans')
    expect(line(all, 'term-t0-1')).toBe('他们讨论了[流动性]问题！')
    expect(line(all, 'term-t0-2')).toBe('[流动性]真的重要吗？')
  })

  it('ends Japanese sentences (kana and kanji) at 。 and ？', () => {
    const all = contexts('株価にはすでに織り込み済みだ。本当に織り込み済みか？流動性が高い。', ['織り込み済み'], 'ja')
    expect(line(all, 'term-t0-1')).toBe('株価にはすでに[織り込み済み]だ。')
    expect(line(all, 'term-t0-2')).toBe('本当に[織り込み済み]か？')
  })

  it('ends Arabic sentences at ؟', () => {
    const all = contexts('هل هذا ركود؟ نعم، إنه ركود اقتصادي. انتهى.', ['ركود'], 'ar')
    expect(line(all, 'term-t0-1')).toBe('هل هذا [ركود]؟')
    expect(line(all, 'term-t0-2')).toBe('نعم، إنه [ركود] اقتصادي.')
  })

  it('reads a term inside emphasis, and emphasis around it, as plain text', () => {
    const all = contexts('They *really* chose to **turn a blind eye**, again. Next.', ['turn a blind eye'], 'en')
    expect(line(all, 'term-t0-1')).toBe('They really chose to [turn a blind eye], again.')
  })

  it('leaves footnote references out of the sentence, and gives a term in a footnote the footnote’s sentence', () => {
    const all = contexts(
      'The fund charged carried interest.[^1] Then it stopped.\n\n[^1]: A note on carried interest, briefly.',
      ['carried interest'],
      'en'
    )
    expect(line(all, 'term-t0-1')).toBe('The fund charged [carried interest].')
    expect(line(all, 'term-t0-2')).toBe('A note on [carried interest], briefly.')
  })

  it('keeps sentences inside their block: a list item or a heading is a sentence of its own', () => {
    const all = contexts('## Liquidity matters\n\n- liquidity first\n- then more', ['liquidity'], 'en')
    expect(line(all, 'term-t0-1')).toBe('[Liquidity] matters')
    expect(line(all, 'term-t0-2')).toBe('[liquidity] first')
  })

  it('collapses line breaks and spaces of the source into one space', () => {
    const all = contexts('The   fund charged\ncarried interest  here.', ['carried interest'], 'en')
    expect(line(all, 'term-t0-1')).toBe('The fund charged [carried interest] here.')
  })

  it('leaves out readings shown as ruby over a term', () => {
    const render = createMarkdownRenderer(
      { terms: [{ id: 'city', forms: ['深圳'] }] },
      { readings: new Map([['city', { base: '深圳', reading: 'Shēnzhèn', lang: 'zh' }]]) }
    )
    const all = occurrenceContexts(render('Chips were resold in 深圳. Then shipped.').tree, 'en')
    expect(line(all, 'term-city-1')).toBe('Chips were resold in [深圳].')
  })
})

describe('occurrenceContexts: cutting long sentences', () => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ')

  it('keeps a term at the very start of a long sentence, and cuts after it at a word boundary', () => {
    const sentence = `Liquidity ${words(80)}.`
    const context = required(contexts(sentence, ['Liquidity'], 'en').get('term-t0-1'), 'a context')
    expect(context).toMatchObject({ before: '', match: 'Liquidity', cutBefore: false, cutAfter: true })
    expect(context.after.endsWith('…')).toBe(true)
    const kept = `Liquidity${context.after.slice(0, -1)}`
    expect(sentence.startsWith(kept)).toBe(true)
    expect(kept.length).toBeLessThanOrEqual(200)
    expect(kept.length).toBeGreaterThan(180)
    expect(wordBoundaries(sentence, 'en').has(kept.length)).toBe(true)
  })

  it('keeps a term at the very end of a long sentence, and cuts before it at a word boundary', () => {
    const sentence = `${words(80)} liquidity.`
    const context = required(contexts(sentence, ['liquidity'], 'en').get('term-t0-1'), 'a context')
    expect(context).toMatchObject({ match: 'liquidity', after: '.', cutBefore: true, cutAfter: false })
    const kept = `${context.before.slice(1)}liquidity.`
    expect(context.before.startsWith('…')).toBe(true)
    expect(sentence.endsWith(kept)).toBe(true)
    expect(kept.length).toBeLessThanOrEqual(200)
    expect(kept.length).toBeGreaterThan(180)
    expect(wordBoundaries(sentence, 'en').has(sentence.length - kept.length)).toBe(true)
  })

  it('cuts a sentence far longer than the limit on both sides, the term in the middle', () => {
    const sentence = `${words(300)} liquidity ${words(300)}.`
    const context = required(contexts(sentence, ['liquidity'], 'en').get('term-t0-1'), 'a context')
    expect(context).toMatchObject({ cutBefore: true, cutAfter: true })
    const before = context.before.slice(1)
    const after = context.after.slice(0, -1)
    const start = sentence.indexOf(`${before}liquidity${after}`)
    expect(start).toBeGreaterThan(0)
    expect(before.length + 'liquidity'.length + after.length).toBeLessThanOrEqual(200)
    // About as much on each side, and both cuts between words.
    expect(Math.abs(before.length - after.length)).toBeLessThan(20)
    const boundaries = wordBoundaries(sentence, 'en')
    expect(boundaries.has(start)).toBe(true)
    expect(boundaries.has(start + before.length + 'liquidity'.length + after.length)).toBe(true)
  })

  it('cuts Chinese between words', () => {
    const sentence = `${'我们在过去四年里把对冲基金的科学带到了人工智能药物设计中并且'.repeat(8)}流动性${'市场对于未来政策走向的判断始终保持谨慎而且'.repeat(8)}。`
    const context = required(contexts(sentence, ['流动性'], 'zh-Hans', 60).get('term-t0-1'), 'a context')
    const kept = `${context.before.slice(1)}流动性${context.after.slice(0, -1)}`
    const start = sentence.indexOf(kept)
    expect(kept.length).toBeLessThanOrEqual(60)
    expect(kept.length).toBeGreaterThan(45)
    const boundaries = wordBoundaries(sentence, 'zh-Hans')
    expect(boundaries.has(start) && boundaries.has(start + kept.length)).toBe(true)
  })

  it('cuts a word too long to keep between graphemes, never inside a cluster (emoji, combining marks, Hangul jamo)', () => {
    for (const cluster of ['👨‍👩‍👧', 'e\u0301', '\u1112\u1161\u11ab', '🇯🇵']) {
      const long = cluster.repeat(150)
      const sentence = `${long} liquidity ${long}.`
      const context = required(contexts(sentence, ['liquidity'], 'en', 100).get('term-t0-1'), `a context in ${cluster}`)
      expect(context).toMatchObject({ cutBefore: true, cutAfter: true })
      const before = context.before.slice(1)
      const after = context.after.slice(0, -1)
      const start = sentence.indexOf(`${before}liquidity${after}`)
      const graphemes = graphemeBoundaries(sentence)
      expect(graphemes.has(start), `cut before, in ${cluster}`).toBe(true)
      expect(graphemes.has(start + before.length + 9 + after.length), `cut after, in ${cluster}`).toBe(true)
      // Most of the room is used, not given up with the whole word.
      expect(before.length + after.length).toBeGreaterThan(60)
    }
  })

  it('stays linear: many terms in one very long sentence are cut from one segmentation of it', () => {
    const sentence = `${Array.from({ length: 300 }, (_, index) => `word${index} liquidity`).join(' ')}.`
    const tree = createMarkdownRenderer({ terms: [{ id: 't0', forms: ['liquidity'] }] })(sentence).tree
    const segment = vi.spyOn(Intl.Segmenter.prototype, 'segment')
    try {
      const all = occurrenceContexts(tree, 'en')
      expect(all.size).toBe(300)
      expect(line(all, 'term-t0-150')).toMatch(/^….* word149 \[liquidity\] word150 .*…$/)
      const segmented = segment.mock.calls.reduce((total, [text]) => total + text.length, 0)
      // Once into sentences, once into words; nothing per occurrence but the odd long word.
      expect(segmented).toBeLessThanOrEqual(2 * sentence.length)
    } finally {
      segment.mockRestore()
    }
  })
})
