/**
 * rehype plugin: marks links to other pages of the publication, so that the
 * page can show a preview card of their target. Each such link gets the
 * `href` that `resolve` gives (e.g. the target in the reader's language) and
 * `data-preview=<key>`; the keys, in document order, are published on
 * `file.data.previews`. Other links are left alone.
 */
import type { Root } from 'hast'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { annotationProperties, previewProperty } from '@/lib/annotate/markup'

export interface LinkTarget {
  /** Names the target's preview card; the same target gives the same key. */
  key: string
  href: string
}

export interface Options {
  /** The target of a link if it is a page of the publication, else undefined. Required. */
  resolve: (href: string) => LinkTarget | undefined
}

declare module 'vfile' {
  interface DataMap {
    previews: string[]
  }
}

export default function rehypeLinkPreviews({ resolve }: Options) {
  return function transformer(tree: Root, file: VFile): undefined {
    const keys = new Set<string>()
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || node.properties[annotationProperties.term] !== undefined)
        return
      const target = resolve(node.properties.href)
      if (!target) return
      node.properties.href = target.href
      node.properties[previewProperty] = target.key
      keys.add(target.key)
    })
    file.data.previews = [...keys]
  }
}
