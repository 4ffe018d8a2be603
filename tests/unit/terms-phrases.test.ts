import { beforeAll, describe, expect, it } from 'vitest'
import { createTermFinder, type TermFinder } from '@/lib/terms/term-finder'
import type { Candidate } from '@/lib/terms/types'

let finder: TermFinder
beforeAll(() => {
  finder = createTermFinder()
})

const text = `Most funds charge "two and twenty", and the "two" is what matters.

The startup's cash burn doubled this year. Investors watched the cash burn closely, because market making and index investing pay whatever happens.

Nobody in the room had heard of *force majeure* before.`

const find = (markdown: string) => finder.suggest({ markdown, locale: 'en', terms: [] })
const byPhrase = (candidates: Candidate[], phrase: string) => candidates.find((candidate) => candidate.phrase === phrase)

describe('fixed phrases of everyday words', () => {
  it('finds a repeated compound, a quoted phrase, gerund compounds and an italic phrase', () => {
    const candidates = find(text)
    expect(byPhrase(candidates, 'cash burn')).toMatchObject({ count: 2, forms: ['cash burn'] })
    expect(byPhrase(candidates, 'cash burn')?.signals).toEqual(expect.arrayContaining(['compound', 'repeated']))
    expect(byPhrase(candidates, 'two and twenty')?.signals).toEqual(expect.arrayContaining(['quoted', 'of-phrase']))
    expect(byPhrase(candidates, 'market making')?.signals).toContain('compound')
    expect(byPhrase(candidates, 'index investing')?.signals).toContain('compound')
    expect(byPhrase(candidates, 'force majeure')?.signals).toContain('italic')
  })

  it('ranks the repeated compound above the everyday words it is made of', () => {
    const phrases = find(text).map((candidate) => candidate.phrase)
    const rank = (phrase: string) => (phrases.includes(phrase) ? phrases.indexOf(phrase) : Number.POSITIVE_INFINITY)
    expect(rank('cash burn')).toBeLessThan(rank('cash'))
    expect(rank('cash burn')).toBeLessThan(rank('burn'))
  })

  it('groups plural and singular as one candidate with both forms, and gives its first sentence', () => {
    const candidate = byPhrase(find('A margin loan is cheap. Margin loans are not. Stock margin loans fell.'), 'margin loan')
    expect(candidate?.forms.slice().sort()).toEqual(['Margin loans', 'margin loan', 'margin loans'])
    expect(candidate?.count).toBe(3)
    expect(candidate?.sentence).toBe('A margin loan is cheap.')
  })

  it('never proposes a phrase that starts or ends on a function word', () => {
    const phrases = find(text).map((candidate) => candidate.phrase.toLowerCase())
    expect(phrases.filter((phrase) => /^(?:the|and|of|a) |\s(?:the|and|of|a)$/u.test(phrase))).toEqual([])
  })
})

describe('names and what they do', () => {
  it('calls a capitalised word that opens a sentence a name when everyday English has no such word', () => {
    const candidates = find('Zentrolia raised prices again. Prices rose.')
    expect(byPhrase(candidates, 'Zentrolia')?.signals).toContain('name')
    // An everyday word that opens a sentence stays a word.
    expect(byPhrase(candidates, 'Prices')?.signals ?? []).not.toContain('name')
  })

  it('takes a gerund after a common noun as a compound, not after a name (what the name does)', () => {
    const candidates = find('Here market making pays. Yesterday Nvidia parsing the rules went badly.')
    expect(byPhrase(candidates, 'market making')?.signals).toContain('compound')
    expect(byPhrase(candidates, 'Nvidia parsing')).toBeUndefined()
  })
})

describe('emphasis', () => {
  it('takes emphasis that opens or closes on a function word for stress, not a term', () => {
    const candidates = find('They made sure that *being competitive* mattered, and that it *was* fair. Nobody knew *force majeure*.')
    expect(byPhrase(candidates, 'being competitive')).toBeUndefined()
    expect(byPhrase(candidates, 'competitive')?.signals ?? []).not.toContain('italic')
    expect(byPhrase(candidates, 'force majeure')?.signals).toContain('italic')
  })
})
