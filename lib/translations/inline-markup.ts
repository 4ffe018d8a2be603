/**
 * The blocks of a Markdown text as translation tools see them: text to
 * translate, and the Markdown around it as codes the tools protect (XLIFF's
 * `<pc>` for a span such as `**…**` or `[…](url)`, `<ph>` for a standalone
 * piece such as inline code, an image, or the markers between paragraphs of a
 * list item). Each code carries the exact Markdown it stands for, so writing a
 * translation back puts the same markup where the translator placed the code.
 *
 * Blocks are those of lib/render/blocks (located by the positions the renderer
 * keeps); each has a frame (`- `, `## `, `> `) that stays the file's own, and
 * content between. Text is given as Markdown means it (escapes and entities
 * resolved) and escaped again on the way back; what `writeBlockContent` wrote
 * is meant to be read back and compared, so that markup which would not
 * survive is refused rather than written wrong.
 */
import type { Nodes, Parent, Root } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { renderedBlocks } from '@/lib/render/rendered-blocks'

/** What a code stands for: formatting, a link, or other Markdown (inline code, images, HTML, the structure of a block). */
export type CodeKind = 'strong' | 'emphasis' | 'delete' | 'link' | 'code' | 'image' | 'break' | 'html' | 'markup'

/** A span of text between two pieces of Markdown, e.g. `**` and `**`, or `[` and `](https://…)`. */
export interface SpanCode {
  code: 'span'
  kind: CodeKind
  start: string
  end: string
  content: Inline[]
}

/** A piece of Markdown that stands alone, e.g. `` `code` `` or `![alt](src)`. */
export interface PlaceholderCode {
  code: 'placeholder'
  kind: CodeKind
  data: string
}

export type Inline = string | SpanCode | PlaceholderCode

export interface BlockSource {
  /** Offsets in the text of the whole block. */
  start: number
  end: number
  /** Offsets of its content: the block without its frame (a list marker, heading hashes, a quote marker). */
  contentStart: number
  contentEnd: number
  /** The kind of block (`paragraph`, `heading`, `listItem`, …), which decides how a line break is written. */
  kind: string
  content: Inline[]
}

const parser = unified().use(remarkParse).use(remarkGfm)
const flowTypes = new Set<string>([
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'code',
  'html',
  'table',
  'footnoteDefinition'
])

/**
 * The blocks of a Markdown text, numbered as lib/render/blocks numbers them;
 * undefined for a block the renderer makes that has no place of its own in
 * the text (the footnotes section).
 */
export function blockSources(markdown: string): (BlockSource | undefined)[] {
  const tree = parser.parse(markdown) as Root
  // The block-level node at each place: of nodes that share a place (a list of one item and its item), the innermost.
  const nodeAt = new Map<string, Nodes>()
  visit(tree, (node) => {
    const { start, end } = node.position ?? {}
    if (start && end && flowTypes.has(node.type)) nodeAt.set(`${start.offset}:${end.offset}`, node)
  })
  return renderedBlocks(markdown).map((element) => {
    const start = element.position?.start.offset
    const end = element.position?.end.offset
    if (start === undefined || end === undefined) return undefined
    const node = nodeAt.get(`${start}:${end}`)
    // A block the renderer made from raw HTML that also holds other blocks: all of it is markup.
    if (!node || !('children' in node) || node.children.length === 0) {
      return {
        start,
        end,
        contentStart: start,
        contentEnd: end,
        kind: node?.type ?? 'html',
        content: [placeholder('markup', markdown.slice(start, end))]
      }
    }
    try {
      const contentStart = offsetOf(node.children[0], 'start')
      const contentEnd = offsetOf(node.children[node.children.length - 1], 'end')
      return { start, end, contentStart, contentEnd, kind: node.type, content: merged(inlineOf(node, markdown, contentStart, contentEnd)) }
    } catch (error) {
      if (!(error instanceof Unplaced)) throw error
      // The parser left a node without its place in the text (it does in some GFM autolink edge cases): all of it is markup.
      return {
        start,
        end,
        contentStart: start,
        contentEnd: end,
        kind: node.type,
        content: [placeholder('markup', markdown.slice(start, end))]
      }
    }
  })
}

class Unplaced extends Error {}

function offsetOf(node: Nodes, side: 'start' | 'end'): number {
  const offset = node.position?.[side].offset
  if (offset === undefined) throw new Unplaced(`a ${node.type} node without a position`)
  return offset
}

