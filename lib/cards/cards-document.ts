import type { Element, Root } from 'hast'
import { h } from 'hastscript'
import { type Locale, localeInfo } from '@/lib/i18n/locales'

/**
 * An essay's cards as the smallest valid HTML document: the cards in its
 * body, a title, and no page around them (no header, no scripts, no styles).
 * A page that fetches it reads only the cards; a reader or a checker who
 * opens the file gets a well-formed page that search engines are told to skip.
 */
export function cardsDocument(title: string, locale: Locale, cards: Element[]): Root {
  const { lang, dir } = localeInfo[locale]
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang, dir }, [
        h('head', [h('meta', { charSet: 'utf-8' }), h('meta', { name: 'robots', content: 'noindex' }), h('title', title)]),
        h('body', cards)
      ])
    ]
  }
}
