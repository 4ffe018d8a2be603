import { getLocale, getTranslations } from 'next-intl/server'
import { glossaryPath, homePath } from '../_content/paths'
import PageShell from '../_components/PageShell'

export default async function LocaleNotFound() {
  const locale = await getLocale()
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PageShell locale={locale} pathFor={homePath}>
      <article className="prose not-found">
        <h1>{t('title')}</h1>
        <p>{t('description')}</p>
        <ul>
          <li>
            <a href={homePath(locale)}>{t('home')}</a>
          </li>
          <li>
            <a href={glossaryPath(locale)}>{t('glossary')}</a>
          </li>
        </ul>
      </article>
    </PageShell>
  )
}
