/**
 * Markdown → sanitised, annotated hast. One pipeline for essays and glossary
 * entries; build a renderer once per locale and reuse it, so that the glossary
 * automaton is built once.
 */
import type { Root } from 'hast'
import rehypeRaw from 'rehype-raw'
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize'
import rehypeSlug from 'rehype-slug'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { VFile } from 'vfile'
import rehypeGlossary, { type Occurrence, type Options as GlossaryOptions } from '../annotate/rehype-glossary'
import rehypeBlockIndex from './blocks'
import rehypeHeadingRank from './rehype-heading-rank'
import rehypeUnsourcedImages from './rehype-unsourced-images'

export interface RenderedMarkdown {
  tree: Root
  /** Glossary terms marked in the text, in document order. */
  occurrences: Occurrence[]
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
 * steps add (annotations, block numbers, heading ids). Author ids were already
 * prefixed by the first pass, so nothing is prefixed twice.
 */
const finalSchema: SanitizeSchema = {
  ...authorSchema,
  clobber: [],
  attributes: {
    ...authorSchema.attributes,
    // One className rule per element: a second one would be ignored.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'data-footnote-backref', 'term'],
      'dataTerm',
      'dataFirst'
    ],
    '*': [...(authorSchema.attributes?.['*'] ?? []), 'dataBlock']
  }
}

// Two distinct plugins: unified would merge the options of one plugin used twice.
const sanitizeAuthorHtml = () => rehypeSanitize(authorSchema)
const sanitizeFinal = () => rehypeSanitize(finalSchema)

export interface RenderOptions {
  /** Prefix for heading ids, so that a second text on the same page has ids of its own. */
  headingIdPrefix?: string
}

/** Creates a renderer; without `glossary`, nothing is annotated. */
export function createMarkdownRenderer(glossary?: GlossaryOptions, { headingIdPrefix }: RenderOptions = {}) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(sanitizeAuthorHtml)
    .use(rehypeUnsourcedImages)
    .use(rehypeHeadingRank)
    .use(rehypeSlug, { prefix: headingIdPrefix })
    .use(rehypeGlossary, glossary ?? { terms: [] })
    .use(rehypeBlockIndex)
    .use(sanitizeFinal)

  return function render(markdown: string): RenderedMarkdown {
    const file = new VFile(markdown)
    const tree = processor.runSync(processor.parse(file), file)
    return { tree, occurrences: file.data.glossary?.occurrences ?? [] }
  }
}
