import { getTranslations } from 'next-intl/server'
import { siteHeaderClass } from '@/lib/annotate/header-markup'
import type { Locale } from '@/lib/i18n/locales'
import { glossaryPath, homePath, searchPath } from '@/lib/site/paths.mjs'
import HeaderAutoHide from './HeaderAutoHide'
import HeaderMenus from './HeaderMenus'
import { SearchIcon } from './icons'
import LanguageMenu from './LanguageMenu'
import SettingsMenu from './SettingsMenu'

interface Props {
  locale: Locale
  /** This page in another locale, for the language menu. */
  pathFor: (locale: Locale) => string
}

const searchId = 'site-search'

/**
 * The header every page shares, one row at any width: the site's name, the
 * essays and the glossary; search (a box on wide screens, a button that opens
 * it on narrow ones), the language menu and the reader's settings. It gets
 * out of the way while the reader scrolls down.
 */
export default async function SiteHeader({ locale, pathFor }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' })
  const tLanguages = await getTranslations({ locale, namespace: 'LanguageSwitcher' })
  return (
    <header className={siteHeaderClass}>
      <a className="site-name" href={homePath(locale)}>
        {t('name')}
      </a>
      <nav aria-label={t('primaryNav')} className="site-nav">
        <a href={homePath(locale)} className="site-nav-essays">
          {t('essays')}
        </a>
        <a href={glossaryPath(locale)}>{t('glossary')}</a>
      </nav>
      <div className="site-tools">
        <button type="button" className="tool-button search-button" popoverTarget={searchId} aria-label={t('searchLabel')}>
          <SearchIcon />
        </button>
        <search id={searchId} popover="auto" className="menu site-search" aria-label={t('searchLabel')}>
          <form action={searchPath(locale)}>
            <label htmlFor={`${searchId}-query`} className="visually-hidden">
              {t('searchLabel')}
            </label>
            <input id={`${searchId}-query`} type="search" name="q" placeholder={t('searchPlaceholder')} autoComplete="off" />
            <button type="submit">{t('searchSubmit')}</button>
          </form>
        </search>
        <LanguageMenu locale={locale} label={tLanguages('label')} pathFor={pathFor} />
        <SettingsMenu locale={locale} label={t('settings')} />
      </div>
      <HeaderAutoHide />
      <HeaderMenus />
    </header>
  )
}
