/**
 * Phrases the text defines, in English: one that opens its sentence and is
 * then said to be something ("A blank sailing is a scheduled departure",
 * "Demurrage is what the carrier charges", "Port congestion means …"), or is
 * followed by an appositive that explains it ("a chassis, the wheeled frame …").
 */
import type { Occurrence } from './phrase-index'
import type { Tokens } from './tokens'

const opensSentence = /(?:^|[.!?:;]\s+)(?:(?:a|an|the)\s+)?$/iu
const isSaidToBe = /^\s+(?:is|are|was|were)\s+(?:a|an|the|what|how|when|where|whatever)\b|^\s+(?:means|refers to|stands for)\b/u
const appositive = /^,\s+(?:the|a|an)\s+\p{Ll}/u

export function isDefinedAt({ tokens, blocks }: Tokens, { first, last }: Occurrence): boolean {
  const { text } = blocks[tokens[first].block]
  const before = text.slice(Math.max(0, tokens[first].start - 40), tokens[first].start)
  const after = text.slice(tokens[last].end, tokens[last].end + 40)
  return (opensSentence.test(before) && isSaidToBe.test(after)) || appositive.test(after)
}
