import { getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import { cardLinkClass } from '@/lib/annotate/card-markup'
import { previewCardId, previewSummaryId } from '@/lib/annotate/markup'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import CardControls from './CardControls'
import CardFrame from './CardFrame'

/**
 * The preview of another page of the publication that the text links to: its
 * title and summary. On a link whose text holds a term, the term's card,
 * naming the site the link goes to, one click away.
 */
export default async function PreviewCard({ previewKey, locale }: { previewKey: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Card' })
  const preview = getPublication().preview(previewKey, locale)
  if (!preview) return null
  const id = previewCardId(previewKey)
  return (
    <CardFrame id={id} locale={preview.locale} className="card-preview">
      <CardControls cardId={id} locale={locale}>
        {preview.title}
      </CardControls>
      <p id={previewSummaryId(previewKey)} className="card-summary">
        {preview.summary}
      </p>
      <a className={cardLinkClass} href={preview.href} lang={localeInfo[locale].lang}>
        {preview.destination ? t('goToSite', { site: preview.destination }) : t('goTo')}
        <span aria-hidden="true"> →</span>
      </a>
    </CardFrame>
  )
}
