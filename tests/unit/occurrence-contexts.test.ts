import type { Element, ElementContent, Text } from 'hast'
import { fromHtml } from 'hast-util-from-html'
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

/** Contexts of a hand-written HTML fragment, whose annotations are `<a data-term="x" id="…">`. */
const htmlContexts = (html: string, lang = 'en') => occurrenceContexts(fromHtml(html, { fragment: true }), lang)

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

  // HTML's block-level elements (HTML 4's list, with HTML5's sectioning elements and the table parts).
  const blocks = ['address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure']
    .concat(['footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary'])
    .concat(['table', 'td', 'th', 'tr', 'ul'])
  it.each(blocks)('ends a sentence where a <%s> ends or begins, though no full stop does', (tag) => {
    // Built as a tree: an HTML parser would move text out of a bare <table> or <tr>.
    const text = (value: string): Text => ({ type: 'text', value })
    const element = (tagName: string, children: ElementContent[], properties = {}): Element => ({
      type: 'element',
      tagName,
      properties,
      children
    })
    const term = element('a', [text('liquidity')], { dataTerm: 'x', id: 'x-1' })
    const blocksOfTag = [[text('Lead in')], [text('the '), term, text(' here')], [text('and after')]].map((children) =>
      element(tag, children)
    )
    expect(line(occurrenceContexts({ type: 'root', children: blocksOfTag }, 'en'), 'x-1')).toBe('the [liquidity] here')
  })

  it('reads across inline elements: a sentence goes on through <span>, <em> and links', () => {
    const all = htmlContexts('<p>Lead <span>in</span> to <em>the</em> <a data-term="x" id="x-1">liquidity</a> <a href="/">here</a>.</p>')
    expect(line(all, 'x-1')).toBe('Lead in to the [liquidity] here.')
  })

  it('ends a sentence at a line break', () => {
    const all = contexts('An address line  \ncarried interest here.', ['carried interest'], 'en')
    expect(line(all, 'term-t0-1')).toBe('[carried interest] here.')
  })

  it('leaves out the whitespace around a block’s text', () => {
    const all = htmlContexts('<p>\n   The fund charged <a data-term="x" id="x-1">carried interest</a> here.   \n</p>')
    expect(line(all, 'x-1')).toBe('The fund charged [carried interest] here.')
  })

  it('gives a term that a segmenter splits (an abbreviation’s full stop) the sentences on both sides', () => {
    const all = contexts('Rates rose. Then the U.S. Fed raised rates again. Done.', ['U.S. Fed'], 'en')
    expect(line(all, 'term-t0-1')).toBe('Then the [U.S. Fed] raised rates again.')
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

  it('measures a long sentence from its own start, not the block’s', () => {
    const sentence = `So the liquidity ${words(80)}.`
    const context = required(contexts(`An opening sentence. ${sentence}`, ['liquidity'], 'en').get('term-t0-1'), 'a context')
    expect(context).toMatchObject({ before: 'So the ', match: 'liquidity', cutBefore: false, cutAfter: true })
    const kept = `So the liquidity${context.after.slice(0, -1)}`
    expect(sentence.startsWith(kept)).toBe(true)
    expect(kept.length).toBeGreaterThan(180)
    expect(wordBoundaries(sentence, 'en').has(kept.length)).toBe(true)
  })

  it('cuts at the exact grapheme where a word is too long to keep or drop whole', () => {
    // 40 characters: the term (9) and 31 around it, 16 before and 15 after.
    const context = required(
      contexts(`${'a'.repeat(100)} liquidity ${'b'.repeat(100)}.`, ['liquidity'], 'en', 40).get('term-t0-1'),
      'a context'
    )
    expect(context).toEqual({
      before: `…${'a'.repeat(15)} `,
      match: 'liquidity',
      after: ` ${'b'.repeat(14)}…`,
      cutBefore: true,
      cutAfter: true
    })
  })

  it('cuts between words when the nearest boundary is within a quarter of the room', () => {
    // Words of 19 letters: a boundary is never more than 19 characters from where a cut would ideally be, less than a quarter of 95.
    const word = (index: number) => `${'abcdefghijklmnopqrstuvwxyz'.slice(index % 7, (index % 7) + 18)}${index % 10}`
    const sentence = `${Array.from({ length: 30 }, (_, index) => word(index)).join(' ')} liquidity ${Array.from({ length: 30 }, (_, index) => word(index + 3)).join(' ')}.`
    const context = required(contexts(sentence, ['liquidity'], 'en').get('term-t0-1'), 'a context')
    const before = context.before.slice(1)
    const after = context.after.slice(0, -1)
    const start = sentence.indexOf(`${before}liquidity${after}`)
    expect(start).toBeGreaterThan(0)
    const boundaries = wordBoundaries(sentence, 'en')
    expect(boundaries.has(start) && boundaries.has(start + before.length + 9 + after.length)).toBe(true)
    expect(before.length + after.length).toBeGreaterThan(150)
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
