/**
 * The sentence around a term, cut to about `maxLength` characters: the one
 * rule for the concordance (lib/render/occurrence-contexts.ts, every
 * annotation of a rendered text) and for the sentence a reader's saved term
 * keeps (app/_components/reader/know-and-save.ts, in the browser).
 * Sentences are found by `Intl.Segmenter` in the text's language (so 。！？
 * end Chinese and Japanese sentences, ؟ Arabic ones); a long sentence is cut
 * at word boundaries, or, inside a word too long to keep, at grapheme
 * boundaries: never inside a cluster (an emoji sequence, a letter and its
 * marks, a Hangul syllable in jamo). Framework-free and without Node APIs.
 */

/** The sentence around one term: `before + match + after` is what the reader reads there. */
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

export interface Span {
  start: number
  end: number
}

const ellipsis = '…'

/** The sentence of `text` that holds `term` (offsets in `text`), cut to about `maxLength` characters around it. */
export function sentenceAt(text: string, term: Span, lang: string, maxLength = 200): OccurrenceContext {
  const cutter = new SentenceCutter(lang, maxLength)
  return cutter.context(text, cutter.sentenceOf(cutter.sentences(text), term).sentence, term, [])
}

/** Splits a block into sentences and cuts long ones, with segmenters made once per text. */
export class SentenceCutter {
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

  /**
   * The sentence of `sentences` that holds `term`, searched from index
   * `from`, and the index it starts at: usually one sentence, two when a
   * segmenter splits the term (an abbreviation's full stop).
   */
  sentenceOf(sentences: readonly Span[], term: Span, from = 0): { sentence: Span; first: number } {
    let first = from
    while (first < sentences.length - 1 && sentences[first].end <= term.start) first++
    let last = first
    while (last < sentences.length - 1 && sentences[last].end < term.end) last++
    return { sentence: first === last ? sentences[first] : { start: sentences[first].start, end: sentences[last].end }, first }
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
