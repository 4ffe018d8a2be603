/**
 * "Looks like a typo of …": a hint beside a candidate, never a correction.
 * Only lowercase words are checked (a capitalised unknown word is far more
 * often a name than a typo) that the word list does not know either, and only
 * a suggestion one or two edits away that is itself in use counts.
 */
import dictionary from 'dictionary-en'
import nspell from 'nspell'
import type { Commonness } from './word-frequency'

export type TypoHint = (word: string) => string | undefined

export function loadTypoHint(commonness: Commonness): TypoHint {
  const speller = nspell(dictionary)
  // Suggesting takes milliseconds a word: each unknown word is asked once per finder.
  const known = new Map<string, string | undefined>()
  return (word) => {
    if (!/^\p{Ll}[\p{Ll}']+$/u.test(word) || commonness(word) > 0) return undefined
    if (!known.has(word)) {
      const hint = speller.correct(word)
        ? undefined
        : speller.suggest(word).find((suggestion) => commonness(suggestion) >= 1.5 && editDistance(word, suggestion) <= 2)
      known.set(word, hint)
    }
    return known.get(word)
  }
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1)
      rows[i][j] = best
    }
  }
  return rows[a.length][b.length]
}
