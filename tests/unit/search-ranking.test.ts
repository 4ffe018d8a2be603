import { expect, test } from 'vitest'
import { arrange, comparable } from '@/lib/search/ranking'

test('the entry the query names comes first, then essays, then the other entries, each group in Pagefind’s order', () => {
  const terms = ['deposit insurance', 'bank run', 'moral hazard']
  const essays = ['field guide', 'market notes']
  expect(arrange(terms, essays, (term) => term === 'bank run')).toEqual([
    { kind: 'term', item: 'bank run' },
    { kind: 'essay', item: 'field guide' },
    { kind: 'essay', item: 'market notes' },
    { kind: 'term', item: 'deposit insurance' },
    { kind: 'term', item: 'moral hazard' }
  ])
  expect(arrange(terms, essays, () => false).map(({ item }) => item)).toEqual([
    'field guide',
    'market notes',
    'deposit insurance',
    'bank run',
    'moral hazard'
  ])
})

test('a name and a query compare as a reader would', () => {
  expect(['Carried interest', ' carried  INTEREST ', 'Café-crème', 'ＣＵＤＡ', '附带权益'].map(comparable)).toEqual([
    'carried interest',
    'carried interest',
    'cafe creme',
    'cuda',
    '附带权益'
  ])
})
