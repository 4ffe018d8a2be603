import type { ReactNode } from 'react'

interface Props {
  /** The card's title, which is also the handle a pinned card is dragged by. */
  children: ReactNode
  labels: { pin: string; close: string; move: string }
}

/** The title bar of a card: pin, move (shown once pinned) and close; CardBehavior gives them their behaviour. */
export default function CardControls({ children, labels }: Props) {
  return (
    <div className="card-bar">
      <p className="card-term" data-drag>
        {children}
      </p>
      <div className="card-actions">
        <button type="button" className="card-move" data-drag aria-describedby="card-move-hint">
          {labels.move}
        </button>
        <button type="button" className="card-pin" data-pin aria-pressed="false">
          {labels.pin}
        </button>
        <button type="button" className="card-close" data-close aria-label={labels.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  )
}
