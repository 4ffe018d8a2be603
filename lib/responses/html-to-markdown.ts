/**
 * Comment HTML from another system (Disqus, WordPress) as a reader's
 * Markdown: sanitised by the same allow-list as a response
 * (render-response.ts), then written as Markdown by rehype-remark and
 * remark-stringify, so an imported comment is stored and shown like any other.
 */
import rehypeParse from 'rehype-parse'
import rehypeRemark from 'rehype-remark'
import rehypeSanitize from 'rehype-sanitize'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { readerSchema } from '@/lib/render/render-response'

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, readerSchema)
  .use(rehypeRemark)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*' })
  .freeze()

export function htmlToMarkdown(html: string): string {
  return String(processor.processSync(html)).trim()
}
