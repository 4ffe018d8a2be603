/**
 * The markup contract of annotations: what rehype-glossary adds to the tree
 * (and rehype-readings inside it), and the ids of the cards that explain each
 * term. The plugins build their elements from these names, the final
 * sanitiser allows exactly these, and the client leaves and CSS select with
 * them (tests/unit/markup.test.ts checks the CSS). Nothing else spells them
 * out. Dependency-free, so that client components can import it without
 * pulling in the engine.
 */

/** Class of every annotation element (`<a class="term">`). */
export const annotationClass = 'term'

/** hast property names the plugin sets on an annotation (`data-term`, `data-first`). */
export const annotationProperties = {
  /** The term id. */
  term: 'dataTerm',
  /** Present on the first occurrence of a term in its section. */
  first: 'dataFirst'
} as const

/** CSS selector of an annotation. */
export const annotationSelector = `a.${annotationClass}[data-term]`

/** CSS selector of the annotations of one term (term ids are kebab-case: the loader checks). */
export const annotationOf = (termId: string) => `${annotationSelector}[data-term="${termId}"]`

/** Id of the `n`-th annotation of a term in a document (`term-cuda-2`). */
export const annotationId = (prefix: string, termId: string, n: number) => `${prefix}${termId}-${n}`

/** Default prefix of annotation ids. */
export const defaultAnnotationIdPrefix = 'term-'

/** Id of the card that explains a term, once per page. */
export const cardId = (termId: string) => `card-${termId}`

/** Prefix of the ids of annotations inside a term's card (`card-cuda--nvidia-1`): `--` never occurs in a term id. */
export const cardAnnotationIdPrefix = (termId: string) => `${cardId(termId)}--`

/** Id of the summary inside a term's card (the annotations' accessible description). */
export const cardSummaryId = (termId: string) => `card-${termId}-summary`

/** Class of every card, and the CSS selector of an open one. */
export const cardClass = 'card'
export const openCardSelector = `.${cardClass}:popover-open`

/** hast property of a link to another page of the publication, naming its preview card (`data-preview`). */
export const previewProperty = 'dataPreview'

/** CSS selector of a link with a preview card. */
export const previewLinkSelector = 'a[data-preview]'

/** Id of the preview card of a page (`key` as `rehype-link-previews` sets it, e.g. `essay-<slug>`). */
export const previewCardId = (key: string) => `preview-${key}`

/** Id of the summary inside a preview card. */
export const previewSummaryId = (key: string) => `preview-${key}-summary`

/** Class of the `<ruby>` that rehype-readings puts inside an annotation whose term has a reading by the authors. */
export const readingClass = 'reading'

/** CSS selector of the readings' ruby; its `rt` (and `rp`, for browsers without ruby) are hidden unless the reader asks for them. */
export const readingSelector = `ruby.${readingClass}`

/** hast property on the readings' `rt` and `rp`, so that search indexes the text without them (`data-pagefind-ignore`). */
export const searchIgnoreProperty = 'dataPagefindIgnore'
