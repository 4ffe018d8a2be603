import type { Element } from 'hast'
import { h } from 'hastscript'
import { cardLinkClass } from '@/lib/annotate/card-markup'
import { previewCardId, previewSummaryId } from '@/lib/annotate/markup'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import type { Publication } from '@/lib/publication/publication'
import { cardBar, cardFrame } from './card-frame'
import type { CardText } from './card-text'

/**
 * The preview of another page of the publication that the text links to: its
 * title and summary; on a link whose text holds a term, the term's card,
 * naming the site the link goes to, one click away. Undefined for a key the
 * publication has no preview for.
 */
export function previewCard(publication: Publication, previewKey: string, locale: Locale, t: CardText): Element | undefined {
  const preview = publication.preview(previewKey, locale)
  if (!preview) return undefined
  const id = previewCardId(previewKey)
  return cardFrame({ id, locale: preview.locale, className: 'card-preview' }, [
    ...cardBar(id, t, [{ type: 'text', value: preview.title }]),
    h('p', { id: previewSummaryId(previewKey), className: ['card-summary'] }, preview.summary ?? []),
    h('a', { className: [cardLinkClass], href: preview.href, lang: localeInfo[locale].lang }, [
      preview.destination ? t('goToSite', { site: preview.destination }) : t('goTo'),
      h('span', { ariaHidden: 'true' }, ' →')
    ])
  ])
}
