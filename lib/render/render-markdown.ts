/**
 * Markdown → sanitised, annotated hast. One pipeline for essays and glossary
 * entries; build a renderer once and reuse it (see `locale-renderer.ts`, which
 * shares one glossary automaton per locale).
 */
import type { ElementContent, Root } from 'hast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { annotationClass, annotationProperties, previewProperty, readingClass, searchIgnoreProperty } from '@/lib/annotate/markup'
import rehypeGlossary, { type Options as GlossaryOptions, type Occurrence } from '@/lib/annotate/rehype-glossary'
import type { ContentLabels } from '@/lib/i18n/content-labels'
import rehypeBlockIndex, { blockProperty } from './blocks'
import rehypeFootnoteLabel from './rehype-footnote-label'
import rehypeFragmentLinks from './rehype-fragment-links'
import rehypeHeadingRank from './rehype-heading-rank'
import rehypeLinkPreviews, { type LinkTarget } from './rehype-link-previews'
import rehypeReadings, { type Reading } from './rehype-readings'
import rehypeUnsourcedImages from './rehype-unsourced-images'

export interface RenderedMarkdown {
  tree: Root
  /** Glossary terms marked in the text, in document order. */
  occurrences: Occurrence[]
  /** Keys of the pages of the publication the text links to (see rehype-link-previews), in document order. */
  previews: string[]
}

/**
 * Author HTML: GitHub's rules, except that these are dropped whole: elements
 * whose content is never prose (scripts, styles, embeds, MathML, SVG), media
 * sources left without their player, and the obsolete `name` attribute. An
 * image without `alt` is marked decorative (`alt=""`).
 */
const authorSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'source' && name !== 'track'),
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'math', 'svg', 'source', 'track'],
  attributes: { ...defaultSchema.attributes, '*': (defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'name') },
  clobber: (defaultSchema.clobber ?? []).filter((name) => name !== 'name'),
  required: { ...defaultSchema.required, img: { alt: '' } }
}

/**
 * The last pass, after the steps that add elements: also allows what those
 * steps add, as their modules name it (annotations and their readings, block
 * numbers, heading ids). Author ids were already prefixed by the first pass,
 * so nothing is prefixed twice.
 */
const finalSchema: SanitizeSchema = {
  ...authorSchema,
  clobber: [],
  attributes: {
    ...authorSchema.attributes,
    // One className rule per element: a second one would be ignored.
    a: [
      ...(authorSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', ...classesAllowedOn('a'), annotationClass],
      ...Object.values(annotationProperties),
      previewProperty
    ],
    ruby: [['className', readingClass]],
    rt: [searchIgnoreProperty],
    rp: [searchIgnoreProperty],
    '*': [...(authorSchema.attributes?.['*'] ?? []), blockProperty]
  }
}

/** The class names GitHub's schema allows on an element (e.g. footnote back-references on `a`). */
function classesAllowedOn(tagName: string): string[] {
  const rule = defaultSchema.attributes?.[tagName]?.find((item) => Array.isArray(item) && item[0] === 'className')
  return Array.isArray(rule) ? rule.slice(1).map(String) : []
}

// Two distinct plugins: unified would merge the options of one plugin used twice.
const sanitizeAuthorHtml = () => rehypeSanitize(authorSchema)
const sanitizeFinal = () => rehypeSanitize(finalSchema)

export interface RenderOptions {
  /** Prefix for heading ids, so that a second text on the same page has ids of its own. */
  headingIdPrefix?: string
  /** Which links point to pages of the publication (they get a preview card). Default: none do. */
  linkTarget?: (href: string) => LinkTarget | undefined
  /** The authors' readings, by term id, shown as ruby over annotations of those terms (see rehype-readings). Default: none. */
  readings?: ReadonlyMap<string, Reading>
  /** The footnotes' heading and back links in the text's language (`{number}`: the reference's). Default: remark-rehype's English. */
  footnotes?: ContentLabels
}

/** Creates a Markdown renderer; without `glossary`, nothing is annotated. */
export function createMarkdownRenderer(
  glossary?: GlossaryOptions,
  { headingIdPrefix, linkTarget = () => undefined, readings, footnotes }: RenderOptions = {}
) {
  const footnoteLabels = footnotes && {
    footnoteLabel: footnotes.footnotes,
    footnoteBackLabel: (reference: number, rereference: number) =>
      footnotes.backToReference.replace('{number}', `${reference + 1}${rereference > 1 ? `-${rereference}` : ''}`)
  }
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Footnote ids take the text's own prefix; the sanitiser adds user-content- to them once (see rehype-fragment-links).
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: headingIdPrefix ?? '', ...footnoteLabels })
    .use(rehypeFootnoteLabel, { prefix: headingIdPrefix })
    .use(rehypeRaw)
    .use(sanitizeAuthorHtml)
    .use(rehypeUnsourcedImages)
    .use(rehypeHeadingRank)
    .use(rehypeSlug, { prefix: headingIdPrefix })
    .use(rehypeFragmentLinks)
    .use(rehypeLinkPreviews, { resolve: linkTarget })
    .use(rehypeGlossary, glossary ?? { terms: [] })
    .use(rehypeReadings, { readings })
    .use(rehypeBlockIndex)
    .use(sanitizeFinal)
    .freeze()

  return function render(markdown: string): RenderedMarkdown {
    const file = new VFile(markdown)
    const tree = processor.runSync(processor.parse(file), file)
    return { tree, occurrences: file.data.glossary?.occurrences ?? [], previews: file.data.previews ?? [] }
  }
}

/**
 * Creates an annotator of plain text (a card's summary): no Markdown, the
 * text is taken as written and annotated. Returns inline content.
 */
export function createTextAnnotator(glossary: GlossaryOptions, { readings }: Pick<RenderOptions, 'readings'> = {}) {
  const processor = unified().use(rehypeGlossary, glossary).use(rehypeReadings, { readings }).use(sanitizeFinal).freeze()
  return function annotate(text: string): RenderedMarkdown {
    const file = new VFile()
    const tree = processor.runSync({ type: 'root', children: [{ type: 'text', value: text } satisfies ElementContent] }, file)
    return { tree, occurrences: file.data.glossary?.occurrences ?? [], previews: [] }
  }
}
