/**
 * The order a reader expects search results in: the glossary entry that is
 * the query itself first, then the essays that discuss it (each opened at
 * the passage that matches), then the other entries that mention it. Within
 * each group, Pagefind's own order (its relevance score).
 */

export interface Ranked<Item> {
  kind: 'essay' | 'term'
  item: Item
}

/** A term's name or a query, compared as a reader would: case, accents, width, spaces and punctuation aside. */
export function comparable(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim()
}

/**
 * Terms and essays, each in Pagefind's order, as one list: the term named by
 * the query (`isNamed`) first, essays next, then the other terms.
 */
export function arrange<Item>(terms: readonly Item[], essays: readonly Item[], isNamed: (term: Item) => boolean): Ranked<Item>[] {
  const named = terms.findIndex(isNamed)
  const others = terms.filter((_, index) => index !== named)
  return [
    ...(named >= 0 ? [{ kind: 'term' as const, item: terms[named] }] : []),
    ...essays.map((item) => ({ kind: 'essay' as const, item })),
    ...others.map((item) => ({ kind: 'term' as const, item }))
  ]
}
