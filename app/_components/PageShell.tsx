import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { absoluteUrl } from '@/app/_content/metadata'
import { marker } from '@/lib/annotate/card-markup'
import { termEntryParts } from '@/lib/annotate/reader-markup'
import { type Locale, localeInfo } from '@/lib/i18n/locales'
import { feedPath } from '@/lib/site/paths.mjs'
import SiteHeader from './header/SiteHeader'
import KeepPlace from './KeepPlace'

interface Props {
  locale: Locale
  /** This page in another locale, for the language switcher. */
  pathFor: (locale: Locale) => string
  children: ReactNode
}

/** Header (with search and the language switch), main landmark and the feed's autodiscovery link, shared by every page. */
export default async function PageShell({ locale, pathFor, children }: Props) {
  const t = await getTranslations({ locale, namespace: 'Site' })
  const readerMessages = await getTranslations({ locale, namespace: 'ReaderGlossary' })
  // `{term}` stays a token for the live region to fill in.
  const tReader = (key: 'knownMessage' | 'unknownMessage' | 'savedMessage' | 'unsavedMessage') => readerMessages(key, { term: '{term}' })
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
      <SiteHeader locale={locale} pathFor={pathFor} />
      <main id="content" tabIndex={-1}>
        {children}
      </main>
      {/* What the reader's own glossary just did, said to screen readers (app/_components/reader/know-and-save.ts). */}
      <p
        role="status"
        className="visually-hidden"
        {...marker(termEntryParts.status)}
        {...{
          [termEntryParts.knownMessage.attribute]: tReader('knownMessage'),
          [termEntryParts.unknownMessage.attribute]: tReader('unknownMessage'),
          [termEntryParts.savedMessage.attribute]: tReader('savedMessage'),
          [termEntryParts.unsavedMessage.attribute]: tReader('unsavedMessage')
        }}
      />
      <KeepPlace />
    </>
  )
}
