import fc from 'fast-check'
import type { Element, ElementContent, Root } from 'hast'
import { toString as textOf } from 'hast-util-to-string'
import { unified } from 'unified'
import { visitParents } from 'unist-util-visit-parents'
import { describe, expect, it } from 'vitest'
import { createMatcher } from '@/lib/annotate/matcher'
import { normalizePattern, normalizeText } from '@/lib/annotate/normalize'
import rehypeGlossary from '@/lib/annotate/rehype-glossary'
import { plainText } from '@/lib/render/plain-text'
import rehypeReadings from '@/lib/render/rehype-readings'

// Text built from pieces of Latin, CJK and Arabic words, separators, quotes and
// case variants, so that random glossary forms often match.
const pieces = [
  'pe',
  'PE',
  'vc',
  'two',
  'and',
  'twenty',
  'lab',
  'labs',
  "'s",
  'é',
  'É',
  'ß',
  'SS',
  'ｇｄｐ',
  'gdp',
  '资金',
  '周转',
  '速度',
  '睁一只眼',
  '闭一只眼',
  'カード',
  'の',
  'الركود',
  'و',
  'بال',
  'ُ',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '-',
  '–',
  '“',
  '”',
  '"',
  "'",
  '’',
  '.',
  ',',
  '(',
  ')',
  '/',
  '😀'
]
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''))
const form = fc
  .array(fc.constantFrom(...pieces.filter((piece) => piece.trim() !== '')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(''))
const glossary = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), form), { maxLength: 8 })

/** A paragraph mixing prose, code, links and emphasis, all with random text. */
const paragraph = fc
  .array(
    fc.oneof(
      text.map((value): ElementContent => ({ type: 'text', value })),
      text.map((value): ElementContent => element('code', value)),
      text.map((value): ElementContent => element('a', value, { href: 'https://example.com' })),
      text.map((value): ElementContent => element('em', value))
    ),
    { maxLength: 6 }
  )
  .map((children): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] }))

function element(tagName: string, value: string, properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties, children: [{ type: 'text', value }] }
}

/** Annotates with the glossary, each term with a reading over its form (as authors give readings), split as Chinese or Japanese. */
function annotate(tree: Root, terms: [string, string][]): Root {
  const copy = structuredClone(tree)
  const processor = unified()
    .use(rehypeGlossary, {
      terms: terms.map(([id, value]) => ({ id, forms: [value] })),
      suffixes: ['s', "'s"]
    })
    .use(rehypeReadings, {
      readings: new Map(terms.map(([id, value], index) => [id, { base: value, reading: 'zhī yǎn の', lang: index % 2 ? 'zh' : 'ja' }]))
    })
  return processor.runSync(copy) as Root
}

describe('annotation never damages text', () => {
  it('keeps the text content exactly (as it reads: without the readings’ ruby text)', () => {
    fc.assert(
      fc.property(paragraph, glossary, (tree, terms) => {
        expect(plainText(annotate(tree, terms))).toBe(textOf(tree))
      }),
      { numRuns: 3000 }
    )
  })

  it('never nests annotations, nor puts one inside code or a link', () => {
    fc.assert(
      fc.property(paragraph, glossary, (tree, terms) => {
        visitParents(annotate(tree, terms), 'element', (node, ancestors) => {
          if (node.properties.dataTerm === undefined) return
          for (const ancestor of ancestors) {
            if (ancestor.type !== 'element') continue
            expect(ancestor.properties.dataTerm).toBeUndefined()
            expect(['a', 'code', 'pre']).not.toContain(ancestor.tagName)
          }
        })
      }),
      { numRuns: 3000 }
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(paragraph, glossary, (tree, terms) => {
        expect(annotate(tree, terms)).toEqual(annotate(tree, terms))
      }),
      { numRuns: 1000 }
    )
  })
})

describe('matcher', () => {
  it('returns ordered, non-overlapping matches inside the text', () => {
    fc.assert(
      fc.property(text, glossary, (value, terms) => {
        const matches = createMatcher(terms.map(([termId, f]) => ({ termId, form: f }))).find(value)
        let previousEnd = 0
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd)
          expect(match.end).toBeGreaterThan(match.start)
          expect(match.end).toBeLessThanOrEqual(value.length)
          previousEnd = match.end
        }
      }),
      { numRuns: 3000 }
    )
  })

  it('finds every form in a text that is just that form', () => {
    // Forms with something to match and no separator at either end (the loader rejects the rest).
    const wellFormed = form.filter((value) => normalizePattern(value) !== '' && normalizePattern(value) === normalizeText(value).text)
    fc.assert(
      fc.property(wellFormed, (value) => {
        const matches = createMatcher([{ termId: 'x', form: value }]).find(value)
        expect(matches).toEqual([{ start: 0, end: value.length, termId: 'x' }])
      }),
      { numRuns: 2000 }
    )
  })
})
