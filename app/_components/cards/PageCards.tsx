import { getTranslations } from 'next-intl/server'
import { cardsClass, cardsSource } from '@/lib/annotate/card-markup'
import type { Locale } from '@/lib/i18n/locales'
import type { PageCardSet } from '@/lib/publication/publication'
import CardBehavior from './CardBehavior'
import CardList from './CardList'

interface Props {
  cards: PageCardSet
  locale: Locale
  /** Language of the text being read. */
  textLocale: Locale
  /**
   * Where the cards are published when the page does not carry them (an
   * essay's cards page): they are fetched from there when first needed, which
   * keeps a long essay's page as light as a bare one.
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
      <p id="card-move-hint" hidden>
        {tCard('moveHint')}
      </p>
      {source ? null : <CardList cards={cards} locale={locale} textLocale={textLocale} />}
      <CardBehavior />
    </div>
  )
}
