/**
 * A reader's response, Markdown → sanitised, annotated hast. Readers get a
 * smaller language than authors: paragraphs, emphasis, links, block quotes
 * and code. Raw HTML is never parsed: it shows as the text the reader typed. Images, headings and
 * everything else unlisted are unwrapped to their text by the allow-list, and
 * links may only go to http(s) or mailto and are marked `nofollow ugc`. Then
 * the glossary annotates it as it does an essay, so a reader who writes a
 * term gets the same card.
 */
import type { Element, Root } from 'hast'
import type { Html, Root as MdastRoot, Text } from 'mdast'
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { annotationClass, annotationProperties } from '@/lib/annotate/markup'
import rehypeGlossary, { type Options as GlossaryOptions } from '@/lib/annotate/rehype-glossary'
import type { RenderedMarkdown } from './render-markdown'

const readerTags = ['p', 'br', 'em', 'strong', 'del', 'a', 'blockquote', 'code', 'pre', 'ul', 'ol', 'li']

/** What a reader's text may hold. Unknown elements keep their text (sanitize's default); these go whole. */
export const readerSchema: SanitizeSchema = {
  tagNames: readerTags,
  strip: ['script', 'style', 'img'],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobber: []
}

/** The last pass: also what the glossary and the link rule add. */
const annotatedSchema: SanitizeSchema = {
  ...readerSchema,
  attributes: {
    a: ['href', 'id', ['className', annotationClass], ['rel', 'nofollow', 'ugc', 'noopener'], ...Object.values(annotationProperties)],
    '*': ['lang']
  }
}

/** Links readers write are theirs, not the publication's: search engines are told so (rel="nofollow ugc"). */
function rehypeReaderLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      if (element.tagName === 'a' && !element.properties.dataTerm) element.properties.rel = ['nofollow', 'ugc', 'noopener']
    })
  }
}

/** HTML a reader types is text: shown as typed, never parsed into elements (and never silently dropped). */
function remarkHtmlAsText() {
  return (tree: MdastRoot) => {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return
      const text: Text = { type: 'text', value: node.value }
      parent.children[index] = (parent.type === 'root' ? { type: 'paragraph', children: [text] } : text) as never
    })
  }
}

/** A heading a reader types is a paragraph of their response, not a heading of the page. */
function rehypeHeadingsAsParagraphs() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      if (/^h[1-6]$/.test(element.tagName)) element.tagName = 'p'
    })
  }
}

/** A paragraph left empty (it held only an image, or only HTML) is dropped. */
function rehypeDropEmptyParagraphs() {
  return (tree: Root) => {
    tree.children = tree.children.filter(
      (node) =>
        !(node.type === 'element' && node.tagName === 'p' && node.children.every((child) => child.type === 'text' && !child.value.trim()))
    )
  }
}

const sanitizeReaderText = () => rehypeSanitize(readerSchema)
const sanitizeAnnotated = () => rehypeSanitize(annotatedSchema)

/** Creates a renderer of readers' responses; annotations as `glossary` says (each response needs its own `idPrefix`). */
export function createResponseRenderer(glossary: GlossaryOptions) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkHtmlAsText)
    .use(remarkRehype)
    .use(rehypeHeadingsAsParagraphs)
    .use(sanitizeReaderText)
    .use(rehypeDropEmptyParagraphs)
    .use(rehypeGlossary, glossary)
    .use(rehypeReaderLinks)
    .use(sanitizeAnnotated)
    .freeze()
  return function render(markdown: string): RenderedMarkdown {
    const file = new VFile(markdown)
    const tree = processor.runSync(processor.parse(file), file)
    return { tree, occurrences: file.data.glossary?.occurrences ?? [], previews: [] }
  }
}

/** The number of links a reader's Markdown makes (bare URLs are not links, as CommonMark has it; they stay text). */
export function linkCount(markdown: string): number {
  const tree = unified().use(remarkParse).parse(markdown)
  let links = 0
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'definition') links++
  })
  // <https://…> autolinks are links too; a raw http URL in text counts, since a client may make it one.
  const raw = markdown.match(/https?:\/\/|www\./gi)?.length ?? 0
  return Math.max(links, raw)
}
