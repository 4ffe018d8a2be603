import { describe, expect, it } from 'vitest'
import { formatStamp } from '@/lib/content/stamp-field'
import { essayVersion, stampOf } from '@/lib/translations/block-hashes'
import { checkTermConsistency, termsOnlyInLinks } from '@/lib/translations/glossary-checks'
import { loadFolder, markdown } from './support/content-folder'

const terms = {
  'glossary/liquidity/en.md': markdown({ term: 'liquidity', summary: 'S.' }),
  'glossary/liquidity/fr.md': markdown({ term: 'liquidité', summary: 'S.', match: ['liquidité'] }),
  'glossary/liquidity/de.md': markdown({ term: 'Liquidität', summary: 'S.', match: ['Liquidität'] }),
  'glossary/recession/en.md': markdown({ term: 'recession', summary: 'S.' }),
  'glossary/recession/fr.md': markdown({ term: 'récession', summary: 'S.' })
}
const source = '## Liquidity\n\nMarkets need liquidity; a recession follows.\n\nThe end.'
const stampFor = (body: string) =>
  formatStamp(stampOf(essayVersion({ slug: '', locale: 'en', file: '', title: 'T', subjectLabels: [], body })))

describe('term consistency: a translation’s block annotates the terms its source’s block annotates', () => {
  it('passes a translation that uses a form of every term, block by block', () => {
    const content = loadFolder({
      ...terms,
      'essays/e/en.md': markdown({ title: 'T' }, source),
      'essays/e/fr.md': markdown(
        { title: 'T', translatedFrom: 'en' },
        '## Liquidité\n\nLes marchés ont besoin de liquidité ; une récession suit.\n\nLa fin.'
      )
    })
    expect(checkTermConsistency(content)).toEqual([])
  })

  it('lists, per block, the terms it misses with their forms in its language', () => {
    const content = loadFolder({
      ...terms,
      'essays/e/en.md': markdown({ title: 'T' }, source),
      'essays/e/fr.md': markdown(
        { title: 'T', translatedFrom: 'en' },
        '## Liquidité\n\nLes marchés en ont besoin ; un ralentissement suit.\n\nLa fin.'
      )
    })
    expect(checkTermConsistency(content)).toEqual([
      {
        file: 'site/essays/e/fr.md',
        block: 2,
        terms: [
          { termId: 'liquidity', forms: ['liquidité'] },
          { termId: 'recession', forms: ['récession'] }
        ]
      }
    ])
  })

  it('leaves out terms without an entry in the translation’s language, and blocks changed since the stamp', () => {
    const content = loadFolder({
      ...terms,
      'essays/e/en.md': markdown({ title: 'T' }, source.replace('The end.', 'The end, with liquidity.')),
      'essays/e/de.md': markdown(
        { title: 'T', translatedFrom: 'en', sourceBlocks: stampFor(source) },
        '## Liquidität\n\nMärkte brauchen Liquidität; eine Rezession folgt.\n\nDas Ende.'
      )
    })
    // recession has no German entry; block 3 changed in the source since the German stamp.
    expect(checkTermConsistency(content)).toEqual([])
  })

  it('follows a translation’s blocks through its stamp when the source gained a block', () => {
    const grown = source.replace('The end.', 'New liquidity.\n\nThe end, and liquidity.')
    const content = loadFolder({
      ...terms,
      'essays/e/en.md': markdown({ title: 'T' }, grown),
      'essays/e/fr.md': markdown(
        { title: 'T', translatedFrom: 'en', sourceBlocks: stampFor(source.replace('The end.', 'The end, and liquidity.')) },
        '## Liquidité\n\nLes marchés ont besoin de liquidité ; une récession suit.\n\nLa fin.'
      )
    })
    // Source block 4 is the translation's block 3, which lacks liquidity; source block 3 is new and has no counterpart.
    expect(checkTermConsistency(content)).toEqual([
      { file: 'site/essays/e/fr.md', block: 3, terms: [{ termId: 'liquidity', forms: ['liquidité'] }] }
    ])
  })
})

describe('terms that occur only inside links', () => {
  const folder = (body: string) => loadFolder({ ...terms, 'essays/e/en.md': markdown({ title: 'T' }, body) })

  it('are named with the form found, the file and the term’s entry', () => {
    expect(termsOnlyInLinks(folder('See [why liquidity matters](https://example.org/liquidity-paper).'))).toEqual([
      { file: 'site/essays/e/en.md', termId: 'liquidity', entryFile: 'site/glossary/liquidity/en.md', forms: ['liquidity'] }
    ])
  })

  it('are not reported when the term is annotated elsewhere in the text, or the link leads to its own page', () => {
    expect(termsOnlyInLinks(folder('Liquidity. See [why liquidity matters](https://example.org/x).'))).toEqual([])
    expect(termsOnlyInLinks(folder('See [liquidity](/glossary/liquidity) and [it](/fr/glossary/liquidity/#x).'))).toEqual([])
  })
})
