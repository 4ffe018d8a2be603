import type { Root } from 'hast'
import type { ComponentProps } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import rehypeReact, { type Options } from 'rehype-react'
import { unified } from 'unified'
import { cardSummaryId, noteAttribute, previewAttribute, previewSummaryId, termAttribute } from '@/lib/annotate/markup'

type AnchorProps = ComponentProps<'a'> & Record<string, unknown>

interface Props {
  tree: Root
  /**
   * The page's cards: the print note number of each annotated term, and
   * whether the cards are in the page's HTML. When they arrive later (an
   * essay's cards, fetched from its cards page), the card behaviours point
   * annotations at their cards' summaries once they are there.
   */
  cards?: { notes: Record<string, number>; inPage: boolean }
}

/**
 * Sanitised hast (see lib/render) → React elements, by rehype-react. No HTML
 * strings involved. Annotations and links with a preview point screen
 * readers at their card's summary; other links stay as written.
 */
export default function HastContent({ tree, cards = { notes: {}, inPage: true } }: Props) {
  const components: Options['components'] = {
    a: (props: AnchorProps) => {
      const termId = props[termAttribute.attribute]
      const preview = props[previewAttribute.attribute]
      if (typeof termId === 'string') {
        const note = { [noteAttribute.attribute]: cards.notes[termId] }
        return <a {...props} {...note} aria-describedby={cards.inPage ? cardSummaryId(termId) : undefined} />
      }
      if (typeof preview === 'string') return <a {...props} aria-describedby={cards.inPage ? previewSummaryId(preview) : undefined} />
      return <a {...props} />
    }
  }
  return unified().use(rehypeReact, { Fragment, jsx, jsxs, components }).stringify(tree)
}
