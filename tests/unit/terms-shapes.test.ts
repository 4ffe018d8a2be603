import { describe, expect, it } from 'vitest'
import type { Locale } from '@/lib/i18n/locales'
import { textBlocks } from '@/lib/terms/text-blocks'
import { spanText, tokenize } from '@/lib/terms/tokens'
import { isAcronym, isCamelCase, wordShapes } from '@/lib/terms/word-shapes'

/** The phrases `wordShapes` proposes for a text, with the signal, as `signal: phrase`. */
function shapes(markdown: string, locale: Locale = 'en'): string[] {
  const tokens = tokenize(textBlocks(markdown), locale)
  return wordShapes(tokens, locale).map(({ first, last, signal }) => `${signal}: ${spanText(tokens, first, last)}`)
}

describe('word shapes', () => {
  it('knows acronyms, with digits and plurals, and not ordinary capitals', () => {
    expect(['GDP', 'H100', 'VLMs', 'CUDA', 'PE'].filter(isAcronym)).toEqual(['GDP', 'H100', 'VLMs', 'CUDA', 'PE'])
    expect(['Nvidia', 'A', 'Ai', 'I', '1A'].filter(isAcronym)).toEqual([])
  })

  it('knows CamelCase names and not capitalised words', () => {
    expect(['OpenAI', 'SciHub', 'iPhone'].filter(isCamelCase)).toEqual(['OpenAI', 'SciHub', 'iPhone'])
    expect(['Nvidia', 'GDP', 'economy'].filter(isCamelCase)).toEqual([])
  })

  it('proposes acronyms (a run of them as one), CamelCase names and a phrase in another script', () => {
    expect(shapes('Boxes sail with CMA CGM and OpenAI, as they say in Shenzhen, 睁一只眼闭一只眼 (one eye open), and GDP grows.')).toEqual([
      'acronym: CMA CGM',
      'acronym: GDP',
      'camel-case: OpenAI',
      'other-script: 睁一只眼闭一只眼'
    ])
  })

  it('takes Latin words in a Chinese text as another script', () => {
    expect(shapes('直到不久之前，只有一家上市公司——英伟达（Nvidia）——能做到。', 'zh')).toEqual(['other-script: Nvidia'])
  })

  it('never joins words across punctuation', () => {
    expect(shapes('We met MSC. COSCO came later.')).toEqual(['acronym: MSC', 'acronym: COSCO'])
  })
})
