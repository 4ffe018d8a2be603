import { beforeAll, describe, expect, it } from 'vitest'
import { glossaryMatch } from '@/lib/terms/glossary-match'
import { createTermFinder, type TermFinder } from '@/lib/terms/term-finder'

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
