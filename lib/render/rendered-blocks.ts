/**
 * The blocks of a Markdown text as the plain renderer makes them (no
 * glossary), memoised by the text: the translations' hashes, checks, XLIFF
 * units and import ask for the same texts' blocks many times over (a source
 * for each of its translations, a body before and after an import). The
 * elements are shared between callers: read them, never change them.
 */
import type { Element } from 'hast'
import { blockElements } from './blocks'
import { createMarkdownRenderer } from './render-markdown'

const render = createMarkdownRenderer()
const byText = new Map<string, readonly Element[]>()
/** How many texts are kept (a Map keeps insertion order: the oldest goes first). */
const maxTexts = 2000

export function renderedBlocks(markdown: string): readonly Element[] {
  let blocks = byText.get(markdown)
  if (!blocks) {
    blocks = blockElements(render(markdown).tree)
    if (byText.size >= maxTexts) byText.delete(byText.keys().next().value as string)
    byText.set(markdown, blocks)
  }
  return blocks
}
