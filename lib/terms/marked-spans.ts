/**
 * Candidates the author marked: phrases in quotation marks or in emphasis,
 * words joined by hyphens ("left-coded", "hub-and-spoke"), and short link texts.
 */
import { maxPhraseWords, type Proposal } from './phrase-index'
import type { Span } from './text-blocks'
import type { Tokens } from './tokens'

/** Opening and closing quotation marks of the publication's languages. */
const quoted =
  /"([^"\n]+)"|\u201C([^\u201D\n]+)\u201D|\u00AB\s*([^\u00BB\n]+?)\s*\u00BB|\u300C([^\u300D\n]+)\u300D|\u201E([^\u201C\u201D\n]+)[\u201C\u201D]/gu

/** A link text is a candidate when it is this short (longer ones are sentences, whose phrases other signals find). */
const maxLinkWords = 4

export function markedSpans(tokenized: Tokens): Proposal[] {
  const { tokens, blocks } = tokenized
  const proposals: Proposal[] = []
  blocks.forEach((block, blockIndex) => {
    const quotes: Span[] = [...block.text.matchAll(quoted)].map((match) => {
      const inner = match.slice(1).find((group) => group !== undefined) ?? ''
      const start = (match.index ?? 0) + match[0].indexOf(inner)
      return { start, end: start + inner.length }
    })
    const spans: [Span[], Proposal['signal'], number][] = [
      [quotes, 'quoted', maxPhraseWords],
      [block.emphasis, 'italic', maxPhraseWords],
      [block.links, 'link-text', maxLinkWords]
    ]
    for (const [list, signal, maxWords] of spans) {
      for (const span of list) {
        const inside = tokens.flatMap((token, index) =>
          token.block === blockIndex && span.start <= token.start && token.end <= span.end ? [index] : []
        )
        if (inside.length === 0 || inside.length > maxWords) continue
        const first = inside[0]
        const last = inside[inside.length - 1]
        if (signal === 'italic' && isStressedClause(tokenized, first, last)) continue
        if (tokens.slice(first + 1, last + 1).every((token) => token.joint !== 'break')) proposals.push({ first, last, signal })
      }
    }
  })
  for (let first = 0; first < tokens.length; first++) {
    let last = first
    while (last + 1 < tokens.length && tokens[last + 1].joint === 'hyphen') last++
    if (last > first) proposals.push({ first, last, signal: 'hyphenated' })
    first = last
  }
  return proposals
}

/**
 * Whether emphasis stresses part of a sentence rather than marks a term: it
 * opens or closes on a function word ("*being* economically competitive",
 * "what it *is for*"). Quotation marks are left alone: a quoted clause is
 * often a slogan worth a glossary entry ("Everything is securities fraud").
 */
export function isStressedClause({ tokens, isFunctionWord }: Tokens, first: number, last: number): boolean {
  return isFunctionWord(tokens[first].norm) || isFunctionWord(tokens[last].norm)
}
