import type { Element, Root } from 'hast'
import type { ComponentProps } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import rehypeReact, { type Options } from 'rehype-react'
import { unified } from 'unified'
import { noteAttribute, termAttribute } from '@/lib/annotate/markup'

type AnchorProps = ComponentProps<'a'> & Record<string, unknown>

interface Props {
  /** A text's tree, or elements built as hast (the cards, lib/cards). */
  tree: Root | Element[]
  /** The print note number of each annotated term, when the page numbers its cards' notes. */
  notes?: Record<string, number>
}

/**
 * Sanitised hast (see lib/render) and the cards' hast (lib/cards) → React
 * elements, by rehype-react. No HTML strings involved. Annotations carry the
 * number of their card's printed note; the card behaviours point them at
 * their card's summary once the card is in the page (card-source.ts).
 */
export default function HastContent({ tree, notes = {} }: Props) {
  const components: Options['components'] = {
    a: (props: AnchorProps) => {
      const termId = props[termAttribute.attribute]
      return typeof termId === 'string' ? <a {...props} {...{ [noteAttribute.attribute]: notes[termId] }} /> : <a {...props} />
    }
  }
  const root: Root = Array.isArray(tree) ? { type: 'root', children: tree } : tree
  return unified().use(rehypeReact, { Fragment, jsx, jsxs, components }).stringify(root)
}