/** The children of `parent` between `from` and `to`, with what lies between them as markup. */
function inlineOf(parent: Parent, markdown: string, from: number, to: number): Inline[] {
  const pieces: Inline[] = []
  let cursor = from
  for (const child of parent.children as Nodes[]) {
    const start = offsetOf(child, 'start')
    const gap = markdown.slice(cursor, start)
    // After a line break inside a text, the line's prefix (indentation, quote markers) is layout, as it is inside the text itself.
    const isLinePrefix = /^[ \t>]*$/.test(gap) && String(pieces.at(-1)).endsWith('\n')
    if (start > cursor && !isLinePrefix) pieces.push(placeholder('markup', gap))
    pieces.push(...piecesOf(child, markdown))
    cursor = offsetOf(child, 'end')
  }
  if (cursor < to) pieces.push(placeholder('markup', markdown.slice(cursor, to)))
  return pieces
}

const spanKinds: Partial<Record<Nodes['type'], CodeKind>> = {
  strong: 'strong',
  emphasis: 'emphasis',
  delete: 'delete',
  link: 'link',
  linkReference: 'link'
}
const placeholderKinds: Partial<Record<Nodes['type'], CodeKind>> = {
  inlineCode: 'code',
  image: 'image',
  imageReference: 'image',
  break: 'break',
  html: 'html'
}

function piecesOf(node: Nodes, markdown: string): Inline[] {
  const raw = markdown.slice(offsetOf(node, 'start'), offsetOf(node, 'end'))
  if (node.type === 'text') return [node.value]
  const kind = spanKinds[node.type]
  // An autolink (<https://…>, or a bare www.… in GFM) is its URL: nothing in it to translate.
  const isAutolink =
    node.type === 'link' && node.children.length === 1 && node.children[0].type === 'text' && node.children[0].value === node.url
  if (kind && 'children' in node && node.children.length > 0 && !isAutolink) {
    const first = offsetOf(node.children[0], 'start')
    const last = offsetOf(node.children[node.children.length - 1], 'end')
    const start = offsetOf(node, 'start')
    return [
      {
        code: 'span',
        kind,
        start: markdown.slice(start, first),
        end: markdown.slice(last, offsetOf(node, 'end')),
        content: merged(inlineOf(node, markdown, first, last))
      }
    ]
  }
  if (!kind && 'children' in node && node.children.length > 0)
    return inlineOf(node, markdown, offsetOf(node, 'start'), offsetOf(node, 'end'))
  return [placeholder(placeholderKinds[node.type] ?? 'markup', raw)]
}

function placeholder(kind: CodeKind, data: string): PlaceholderCode {
  return { code: 'placeholder', kind, data }
}

/** Adjacent texts joined, adjacent markup placeholders joined, empty texts dropped: one spelling for equal content. */
export function merged(pieces: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  for (const piece of pieces) {
    const last = out.at(-1)
    if (typeof piece === 'string') {
      if (piece === '') continue
      if (typeof last === 'string') out[out.length - 1] = last + piece
      else out.push(piece)
    } else if (
      piece.code === 'placeholder' &&
      piece.kind === 'markup' &&
      typeof last === 'object' &&
      last.code === 'placeholder' &&
      last.kind === 'markup'
    ) {
      out[out.length - 1] = placeholder('markup', last.data + piece.data)
    } else {
      out.push(piece.code === 'span' ? { ...piece, content: merged(piece.content) } : piece)
    }
  }
  return out
}

/** Whether two contents say the same: the same text and the same Markdown, in the same places. */
export function sameContent(a: readonly Inline[], b: readonly Inline[]): boolean {
  return JSON.stringify(comparable(merged(a))) === JSON.stringify(comparable(merged(b)))
}

/** Kinds are a hint for tools, and a tool may join or split neighbouring placeholders: content is equal when text and Markdown are. */
function comparable(pieces: readonly Inline[]): unknown[] {
  const out: unknown[] = []
  for (const piece of pieces) {
    const last = out.at(-1)
    // A span with nothing in it is markup only, as Markdown reads it (`[](url)`).
    const data =
      typeof piece === 'string'
        ? undefined
        : piece.code === 'placeholder'
          ? piece.data
          : piece.content.length === 0
            ? piece.start + piece.end
            : undefined
    if (typeof piece === 'string') out.push(piece)
    else if (data === undefined && piece.code === 'span') out.push([piece.start, comparable(piece.content), piece.end])
    else if (typeof last === 'object' && last !== null && 'data' in last)
      out[out.length - 1] = { data: `${(last as { data: string }).data}${data}` }
    else out.push({ data })
  }
  return out
}

/** The plain text of a content (codes' text included, their Markdown left out), for messages. */
export function plainText(pieces: readonly Inline[]): string {
  return pieces.map((piece) => (typeof piece === 'string' ? piece : piece.code === 'span' ? plainText(piece.content) : '')).join('')
}

