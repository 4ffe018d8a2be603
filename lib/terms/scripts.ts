/** The writing system of a word, and the one a locale's text is written in. */
import type { Locale } from '@/lib/i18n/locales'

export type Script = 'latin' | 'han' | 'kana' | 'hangul' | 'arabic' | 'cyrillic' | 'greek' | 'hebrew' | 'devanagari' | 'thai' | 'other'

const scripts: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['han', /\p{Script=Han}/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['thai', /\p{Script=Thai}/u]
]

/** The script of a word's first letter ('other' for digits and symbols). */
export function scriptOf(word: string): Script {
  const letter = word.match(/\p{L}/u)?.[0]
  if (!letter) return 'other'
  return scripts.find(([, pattern]) => pattern.test(letter))?.[0] ?? 'other'
}

/** The scripts a locale's own words are written in: a word in any other is a foreign phrase. */
export function scriptsOfLocale(locale: Locale): readonly Script[] {
  if (locale === 'zh') return ['han']
  if (locale === 'ja') return ['han', 'kana']
  if (locale === 'ar') return ['arabic']
  return ['latin']
}
