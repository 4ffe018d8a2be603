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

export interface RenderedMarkdown {
  tree: Root
  /** Glossary terms marked in the text, in document order. */
  occurrences: Occurrence[]
}

/** Author HTML: GitHub's rules, and elements whose content is never text dropped whole. */
const authorSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed']
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
    ...defaultSchema.attributes,
    // One className rule per element: a second one would be ignored.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'data-footnote-backref', 'term'],
      'dataTerm',
      'dataFirst'
    ],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataBlock']
  }
}

// Two distinct plugins: unified would merge the options of one plugin used twice.
const sanitizeAuthorHtml = () => rehypeSanitize(authorSchema)
const sanitizeFinal = () => rehypeSanitize(finalSchema)

/** Creates a renderer; without `glossary`, nothing is annotated. */
export function createMarkdownRenderer(glossary?: GlossaryOptions) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(sanitizeAuthorHtml)
    .use(rehypeHeadingRank)
    .use(rehypeSlug)
    .use(rehypeGlossary, glossary ?? { terms: [] })
    .use(rehypeBlockIndex)
    .use(sanitizeFinal)

  return function render(markdown: string): RenderedMarkdown {
    const file = new VFile(markdown)
    const tree = processor.runSync(processor.parse(file), file)
    return { tree, occurrences: file.data.glossary?.occurrences ?? [] }
  }
}
