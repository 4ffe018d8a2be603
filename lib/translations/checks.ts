/**
 * Checks that translations keep their source's blocks (same kinds, same
 * order, same links) and counts what is not translated yet.
 */
import type { Element } from 'hast'
import { visit } from 'unist-util-visit'
import { localeInfo, locales, type Locale } from '../i18n/locales'
import { blockElements } from '../render/blocks'
import { createMarkdownRenderer } from '../render/render-markdown'
import { glossaryTermsFor } from './glossary-terms'
import type { Content } from './load-content'
import type { ContentProblem } from './problems'

export interface AlignmentReport {
  file: string
  sourceFile: string
  blocks: number
  aligned: number
  problems: ContentProblem[]
}

export interface Coverage {
  locale: Locale
  missingEssays: string[]
  missingTerms: string[]
}

interface BlockShape {
  kind: string
  links: string[]
}

export function checkAlignment(content: Content): AlignmentReport[] {
  const render = createMarkdownRenderer()
  const shapesOf = (markdown: string) => blockElements(render(markdown).tree).map(shapeOf)
  const reports: AlignmentReport[] = []
  for (const essay of content.essays.values()) {
    const source = essay.files[essay.sourceLocale]!
    const sourceShapes = shapesOf(source.body)
    for (const file of Object.values(essay.files)) {
      if (file === source) continue
      const shapes = shapesOf(file.body)
      const problems: ContentProblem[] = []
      let aligned = 0
      for (let index = 0; index < Math.max(shapes.length, sourceShapes.length); index++) {
        const expected = sourceShapes[index]
        const actual = shapes[index]
        const where = `block ${index + 1}`
        if (!expected || !actual) {
          problems.push({
            file: file.file,
            message: `${where}: ${expected ? `missing (the source has a ${expected.kind} here)` : `extra ${actual!.kind} that the source does not have`}: keep one block per source block`
          })
          break
        }
        if (expected.kind !== actual.kind) {
          problems.push({ file: file.file, message: `${where}: is a ${actual.kind}, the source's is a ${expected.kind}: keep blocks in the source's order` })
          break
        }
        if (expected.links.join(' ') !== actual.links.join(' ')) {
          problems.push({ file: file.file, message: `${where}: links differ from the source (${actual.links.join(', ') || 'none'} vs ${expected.links.join(', ') || 'none'}): keep the same URLs` })
          continue
        }
        aligned++
      }
      reports.push({ file: file.file, sourceFile: source.file, blocks: sourceShapes.length, aligned, problems })
    }
  }
  return reports
}

export function coverage(content: Content): Coverage[] {
  return locales.map((locale) => ({
    locale,
    missingEssays: [...content.essays.values()].filter((essay) => !essay.files[locale]).map((essay) => essay.slug),
    missingTerms: [...content.terms.values()].filter((term) => !term.entries[locale]).map((term) => term.id)
  }))
}

function shapeOf(block: Element): BlockShape {
  const links: string[] = []
  visit(block, 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string') links.push(node.properties.href)
  })
  return { kind: block.tagName, links }
}

export interface AnnotationCount {
  file: string
  locale: Locale
  /** Distinct terms annotated. */
  terms: number
  occurrences: number
  /** Share of the terms annotated in the source that are annotated here too. */
  ofSource: number
}

/** How richly each file of each essay is annotated with its own language's glossary forms. */
export function countAnnotations(content: Content): AnnotationCount[] {
  const renderers = new Map(
    locales.map((locale) => [
      locale,
      createMarkdownRenderer({ terms: glossaryTermsFor(content, locale), suffixes: localeInfo[locale].suffixes })
    ])
  )
  return [...content.essays.values()].flatMap((essay) => {
    const termsIn = (locale: Locale) => renderers.get(locale)!(essay.files[locale]!.body).occurrences
    const sourceTerms = new Set(termsIn(essay.sourceLocale).map((occurrence) => occurrence.termId))
    return Object.values(essay.files).map((file) => {
      const occurrences = termsIn(file.locale)
      const terms = new Set(occurrences.map((occurrence) => occurrence.termId))
      const shared = [...sourceTerms].filter((id) => terms.has(id)).length
      return {
        file: file.file,
        locale: file.locale,
        terms: terms.size,
        occurrences: occurrences.length,
        ofSource: sourceTerms.size === 0 ? 1 : shared / sourceTerms.size
      }
    })
  })
}
