/**
 * Phrases as runs of words, and where each occurs. A phrase's key is its
 * words normalised as glossary forms are, with an English plural or
 * possessive dropped from the last word, so that "margin loans" and "margin
 * loan" are one candidate with two forms.
 */
import type { Locale } from '@/lib/i18n/locales'
import type { Token, Tokens } from './tokens'
import type { Signal } from './types'

/** A run of words some signal proposes as a candidate: tokens `first`…`last`, inclusive. */
export interface Proposal {
  first: number
  last: number
  signal: Signal
}

export interface Occurrence {
  first: number
  last: number
}

/** Longest phrase the finder considers, in words. */
export const maxPhraseWords = 6

const cjk = new Set(['han', 'kana'])

export function phraseKey(tokens: readonly Token[], first: number, last: number, locale: Locale): string {
  let key = ''
  for (let index = first; index <= last; index++) {
    const token = tokens[index]
    const word = index === last && locale === 'en' ? singular(token.norm) : token.norm
    const touching = index > first && cjk.has(token.script) && cjk.has(tokens[index - 1].script)
    key += index === first || touching ? word : ` ${word}`
  }
  return key
}

function singular(word: string): string {
  const bare = word.replace(/'s?$/u, '')
  if (/(?:x|ch|sh|ss|z)es$/u.test(bare)) return bare.slice(0, -2)
  if (bare.length > 3 && /[^sui]s$/u.test(bare)) return bare.slice(0, -1)
  return bare
}

/** Whether a run of words starts or ends inside a hyphenated word ("Bab" of "Bab-el-Mandeb"): it is never a phrase. */
export function cutsHyphenatedWord(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens[first].joint === 'hyphen' || tokens[last + 1]?.joint === 'hyphen'
}

/** Every phrase of up to `maxPhraseWords` words that no punctuation breaks, by key. */
export function indexPhrases({ tokens }: Tokens, locale: Locale): Map<string, Occurrence[]> {
  const index = new Map<string, Occurrence[]>()
  for (let first = 0; first < tokens.length; first++) {
    for (let last = first; last < tokens.length && last - first < maxPhraseWords; last++) {
      if (last > first && tokens[last].joint === 'break') break
      if (cutsHyphenatedWord(tokens, first, last)) continue
      const key = phraseKey(tokens, first, last, locale)
      const list = index.get(key)
      if (list) list.push({ first, last })
      else index.set(key, [{ first, last }])
    }
  }
  return index
}
