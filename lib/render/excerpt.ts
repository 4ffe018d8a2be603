/**
 * A plain-text excerpt of a rendered text: its first top-level paragraph, cut
 * at a word boundary (by `Intl.Segmenter`, so Chinese and Japanese are cut
 * between words too), without ruby text. Pages use it as the meta description of an essay whose
 * front matter has none.
 */
import type { Root } from 'hast'
import { plainText } from './plain-text'

export function excerptOf(tree: Root, lang: string, maxLength = 160): string | undefined {
  const paragraph = tree.children.find((node) => node.type === 'element' && node.tagName === 'p')
  if (!paragraph) return undefined
  const text = plainText(paragraph).replace(/\s+/g, ' ').trim()
  if (text.length <= maxLength) return text || undefined
  let cut = 0
  for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (index + segment.length > maxLength - 1) break
    cut = index + segment.length
  }
  return `${text.slice(0, cut).trimEnd()}…`
}
