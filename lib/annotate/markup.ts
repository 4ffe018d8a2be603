/**
 * The markup contract of annotated text: what rehype-glossary and the other
 * render steps add to the tree (the annotation class, data attributes, block
 * numbers, link previews, the readings' ruby), and the ids of the cards that explain each term.
 * The plugins build their elements from these names, the final sanitiser
 * allows exactly these, and the components, client leaves and CSS select with
 * them (tests/unit/markup.test.ts checks the CSS). What the card components
 * and their behaviours share beyond this lives in the sibling card-markup.ts.
 * Dependency-free, so that client components can import it without pulling
 * in the engine.
 */

/** A data attribute as each layer spells it: in HTML, as a hast property, in a CSS selector. */
export interface DataAttribute {
  /** `data-term` */
  attribute: string
  /** `dataTerm`, as hast and rehype-sanitize name it */
  property: string
  /** `[data-term]` */
  selector: string
}

/** `data-<name>` in every spelling (`name` is kebab-case). */
export function dataAttribute(name: string): DataAttribute {
  const attribute = `data-${name}`
  return {
    attribute,
    property: `data${name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`,
    selector: `[${attribute}]`
  }
}

/** Class of every annotation element (`<a class="term">`). */
export const annotationClass = 'term'

/** The term id on an annotation. */
export const termAttribute = dataAttribute('term')

/** Present on the first occurrence of a term in its section. */
export const firstAttribute = dataAttribute('first')

/** hast property names the plugin sets on an annotation (`data-term`, `data-first`). */
export const annotationProperties = { term: termAttribute.property, first: firstAttribute.property } as const

/** CSS selector of an annotation. */
export const annotationSelector = `a.${annotationClass}${termAttribute.selector}`

/** CSS selector of the annotations of one term (term ids are kebab-case: the loader checks). */
export const annotationOf = (termId: string) => `${annotationSelector}[${termAttribute.attribute}="${termId}"]`

/** Id of the `n`-th annotation of a term in a document (`term-cuda-2`). */
export const annotationId = (prefix: string, termId: string, n: number) => `${prefix}${termId}-${n}`

/** Default prefix of annotation ids. */
export const defaultAnnotationIdPrefix = 'term-'

/** The print note number of a term, on its annotations and its card. */
export const noteAttribute = dataAttribute('note')

/** Id of the card that explains a term, once per page. */
export const cardId = (termId: string) => `card-${termId}`

/** Prefix of the ids of annotations inside a term's card (`card-cuda--nvidia-1`): `--` never occurs in a term id. */
export const cardAnnotationIdPrefix = (termId: string) => `${cardId(termId)}--`

/** Id of the summary inside a term's card (the annotations' accessible description). */
export const cardSummaryId = (termId: string) => `${cardId(termId)}-summary`

/** Class of every card. */
export const cardClass = 'card'

/** On a link to another page of the publication: the key of its preview card (`essay-<slug>`, `term-<id>`). */
export const previewAttribute = dataAttribute('preview')

/** hast property of a link to another page of the publication, naming its preview card (`data-preview`). */
export const previewProperty = previewAttribute.property

/** CSS selector of a link with a preview card. */
export const previewLinkSelector = `a${previewAttribute.selector}`

/** Id of the preview card of a page (`key` as `rehype-link-previews` sets it, e.g. `essay-<slug>`). */
export const previewCardId = (key: string) => `preview-${key}`

/** Id of the summary inside a preview card. */
export const previewSummaryId = (key: string) => `${previewCardId(key)}-summary`

/** The number of a block in its text (lib/render/blocks.ts). */
export const blockAttribute = dataAttribute('block')

/**
 * On the element around an essay's text: for each of its blocks, the source
 * block it renders (lib/translations/block-pairing.ts), space-separated, `-`
 * for none. A reader's place across languages is a source block, so a
 * translation that lags its source keeps it right.
 */
export const sourceBlocksAttribute = dataAttribute('source-blocks')

export function sourceBlocksValue(sourceBlockOf: readonly (number | undefined)[]): string {
  return sourceBlockOf.map((source) => source ?? '-').join(' ')
}

/** The source block of each block, read back from `sourceBlocksAttribute`; undefined without the attribute (blocks are their own). */
export function parseSourceBlocks(value: string | null): (number | undefined)[] | undefined {
  if (value === null) return undefined
  return value === '' ? [] : value.split(' ').map((source) => (source === '-' ? undefined : Number(source)))
}

/** Class of the `<ruby>` that rehype-readings puts inside an annotation whose term has a reading by the authors. */
export const readingClass = 'reading'

/** hast property on the readings' `rt` and `rp`, so that search indexes the text without them (`data-pagefind-ignore`). */
export const searchIgnoreProperty = dataAttribute('pagefind-ignore').property
