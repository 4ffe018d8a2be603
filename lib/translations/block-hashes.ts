/**
 * What a translation follows: a short hash of each field a reader sees (an
 * essay's title and description; a term's name, summary, literal and
 * idiomatic meaning) and of each block of its source's body (the blocks a
 * translation keeps aligned, see lib/render/blocks). A stamp is these hashes
 * at the time the translation was brought up to date.
 */
import { createHash } from 'node:crypto'
import type { Element } from 'hast'
import { visit } from 'unist-util-visit'
import { entryFields, essayFields } from '@/lib/content/translated-fields'
import type { EssayFile, Stamp, TermEntry } from '@/lib/content/types'
import { blockText } from '@/lib/render/blocks'
import { renderedBlocks } from '@/lib/render/rendered-blocks'

export interface SourceBlock {
  hash: string
  /** What the block says, for messages: its kind and first words. */
  label: string
}

export interface SourceField extends SourceBlock {
  /** The front-matter key, e.g. `title`. */
  name: string
}

/** A source as a translation follows it: its fields by name, then its blocks. */
export interface SourceVersion {
  fields: SourceField[]
  blocks: SourceBlock[]
}

/** The blocks of a Markdown text: kind, text and links are hashed, so a changed word or URL changes the block. */
export function markdownBlocks(markdown: string): SourceBlock[] {
  return renderedBlocks(markdown).map((block) => {
    const text = blockText(block)
    return { hash: hashOf(block.tagName, text, ...linksIn(block)), label: `${block.tagName} “${firstWords(text)}”` }
  })
}

// Loaded content is never changed in place: a file's version is computed once, however many translations follow it.
const essayVersions = new WeakMap<EssayFile, SourceVersion>()
const entryVersions = new WeakMap<TermEntry, SourceVersion>()

/** An essay file as its translations follow it: its title and description, then its body's blocks. */
export function essayVersion(file: EssayFile): SourceVersion {
  return versionOf(essayVersions, file, essayFields)
}

/** A glossary entry as its translations follow it: the fields a translator translates, then its body's blocks. */
export function entryVersion(entry: TermEntry): SourceVersion {
  return versionOf(entryVersions, entry, entryFields)
}

function versionOf<Text extends EssayFile | TermEntry>(
  known: WeakMap<Text, SourceVersion>,
  text: Text,
  names: readonly (keyof Text & string)[]
): SourceVersion {
  let version = known.get(text)
  if (!version) {
    version = { fields: fieldsOf(text, names), blocks: markdownBlocks(text.body) }
    known.set(text, version)
  }
  return version
}

/** The stamp that says a translation follows `version`. */
export function stampOf(version: SourceVersion): Stamp {
  return {
    fields: Object.fromEntries(version.fields.map((field) => [field.name, field.hash])),
    blocks: version.blocks.map((block) => block.hash)
  }
}

/** The hash of one field's text; the field's name is part of it, so a summary never passes for a title. */
function fieldHash(name: string, value: string): string {
  return hashOf(name, value)
}

function fieldsOf<T extends object, K extends keyof T & string>(text: T, names: readonly K[]): SourceField[] {
  return names.flatMap((name) => {
    const value = text[name]
    return typeof value === 'string' ? [{ name, hash: fieldHash(name, value), label: `${name} “${firstWords(value)}”` }] : []
  })
}

function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 8)
}

/** The URLs a block links to, in order: translations keep them (see checks), and they are part of its hash. */
export function linksIn(block: Element): string[] {
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
