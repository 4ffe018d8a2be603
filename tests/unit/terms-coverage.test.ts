import { beforeAll, describe, expect, it } from 'vitest'
import { glossaryMatch } from '@/lib/terms/glossary-match'
import { createTermFinder, type TermFinder } from '@/lib/terms/term-finder'
import { baseForms } from '@/lib/terms/word-frequency'

let finder: TermFinder
beforeAll(() => {
  finder = createTermFinder()
})

const terms = [
  { id: 'cash-burn', forms: ['cash burn'] },
  { id: 'index-investing', forms: ['index investing'] },
  { id: 'two-and-twenty', forms: ['two and twenty'] }
]

const essay = `Their cash burn doubled, and the cash burn of their rivals too.

The returns are [not better than index investing](https://example.com/returns), as everyone knows. A "widget tax" would change that.`

describe('coverage', () => {
  it('matches a whole candidate to a term as the pages do: case, plurals and hyphens ignored', () => {
    const glossary = glossaryMatch(terms, 'en')
    expect(glossary.termOf('Cash burns')).toBe('cash-burn')
    expect(glossary.termOf('two-and-twenty')).toBe('two-and-twenty')
    expect(glossary.termOf('cash burn rate')).toBeNull()
    expect(glossary.termOf('burn')).toBeNull()
  })

  it('tells covered, covered only inside link text, and not covered apart', () => {
    const candidates = finder.suggest({ markdown: essay, locale: 'en', terms })
    const coverage = (phrase: string) => candidates.find((candidate) => candidate.phrase === phrase)?.covered
    expect(coverage('cash burn')).toEqual({ termId: 'cash-burn', onlyInLinkText: false })
    expect(coverage('index investing')).toEqual({ termId: 'index-investing', onlyInLinkText: true })
    expect(coverage('widget tax')).toEqual({ termId: null, onlyInLinkText: false })
  })

  it('counts where each term occurs, in the text and inside links', () => {
    const uses = glossaryMatch(terms, 'en').uses([
      { text: 'Cash burn, then index investing, then cash burn.', links: [{ start: 16, end: 31 }], emphasis: [] }
    ])
    expect(Object.fromEntries(uses)).toEqual({ 'cash-burn': { inText: 2, inLinks: 0 }, 'index-investing': { inText: 0, inLinks: 1 } })
  })
})

describe('what a term already lets the reader reach', () => {
  const text = 'He made the Forbes list twice. In China H100 cards get diverted to a black market, and H100s are scarce. Zorbex sells them.'
  const scoreOf = (phrase: string, glossary: { id: string; forms: string[] }[]) =>
    finder.suggest({ markdown: text, locale: 'en', terms: glossary }).find((candidate) => candidate.phrase === phrase)?.score ?? Number.NaN
  const glossary = [
    { id: 'forbes-list', forms: ['Forbes list'] },
    { id: 'h100', forms: ['H100'] }
  ]

  it('lowers a name that occurs only inside a covered phrase, by 1.5', () => {
    expect(scoreOf('Forbes', []) - scoreOf('Forbes', glossary)).toBeCloseTo(1.5, 6)
  })

  it('lowers a covered phrase with only everyday words beside it, by 1.5', () => {
    expect(scoreOf('H100 cards', []) - scoreOf('H100 cards', glossary)).toBeCloseTo(1.5, 6)
  })

  it('takes an inflection of a familiar word beside a covered phrase as familiar ("embracing" as "embrace")', () => {
    const quoted = 'Some say "embracing zorbles" is wise. Zorbles are cheap.'
    const scoreIn = (zorbles: { id: string; forms: string[] }[]) =>
      finder.suggest({ markdown: quoted, locale: 'en', terms: zorbles }).find((candidate) => candidate.phrase === 'embracing zorbles')
        ?.score
    expect((scoreIn([]) ?? Number.NaN) - (scoreIn([{ id: 'zorble', forms: ['zorble'] }]) ?? Number.NaN)).toBeCloseTo(1.5, 6)
  })

  it('leaves alone what occurs outside every covered phrase', () => {
    expect(scoreOf('Zorbex', glossary)).toBe(scoreOf('Zorbex', []))
  })
})

describe('word families', () => {
  it('gives the words an inflection may come from', () => {
    expect(baseForms('industries')).toEqual(['industry'])
    expect(baseForms('glasses')).toEqual(['glass'])
    expect(baseForms('cards')).toEqual(['card'])
    expect(baseForms('embracing')).toEqual(['embrac', 'embrace'])
    expect(baseForms('scrapping')).toEqual(['scrapp', 'scrappe', 'scrap'])
    expect(baseForms('carried')).toEqual(['carry'])
    expect(baseForms('status')).toEqual([])
    expect(baseForms('bus')).toEqual([])
    expect(baseForms('sing')).toEqual([])
  })
})
