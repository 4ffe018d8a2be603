/**
 * Fixed phrases of everyday words ("cash burn", "two and twenty") are what
 * neither rarity nor capitals find. Two signals do: the same words recurring
 * together (any run of two to four words that occurs more than once, and
 * starts and ends on a content word), and how strongly they cling together in
 * this text (`cohesion`: a phrase whose words rarely occur apart).
 */
import type { FunctionWords } from './function-words'
import type { Occurrence, Proposal } from './phrase-index'
import type { Tokens } from './tokens'

const maxWords = 4

export function repeatedPhrases({ tokens, isFunctionWord }: Tokens, index: ReadonlyMap<string, Occurrence[]>): Proposal[] {
  const proposals: Proposal[] = []
  const edge = (position: number) => !isFunctionWord(tokens[position].norm) && /\p{L}/u.test(tokens[position].text)
  for (const occurrences of index.values()) {
    if (occurrences.length < 2) continue
    const { first, last } = occurrences[0]
    if (last === first || last - first >= maxWords || !edge(first) || !edge(last)) continue
    proposals.push({ first, last, signal: 'repeated' })
  }
  return proposals
}

/**
 * The share of its words' occurrences that the phrase accounts for, averaged
 * over its content words: 1 when each of its words occurs only inside it.
 */
export function cohesion(
  words: readonly string[],
  count: number,
  wordCounts: ReadonlyMap<string, number>,
  isFunctionWord: FunctionWords
): number {
  const content = words.filter((word) => !isFunctionWord(word))
  if (content.length < 2) return 0
  return content.reduce((sum, word) => sum + Math.min(1, count / (wordCounts.get(word) ?? count)), 0) / content.length
}
