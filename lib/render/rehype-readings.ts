/**
 * rehype plugin: shows the authors' reading of a term over its annotations,
 * as `<ruby class="reading">` with `<rt>` (and `<rp>` parentheses for browsers
 * without ruby) inside the annotation, split by `rubyAlignment`. Only an
 * annotation whose text is exactly the base the reading belongs to gets one
 * (a reading of 睁一只眼闭一只眼 says nothing about a translation of it).
 *
 * The annotation's text without its ruby text stays as it was; the `rt` and
 * `rp` carry `data-pagefind-ignore` so that search indexes the text alone,
 * and CSS hides them unless the reader turns reading aids on (names from
 * lib/annotate/markup). Run it after rehype-glossary.
 */
import type { Element, ElementContent, Root } from 'hast'
import { SKIP, visit } from 'unist-util-visit'
import { annotationProperties, readingClass, searchIgnoreProperty } from '@/lib/annotate/markup'
import { type RubyPair, rubyAlignment } from '@/lib/readings/ruby-alignment'

/** A reading the authors gave, and the text it belongs over. */
export interface Reading {
  /** The text the reading belongs over, as an annotation shows it (`original` in meta.yaml, a Japanese entry's `term`). */
  base: string
  /** The reading as the authors wrote it (`romanization`, a Japanese entry's `reading`). */
  reading: string
  /** BCP 47 tag of the base's language, which decides how the reading is split (see `rubyAlignment`). */
  lang: string
  /** BCP 47 tag of the reading when it is written in another script than the base (pinyin: `zh-Latn`). Default: none. */
  readingLang?: string
}

export interface Options {
  /** The readings to show, by term id. Default: none, and the plugin changes nothing. */
  readings?: ReadonlyMap<string, Reading>
}

/** Parentheses around ruby text, shown only by browsers without ruby. */
const rubyParentheses = ['(', ')'] as const

/**
 * Each reading's split, made when an annotation first needs it and kept with
 * the reading: every processor of a locale shares that locale's readings
 * (lib/render/locale-renderer), so a reading is split once per build, however
 * many renderers use it. The elements are made anew for each annotation.
 */
const alignments = new WeakMap<Reading, readonly RubyPair[]>()

function alignmentOf(reading: Reading): readonly RubyPair[] {
  let pairs = alignments.get(reading)
  if (!pairs) {
    pairs = rubyAlignment(reading.base, reading.reading, reading.lang)
    alignments.set(reading, pairs)
  }
  return pairs
}

export default function rehypeReadings(options: Options = {}) {
  const readings = options.readings ?? new Map<string, Reading>()

  return function transformer(tree: Root): undefined {
    if (readings.size === 0) return
    visit(tree, 'element', (node) => {
      const termId = node.properties[annotationProperties.term]
      if (typeof termId !== 'string') return undefined
      const reading = readings.get(termId)
      if (reading && textOnly(node) === reading.base) node.children = rubyContent(alignmentOf(reading), reading.readingLang)
      return SKIP
    })
  }
}

/** The element's text when it holds nothing but text, else undefined. */
function textOnly(element: Element): string | undefined {
  let text = ''
  for (const child of element.children) {
    if (child.type !== 'text') return undefined
    text += child.value
  }
  return text
}

/** The pairs as content: each run of pairs with a reading in one `<ruby>`, the text between them as it is. */
function rubyContent(pairs: readonly RubyPair[], readingLang: string | undefined): ElementContent[] {
  const content: ElementContent[] = []
  let ruby: Element | undefined
  for (const { base, reading } of pairs) {
    if (reading === undefined) {
      ruby = undefined
      content.push({ type: 'text', value: base })
      continue
    }
    if (!ruby) {
      ruby = { type: 'element', tagName: 'ruby', properties: { className: [readingClass] }, children: [] }
      content.push(ruby)
    }
    ruby.children.push(
      { type: 'text', value: base },
      rubyTextElement('rp', rubyParentheses[0]),
      rubyTextElement('rt', reading, readingLang),
      rubyTextElement('rp', rubyParentheses[1])
    )
  }
  return content
}

function rubyTextElement(tagName: 'rt' | 'rp', value: string, lang?: string): Element {
  return {
    type: 'element',
    tagName,
    properties: { [searchIgnoreProperty]: '', ...(lang ? { lang } : {}) },
    children: [{ type: 'text', value }]
  }
}
