/**
 * The shape a translated block must keep from its source's: the same kind of
 * element (a heading stays a heading) and the same links, in order. One rule
 * and one message for the content check (checks.ts, on the files) and for the
 * XLIFF import (xliff-import.ts, on what a translator's tool sends back).
 */
import type { Element } from 'hast'
import { linksIn } from './block-hashes'

/** What is wrong with `block`'s shape against `source`'s, as a message's tail; undefined when it keeps it. */
export function blockShapeProblem(block: Element, source: Element): string | undefined {
  if (block.tagName !== source.tagName) {
    return `is a ${block.tagName}, the source's block is a ${source.tagName}: keep the source's kind of block, in its order (in a translation tool, the codes that make it one)`
  }
  const [links, sourceLinks] = [linksIn(block), linksIn(source)]
  if (links.join(' ') !== sourceLinks.join(' ')) {
    return `links differ from the source's (${links.join(', ') || 'none'} vs ${sourceLinks.join(', ') || 'none'}): keep the same links (in a translation tool, every link code)`
  }
  return undefined
}
