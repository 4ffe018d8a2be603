import { getTranslations } from 'next-intl/server'
import HastContent from '@/app/_components/HastContent'
import { getPublication } from '@/app/_content/publication'
import { cardsClass, cardsSource } from '@/lib/annotate/card-markup'
import { moveHintId } from '@/lib/cards/card-frame'
import { cardList } from '@/lib/cards/card-list'
import type { Locale } from '@/lib/i18n/locales'
import type { PageCardSet } from '@/lib/publication/publication'
import CardBehavior from './CardBehavior'

type Props = {
  cards: PageCardSet
  locale: Locale
  /** Language of the text being read. */
  textLocale: Locale
  /**
   * Where the page's cards are when the page does not carry them: an essay's
   * cards fragment (`cardsPath`), fetched when first needed, which keeps a
   * long essay's page as light as a bare one. Without it, the cards are here.
   */
  source?: string
}

/**
 * The cards a page needs, each once: in the page, or fetched from `source`;
 * hidden popovers in the top layer, a list of notes in print. And their behaviour.
 */
export default async function PageCards({ cards, locale, textLocale, source }: Props) {
  const t = await getTranslations({ locale, namespace: 'Essay' })
  const tCard = await getTranslations({ locale, namespace: 'Card' })
  return (
    <div className={cardsClass} data-pagefind-ignore {...(source ? { [cardsSource.attribute]: source } : {})}>
      <h2 className="print-only">{t('notes')}</h2>
      <p id={moveHintId} hidden>
        {tCard('moveHint')}
      </p>
      {source ? null : <HastContent tree={cardList(getPublication(), cards, { locale, textLocale, numbered: true }, tCard)} />}
      <CardBehavior />
    </div>
  )
}
