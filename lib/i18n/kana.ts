/**
 * Kana: the syllabaries that Japanese readings (furigana) are written in.
 * One home for what counts as kana, for the loader's check of a `reading`
 * field and for aligning readings with the kana of a term.
 */

// Hiragana and katakana (full- and half-width, with their iteration marks), and the long-vowel marks ー and ｰ, which are
// Script=Common. The middle dot ・ (also Common) separates words: it is punctuation, not kana.
const kana = /^[\p{Script=Hiragana}\p{Script=Katakana}ーｰ]$/u
const kanaOnly = /^[\p{Script=Hiragana}\p{Script=Katakana}ーｰ]+$/u

/** Whether one character (a code point or grapheme) is kana. */
export function isKana(character: string): boolean {
  return kana.test(character)
}

/** Whether a text is written in kana alone (no kanji, Latin letters, spaces or punctuation). */
export function isKanaOnly(text: string): boolean {
  return kanaOnly.test(text)
}

/**
 * Katakana as hiragana, half-width kana as full-width, so that kana spelled
 * either way compare equal (クランカー and くらんかー are one reading).
 * Keeps the length of full-width text.
 */
export function toHiragana(text: string): string {
  return text.normalize('NFKC').replace(/[\u30a1-\u30f6\u30fd\u30fe]/g, (katakana) => String.fromCharCode(katakana.charCodeAt(0) - 0x60))
}
