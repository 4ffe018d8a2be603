import type messages from '@/messages/en.json'

/** A key of the cards' messages (`Card` in messages/<locale>.json). */
export type CardMessage = keyof (typeof messages)['Card']

/** The cards' messages in one language, as next-intl's `getTranslations({ locale, namespace: 'Card' })` gives them. */
export type CardText = (key: CardMessage, values?: Record<string, string | number>) => string
