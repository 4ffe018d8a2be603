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
import { type OccurrenceContext, SentenceCutter, type Span } from './sentence-at'

export type { OccurrenceContext }

export interface ContextOptions {
  /** About how many characters (UTF-16 code units) a context keeps, the term included, before the ellipses. Default: 200. */
  maxLength?: number
}

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
    let from = 0
    for (const annotation of block.annotations) {
      // Annotations come in text order: each one's sentence is at or after the last one's.
      const { sentence, first } = cutter.sentenceOf(sentences, annotation, from)
      from = first
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
