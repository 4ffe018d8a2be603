/**
 * What `npm run check:content` reports about glossary terms in essays, from
 * the pages' own rendering: where a block of the source annotates a term and
 * the same block of a translation does not (term consistency), and terms whose
 * forms occur in a text only inside links, where nothing is ever annotated.
 */
import type { Element, Root } from 'hast'
import { toString as textOf } from 'hast-util-to-string'
import { visit } from 'unist-util-visit'
import { annotationProperties } from '@/lib/annotate/markup'
import type { Glossary } from '@/lib/annotate/rehype-glossary'
import { originalOf } from '@/lib/content/essays'
import type { Content, EssayFile } from '@/lib/content/types'
import type { Locale } from '@/lib/i18n/locales'
import { memoize } from '@/lib/publication/memo'
import { blockElements } from '@/lib/render/blocks'
import { createLocaleRenderer, glossaryFor } from '@/lib/render/locale-renderer'
import { changedSourceBlocks, essayTranslation, translatedBlocks, translationStatus } from './status'

export interface TermMiss {
  /** The translation. */
  file: string
  /** One-based number of the translation's block. */
  block: number
  /** Terms the source's block annotates, with their forms in the translation's language, none of which the block contains. */
  terms: { termId: string; forms: string[] }[]
}

export interface LinkOnlyTerm {
  /** The essay file. */
  file: string
  termId: string
  /** The term's entry in the file's language, whose forms these are. */
  entryFile: string
  /** The forms as they occur inside the file's links. */
  forms: string[]
}

export interface BlockTerms {
  /** Terms annotated in the block, in order of first appearance. */
  annotated: Set<string>
  /** Matches of glossary forms inside the block's links. */
  inLinks: { termId: string; text: string }[]
}

const uses = new WeakMap<Content, ReturnType<typeof createGlossaryUse>>()

/**
 * What the pages annotate in a text, block by block, and what they could not
 * because it sits inside a link; and the terms a plain text (a title, a
 * summary) names. Each text is rendered once for a loaded content, whichever
 * checks and exports ask.
 */
export function glossaryUse(content: Content) {
  let use = uses.get(content)
  if (!use) {
    use = createGlossaryUse(content)
    uses.set(content, use)
  }
  return use
}

function createGlossaryUse(content: Content) {
  const glossaries = memoize((locale: Locale) => glossaryFor(content, locale))
  const renderers = memoize((locale: Locale) => createLocaleRenderer(glossaries(locale), locale).markdown())
  const renderedTexts = new Map<string, ReturnType<ReturnType<typeof renderers>>>()
  /** A text rendered and annotated as its pages render it (tree and occurrences), once per locale and text. */
  const rendered = (locale: Locale, markdown: string) => {
    const key = `${locale}\u0000${markdown}`
    const known = renderedTexts.get(key) ?? renderers(locale)(markdown)
    renderedTexts.set(key, known)
    return known
  }
  const byText = new Map<string, BlockTerms[]>()
  const blocks = (locale: Locale, markdown: string): BlockTerms[] => {
    const key = `${locale}\u0000${markdown}`
    const known = byText.get(key) ?? blockTerms(rendered(locale, markdown).tree, glossaries(locale))
    byText.set(key, known)
    return known
  }
  return {
    rendered,
    blocks,
    file: (file: EssayFile) => blocks(file.locale, file.body),
    text: (locale: Locale, text: string): string[] => [
      ...new Set(
        glossaries(locale)
          .matcher.find(text)
          .map((match) => match.termId)
      )
    ]
  }
}

function blockTerms(tree: Root, glossary: Glossary): BlockTerms[] {
  return blockElements(tree).map((block) => {
    const annotated = new Set<string>()
    const inLinks: BlockTerms['inLinks'] = []
    visit(block, 'element', (node: Element) => {
      const termId = node.properties[annotationProperties.term]
      if (typeof termId === 'string') annotated.add(termId)
      else if (node.tagName === 'a') {
        const text = textOf(node)
        const target = typeof node.properties.href === 'string' ? lastSegment(node.properties.href) : ''
        for (const match of glossary.matcher.find(text)) {
          // A link to the term's own page (`[CUDA](/glossary/cuda)`) shows the term better than an annotation would.
          if (match.termId !== target) inLinks.push({ termId: match.termId, text: text.slice(match.start, match.end) })
        }
      }
    })
    return { annotated, inLinks }
  })
}

/** The last segment of a URL's path: a term's page ends in its id, whatever the locale or the site's address. */
function lastSegment(href: string): string {
  return (
    href
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .pop() ?? ''
  )
}

/**
 * Blocks of translations that annotate none of the forms of a term the same
 * block of their source annotates. Blocks changed in the source since the
 * translation's stamp are left out (they are reported as outdated), and so
 * are terms with no entry in the translation's language (reported as missing).
 */
export function checkTermConsistency(content: Content): TermMiss[] {
  const used = glossaryUse(content).file
  const misses: TermMiss[] = []
  for (const essay of content.essays.values()) {
    for (const file of Object.values(essay.files)) {
      const translation = essayTranslation(essay, file.locale)
      if (!translation) continue
      const changed = new Set(changedSourceBlocks(translationStatus(translation.stamp, translation.source)))
      const source = used(originalOf(essay, file))
      const translated = used(file)
      translatedBlocks(translation.stamp, translation.source).forEach((block, index) => {
        const here = block === undefined ? undefined : translated[block]
        if (!here || changed.has(index) || !source[index]) return
        const terms = [...source[index].annotated].flatMap((termId) => {
          const entry = content.terms.get(termId)?.entries[file.locale]
          return entry && !here.annotated.has(termId) ? [{ termId, forms: entry.match }] : []
        })
        if (terms.length > 0 && block !== undefined) misses.push({ file: file.file, block: block + 1, terms })
      })
    }
  }
  return misses
}

/** Terms whose forms occur in an essay file only inside link text: links are never annotated, so readers never see them marked there (the link previews the term's card instead, rehype-glossary `linkedTerm`). */
export function termsOnlyInLinks(content: Content): LinkOnlyTerm[] {
  const used = glossaryUse(content).file
  const found: LinkOnlyTerm[] = []
  for (const essay of content.essays.values()) {
    for (const file of Object.values(essay.files)) {
      const blocks = used(file)
      const annotated = new Set(blocks.flatMap((block) => [...block.annotated]))
      const formsInLinks = new Map<string, Set<string>>()
      for (const { termId, text } of blocks.flatMap((block) => block.inLinks)) {
        if (!annotated.has(termId)) formsInLinks.set(termId, (formsInLinks.get(termId) ?? new Set()).add(text))
      }
      for (const [termId, forms] of formsInLinks) {
        const entryFile = content.terms.get(termId)?.entries[file.locale]?.file ?? ''
        found.push({ file: file.file, termId, entryFile, forms: [...forms] })
      }
    }
  }
  return found
}
