/**
 * A page as the search index takes it. Pagefind keeps every element with an
 * id as an anchor in the page's fragment, which the browser downloads with
 * each result; only headings become sub-results (the passage a result opens
 * at), so an essay's hundred annotation ids made a quarter of its fragment
 * for nothing. The index gets the page without the ids of elements other
 * than headings; the page itself keeps them.
 */
import { headingRank } from 'hast-util-heading-rank'
import { toHtml } from 'hast-util-to-html'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'

const parser = unified().use(rehypeParse)

export function indexedHtml(html: string): string {
  const tree = parser.parse(html)
  visit(tree, 'element', (element) => {
    if (element.properties.id !== undefined && headingRank(element) === undefined) delete element.properties.id
  })
  return toHtml(tree)
}
