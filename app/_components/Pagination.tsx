import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/locales'
import { homePath } from '@/lib/site/paths.mjs'

/** Plain links to the other pages of the essay list: newer, every page by number, older. */
export default async function Pagination({ locale, page, count }: { locale: Locale; page: number; count: number }) {
  if (count < 2) return null
  const t = await getTranslations({ locale, namespace: 'Home' })
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      {page > 1 ? (
        <a href={homePath(locale, page - 1)} rel="prev">
          {t('newerPage')}
        </a>
      ) : null}
      <ol>
        {Array.from({ length: count }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            <a href={homePath(locale, number)} aria-current={number === page ? 'page' : undefined} aria-label={t('page', { number })}>
              {number}
            </a>
          </li>
        ))}
      </ol>
      {page < count ? (
        <a href={homePath(locale, page + 1)} rel="next">
          {t('olderPage')}
        </a>
      ) : null}
    </nav>
  )
}
