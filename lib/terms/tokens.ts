/**
 * Words and sentences of text blocks, by the platform's segmenter (Intl,
 * which knows word boundaries in Chinese and Japanese too), keeping each
 * word's place so that phrases are cut from the text as written.
 */
import { normalizePattern } from '@/lib/annotate/normalize'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { type FunctionWords, functionWordsOf } from './function-words'
import { type Script, scriptOf } from './scripts'
import type { Span, TextBlock } from './text-blocks'

export interface Token {
  /** The word as written. */
  text: string
  /** Normalised as glossary forms are (lib/annotate/normalize). */
  norm: string
  block: number
  start: number
  end: number
  /** Index into `Tokens.sentences`. */
  sentence: number
  script: Script
  /** What separates it from the previous word: 'space', 'hyphen', or 'break' (punctuation, a new sentence or block: no phrase spans it). */
  joint: 'space' | 'hyphen' | 'break'
  /** Capitalised while not the first word of its sentence. */
  capitalizedInside: boolean
  inLink: boolean
  inEmphasis: boolean
}

export interface Tokens {
  tokens: Token[]
  sentences: string[]
  blocks: TextBlock[]
  /** The text's function words (lib/terms/function-words.ts), by normalised spelling. */
  isFunctionWord: FunctionWords
}

const hyphen = /^[-\u2010\u2011]$/u
const space = /^\s+$/u

export function tokenize(blocks: TextBlock[], locale: Locale): Tokens {
  const lang = localeInfo[locale].lang
  const words = new Intl.Segmenter(lang, { granularity: 'word' })
  const sentenceSegmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
  const tokens: Token[] = []
  const sentences: string[] = []
  blocks.forEach((block, blockIndex) => {
    for (const sentence of sentenceSegmenter.segment(block.text)) {
      const sentenceIndex = sentences.length
      sentences.push(sentence.segment.trim())
      let previousEnd = -1
      let first = true
      for (const word of words.segment(sentence.segment)) {
        if (!word.isWordLike) continue
        const start = sentence.index + word.index
        const end = start + word.segment.length
        const gap = previousEnd === -1 ? '' : block.text.slice(previousEnd, start)
        // Words of Chinese and Japanese touch each other.
        const joint = previousEnd === -1 ? 'break' : gap === '' || space.test(gap) ? 'space' : hyphen.test(gap) ? 'hyphen' : 'break'
        tokens.push({
          text: word.segment,
          norm: normalizePattern(word.segment),
          block: blockIndex,
          start,
          end,
          sentence: sentenceIndex,
          script: scriptOf(word.segment),
          joint,
          capitalizedInside: !first && /^\p{Lu}/u.test(word.segment),
          inLink: within(block.links, start, end),
          inEmphasis: within(block.emphasis, start, end)
        })
        previousEnd = end
        first = false
      }
    }
  })
  return {
    tokens,
    sentences,
    blocks,
    isFunctionWord: functionWordsOf(tokens, locale)
  }
}

function within(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => span.start <= start && end <= span.end)
}

/** The text of tokens `first`…`last` (inclusive) as written, or undefined when a break separates them. */
export function spanText({ tokens, blocks }: Tokens, first: number, last: number): string | undefined {
  for (let index = first + 1; index <= last; index++) if (tokens[index].joint === 'break') return undefined
  return blocks[tokens[first].block].text.slice(tokens[first].start, tokens[last].end)
}
