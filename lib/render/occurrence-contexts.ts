/**
 * The concordance of a rendered text: for every annotation (see
 * lib/annotate/markup), the sentence it stands in, cut to about `maxLength`
 * characters around the term. Sentences are found by `Intl.Segmenter` in the
 * text's language (so 。！？ end Chinese and Japanese sentences, ؟ Arabic
 * ones); a long sentence is cut at word boundaries, or, inside a word too
 * long to keep, at grapheme boundaries: never inside a cluster (an emoji
 * sequence, a letter and its marks, a Hangul syllable in jamo).
 *
 * The text is the text as it reads: footnote references and their back links
 * are left out, and so is ruby text (readings over terms); whitespace runs
 * are one space. Sentences never cross a block (paragraph, list item,
 * heading, table cell, footnote).
 *
 * Linear in the size of the text: one walk of the tree collects each block's
 * text and where its annotations are in it; each block with an annotation is
 * split into sentences once, and each sentence that needs cutting into words
 * once, however many terms stand in it.
 */
import type { Element, Parents, Root } from 'hast'
import { SKIP, visitParents } from 'unist-util-visit-parents'
import { annotationProperties } from '@/lib/annotate/markup'
import { isRubyText } from './plain-text'

/** The sentence around one annotation: `before + match + after` is what the reader reads there. */
export interface OccurrenceContext {
  /** The sentence up to the term; starts with `…` where it was cut. */
  before: string
  /** The term as the text shows it. */
  match: string
  /** The sentence after the term; ends with `…` where it was cut. */
  after: string
  cutBefore: boolean
  cutAfter: boolean
}

export interface ContextOptions {
  /** About how many characters (UTF-16 code units) a context keeps, the term included, before the ellipses. Default: 200. */
  maxLength?: number
}

const ellipsis = '…'

/** Elements whose text is a sentence of its own, or several: sentences never cross them. */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul'
])

interface Placed {
  id: string
  start: number
  end: number
}

interface BlockText {
  text: string
  annotations: Placed[]
}

/** The context of every annotation in `tree`, by annotation id, in document order. */
export function occurrenceContexts(tree: Root, lang: string, { maxLength = 200 }: ContextOptions = {}): Map<string, OccurrenceContext> {
  const contexts = new Map<string, OccurrenceContext>()
  const cutter = new SentenceCutter(lang, maxLength)
  for (const block of blockTexts(tree)) {
    if (block.annotations.length === 0) continue
    const sentences = cutter.sentences(block.text)
    const wordBoundaries = new Map<Span, number[]>()
    let first = 0
    for (const annotation of block.annotations) {
      while (first < sentences.length - 1 && sentences[first].end <= annotation.start) first++
      let last = first
      while (last < sentences.length - 1 && sentences[last].end < annotation.end) last++
      // Usually one sentence; a term that a segmenter splits (an abbreviation's full stop) spans two.
      const sentence = first === last ? sentences[first] : { start: sentences[first].start, end: sentences[last].end }
      let boundaries = wordBoundaries.get(sentence)
      if (!boundaries) {
        boundaries = []
        wordBoundaries.set(sentence, boundaries)
      }
      contexts.set(annotation.id, cutter.context(block.text, sentence, annotation, boundaries))
    }
  }
  return contexts
}

/** One walk: each block's text, whitespace collapsed, and where each annotation's text is in it. */
function blockTexts(tree: Root): BlockText[] {
  const blocks = new Map<Root | Element, BlockText>()
  const textOf = (container: Root | Element) => {
    let block = blocks.get(container)
    if (!block) {
      block = { text: '', annotations: [] }
      blocks.set(container, block)
    }
    return block
  }
  const placedAnnotations = new Map<Element, Placed>()
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'element' && node.type !== 'text') return undefined
    const block = textOf(containerOf(tree, ancestors))
    if (node.type === 'text') {
      const collapsed = node.value.replace(/\s+/g, ' ')
      block.text += block.text.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed
      const annotation = ancestors.findLast((ancestor) => isElement(ancestor) && placedAnnotations.has(ancestor))
      const placed = annotation && isElement(annotation) ? placedAnnotations.get(annotation) : undefined
      if (placed) placed.end = block.text.length
      return undefined
    }
    if (isRubyText(node) || node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined) return SKIP
    if (node.tagName === 'br') block.text += '\n'
    const id = node.properties.id
    if (typeof node.properties[annotationProperties.term] === 'string' && typeof id === 'string') {
      const placed = { id, start: block.text.length, end: block.text.length }
      block.annotations.push(placed)
      placedAnnotations.set(node, placed)
    }
    return undefined
  })
  return [...blocks.values()]
}

/** The nearest block around a node (the node itself is not: a block's own text goes to it when its children are visited). */
function containerOf(tree: Root, ancestors: readonly Parents[]): Root | Element {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const ancestor = ancestors[index]
    if (isElement(ancestor) && blockElements.has(ancestor.tagName)) return ancestor
  }
  return tree
}

