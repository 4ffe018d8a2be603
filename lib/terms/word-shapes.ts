/**
 * Candidates by the shape of their words, in any language: acronyms (GDP,
 * H100, VLMs, runs such as "CMA CGM"), CamelCase names (OpenAI), and runs of
 * words in another script than the text's (a Chinese idiom in an English essay).
 */
import type { Locale } from '@/lib/i18n/locales'
import type { Proposal } from './phrase-index'
import { scriptsOfLocale } from './scripts'
import type { Tokens } from './tokens'

const acronym = /^(?:\p{Lu}{2,}\d*s?|\p{Lu}+\d+\p{Lu}*)$/u
const camelCase = /^\p{Lu}?\p{Ll}+(?:\p{Lu}+\p{Ll}*)+$/u

export function isAcronym(word: string): boolean {
  return acronym.test(word)
}

export function isCamelCase(word: string): boolean {
  return camelCase.test(word)
}

export function wordShapes({ tokens }: Tokens, locale: Locale): Proposal[] {
  const own = scriptsOfLocale(locale)
  const proposals: Proposal[] = []
  const runs = (test: (index: number) => boolean, signal: Proposal['signal']) => {
    for (let first = 0; first < tokens.length; first++) {
      if (!test(first)) continue
      let last = first
      while (last + 1 < tokens.length && tokens[last + 1].joint !== 'break' && test(last + 1)) last++
      proposals.push({ first, last, signal })
      first = last
    }
  }
  runs((index) => isAcronym(tokens[index].text), 'acronym')
  for (const [index, token] of tokens.entries())
    if (isCamelCase(token.text)) proposals.push({ first: index, last: index, signal: 'camel-case' })
  runs((index) => tokens[index].script !== 'other' && !own.includes(tokens[index].script), 'other-script')
  return proposals
}
