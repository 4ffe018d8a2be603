import { beforeAll, describe, expect, it } from 'vitest'
import { createTermFinder, type TermFinder } from '@/lib/terms/term-finder'
import { editDistance, loadTypoHint, type TypoHint } from '@/lib/terms/typo-hint'
import { loadCommonness } from '@/lib/terms/word-frequency'

let hint: TypoHint
let finder: TermFinder
beforeAll(() => {
  hint = loadTypoHint(loadCommonness())
  finder = createTermFinder()
})

describe('typo hints', () => {
  it('names the everyday word a misspelt one looks like', () => {
    expect(hint('specualate')).toBe('speculate')
    expect(hint('villians')).toBe('villains')
  })

  it('says nothing about correct words, rare words, and capitalised words (names)', () => {
    expect(hint('economy')).toBeUndefined()
    expect(hint('chattel')).toBeUndefined()
    expect(hint('Shenzen')).toBeUndefined()
  })

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('form', 'from')).toBe(1)
    expect(editDistance('kitten', 'sitting')).toBe(3)
  })

  it("shows the hint beside the candidate and keeps the author's spelling", () => {
    const candidates = finder.suggest({ markdown: 'I like to specualate about chattel.', locale: 'en', terms: [] })
    const typo = candidates.find((candidate) => candidate.forms.includes('specualate'))
    expect(typo).toMatchObject({ phrase: 'specualate', typoOf: 'speculate' })
    expect(candidates.find((candidate) => candidate.phrase === 'chattel')?.typoOf).toBeUndefined()
  })
})