/**
 * The Markdown of a block's content, to put after the block's frame
 * (`framePrefix`, e.g. `- `), and the content Markdown will read back from it:
 * whoever places it checks that it does (`sameContent`), in its document, where
 * references and footnotes resolve.
 */
export function writeBlockContent(
  content: readonly Inline[],
  block: { kind: string; framePrefix: string }
): { markdown: string; expected: Inline[] } {
  // A line break inside a heading or a table cell would end it: it becomes a space there.
  const singleLine = block.kind === 'heading' || block.kind === 'table'
  const expected = tidied(content, singleLine)
  return { markdown: serialise(expected, singleLine ? ' ' : `\n${continuationOf(block.framePrefix)}`, true), expected }
}

/** The prefix of a block's continuation lines: a quote marker stays, a list marker becomes its width in spaces. */
function continuationOf(framePrefix: string): string {
  return framePrefix.replace(/[^>\s]/g, ' ')
}

/**
 * A content as Markdown will read it back: no spaces at its ends, nor around a
 * line break (before one they would make it a hard break; a blank line would
 * end the block), spaces moved outside
 * spans (`** bold**` is no emphasis), line breaks in headings as spaces.
 */
function tidied(content: readonly Inline[], singleLine: boolean): Inline[] {
  const lineBreaks = (text: string) => (singleLine ? text.replace(/\s*\n\s*/g, ' ') : text.replace(/[ \t]*\n\s*/g, '\n'))
  const tidy = (pieces: readonly Inline[]): Inline[] =>
    // Spaces taken out of a span meet the text beside it: line breaks are tidied once they have.
    merged(
      pieces.flatMap((piece): Inline[] => {
        if (typeof piece !== 'object' || piece.code === 'placeholder') return [piece]
        const { before, inner, after } = hoistSpaces(tidy(piece.content))
        return [before, { ...piece, content: inner }, after]
      })
    ).map((piece) => (typeof piece === 'string' ? lineBreaks(piece) : piece))
  const { inner } = hoistSpaces(tidy(content))
  return inner
}

/** Spaces at the ends of a content, taken out of it. */
function hoistSpaces(content: readonly Inline[]): { before: string; inner: Inline[]; after: string } {
  const pieces = [...content]
  const first = pieces[0]
  const before = typeof first === 'string' ? (/^\s*/.exec(first)?.[0] ?? '') : ''
  if (typeof first === 'string') pieces[0] = first.slice(before.length)
  const last = pieces.at(-1)
  const after = typeof last === 'string' ? (/\s*$/.exec(last)?.[0] ?? '') : ''
  if (typeof last === 'string') pieces[pieces.length - 1] = last.slice(0, last.length - after.length)
  return { before, inner: merged(pieces), after }
}

function serialise(pieces: readonly Inline[], breakAs: string, atLineStart: boolean): string {
  let out = ''
  let lineStart = atLineStart
  pieces.forEach((piece, index) => {
    if (typeof piece === 'string') {
      const next = pieces[index + 1]
      const escaped = escapeText(piece, breakAs, lineStart)
      // A `!` right before a link's `[` would make it an image.
      out +=
        typeof next === 'object' && (next.code === 'span' ? next.start : next.data).startsWith('[') ? escaped.replace(/!$/, '\\!') : escaped
      lineStart = piece.endsWith('\n')
    } else if (piece.code === 'placeholder') {
      out += piece.data
      lineStart = /\n[ \t>]*$/.test(piece.data)
    } else {
      out += piece.start + serialise(piece.content, breakAs, false) + piece.end
      lineStart = false
    }
  })
  return out
}

/**
 * Text as Markdown: what would be read as markup is escaped, and each line
 * break is followed by the block's continuation. A bare address (www.…,
 * https://…) cannot be escaped: GFM links it whatever precedes it, and the
 * import refuses the link its source does not have.
 */
function escapeText(text: string, breakAs: string, atLineStart: boolean): string {
  return text
    .split('\n')
    .map((line, index) => {
      let escaped = line.replace(/[\\`*_[\]<~|]/g, '\\$&').replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
      if (index > 0 || atLineStart)
        // A leading `:` before `-` would make the line a table's delimiter row (`:-`), the line above its header.
        escaped = escaped.replace(/^(:(?=-)|[#+=>-]|\d+(?=[.)]))/, (marker) => (/\d/.test(marker) ? `${marker}\\` : `\\${marker}`))
      return escaped
    })
    .join(breakAs)
}
