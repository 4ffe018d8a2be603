import { getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import { type Locale, localeInfo, locales } from '@/lib/i18n/locales'
import { cardsPath, comparePath, essayPath } from '@/lib/site/paths.mjs'
import CardLanguagePicker from './cards/CardLanguagePicker'

interface Props {
  slug: string
  locale: Locale
  /** Set on the bilingual view: the locale shown beside the page's. */
  comparedWith?: Locale
}

/** Links to the bilingual view (or back to one language) and the card-language setting. */
export default async function EssayTools({ slug, locale, comparedWith }: Props) {
  const t = await getTranslations({ locale, namespace: 'Essay' })
  const tCards = await getTranslations({ locale, namespace: 'CardLanguage' })
  const options = [
    { value: '', label: tCards('pageLanguage') },
    ...locales.map((other) => ({ value: other, label: localeInfo[other].endonym, lang: localeInfo[other].lang }))
  ]
  const partner = getPublication().bilingualPartner(slug, locale)
  return (
    <div className="essay-tools">
      {comparedWith ? (
        <a href={essayPath(locale, slug)}>{t('bilingualOff')}</a>
      ) : partner ? (
        <a href={comparePath(locale, slug, partner)} data-compare>
          {t('bilingual')}
        </a>
      ) : null}
      <CardLanguagePicker
        label={tCards('label')}
        options={options}
        pageLocale={locale}
        cardsPaths={Object.fromEntries(locales.map((other) => [other, cardsPath(other, slug)]))}
      />
    </div>
  )
}
