/**
 * The score that orders candidates: the strongest reason it was proposed,
 * how rare its rarest word is in everyday English, how often it recurs and
 * how tightly its words cling together here, and how many readers asked.
 * A word that is only common, or only a typo, scores below every candidate
 * worth showing.
 */
import type { Signal } from './types'

/** What each signal says about a phrase on its own. */
export const signalWeights: Readonly<Record<Signal, number>> = {
  'other-script': 3,
  'camel-case': 2.5,
  acronym: 2,
  name: 2,
  quoted: 2,
  italic: 1.5,
  hyphenated: 1.9,
  compound: 1.2,
  'of-phrase': 1,
  repeated: 1,
  'link-text': 0.5,
  defined: 1.5,
  heading: 1,
  'noun-phrase': 0.3,
  word: 0,
  asked: 0
}

export interface RankFacts {
  signals: ReadonlySet<Signal>
  /** Words in the phrase. */
  words: number
  count: number
  /** 0 (its rarest word is everyday English) to 1 (not in the frequency list); 0.5 when unknown for the language. */
  rarity: number
  /** lib/terms/fixed-phrases.ts: 0–1. */
  cohesion: number
  askedBy: number
  typo: boolean
}

/** Below this, a single word is not shown: an everyday word with nothing else to say for it. */
export const minimumScore = 1

/** Taken off a candidate that never occurs outside a longer one, or that the glossary already lets the reader reach (lib/terms/term-finder.ts). */
export const enclosedPenalty = 1.5

export function score(facts: RankFacts): number {
  // Recurring is a sign of a fixed phrase for a compound or a name, not for an adjective and its noun ("small labs").
  const loose = facts.signals.has('noun-phrase') && !facts.signals.has('compound') && !facts.signals.has('name')
  const weights = [...facts.signals].map((signal) => (loose && signal === 'repeated' ? 0 : signalWeights[signal])).sort((a, b) => b - a)
  const strongest = weights[0] ?? 0
  const others = weights.slice(1).filter((weight) => weight > 0).length
  const rarity = facts.rarity * (facts.words === 1 ? 3.5 : 2.5)
  // A plain word recurs because it is the essay's subject ("economy") as often as because it is jargon: its count counts only as far as it is rare.
  const plainWord = facts.words === 1 && strongest === 0
  const recurrence = 0.8 * Math.log2(Math.max(1, facts.count)) * (plainWord ? facts.rarity : 1)
  // Words that occur once each are always "together": cohesion means something only for a phrase that recurs.
  const cohesion = facts.count >= 2 && !loose ? 1.5 * facts.cohesion : 0
  return strongest + 0.3 * others + rarity + recurrence + cohesion + 2 * Math.log2(1 + facts.askedBy) - (facts.typo ? 4 : 0)
}
