/**
 * What a translation follows: a short hash of each block of its source (the
 * blocks the translation keeps aligned, see lib/render/blocks). A stamp is the
 * list of these hashes at the time the translation was brought up to date.
 */
import { createHash } from 'node:crypto'
import type { Element } from 'hast'
import { toString as textOf } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import type { TermEntry } from '@/lib/content/types'
import { blockElements } from '@/lib/render/blocks'
import { createMarkdownRenderer } from '@/lib/render/render-markdown'

export interface SourceBlock {
  hash: string
  /** What the block says, for messages: its kind and first words. */
  label: string
}

const render = createMarkdownRenderer()

/** The blocks of a Markdown text: kind, text and links are hashed, so a changed word or URL changes the block. */
export function markdownBlocks(markdown: string): SourceBlock[] {
  return blockElements(render(markdown).tree).map((block) => {
    const text = textOf(block).replace(/\s+/g, ' ').trim()
    return { hash: hashOf(block.tagName, text, ...linksIn(block)), label: `${block.tagName} “${firstWords(text)}”` }
  })
}

/** The blocks of a glossary entry: the fields a translator translates, then its body's blocks. */
export function entryBlocks(entry: TermEntry): SourceBlock[] {
  const fields = (['term', 'reading', 'summary', 'literal', 'meaning'] as const).flatMap((key) => {
    const value = entry[key]
    return value === undefined ? [] : [{ hash: hashOf(key, value), label: `${key} “${firstWords(value)}”` }]
  })
  return [...fields, ...markdownBlocks(entry.body)]
}

function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 8)
}

function linksIn(block: Element): string[] {
  const links: string[] = []
  visit(block, 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string') links.push(node.properties.href)
  })
  return links
}

/** About the first six words (by `Intl.Segmenter`, so Chinese is cut between words too), at most 40 characters. */
export function firstWords(text: string, maxLength = 40): string {
  if (text.length <= maxLength) return text
  let cut = 0
  let words = 0
  for (const { index, segment, isWordLike } of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text)) {
    if (index + segment.length > maxLength || words === 6) break
    cut = index + segment.length
    if (isWordLike) words++
  }
  return `${text.slice(0, cut).trimEnd()}…`
}
