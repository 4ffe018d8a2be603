import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import type { Locale } from '@/lib/i18n/locales'
import { glossaryPath, homePath } from '../_content/paths'
import AnnotationsToggle from './AnnotationsToggle'
import KeepPlace from './KeepPlace'
import LanguageSwitcher from './LanguageSwitcher'

interface Props {
  locale: Locale
  /** This page in another locale, for the language switcher. */
  pathFor: (locale: Locale) => string
  children: ReactNode
}

/** Header, main landmark and footer shared by every page. */
export default async function PageShell({ locale, pathFor, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' })
  const tLanguages = await getTranslations({ locale, namespace: 'LanguageSwitcher' })
  const tAnnotations = await getTranslations({ locale, namespace: 'AnnotationsToggle' })
  return (
    <>
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
