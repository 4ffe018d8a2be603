import type { ReactNode } from 'react'
import { cardStates, cardTitleId, marker } from '@/lib/annotate/card-markup'
import { cardClass, noteAttribute } from '@/lib/annotate/markup'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import { type Locale, localeInfo } from '@/lib/i18n/locales'

interface Props {
  id: string
  /** Language of the card's text. */
  locale: Locale
  className?: string
  /** Number of the card in the printed notes. */
  note?: number
  /** Whether only other cards name its term (it is then left out of the printed notes). */
  nested?: boolean
  /** Whether it is a term's entry, which the reader can mark known or save (see termEntryParts). */
  termEntry?: boolean
  children: ReactNode
}

/**
 * A card: a non-modal dialog named by its title, in the top layer
 * (`popover="manual"`), hidden until a card behaviour shows it. Focusable, so
 * that a sheet opened by touch can take focus.
 */
export default function CardFrame({ id, locale, className, note, nested = false, termEntry = false, children }: Props) {
  const { lang, dir } = localeInfo[locale]
  return (
    <div
      popover="manual"
      role="dialog"
      tabIndex={-1}
      aria-labelledby={cardTitleId(id)}
      id={id}
      className={className ? `${cardClass} ${className}` : cardClass}
      lang={lang}
      dir={dir}
      {...(note === undefined ? {} : { [noteAttribute.attribute]: note })}
      {...(nested ? marker(cardStates.nested) : {})}
      {...(termEntry ? marker(termEntryParts.entry) : {})}
    >
      {children}
    </div>
  )
}
