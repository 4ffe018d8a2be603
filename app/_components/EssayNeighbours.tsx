import { getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { essayPath } from '@/lib/site/paths.mjs'

/** Links to the essay published before this one and the one after it. */
export default async function EssayNeighbours({ slug, locale }: { slug: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Essay' })
  const publication = getPublication()
  const { older, newer } = publication.neighbours(slug)
  if (!older && !newer) return null
  const link = (other: string, rel: 'prev' | 'next', label: string) => {
    const { value, locale: textLocale } = publication.essayFile(other, locale)
    return (
      <p className={rel}>
        <span className="meta">{label}</span>{' '}
        <a href={essayPath(locale, other)} rel={rel} lang={localeInfo[textLocale].lang} dir={localeInfo[textLocale].dir}>
          {value.title}
        </a>
      </p>
    )
  }
  return (
    <nav className="essay-neighbours" aria-label={t('moreEssays')} lang={localeInfo[locale].lang} dir={localeInfo[locale].dir}>
      {older ? link(older, 'prev', t('older')) : null}
      {newer ? link(newer, 'next', t('newer')) : null}
    </nav>
  )
}
