import type { Root } from 'hast'
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime'
import type { ComponentProps } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { cardSummaryId } from './TermCard'

type AnchorProps = ComponentProps<'a'> & { 'data-term'?: string }

interface Props {
  tree: Root
  /** Print note number of each annotated term. */
  noteOf?: Record<string, number>
}

/** Sanitised hast (see lib/render) → React elements. No HTML strings involved. */
export default function HastContent({ tree, noteOf = {} }: Props) {
  // Annotations point screen readers at their card's summary; other links stay as written.
  const components: Partial<Components> = {
    a: ({ 'data-term': termId, ...props }: AnchorProps) =>
      termId ? (
        <a {...props} data-term={termId} data-note={noteOf[termId]} aria-describedby={cardSummaryId(termId)} />
      ) : (
        <a {...props} />
      )
  }
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components })
}