function isElement(node: Parents): node is Element {
  return node.type === 'element'
}

interface Span {
  start: number
  end: number
}

/** Splits a block into sentences and cuts long ones, with segmenters made once per text. */
class SentenceCutter {
  private readonly sentenceSegmenter: Intl.Segmenter
  private readonly wordSegmenter: Intl.Segmenter
  private readonly graphemeSegmenter: Intl.Segmenter

  constructor(
    lang: string,
    private readonly maxLength: number
  ) {
    this.sentenceSegmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
    this.wordSegmenter = new Intl.Segmenter(lang, { granularity: 'word' })
    this.graphemeSegmenter = new Intl.Segmenter(lang, { granularity: 'grapheme' })
  }

  sentences(text: string): Span[] {
    const spans = [...this.sentenceSegmenter.segment(text)].map(({ index, segment }) => ({ start: index, end: index + segment.length }))
    return spans.length > 0 ? spans : [{ start: 0, end: 0 }]
  }

  /** The context of the term at `start`–`end` in `sentence` of `text`; `wordBoundaries` starts empty for each sentence and is filled once, when a cut needs it. */
  context(text: string, sentence: Span, { start, end }: Span, wordBoundaries: number[]): OccurrenceContext {
    let from = sentence.start
    let to = sentence.end
    while (from < start && /\s/.test(text[from])) from++
    while (to > end && /\s/.test(text[to - 1])) to--
    const match = text.slice(start, end)
    if (to - from <= this.maxLength) {
      return { before: text.slice(from, start), match, after: text.slice(end, to), cutBefore: false, cutAfter: false }
    }
    // The room left beside the term, shared equally unless one side needs less than its half.
    const room = Math.max(0, this.maxLength - match.length)
    const beforeRoom = Math.min(start - from, Math.max(Math.ceil(room / 2), room - (to - end)))
    const afterRoom = Math.min(to - end, room - beforeRoom)
    const boundaries = this.boundariesOf(text, from, to, wordBoundaries)
    const cutBefore = beforeRoom < start - from
    const cutAfter = afterRoom < to - end
    const keptFrom = cutBefore ? this.cutPoint(text, boundaries, start - beforeRoom, start, 'after') : from
    const keptTo = cutAfter ? this.cutPoint(text, boundaries, end + afterRoom, end, 'before') : to
    return {
      before: cutBefore ? `${ellipsis}${text.slice(keptFrom, start).trimStart()}` : text.slice(from, start),
      match,
      after: cutAfter ? `${text.slice(end, keptTo).trimEnd()}${ellipsis}` : text.slice(end, to),
      cutBefore,
      cutAfter
    }
  }

  /** Word boundaries of the sentence `from`–`to` (offsets in the block), into `boundaries` if it is still empty. */
  private boundariesOf(text: string, from: number, to: number, boundaries: number[]): number[] {
    if (boundaries.length === 0) {
      for (const { index } of this.wordSegmenter.segment(text.slice(from, to))) boundaries.push(from + index)
      boundaries.push(to)
    }
    return boundaries
  }

  /**
   * Where to cut near `ideal` without passing `limit` (the term's edge): the
   * nearest word boundary on the term's side of it (`after` the ideal for
   * the text before the term, `before` it for the text after), unless that
   * loses more than a quarter of the room, then the nearest grapheme
   * boundary inside the word that holds `ideal`.
   */
  private cutPoint(text: string, boundaries: number[], ideal: number, limit: number, side: 'after' | 'before'): number {
    const slack = Math.max(10, Math.floor(Math.abs(limit - ideal) / 4))
    const word = side === 'after' ? boundaries[firstAtLeast(boundaries, ideal)] : boundaries[firstAtLeast(boundaries, ideal + 1) - 1]
    if (word !== undefined && Math.abs(word - ideal) <= slack) return clampTo(word, ideal, limit, side)
    // The word around ideal is too long to keep or drop whole: cut it between graphemes.
    const wordStart = boundaries[firstAtLeast(boundaries, ideal + 1) - 1] ?? ideal
    const wordEnd = boundaries[firstAtLeast(boundaries, ideal + 1)] ?? ideal
    let cut = side === 'after' ? wordEnd : wordStart
    for (const { index } of this.graphemeSegmenter.segment(text.slice(wordStart, wordEnd))) {
      const boundary = wordStart + index
      if (side === 'after' && boundary >= ideal) return clampTo(boundary, ideal, limit, side)
      if (side === 'before' && boundary <= ideal) cut = boundary
    }
    return clampTo(cut, ideal, limit, side)
  }
}

function clampTo(point: number, ideal: number, limit: number, side: 'after' | 'before'): number {
  return side === 'after' ? Math.min(Math.max(point, ideal), limit) : Math.max(Math.min(point, ideal), limit)
}

/** Index of the first item ≥ `value` in a sorted list (its length when there is none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sorted[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}
