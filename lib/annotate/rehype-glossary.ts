/**
 * rehype plugin: wraps every occurrence of a glossary term in a link to the
 * term, in one pass over each text node.
 *
 * Each annotation is `<a href class="term" data-term id>` (names from
 * `./markup`); occurrences of a foreign phrase also get its `lang`. What was
 * marked is published on `file.data.glossary`, in document order.
 */
import type { Element, ElementContent, Root, Text } from 'hast'
import { toString as textOf } from 'hast-util-to-string'
import { SKIP, visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { sameLanguage } from '@/lib/i18n/language-tag'
import { annotationClass, annotationId, annotationProperties, defaultAnnotationIdPrefix, previewProperty } from './markup'
import { createMatcher, type Matcher } from './matcher'

export interface GlossaryTerm {
  /** Term id, used in `data-term`, ids and links. */
  id: string
  /** Surface forms to find in the text. */
  forms: readonly string[]
  /** Longer forms that contain one of `forms` but are not this term (see `MatchPattern.notMatch`). Default: none. */
  notMatch?: readonly string[]
  /** BCP 47 tag of the phrase's own language, for foreign phrases. */
  lang?: string
}

/**
 * A glossary ready to annotate with: its automaton is built once, by
 * `createGlossary`, and shared by every processor that annotates text in its language.
 */
export interface Glossary {
  matcher: Matcher
  /** Language of each foreign phrase, by term id. */
  langOf: ReadonlyMap<string, string>
}

export interface GlossaryOptions {
  /** Endings allowed after a form, e.g. plurals (see `MatcherOptions.suffixes`). Default: none. */
  suffixes?: readonly string[]
}

export function createGlossary(terms: readonly GlossaryTerm[], { suffixes }: GlossaryOptions = {}): Glossary {
  return {
    matcher: createMatcher(
      terms.flatMap((term) => [
        ...term.forms.map((form) => ({ form, termId: term.id })),
        ...(term.notMatch ?? []).map((form) => ({ form, termId: term.id, notMatch: true }))
      ]),
      { suffixes }
    ),
    langOf: new Map(terms.flatMap((term) => (term.lang ? [[term.id, term.lang] as const] : [])))
  }
}

export interface Options extends GlossaryOptions {
  /**
   * The glossary to find: a list of terms, or a `Glossary` made once with
   * `createGlossary` (then `suffixes` is the glossary's). Required.
   */
  terms: readonly GlossaryTerm[] | Glossary
  /** Term ids never annotated, e.g. the term whose own card or page this is. Default: none. */
  exclude?: readonly string[]
  /** BCP 47 tag of the document; a term whose `lang` differs gets a `lang` attribute. Default: none. */
  documentLang?: string
  /** Link target of an annotation. Default: `#<term-id>`. */
  href?: (termId: string) => string
  /** Elements whose text is never annotated. Default: `defaultIgnore`. */
  ignore?: readonly string[]
  /**
   * Which occurrences to mark: `all`, only the `first` in the document, or the
   * first of each term in every section (`first-per-section`). Default: `all`.
   * With `all`, the first occurrence per section is flagged with `data-first`.
   */
  occurrences?: 'all' | 'first' | 'first-per-section'
  /** Prefix of annotation ids (`<prefix><term-id>-<n>`). Default: `term-`. */
  idPrefix?: string
  /** Elements that start a new section. Default: `['h1', 'h2', 'h3']`. */
  sectionStarts?: readonly string[]
  /**
   * Links are never annotated, so a term in a link's text has no card of its
   * own: this gives the preview key (see rehype-link-previews) that shows the
   * first such term's card on the link itself, or undefined. Default: none.
   */
  linkedTerm?: (termId: string, href: string) => string | undefined
}

export interface Occurrence {
  termId: string
  /** The `id` of the annotation element, unique in the document. */
  id: string
  /** The text as written. */
  text: string
  /** Zero-based index of the section it is in. */
  section: number
}

export interface GlossaryData {
  occurrences: Occurrence[]
}

declare module 'vfile' {
  interface DataMap {
    glossary: GlossaryData
  }
}

/** Elements whose text is code, a link, or not prose. */
export const defaultIgnore: readonly string[] = [
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'svg',
  'math',
  'textarea',
  'button',
  'select',
  'option'
]

export default function rehypeGlossary(options: Options) {
  const { matcher, langOf } = isGlossary(options.terms) ? options.terms : createGlossary(options.terms, { suffixes: options.suffixes })
  const excluded = new Set(options.exclude ?? [])
  const href = options.href ?? ((termId: string) => `#${termId}`)
  const ignore = new Set(options.ignore ?? defaultIgnore)
  const sectionStarts = new Set(options.sectionStarts ?? ['h1', 'h2', 'h3'])
  const mode = options.occurrences ?? 'all'
  const documentLang = options.documentLang
  const idPrefix = options.idPrefix ?? defaultAnnotationIdPrefix

  return function transformer(tree: Root, file: VFile): undefined {
    const occurrences: Occurrence[] = []
    const countPerTerm = new Map<string, number>()
    let section = 0
    let seenInSection = new Set<string>()

    const annotation = (termId: string, text: string): Element | undefined => {
      if (excluded.has(termId)) return undefined
      const firstInSection = !seenInSection.has(termId)
      if (mode === 'first' && countPerTerm.has(termId)) return undefined
      if (mode === 'first-per-section' && !firstInSection) return undefined
      seenInSection.add(termId)
      const count = (countPerTerm.get(termId) ?? 0) + 1
      countPerTerm.set(termId, count)
      const id = annotationId(idPrefix, termId, count)
      occurrences.push({ termId, id, text, section })
      const lang = langOf.get(termId)
      return {
        type: 'element',
        tagName: 'a',
        properties: {
          href: href(termId),
          className: [annotationClass],
          [annotationProperties.term]: termId,
          id,
          ...(firstInSection && mode === 'all' ? { [annotationProperties.first]: '' } : {}),
          ...(lang && !sameLanguage(lang, documentLang) ? { lang } : {})
        },
        children: [{ type: 'text', value: text }]
      }
    }

    visit(tree, (node, index, parent) => {
      if (node.type === 'element') {
        if (node.tagName === 'a' && options.linkedTerm) previewLinkedTerm(node, file)
        if (ignore.has(node.tagName) || node.properties[annotationProperties.term] !== undefined) return SKIP
        if (sectionStarts.has(node.tagName)) {
          section++
          seenInSection = new Set()
        }
        return undefined
      }
      if (node.type !== 'text' || !parent || index === undefined) return undefined
      const replacement = annotateText(node, matcher, annotation)
      if (!replacement) return undefined
      parent.children.splice(index, 1, ...(replacement as typeof parent.children))
      return [SKIP, index + replacement.length]
    })

    file.data.glossary = { occurrences }
  }

  /** A link (not an annotation, not already previewed) whose text holds a term previews that term's card. */
  function previewLinkedTerm(link: Element, file: VFile) {
    const { href } = link.properties
    if (
      typeof href !== 'string' ||
      link.properties[annotationProperties.term] !== undefined ||
      link.properties[previewProperty] !== undefined
    )
      return
    const match = matcher.find(textOf(link)).find(({ termId }) => !excluded.has(termId))
    const key = match && options.linkedTerm?.(match.termId, href)
    if (!key) return
    link.properties[previewProperty] = key
    file.data.previews = [...new Set([...(file.data.previews ?? []), key])]
  }
}

function isGlossary(terms: Options['terms']): terms is Glossary {
  return 'matcher' in terms
}

/** The text node split into text and annotations, or undefined when nothing matched. */
function annotateText(
  node: Text,
  matcher: Matcher,
  annotation: (termId: string, text: string) => Element | undefined
): ElementContent[] | undefined {
  const matches = matcher.find(node.value)
  if (matches.length === 0) return undefined
  const parts: ElementContent[] = []
  let cursor = 0
  for (const match of matches) {
    const element = annotation(match.termId, node.value.slice(match.start, match.end))
    if (!element) continue
    if (match.start > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, match.start) })
    parts.push(element)
    cursor = match.end
  }
  if (parts.length === 0) return undefined
  if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) })
  return parts
}
