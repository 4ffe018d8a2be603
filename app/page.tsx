import { defaultLocale, localeInfo, locales } from '@/lib/i18n/locales'
import LanguageLinks from './_components/LanguageLinks'
import LanguageRedirect from './_components/LanguageRedirect'

// Served at `/` by static hosts only: in server mode the proxy redirects `/`
// to the negotiated locale before this page is reached.
export default function LanguageChoice() {
  const ordered = [defaultLocale, ...locales.filter((locale) => locale !== defaultLocale)]
  return (
    <html lang={localeInfo[defaultLocale].lang}>
      <head>
        <title>Glossa</title>
      </head>
      <body>
        <main id="content" className="prose">
          <h1>Glossa</h1>
          <LanguageLinks locales={ordered} />
        </main>
        <LanguageRedirect locales={ordered.map((locale) => ({ code: locale, lang: localeInfo[locale].lang }))} />
      </body>
    </html>
  )
}
