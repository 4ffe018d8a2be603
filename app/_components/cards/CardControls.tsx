import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { cardControls, cardTitleId, marker } from '@/lib/annotate/card-markup'
import type { Locale } from '@/lib/i18n/locales'

interface Props {
  /** Id of the card these controls belong to. */
  cardId: string
  /** Language of the controls' labels: the card's. */
  locale: Locale
  /** The card's title, which names the card and is the handle a pinned card is dragged by. */
  children: ReactNode
}

/**
 * The title bar of a card: back (a nested level of the sheet on a touch
 * screen), title, move (shown once pinned), pin and close; and the trail of
 * the sheet's levels. The card behaviours give them their behaviour.
 */
export default async function CardControls({ cardId, locale, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Card' })
  return (
    <>
      <div className="card-bar">
        <button type="button" className="card-back" hidden {...marker(cardControls.back)}>
          <span aria-hidden="true" className="card-back-arrow">
            ←
          </span>{' '}
          {t('back')}
        </button>
        <p className="card-term" id={cardTitleId(cardId)} {...marker(cardControls.move)}>
          {children}
        </p>
        <div className="card-actions">
          <button type="button" className="card-move" aria-describedby="card-move-hint" {...marker(cardControls.move)}>
            {t('move')}
          </button>
          <button type="button" className="card-pin" aria-pressed="false" {...marker(cardControls.pin)}>
            {t('pin')}
          </button>
          <button type="button" className="card-close" aria-label={t('close')} {...marker(cardControls.close)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      <ol className="card-trail" aria-label={t('trail')} hidden {...marker(cardControls.trail)} />
    </>
  )
}
