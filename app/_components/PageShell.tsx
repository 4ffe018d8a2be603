import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { absoluteUrl } from '@/app/_content/metadata'
import { feedPath, glossaryPath, homePath, searchPath } from '@/app/_i18n/navigation'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import AnnotationsToggle from './AnnotationsToggle'
import KeepPlace from './KeepPlace'
import LanguageSwitcher from './LanguageSwitcher'

interface Props {
  locale: Locale
  /** This page in another locale, for the language switcher. */
  pathFor: (locale: Locale) => string
  children: ReactNode
}

/** Header (with search and the language switch), main landmark and the feed's autodiscovery link, shared by every page. */
export default async function PageShell({ locale, pathFor, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' })
  const tLanguages = await getTranslations({ locale, namespace: 'LanguageSwitcher' })
  const tAnnotations = await getTranslations({ locale, namespace: 'AnnotationsToggle' })
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        hrefLang={localeInfo[locale].lang}
        href={absoluteUrl(feedPath(locale))}
        title={t('feedTitle')}
      />
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <a className="site-name" href={homePath(locale)}>
          {t('name')}
        </a>
        <nav aria-label={t('primaryNav')} className="site-nav">
          <a href={homePath(locale)}>{t('essays')}</a>
          <a href={glossaryPath(locale)}>{t('glossary')}</a>
        </nav>
        <search className="site-search" aria-label={t('searchLabel')}>
          <form action={searchPath(locale)}>
            <label htmlFor="site-search" className="visually-hidden">
              {t('searchLabel')}
            </label>
            <input id="site-search" type="search" name="q" placeholder={t('searchPlaceholder')} autoComplete="off" />
            <button type="submit">{t('searchSubmit')}</button>
          </form>
        </search>
        <div className="site-tools">
          <AnnotationsToggle label={tAnnotations('label')} />
          <LanguageSwitcher locale={locale} label={tLanguages('label')} pathFor={pathFor} />
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        {children}
      </main>
      <KeepPlace />
    </>
  )
}
