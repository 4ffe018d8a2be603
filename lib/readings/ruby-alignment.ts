/**
 * Which part of a reading belongs over which part of its base text, for ruby
 * (`<ruby>` with `<rt>`). Readings are the authors' (a Chinese phrase's
 * `romanization`, a Japanese entry's `reading`): nothing here makes one up,
 * it only splits one where the split is certain, and otherwise puts the
 * whole reading over the whole base.
 */

import { isKana, toHiragana } from '@/lib/i18n/kana'
import { primaryLanguage } from '@/lib/i18n/language-tag'

/** A piece of the base text and its reading; a piece without one (kana, punctuation) is shown as it is. */
export interface RubyPair {
  base: string
  reading?: string
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })
const han = /^\p{Script=Han}/u
const punctuation = /^[\p{P}\p{S}\p{Z}\s]/u

/**
 * Pairs a reading with its base, the pairs' bases joined being the base:
 * - Chinese (`lang` zh…): one pinyin syllable per Han character when the
 *   syllables (see `pinyinSyllables`) are as many as the Han characters;
 *   punctuation and other characters of the base pass through without reading.
 * - Japanese (`lang` ja…): anchored on the base's kana (okurigana), each run
 *   of kanji (or other characters) gets the kana between its anchors, when
 *   exactly one such split exists (織り込み済み + おりこみずみ → 織/お り 込/こ み 済/ず み).
 * - Otherwise, and whenever the split is not certain: one pair, the whole
 *   reading over the whole base.
 */
export function rubyAlignment(base: string, reading: string, lang: string): RubyPair[] {
  if (base === '' || reading.trim() === '') return [{ base }]
  const whole = [{ base, reading: reading.trim() }]
  switch (primaryLanguage(lang)) {
    case 'zh':
      return chineseAlignment(base, reading) ?? whole
    case 'ja':
      return japaneseAlignment(base, reading.trim()) ?? whole
    default:
      return whole
  }
}

/**
 * The syllables of a romanization: its runs of letters and digits, so that
 * spaces, apostrophes (Xī'ān), hyphens and punctuation separate them.
 * Syllables written together (Shēnzhèn) stay one.
 */
export function pinyinSyllables(reading: string): string[] {
  return reading.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
}

/** The Han characters of a text, in order. */
export function hanCharacters(text: string): string[] {
  return charactersOf(text).filter((character) => han.test(character))
}

function chineseAlignment(base: string, reading: string): RubyPair[] | undefined {
  const syllables = pinyinSyllables(reading)
  const characters = charactersOf(base)
  if (syllables.length === 0 || syllables.length !== characters.filter((character) => han.test(character)).length) return undefined
  const pairs: RubyPair[] = []
  let syllable = 0
  for (const character of characters) {
    if (han.test(character)) pairs.push({ base: character, reading: syllables[syllable++] })
    else passThrough(pairs, character)
  }
  return pairs
}

type Piece = { kind: 'kana'; text: string; key: string } | { kind: 'read' | 'punctuation'; text: string }

function japaneseAlignment(base: string, reading: string): RubyPair[] | undefined {
  const pieces = japanesePieces(base)
  // Compared in hiragana; shown as written (full-width).
  const shown = reading.normalize('NFKC')
  const target = toHiragana(shown)
  // ways(i, p): in how many ways pieces i… can take target p… (0, 1, or 2 for "more than one").
  const memo = new Map<number, number>()
  const ways = (i: number, p: number): number => {
    if (i === pieces.length) return p === target.length ? 1 : 0
    const key = i * (target.length + 1) + p
    const known = memo.get(key)
    if (known !== undefined) return known
    const piece = pieces[i]
    let count = 0
    if (piece.kind === 'punctuation') count = ways(i + 1, p)
    else if (piece.kind === 'kana') count = target.startsWith(piece.key, p) ? ways(i + 1, p + piece.key.length) : 0
    else for (let q = p + 1; q <= target.length && count < 2; q++) count = Math.min(2, count + ways(i + 1, q))
    memo.set(key, count)
    return count
  }
  if (ways(0, 0) !== 1) return undefined
  const pairs: RubyPair[] = []
  let p = 0
  for (const [i, piece] of pieces.entries()) {
    if (piece.kind === 'read') {
      let q = p + 1
      while (ways(i + 1, q) === 0) q++
      pairs.push({ base: piece.text, reading: shown.slice(p, q) })
      p = q
    } else {
      if (piece.kind === 'kana') p += piece.key.length
      passThrough(pairs, piece.text)
    }
  }
  return pairs
}

/** The base in runs: kana (the anchors), punctuation (read as nothing), and everything else (kanji, Latin, digits), which takes a reading. */
function japanesePieces(base: string): Piece[] {
  const runs: { kind: Piece['kind']; text: string }[] = []
  for (const character of charactersOf(base)) {
    const kind = isKana(character) ? 'kana' : punctuation.test(character) ? 'punctuation' : 'read'
    const last = runs.at(-1)
    if (last?.kind === kind) last.text += character
    else runs.push({ kind, text: character })
  }
  return runs.map(({ kind, text }) => (kind === 'kana' ? { kind, text, key: toHiragana(text) } : { kind, text }))
}

function passThrough(pairs: RubyPair[], text: string) {
  const last = pairs.at(-1)
  if (last && last.reading === undefined) last.base += text
  else pairs.push({ base: text })
}

function charactersOf(text: string): string[] {
  return [...graphemes.segment(text)].map(({ segment }) => segment)
}
