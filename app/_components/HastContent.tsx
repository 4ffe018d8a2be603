import type { Root } from 'hast'
import type { ComponentProps } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import rehypeReact, { type Options } from 'rehype-react'
import { unified } from 'unified'
import { cardSummaryId, previewSummaryId } from '@/lib/annotate/markup'

type AnchorProps = ComponentProps<'a'> & { 'data-term'?: string; 'data-preview'?: string }

interface Props {
  tree: Root
  /** Print note number of each annotated term. */
  noteOf?: Record<string, number>
}

/**
 * Sanitised hast (see lib/render) → React elements, by rehype-react. No HTML
 * strings involved. Annotations and links with a preview point screen
 * readers at their card's summary; other links stay as written.
 */
export default function HastContent({ tree, noteOf = {} }: Props) {
  const components: Options['components'] = {
    a: ({ 'data-term': termId, 'data-preview': preview, ...props }: AnchorProps) =>
      termId ? (
        <a {...props} data-term={termId} data-note={noteOf[termId]} aria-describedby={cardSummaryId(termId)} />
      ) : preview ? (
        <a {...props} data-preview={preview} aria-describedby={previewSummaryId(preview)} />
      ) : (
        <a {...props} />
      )
  }
  return unified().use(rehypeReact, { Fragment, jsx, jsxs, components }).stringify(tree)
}
