import type { Locale } from '@/lib/i18n/locales'
import type { PageCardSet } from '@/lib/publication/publication'
import PreviewCard from './PreviewCard'
import TermCard from './TermCard'

interface Props {
  cards: PageCardSet
  locale: Locale
  /** Language of the text being read. */
  textLocale: Locale
}

/** The term cards of a set, in order of first appearance (nested ones marked), then its link previews. */
export default function CardList({ cards, locale, textLocale }: Props) {
  return (
    <>
      {cards.cards.map((termId, index) => (
        <TermCard
          key={termId}
          termId={termId}
          locale={locale}
          textLocale={textLocale}
          pageLocale={locale}
          note={cards.notes[termId] ?? index + 1}
          nested={cards.notes[termId] === undefined}
        />
      ))}
      {cards.previews.map((key) => (
        <PreviewCard key={key} previewKey={key} locale={locale} />
      ))}
    </>
  )
}
