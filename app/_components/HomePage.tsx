import { getTranslations } from 'next-intl/server'
import { getPublication } from '@/app/_content/publication'
import type { Locale } from '@/lib/i18n/locales'
import { feedPath, glossaryPath, homePath } from '@/lib/site/paths.mjs'
import EssayList from './EssayList'
import PageShell from './PageShell'
import Pagination from './Pagination'
import SubjectLinks from './SubjectLinks'

/** One page of the home list: the essays newest first, ten to a page, with the subjects, the glossary and the feed. */
export default async function HomePage({ locale, page }: { locale: Locale; page: number }) {
  const t = await getTranslations({ locale, namespace: 'Home' })
  const publication = getPublication()
  const { items, count } = publication.homePages()[page - 1]
  return (
    <PageShell locale={locale} pathFor={(other) => homePath(other, page)}>
      <div className="prose home">
        <h1>{page === 1 ? t('title') : t('pageTitle', { page, count })}</h1>
        {page === 1 ? <p className="lede">{t('intro')}</p> : null}
        {items.length === 0 ? <p>{t('empty')}</p> : <EssayList slugs={items} locale={locale} />}
        <Pagination locale={locale} page={page} count={count} />
        <section aria-labelledby="home-subjects" className="home-more">
          <h2 id="home-subjects">{t('subjects')}</h2>
          <p className="subject-cloud">
            <SubjectLinks ids={publication.subjectIdsByLabel(locale)} locale={locale} />
          </p>
          <p>
            <a href={glossaryPath(locale)}>{t('glossaryLink', { count: publication.termIds().length })}</a>
          </p>
          <p>
            <a href={feedPath(locale)} type="application/atom+xml" className="feed-link">
              {t('feed')}
            </a>
          </p>
        </section>
      </div>
    </PageShell>
  )
}
